"""News forms of periods and vague references the grammar missed, in our own sentences: TimeML's
extent and value for each (session five of issue 11)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(1998, 3, 5)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT, narrative=False)]


@pytest.mark.parametrize("text, expression, value", [
    ("He was shot to death last Sept. 23 at his home.", "Sept. 23", "1997-09-23"),
    ("The talks stalled last Sept. 4, officials said.", "Sept. 4", "1997-09-04"),
])
def test_last_with_an_abbreviated_month_and_day_is_the_day(text: str, expression: str, value: str) -> None:
    """ "last Sept. 23" is a day read by its tense, not "last September" with a stray "23"."""
    assert _found(text) == [(expression, value)]


@pytest.mark.parametrize("text, expression, value", [
    ("It recently turned a profit after several quarters of losses.", "several quarters", "PXQ"),
    ("The company has had two quarters of losses.", "two quarters", "P2Q"),
    ("Over the next couple of years we expect more.", "the next couple of years", "P2Y"),
    ("The drought is the worst in half a century.", "half a century", "P50Y"),
    ("Rents have doubled in half a decade.", "half a decade", "P5Y"),
])
def test_vague_and_fractional_counts_of_periods(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


@pytest.mark.parametrize("text", [
    "Three quarters of the crop was lost.",
    "The firm sold three quarters of its shares.",
])
def test_quarters_of_something_stay_a_fraction(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, expression, value", [
    ("The board wants to sell the unit as soon as possible.", "as soon as possible", "FUTURE_REF"),
    ("It doesn't bode well for coming quarters, he said.", "coming quarters", "FUTURE_REF"),
    ("The credits will cut tax payments in future quarters.", "future quarters", "FUTURE_REF"),
])
def test_future_references(text: str, expression: str, value: str) -> None:
    assert _found(text) == [(expression, value)]


@pytest.mark.parametrize("text", [
    "He was probably killed soon after being captured.",
    "It is too soon to say whether the plan works.",
    "They could leave as soon as the threats end.",
    "The company will soon begin selling smaller boxes.",  # news marks it now and then: unseen text
    # gave more unmarked than marked
])
def test_soon_alone_is_no_expression(text: str) -> None:
    assert _found(text) == []


def test_as_soon_as_a_day_gives_the_day_only() -> None:
    assert [t for t, _ in _found("The group might arrive as soon as Tuesday.")] == ["Tuesday"]


def test_a_clock_time_with_another_zone_in_brackets_takes_the_day_after_it() -> None:
    """ "at 10:35 a.m. (0735 GMT) Friday": the clock time is on that Friday, not on the report's day."""
    found = [(t.text, t.value) for t in tag("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a "
                                            "building.", date(1998, 8, 8), narrative=False)]
    assert found == [("10:35 a.m.", "1998-08-07T10:35"), ("Friday", "1998-08-07")]


def test_a_clock_time_in_the_sentence_after_a_named_day_is_on_that_day() -> None:
    """ "... turned back on Tuesday evening. It departed at 18:52 ...": the story's day, not the
    day of the report (a Thursday here)."""
    text = ("The jet turned back to the airport on Tuesday evening after a warning light came on. "
            "It had departed at 18:52 and landed safely at 19:31.")
    found = {t.text: t.value for t in tag(text, date(2024, 7, 11), narrative=False)}
    assert found["18:52"] == "2024-07-09T18:52" and found["19:31"] == "2024-07-09T19:31"


def test_a_clock_time_two_sentences_after_a_day_stays_on_the_report_day() -> None:
    text = ("The jet turned back on Tuesday evening. Nobody was hurt. "
            "The airline will give an update at 14:00.")
    found = {t.text: t.value for t in tag(text, date(2024, 7, 11), narrative=False)}
    assert found["14:00"] == "2024-07-11T14:00"


@pytest.mark.parametrize("text, dct, narrative, value", [
    ("He plans to retire by the end of the decade.", date(1998, 3, 5), False, "199"),
    ("The firm grew fast in 1952; by the end of the decade it had 300 staff.", None, True, "195"),
    ("At the start of the century the town had 300 people.", date(1905, 3, 3), False, "19"),
])
def test_a_part_of_the_decade_or_century_is_that_decade(text: str, dct: date | None, narrative: bool, value: str) -> None:
    """ "by the end of the decade": the decade the text is in, the report's in news, the story's in a
    history, with its part as the modifier."""
    found = [(t.value, t.mod) for t in tag(text, dct, narrative=narrative) if "of the" in t.text]
    assert found and found[0][0] == value and found[0][1] in ("END", "START")


@pytest.mark.parametrize("text, when, expression, value", [
    ("Flight 417 departed at 18:52 local time (16:52 UTC) and declared an emergency 14 minutes later.",
     date(2024, 7, 9), "14 minutes later", "2024-07-09T19:06"),
    ("The probe separated at 14:20 UTC. About 40 minutes later it sent its first signal.",
     date(2024, 9, 24), "About 40 minutes later", "2024-09-24T15:00"),
    ("The first blast came at 10:35 p.m. and a second one followed three hours later.",
     date(2024, 9, 24), "three hours later", "2024-09-25T01:35"),
])
def test_minutes_or_hours_later_count_on_from_the_last_clock_time(text: str, when: date, expression: str,
                                                                  value: str) -> None:
    found = {t.text: (t.type, t.value) for t in tag(text, when, narrative=False)}
    assert found[expression] == ("TIME", value)


def test_hours_later_with_no_clock_time_is_the_stretch() -> None:
    found = [(t.text, t.type, t.value) for t in tag("Two hours later, the fire was out.", date(2024, 9, 24), narrative=False)]
    assert found == [("Two hours", "DURATION", "PT2H")]
