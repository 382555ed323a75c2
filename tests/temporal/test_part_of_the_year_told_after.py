"""A season, month or day "of the following year" (or "of the previous year", "of the year after") is
one expression, of the year after (or before) the one just told (session twenty-one, dates #11).

Read in pieces, "the spring" took the year told and "the following year" was left a year of its own,
so the happening of the spring was dated a year early. Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


@pytest.mark.parametrize("text, expression, value", [
    ("The brewery was sold in 1958, and in the autumn of the following year it closed.",
     "the autumn of the following year", "1959-FA"),
    ("The school opened in 1902. In March of the next year a second wing was added.",
     "March of the next year", "1903-03"),
    ("The bridge fell in 1881. The council had warned of cracks in the winter of the previous year.",
     "the winter of the previous year", "1880-WI"),
    ("The pier burned in 1974; on 9 June of the year after, it reopened.", "9 June of the year after", "1975-06-09"),
    ("Work began in 2019 and ended in the late spring of the following year.",
     "the late spring of the following year", "2020-SP"),
])
def test_a_part_of_the_year_after_the_one_told_is_one_expression(text: str, expression: str, value: str) -> None:
    found = [(t.text, t.value) for t in tag(text, date(2026, 1, 10))]
    assert (expression, value) in found, found


def test_with_no_year_told_it_counts_from_the_page() -> None:
    found = [(t.text, t.value) for t in tag("The club hopes to move in the spring of the following year.", date(2026, 1, 10))]
    assert ("the spring of the following year", "2027-SP") in found, found
