"""Dates typed by a user: our grammar, with dateparser for other languages and odd forms."""

from datetime import date

import pytest

from explorer.temporal import parse_date_phrase

REF = date(2020, 1, 15)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("March 2019", (date(2019, 3, 1), date(2019, 3, 31))),
        ("26 Dec 2018", (date(2018, 12, 26), date(2018, 12, 26))),
        ("the 1990s", (date(1990, 1, 1), date(1999, 12, 31))),
        ("26 décembre 2018", (date(2018, 12, 26), date(2018, 12, 26))),  # French, via dateparser
        ("März 2019", (date(2019, 3, 1), date(2019, 3, 31))),  # German month
        ("13.10.2015", (date(2015, 10, 13), date(2015, 10, 13))),  # dotted numeric form
        ("1 de marzo de 2020", (date(2020, 3, 1), date(2020, 3, 1))),
    ],
)
def test_typed_phrases(phrase: str, expected: tuple[date, date]) -> None:
    assert parse_date_phrase(phrase, REF) == expected


@pytest.mark.parametrize("phrase", ["", "   ", "blah", "the minister", "x" * 200])
def test_nonsense_is_none(phrase: str) -> None:
    assert parse_date_phrase(phrase, REF) is None


@pytest.mark.parametrize(
    "phrase, first, last",
    [
        ("264 BC", (-263, 1, 1), (-263, 12, 31)),  # astronomical year: 1 BC is year 0
        ("146 B.C.", (-145, 1, 1), (-145, 12, 31)),
        ("June 216 BC", (-215, 6, 1), (-215, 6, 30)),
        ("the 3rd century BC", (-299, 1, 1), (-200, 12, 31)),
        ("500 BCE", (-499, 1, 1), (-499, 12, 31)),
    ],
)
def test_years_before_one_for_a_caller_that_takes_days(phrase: str, first: tuple, last: tuple) -> None:
    from explorer.calendar import Day

    assert parse_date_phrase(phrase, REF, before_year_one=True) == (Day.of(*first), Day.of(*last))
    # a caller that takes ``date`` (editing a date, a sidecar) gets no date rather than a wrong one
    assert parse_date_phrase(phrase, REF) is None


def test_years_from_one_stay_dates_when_days_are_allowed() -> None:
    assert parse_date_phrase("AD 79", REF, before_year_one=True) == (date(79, 1, 1), date(79, 12, 31))
    assert parse_date_phrase("March 2019", REF, before_year_one=True) == (date(2019, 3, 1), date(2019, 3, 31))
