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
    # the day is ahead of the report in the document's year; the year after it says which one (a day
    # and month with the words after them is one expression, as TimeML's "June last year" is)
    ("The shops closed for June 19 last year.", "June 19 last year", "2018-06-19"),
    ("Offices shut for Juneteenth last year.", "Juneteenth", "2018-06-19"),
    ("Families gathered for Thanksgiving last year.", "Thanksgiving", "2018-11-22"),
    ("The plant will open on Christmas next year.", "Christmas", "2020-12-25"),
    ("The plant will open on Memorial Day next year.", "Memorial Day", "2020-05-25"),
    ("Sales rose on March 3 this year.", "March 3 this year", "2019-03-03"),
    ("Sales rose on March 3, last year.", "March 3, last year", "2018-03-03"),
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


# -- narrative passages: what was left untagged ------------------------------------------------

def _story(text: str, dct: date | None = None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize("text, expression, value", [
    ("Parliament was dissolved on 18 March 2019. The vote is set for 12 May, officials said.", "12 May", "2019-05-12"),
    ("Parliament was dissolved on 18 March 2019. The president called an election for 12 May.", "12 May", "2019-05-12"),
    ("The tax was announced on 18 March 2019. The first payment is due 12 May.", "12 May", "2019-05-12"),
])
def test_a_day_of_may_after_for_or_due(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _story(text, date(2019, 3, 20))


def test_may_as_a_verb_after_a_count_stays_untagged() -> None:
    assert not [e for e, _ in _story("Of the 40 members, 12 may vote.", date(2019, 3, 20)) if "may" in e]


def test_a_year_opening_a_line_of_a_chronology() -> None:
    text = ("William Hart: a printer's life\n\n1807: born in Leeds, the son of a weaver\n"
            "1821: apprenticed to a printer in York\n- 1830 – moved to London and opened a shop\n")
    found = _story(text)
    assert [("1807", "1807"), ("1821", "1821"), ("1830", "1830")] == found


def test_a_count_opening_a_line_is_no_year() -> None:
    # no colon or dash right after the number: a count of things, not an entry's year
    assert _story("Parts list\n\n1500 bolts: steel, zinc plated\n1200 washers: brass\n") == []


@pytest.mark.parametrize("text, expression, value", [
    ("The town was held by the counts until about 1190, when the bishop bought it.", "about 1190", "1190"),
    ("The castle was built in around 1350 by the lord of the manor.", "around 1350", "1350"),
    ("Coins were struck here from about 1130 until the mint closed.", "about 1130", "1130"),
])
def test_a_hedged_year_after_a_preposition(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _story(text)


def test_a_count_after_about_is_no_year() -> None:
    assert _story("The town has about 1190 inhabitants and two churches.") == []


def test_a_three_digit_year_opening_a_sentence_in_a_history_with_a_modern_aside() -> None:
    text = ("A short history of the priory\n\nThe priory stood on the island from the ninth century. "
            "In 991 the monks abandoned it when raiders came, and the buildings fell into ruin.\n\n"
            "A century later a new community rebuilt the church. Today the ruins are visited by "
            "thousands every summer, and a museum opened in 2015.\n")
    found = _story(text)
    assert ("991", "0991") in found
    # a century after 991 lies in the century 1000-1099 (TimeML "10"), not after the ninth century
    assert ("A century later", "10") in found


@pytest.mark.parametrize("text", ["In 204 Main Street the police found a car.", "In 300 cases, the drug worked."])
def test_an_address_or_count_after_in_is_no_year(text: str) -> None:
    assert _story(text, date(2024, 1, 1)) == []


# -- values counted from the story's time -------------------------------------------------------

def _spans(text: str, dct: date | None = None) -> dict[str, tuple[date | None, date | None]]:
    return {t.text: (t.begin, t.end_day) for t in tag(text, dct)}  # type: ignore[misc]


@pytest.mark.parametrize("dct", [None, date(2024, 1, 1)])
def test_the_next_years_after_a_past_year_count_from_it(dct: date | None) -> None:
    spans = _spans("In 1847 the family moved to Ohio. Over the next thirty years the farm grew tenfold.", dct)
    begin, end = spans["the next thirty years"]
    assert begin is not None and end is not None
    assert begin.year == 1847 and end.year == 1877


def test_the_past_years_in_a_story_end_at_its_time() -> None:
    spans = _spans("The war ended in 1945. Over the past six years the city had been bombed again and again.")
    begin, end = spans["the past six years"]
    assert begin is not None and end is not None
    assert (begin.year, end.year) == (1940, 1945)


@pytest.mark.parametrize("text", [
    "The firm was founded in 2001. It will invest $5 billion over the next five years.",
    "The firm was founded in 2001. It plans to invest $5 billion over the next five years, it said.",
])
def test_the_writers_next_years_count_from_the_report(text: str) -> None:
    begin, _ = _spans(text, date(2024, 5, 1))["the next five years"]
    assert begin == date(2024, 5, 1)


@pytest.mark.parametrize("text", [
    "The garrison was reduced to about 1200 soldiers by the winter.",
    "The army grew by about 1500 men in a month.",
    "Prices rose to about 1800 dollars a ton.",
    "The army was cut to about 1200 by the winter.",
    "The strength of the garrison fell from about 1500 to 900.",
])
def test_a_hedged_count_after_a_preposition_is_no_year(text: str) -> None:
    assert not [e for e, _ in _story(text) if e[-4:].isdigit()]
