"""A part of the unit the text is in, in every spelling and for every unit (issue #11, session 19):
"mid-week", "midmonth", "by midyear", "month-end", "by decade's end", "the close of
the month". The tagger used to know these as a few phrasings per unit ("the end of the month",
"month's end", "year-end"), so "by midyear" went untagged and "mid-week" read as a week's length."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

WED = date(2003, 5, 14)


def _found(text: str, dct: date = WED) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text, dct))]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The refinery should restart by midyear, its owner said.", "midyear", "2003"),
    ("Analysts expect the rate cut by mid-year.", "mid-year", "2003"),
    ("Traffic usually thins out midweek.", "midweek", "2003-W20"),
    ("The ferry strike started in mid-week and dragged on.", "mid-week", "2003-W20"),
    ("Rents fall due at midmonth.", "midmonth", "2003-05"),
    ("Cash balances swell at month-end.", "month-end", "2003-05"),
    ("The board hopes to list the unit by decade's end.", "decade's end", "200"),
    ("Her firm was founded at mid-century.", "mid-century", "20"),
    ("The shop counts its stock at the close of the month.", "the close of the month", "2003-05"),
    ("Tolls rise at the start of the decade.", "the start of the decade", "200"),
])
def test_a_part_of_the_current_unit(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _found(text)


def test_a_results_noun_after_month_end_is_no_date() -> None:
    assert not [f for f in _found("The month-end results were weaker.") if f[0].endswith("end")]


def test_the_end_of_the_week_before_names_another_week() -> None:
    assert not [f for f in _found("By the end of the week before, the talks had failed.")
                if f[0] == "the end of the week"]


def test_the_year_phrasings_stay_the_reports_year() -> None:
    # the year with "the" is year_end's reading, against the report even in a story
    assert ("the end of the year", "DATE", "2003") in _found("The plant will shut at the end of the year.")
    assert ("year's end", "DATE", "2003") in _found("The plant will shut by year's end.")


def test_mid_week_in_a_story_is_the_storys_week() -> None:
    text = "On March 3, 1998, the ship left port. By midweek it had reached the strait."
    assert ("midweek", "DATE", "1998-W10") in _found(text)
