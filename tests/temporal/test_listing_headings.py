"""A weekday heading a listing of clock times is a day to come (issue 11; a kind the session-twelve
held-aside listing and schedule showed, see ``fresh_news_s12/README.md``).

What's-on pages and broadcast schedules put a weekday alone on a line and the day's clock times on
the lines under it. The heading is the first such weekday on or after the document's date, each
later heading comes after the one before it, and the clock times under a heading are on its day.
The heading and the clock on the next line are two expressions, never one. Entries told in the
past ("9pm The storm reached the coast") make a timeline of what happened, which keeps looking back.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

WEDNESDAY = date(2026, 4, 15)


def _found(text: str, dct: date = WEDNESDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize("heading, day", [
    ("THURSDAY", "2026-04-16"), ("Friday", "2026-04-17"), ("SATURDAY:", "2026-04-18"), ("Sunday", "2026-04-19"),
    ("MONDAY", "2026-04-20"), ("Tuesday", "2026-04-21"), ("Wednesday", "2026-04-15"),
])
@pytest.mark.parametrize("entry, clock", [("7.30pm Quiz at the Swan.", "T19:30"), ("10am Coffee at the library", "T10:00"),
                                          ("19:30 Film club", "T19:30")])
def test_a_weekday_heading_over_clock_times_is_the_coming_day(heading: str, day: str, entry: str, clock: str) -> None:
    found = _found(f"What's on\n\n{heading}\n{entry}\n")
    word = heading.rstrip(":")
    assert (word, day) in found, found
    assert any(v == day + clock for _, v in found), found
    assert not any("\n" in text for text, _ in found), found


def test_later_headings_follow_the_one_before() -> None:
    text = "Listings\n\nFRIDAY\n7.30pm Quiz\n9pm Live jazz\n\nMONDAY\n10am Coffee\n\nFRIDAY\n8pm Dance\n"
    found = _found(text)
    days = [v for t, v in found if t in ("FRIDAY", "MONDAY")]
    assert days == ["2026-04-17", "2026-04-20", "2026-04-24"], found
    assert ("9pm", "2026-04-17T21:00") in found, found


@pytest.mark.parametrize("entries", ["9pm The storm reached the coast.\n11pm Power was cut.",
                                     "6.15am Crews were called to the bridge."])
def test_a_timeline_of_past_entries_still_looks_back(entries: str) -> None:
    found = _found(f"Storm diary\n\nMONDAY\n{entries}\n")
    assert ("MONDAY", "2026-04-13") in found, found


@pytest.mark.parametrize("text", ["The market opens on Friday\nat the usual time.", "Friday\nwas quiet in town."])
def test_a_weekday_not_heading_clock_times_is_read_as_before(text: str) -> None:
    found = dict(_found(text))
    assert "Friday" in found and found["Friday"] != "" , found
    assert not any(v.startswith("listing") for v in found), found
