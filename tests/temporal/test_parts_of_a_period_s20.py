"""Issue 11, session 20: a half or a part said of a period ("the second half of the month", "the
latter part of the week", "the early part of the next decade") is that period with its mod (TimeML
has no half of a month or of a decade), as "the end of the month" already was; a year's half stays
its calendar half (``H1``/``H2``). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

NEWS = date(2011, 10, 12)  # a Wednesday


def _found(text: str, dct: date | None = NEWS) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.value, t.mod) for t in tag(text, dct)}


@pytest.mark.parametrize("text, phrase, value, mod", [
    ("Bookings usually pick up in the second half of the month.", "the second half of the month", "2011-10", "END"),
    ("Most of the rain fell in the first half of the month.", "the first half of the month", "2011-10", "START"),
    ("Forecasters expect snow in the latter part of the week.", "the latter part of the week", "2011-W41", "END"),
    ("The shop is quiet in the early part of the week.", "the early part of the week", "2011-W41", "START"),
    ("Output slowed in the latter half of the decade.", "the latter half of the decade", "201", "END"),
    ("The mill was busiest in the last part of the century.", "the last part of the century", "20", "END"),
    ("A second runway is planned for the early part of the next decade.", "the early part of the next decade",
     "202", "START"),
    ("Rates peaked in the closing part of the previous decade.", "the closing part of the previous decade",
     "200", "END"),
    ("Dredging should finish by the end of the next month.", "the end of the next month", "2011-11", "END"),
])
def test_a_part_of_the_period_the_text_is_in(text: str, phrase: str, value: str, mod: str) -> None:
    found = _found(text)
    assert found.get(phrase) == (value, mod), found


@pytest.mark.parametrize("text, phrase, value", [
    ("Profits rose in the first half of the year.", "the first half of the year", "2011-H1"),
    ("Hiring will pick up in the second half of next year.", "the second half of next year", "2012-H2"),
    ("Rents rose in the first half of the next year.", "the first half of the next year", "2012-H1"),
    ("Output had fallen in the second half of the previous year.", "the second half of the previous year",
     "2010-H2"),
])
def test_a_years_half_stays_its_calendar_half(text: str, phrase: str, value: str) -> None:
    assert _found(text).get(phrase) == (value, None)


def test_in_a_history_the_part_is_of_the_storys_period() -> None:
    text = ("The blockade began in March 1862. In the second half of the month the garrison ran short of "
            "powder. In the early part of the next decade the harbour was dredged.")
    found = _found(text, None)
    assert found["the second half of the month"] == ("1862-03", "END")
    assert found["the early part of the next decade"] == ("187", "START")


def test_a_half_of_the_following_year_in_a_history() -> None:
    found = _found("The mill opened in 1921. Orders doubled in the second half of the following year.", None)
    assert found["the second half of the following year"] == ("1922-H2", None)


@pytest.mark.parametrize("text", [
    "The second half of the match was dull.",  # a game's half, no period
    "They sang the first part of the song twice.",
])
def test_a_part_of_no_period_is_no_date(text: str) -> None:
    assert not [t for t in tag(text, NEWS) if t.type == "DATE"]
