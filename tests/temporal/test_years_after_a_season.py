"""A count of years from a season ("In the summer of 1962 ... three years later") is a year, as the
expression's unit says, not that season so many years on; a quarter or half of a report stays a
quarter ("profit in the third quarter rose from a year earlier": that quarter a year back). Found in
the session-sixteen fresh sentences (batch g, an obituary); sentences of my own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

D = date(1999, 6, 3)


@pytest.mark.parametrize("text, expression, value", [
    ("In the summer of 1962 the team found the compound. It reached pharmacies three years later.",
     "three years later", "1965"),
    ("The drought of summer 1976 was severe; a year later, rain returned.", "a year later", "1977"),
    ("The bridge opened in the spring of 1950. Two years earlier, the valley had been cleared.",
     "Two years earlier", "1948"),
    ("Profit in the third quarter rose 5 percent from a year earlier.", "a year earlier", "1997-Q3"),
    ("Sales in the first half fell from a year earlier.", "a year earlier", "1998-H1"),
])
def test_years_counted_from_a_season_are_years_from_a_quarter_quarters(text: str, expression: str,
                                                                        value: str) -> None:
    assert {t.text: t.value for t in tag(text, D)}[expression] == value
