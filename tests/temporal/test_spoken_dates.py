"""Dates and times read aloud, as broadcast transcripts write them, and four-digit numbers that are
clocks or a year's figures rather than counts (session seven of issue 11). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.grammar.rules_spoken import spoken_day, spoken_year

DCT = date(1998, 3, 11)  # a Wednesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT, narrative=False)]


@pytest.mark.parametrize("text, expression, value", [
    ("The rally is planned for this coming Sunday, March fifteenth.", "this coming Sunday, March fifteenth", "1998-03-15"),
    ("The strike began on February second.", "February second", "1998-02-02"),
    ("She was sworn in on January twenty-first, nineteen ninety-seven.", "January twenty-first, nineteen ninety-seven",
     "1997-01-21"),
    ("The treaty was signed on the ninth of November.", "the ninth of November", "1997-11-09"),
    ("Polls close on the thirty first of March, two thousand.", "the thirty first of March, two thousand", "2000-03-31"),
    ("Prices last peaked in April of nineteen ninety-four.", "April of nineteen ninety-four", "1994-04"),
])
def test_spoken_days_and_months(text: str, expression: str, value: str) -> None:
    """A day said as an ordinal word is a day, not its month alone (TIMEX3 values as for figures)."""
    assert (expression, value) in _found(text)


@pytest.mark.parametrize("text, expression, value", [
    ("The pipeline should be finished in two thousand three.", "two thousand three", "2003"),
    ("The loans fall due by two thousand and five.", "two thousand and five", "2005"),
    ("Oil was cheap during the nineteen eighties.", "the nineteen eighties", "198"),
    ("The firm grew fast in the early nineteen nineties.", "the early nineteen nineties", "199"),
])
def test_spoken_years_and_decades(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


@pytest.mark.parametrize("text", [
    "In two thousand three people came to the fair.",
    "The site is two thousand five hundred years old.",
    "Rivera finished the March fifth-grade project early.",
    "He came in second in March with the team's March third place.",
])
def test_spoken_numbers_that_are_no_dates(text: str) -> None:
    found = _found(text)
    assert not any(v.startswith("20") and len(v) == 4 for _, v in found), found
    assert not any(len(v) == 10 for _, v in found), found


@pytest.mark.parametrize("text, expression, value", [
    ("The ferry sank at ten o'clock this morning.", "ten o'clock this morning", "1998-03-11T10:00"),
    ("The count starts at seven o'clock tonight.", "seven o'clock tonight", "1998-03-11T19:00"),
    ("Shops open at 9 o'clock.", "9 o'clock", "1998-03-11T09:00"),
])
def test_oclock_is_a_clock_time(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


@pytest.mark.parametrize("text, clock", [
    ("The quake hit at 4:31 p.m. (1231 GMT) Friday.", "4:31 p.m."),
    ("The bombers struck at 9 p.m. (1700 GMT) on Friday.", "9 p.m."),
])
def test_a_zoned_clock_in_brackets_is_no_year(text: str, clock: str) -> None:
    """ "(1231 GMT)" repeats the clock time for other readers: never the year 1231."""
    found = _found(text)
    assert clock in [t for t, _ in found]
    assert not any(v in ("1231", "1700") for _, v in found), found


def test_a_clock_before_local_time_is_no_year() -> None:
    assert not any(v == "1400" for _, v in _found("The talks resume at 1400 local time."))


@pytest.mark.parametrize("text, year", [
    ("The company's 1988 results were restated.", "1988"),
    ("Its 1989 earnings fell sharply.", "1989"),
    ("The bank's 1990 loss was the largest ever.", "1990"),
])
def test_a_year_before_its_figures_after_a_possessive(text: str, year: str) -> None:
    assert (year, year) in _found(text)


@pytest.mark.parametrize("text", ["Over 1500 soldiers died.", "Their 1200 workers went on strike."])
def test_a_count_after_a_possessive_stays_a_count(text: str) -> None:
    assert _found(text) == []


def test_spoken_word_readers() -> None:
    assert spoken_day("twenty first") == 21 and spoken_day("Thirtieth") == 30 and spoken_day("last") == 0
    assert spoken_year("nineteen oh five") == 1905 and spoken_year("two thousand and ten") == 2010
    assert spoken_year("nineteen twelve") == 1912 and spoken_year("two thousand five hundred") is None


@pytest.mark.parametrize("text, expression, value", [
    ("The shuttle lifts off at four PM eastern time.", "four PM eastern time", "1998-03-11T16:00"),
    ("Polls opened at seven thirty a.m.", "seven thirty a.m.", "1998-03-11T07:30"),
    ("The verdict came at nine forty-five PM.", "nine forty-five PM", "1998-03-11T21:45"),
])
def test_spoken_clock_with_am_pm(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


@pytest.mark.parametrize("text, clock, repeated", [
    ("The rally starts at 7 p.m. EDT (2300 GMT).", "7 p.m. EDT", "2300 GMT"),
    ("The curfew starts at midnight (0500 GMT).", "midnight", "0500 GMT"),
])
def test_a_bracketed_zone_clock_after_a_zoned_or_named_time_is_not_a_second_time(text: str, clock: str,
                                                                                   repeated: str) -> None:
    """The bracket repeats the same moment for readers in another zone: one expression, not two."""
    found = [t for t, _ in _found(text)]
    assert clock in found and repeated not in found


def test_mid_day_is_noon() -> None:
    assert ("mid-day Tuesday", "1998-03-10T12:00") in _found("The minister spoke at mid-day Tuesday.")


@pytest.mark.parametrize("text, expression, value, lost", [
    ("On 12 March the first wheel turned.", "12 March", "-03-12", "March the first"),
    ("In August the first toll was collected.", "August", "1997-08", "August the first"),
    ("In May the second bridge opened to carts.", "May", "-05", "May the second"),
    ("By October the third mill had closed.", "October", "1997-10", "October the third"),
    ("In June the fourth wooden barn burned.", "June", "1997-06", "June the fourth"),
    ("On 3 January the fifth of the guards deserted.", "3 January", "1998-01-03", "January the fifth"),
])
def test_an_ordinal_that_counts_a_noun_is_no_day(text: str, expression: str, value: str, lost: str) -> None:
    """ "the first wheel": an ordinal followed by the noun it counts, or after a month that already
    has its day number, is no day of that month; the month (or day) before it keeps its own value
    (which year a bare month or day takes is not this test's business, hence "-05" and "-03-12")."""
    found = _found(text)
    assert any(t == expression and v.endswith(value) for t, v in found), found
    assert lost not in [t for t, _ in found]


@pytest.mark.parametrize("text, expression, value", [
    ("The vote was held on March the first.", "March the first", "1998-03-01"),
    ("On February the second they signed the lease.", "February the second", "1998-02-02"),
    ("January the fifth was a cold day.", "January the fifth", "1998-01-05"),
    ("The ship sailed on January the ninth and docked a week later.", "January the ninth", "1998-01-09"),
])
def test_an_ordinal_before_a_function_word_or_verb_is_still_a_day(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)
