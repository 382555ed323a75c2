"""Spoken and counted forms of days and years, and the tense a date opening its sentence takes
(session fourteen, own sentences): "March the 2nd" is a day as "March 2" is; "the new year" is the
year just begun (said in November or December, the one about to begin); "In May the plant reopened"
is a past May, as "In May, the plant reopened" was; "the company cut 500 jobs in May" a past too.
("Three decades ago" stays a year, as the project's gold writes "two decades ago"; a decade value
was tried in session fourteen and undone.)"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

JAN = date(2026, 1, 10)
DEC = date(2025, 12, 10)


def _values(text: str, dct: date = JAN) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct, narrative=False)]


@pytest.mark.parametrize("text, expression, value", [
    ("The side could face its old manager on March the 2nd.", "March the 2nd", "2026-03-02"),
    ("Voting closes on June the 30th at noon.", "June the 30th", "2026-06-30"),
    ("The vote is on May the 21st, 2027.", "May the 21st, 2027", "2027-05-21"),
    ("They met on March the 2nd against the odds.", "March the 2nd", "2025-03-02"),
])
def test_month_the_ordinal_is_a_day(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text)


@pytest.mark.parametrize("text", [
    "In March the 3rd battalion left the town.",
    "The final is in March the 4th time running.",
])
def test_month_then_an_ordinal_before_its_noun_is_no_day(text: str) -> None:
    assert not any(expr.endswith(("3rd", "4th")) for expr, _, _ in _values(text))


@pytest.mark.parametrize("text, dct, value", [
    ("The club has won only twice since the new year.", JAN, "2026"),
    ("Prices rose in the new year.", JAN, "2026"),
    ("The shop reopens in the new year.", DEC, "2026"),
    ("Talks will go on into the new year, the minister said.", DEC, "2026"),
])
def test_the_new_year_is_a_year(text: str, dct: date, value: str) -> None:
    assert ("the new year", "DATE", value) in _values(text, dct)


@pytest.mark.parametrize("text", [
    "Talks resume after the new year break.",
    "The new year holiday closes the offices.",
])
def test_the_new_year_before_its_noun_is_not_the_year(text: str) -> None:
    assert not any("new year" in expr.lower() for expr, _, _ in _values(text, DEC))




APR = date(2026, 4, 23)


@pytest.mark.parametrize("text, expression, value", [
    ("In May the plant reopened.", "May", "2025-05"),
    ("On May 9 he resigned from the board.", "May 9", "2025-05-09"),
    ("Prices rose. In June the company lowered its forecast.", "June", "2025-06"),
    ("In July the mayor was re-elected.", "July", "2025-07"),
])
def test_a_date_opening_its_sentence_without_a_comma_dates_a_past_clause(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text, APR)


@pytest.mark.parametrize("text, expression, value", [
    ("In May the plant will reopen.", "May", "2026-05"),
    ("On May 9 the board is to vote on the plan.", "May 9", "2026-05-09"),
])
def test_a_date_opening_a_future_clause_stays_ahead(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text, APR)


@pytest.mark.parametrize("text, expression, value", [
    ("The company cut 500 jobs in May.", "May", "2025-05"),
    ("The bank set its key rate at 3 percent in June.", "June", "2025-06"),
    ("Prices rose. In June the company cut its forecast.", "June", "2025-06"),
    ("The airline shut its Berlin base in May.", "May", "2025-05"),
])
def test_a_bare_past_form_after_a_singular_subject_is_a_past(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text, APR)


@pytest.mark.parametrize("text, expression, value", [
    ("The company will cut 500 jobs in May.", "May", "2026-05"),
    ("The rate cut in May will help exporters.", "May", "2026-05"),
])
def test_a_bare_form_after_a_modal_or_as_a_noun_is_no_past(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text, APR)


@pytest.mark.parametrize("text", [
    "The company, founded in 1990, makes pumps. In March it lowered its prices.",
    "The mill, built in 1962, employs 80 people. In March it sold its second site.",
])
def test_a_year_in_a_participle_aside_starts_no_retold_story(text: str) -> None:
    assert ("March", "DATE", "2026-03") in _values(text, APR)


@pytest.mark.parametrize("text, expression", [
    # what ends a stop told by its year is the page's news, in the writer's year (session 54)
    ("The Harbour Museum closed in 2019 for repairs. It reopened in March with a new wing.", "March"),
    ("The branch line was shut in 2018 after a landslide. Services resumed in February.", "February"),
    ("The ferry stopped sailing in 2017. It was back in January under a new owner.", "January"),
])
def test_the_end_of_a_stop_told_by_its_year_is_the_writers_year(text: str, expression: str) -> None:
    assert any(e == expression and v.startswith("2026-") for e, _, v in _values(text, APR)), _values(text, APR)


def test_a_month_after_an_old_year_still_retells_the_story() -> None:
    """(guard) no undoing verb: the month goes on in the old story's year."""
    text = "The footbridge was finished in 2019. Engineers found cracks in March, and it closed in June."
    assert ("March", "DATE", "2019-03") in _values(text, APR)
