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


@pytest.mark.parametrize("text, expression, value", [
    ("The club was founded in 1952. On 4 March the committee, meeting for the last time in 1998, voted to merge.",
     "4 March", "1998-03-04"),
    ("The club was founded in 1952. On 4 March, sitting for the last time in 1998, the committee voted to merge.",
     "4 March", "1998-03-04"),
    ("The club was founded in 1952. On 12 October the members, gathering in 2004 for the fiftieth season, "
     "unveiled a plaque.", "12 October", "2004-10-12"),
    ("The choir formed in 1961. In May the singers, touring in 1975 for the first time, reached Vienna.",
     "May", "1975-05"),
    # guards: a past participle or a noun's own time dates its noun, not the day
    ("The club was founded in 1952. On 4 March the hall, built in 1898, was sold.", "4 March", "1952-03-04"),
    ("The club was founded in 1952. On 4 March the museum, celebrating its founding in 1898, opened a wing.",
     "4 March", "1952-03-04"),
])
def test_a_day_takes_the_year_its_subjects_ing_aside_tells_after_it(text: str, expression: str, value: str) -> None:
    """ "On 4 March the committee, meeting for the last time in 1998, voted": the aside is the act's own
    time, told after the day, so the day is of 1998, not of the year told before (issue 11)."""
    found = [(t.text, t.value) for t in tag(text, None)]
    assert (expression, value) in found, found


@pytest.mark.parametrize("text, expression, value", [
    ("The canal opened in 1996. On 4 March, in 1998, a breach flooded forty homes.", "4 March", "1998-03-04"),
    ("The yard was founded in 1950. On 9 June in 2002 a fire destroyed the sheds.", "9 June", "2002-06-09"),
    ("The club formed in 1961. It was on 12 October, in 1975, that the members opened the hall.",
     "12 October", "1975-10-12"),
    # guards: a year's span, and a thing of that year, give the day no year
    ("The canal opened in 1996. On 4 March, in 1998-99 terms, traffic doubled.", "4 March", "1996-03-04"),
    ("The canal opened in 1996. On 4 March in 1998's worst storm a lock failed.", "4 March", "1996-03-04"),
])
def test_a_day_takes_the_year_said_right_after_it(text: str, expression: str, value: str) -> None:
    """ "On 4 March, in 1998, a breach …": the year said right after the yearless day is its own
    (session 59), not the year the story told before."""
    found = [(t.text, t.value) for t in tag(text, None)]
    assert (expression, value) in found, found
