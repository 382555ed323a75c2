"""Issue 11, session 19: a headed section of a dated page that tells an earlier year reads its yearless
months from that year, not from the page's (the story's time stays where the section put it).
Texts of our own."""

from __future__ import annotations

from datetime import date

from explorer.temporal import tag

PAGE = date(2015, 6, 10)

_ONE_YEAR = """Harbour works

The council published its review of the harbour last week, and members will debate it on Tuesday.

The storm year

In the spring of 2013, gales broke the outer wall. In July, divers found cracks along the pier. Repairs began in late September and ended in December.
"""

_RECENT_YEARS = """Club news

The club named its new coach on Monday.

A season to forget

The 2014 season began badly. Gates in 2014 were well down on 2012. In 2014 the club also sold its training ground. In April the old coach resigned, and in September the chairman followed.
"""

_TOLD_FROM_NOW = """Club news

The club named its new coach on Monday.

A season to forget

In 2014 the club sold its training ground. In April the old coach resigned, and on Tuesday the chairman said he would follow in September.
"""


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, PAGE)}


def test_a_section_that_names_one_earlier_year_reads_its_months_in_it() -> None:
    got = _values(_ONE_YEAR)
    assert (got["July"], got["late September"], got["December"]) == ("2013-07", "2013-09", "2013-12")
    assert got["Tuesday"] == "2015-06-16"  # the news section around it still reads from the page


def test_a_section_of_the_years_just_before_the_page_is_a_history_of_them() -> None:
    got = _values(_RECENT_YEARS)
    assert (got["April"], got["September"]) == ("2014-04", "2014-09")


def test_a_section_that_speaks_from_the_page_stays_news() -> None:
    got = _values(_TOLD_FROM_NOW)
    assert got["Tuesday"] == "2015-06-09" and got["September"] == "2015-09"
