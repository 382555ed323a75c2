"""A month or a season told in a habitual present is any year's ("XXXX-04"), whatever the page's date;
the same month told once (past, future, a schedule with no habitual word) keeps a year (issue #11,
session 22; habitual_present.py). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.habitual_present import is_habitual

#: page dates across the year: a habitual month must not pick a year from any of them
DCTS = [date(2023, 1, 9), date(2024, 4, 2), date(2024, 7, 19), date(2025, 10, 30), date(2022, 12, 31)]


def _value(text: str, word: str, dct: date | None) -> tuple[str, object]:
    found = [t for t in tag(text, dct) if word in t.text]
    assert found, (text, [t.text for t in tag(text, dct)])
    return found[0].value, found[0].begin


@pytest.mark.parametrize("dct", DCTS)
@pytest.mark.parametrize("text, word, value", [
    ("The ferry to the island runs daily in summer.", "summer", "XXXX-SU"),
    ("Our allotment society usually holds its show in August.", "August", "XXXX-08"),
    ("The pass is normally closed in February.", "February", "XXXX-02"),
    ("Snow rarely settles on the coast before January.", "January", "XXXX-01"),
    ("The bakery opens at weekends in winter.", "winter", "XXXX-WI"),
    ("Herons nest by the lake every year in March.", "March", "XXXX-03"),
    ("The gardens are open every day from May to September.", "May", "XXXX-05"),
])
def test_a_habitual_present_gives_no_year(text: str, word: str, value: str, dct: date) -> None:
    got, begin = _value(text, word, dct)
    assert got == value
    assert begin is None  # no bar on the timeline in a year nobody spoke of


@pytest.mark.parametrize("dct", DCTS)
@pytest.mark.parametrize("text, word", [
    ("The ferry ran daily in summer, the harbour master said.", "summer"),  # a past: one summer
    ("The society will hold its show in August.", "August"),  # a plan
    ("The pass was closed in February after the storm.", "February"),
    ("The library usually lends maps, but it reopens in March.", "March"),  # another clause's present
    ("Deliveries usually come on time, which was not so in October.", "October"),
])
def test_a_month_told_once_keeps_its_year(text: str, word: str, dct: date) -> None:
    got, begin = _value(text, word, dct)
    assert not got.startswith("XXXX")
    assert begin is not None


@pytest.mark.parametrize("sentence, date_word, expected", [
    ("The shop is usually shut in January.", "January", True),  # a participle after "is" is a state
    ("The shop usually stood empty in January.", "January", False),  # an irregular past: one January
    ("The shop has usually closed in January.", "January", False),  # a perfect: a record of years told
    ("It is busy; tours run daily in June.", "June", True),
    ("Tours run daily; the museum closed in June.", "June", False),  # the habit is the other clause's
])
def test_the_clause_holds_both_the_habit_and_the_date(sentence: str, date_word: str, expected: bool) -> None:
    start = sentence.index(date_word)
    assert is_habitual(sentence, start, start + len(date_word)) is expected


def test_a_day_in_a_run_keeps_its_year() -> None:
    """A programme's "every evening, including Christmas Day" is this season's day: a day is no habit."""
    found = tag("The lanterns are lit every evening, including Boxing Day.", date(2024, 11, 20))
    assert [t.value for t in found if t.text == "Boxing Day"] == ["2024-12-26"]
