"""The one reading of a live page's clock stamp, which the weekday and clock readers share."""

import pytest

from explorer.temporal.entry_stamps import entry_clock


@pytest.mark.parametrize("line, time", [
    ("14:05 - Error rates climb", "14:05"),
    ("- 14:05 - Error rates climb", "14:05"),
    ("• 9.40 Crews reach the bridge", "9.40"),
    ("22:47: A resident called", "22:47"),
    ("02:05 — It's official", "02:05"),
    ("18:30 GMT | The polls close", "18:30"),
    ("07:15", "07:15"),  # a stamp on a line of its own, the entry's words under it
])
def test_a_stamp_opens_the_line(line: str, time: str) -> None:
    text = f"Live: the count\n\n{line}\nMore follows."
    stamp = entry_clock(text, text.index(line) + len(line) - 1)
    assert stamp is not None and stamp.group("time") == time


@pytest.mark.parametrize("line", [
    "The count resumed at 14:05 - slowly",  # a time inside the words, not opening them
    "14:05 was when they left",  # the words go on in lower case: a sentence, not an entry
    "25:10 - no clock has this hour",
    "14:75 - nor these minutes",
])
def test_no_stamp_opens_the_line(line: str) -> None:
    text = f"Live: the count\n{line}\n"
    assert entry_clock(text, text.index(line) + 3) is None


def test_the_stamp_ends_after_its_zone() -> None:
    text = "10:20 UTC - The launch is scrubbed"
    stamp = entry_clock(text, 20)
    assert stamp is not None and text[:stamp.end()] == "10:20 UTC"


def test_a_timeline_line_has_its_words_after_the_stamp() -> None:
    """A stamp alone on its line heads a live page's paragraph: the time it was written, not of a happening."""
    text = "Live\n\n13:45\nHere is what we know.\n13:02 – A change was deployed\n"
    assert entry_clock(text, text.index("13:45"), words=True) is None
    assert entry_clock(text, text.index("13:45")) is not None
    stamp = entry_clock(text, text.index("13:02"), words=True)
    assert stamp is not None and stamp["time"] == "13:02"
