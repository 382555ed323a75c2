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
