"""Dates of session ten's round two, in sentences of our own: a yearless day with "last/this/next year"
said after it, a past happening placed "before" a day, and dates found wrong in narrative passages
(a year opening a list entry, three-digit years of a history, a story's century and months, a span
counted from the story's year).

Expected values are what TimeML gives the form: a day takes the year named beside it; in past
reporting a day looks back from the report; in a narrative the story's last dated point is the
reference.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2019, 5, 15)  # a Wednesday
_PARAGRAPH = "\n\nThe spokesman declined to comment further on the matter when he was reached by telephone."


def _found(text: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text + _PARAGRAPH, dct) if t.start < len(text)]


# -- a year said after a yearless day ----------------------------------------------------------

@pytest.mark.parametrize("text, expression, value", [
    # the day is ahead of the report in the document's year; the year after it says which one
    ("The shops closed for June 19 last year.", "June 19", "2018-06-19"),
    ("Offices shut for Juneteenth last year.", "Juneteenth", "2018-06-19"),
    ("Families gathered for Thanksgiving last year.", "Thanksgiving", "2018-11-22"),
    ("The plant will open on Christmas next year.", "Christmas", "2020-12-25"),
    ("The plant will open on Memorial Day next year.", "Memorial Day", "2020-05-25"),
    ("Sales rose on March 3 this year.", "March 3", "2019-03-03"),
    ("Sales rose on March 3, last year.", "March 3", "2018-03-03"),
])
def test_a_year_said_after_a_day_is_its_year(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


def test_a_year_said_after_a_day_waits_for_the_document_date() -> None:
    # no document date: the day's year is the writer's "last year", unknown until the date is set
    assert ("Juneteenth", "XXXX-06-19") in _found("Offices shut for Juneteenth last year.", None)


# -- a past happening before a day -------------------------------------------------------------

@pytest.mark.parametrize("text, expression, value", [
    ("Gas prices rose before July 4.", "July 4", "2018-07-04"),
    ("The company cut jobs before Christmas.", "Christmas", "2018-12-25"),
    ("Stocks fell sharply before Aug. 20.", "Aug. 20", "2018-08-20"),
])
def test_a_past_verb_before_a_day_points_back(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


@pytest.mark.parametrize("text, expression, value", [
    # a limit for something still to do, and a plan: ahead of the report
    ("He was ordered to leave before July 4.", "July 4", "2019-07-04"),
    ("The board said it will vote before July 4.", "July 4", "2019-07-04"),
])
def test_before_a_day_still_looks_ahead_for_a_plan(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)
