"""Session 51 (h51d): two kinds of date a page of mixed years gave wrong. Sentences of our own; each row of
the first two tests failed before.

(1) An "on this day" page ("On this day: 14 November", "This day in history — March 3") lists what happened
on its day in the years each entry opens with ("1851 – The viaduct opened"): the entry is that day of
that year, not the whole year (dated_lists.years_on_the_pages_day). The year keeps its value.

(2) A year the history then leaves for an earlier one ("It burned down in 1934. In May the owners
rebuilt it. The strike of 1926 …") is no stray aside when a month with no year of its own is told after
it first: "In May" is that year's May (story_time._yearless_month_told_after), not the May of a year
told before it; unless the month is earlier in the calendar than the one stated with the year.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _span(text: str, expression: str, dct: str | None = None) -> tuple[str, str, str]:
    t = next(t for t in tag(text, date.fromisoformat(dct) if dct else None) if t.text == expression)
    return t.value, str(t.begin), str(t.end_day)


_OTD = """On this day: 14 November

1783 – The first lamp on Grell Point lighthouse was lit.
1851 – The Harton viaduct opened to passenger traffic.
1907 – Suffragists marched through the streets of Dunmere.
"""

_HISTORY_DAY = """This Day in History — March 3

In 1875, the Grand Hall in Vessby held its first concert.
In 1904, a fire destroyed the old corn exchange.
In 1988, the last coal train left Vessby station.
"""

_TODAY = """Today in history: 29 June

1822: Fishermen at Carrick Bay hauled in a sturgeon nine feet long.
1946: The new swimming baths were opened by the mayor.
2001: A flood closed the coast road for a week.
"""


@pytest.mark.parametrize("text, expression, day", [
    (_OTD, "1783", "1783-11-14"),
    (_OTD, "1851", "1851-11-14"),
    (_OTD, "1907", "1907-11-14"),
    (_HISTORY_DAY, "1875", "1875-03-03"),
    (_HISTORY_DAY, "1988", "1988-03-03"),
    (_TODAY, "1946", "1946-06-29"),
    # with the page's date known as well: the heading's day, not the page's
    (_TODAY, "1822", "1822-06-29"),
])
def test_a_year_opening_an_entry_of_an_on_this_day_list_is_that_day(text: str, expression: str, day: str) -> None:
    value, begin, end = _span(text, expression)
    assert (value, begin, end) == (expression, day, day)


@pytest.mark.parametrize("text, expression, value", [
    ("The mill opened in May 1921. It burned down in 1934. In May the owners rebuilt it. "
     "The strike of 1926 had closed it for a month.", "May", "1934-05"),
    ("The choir was founded in 1890 by a curate. It sang at the coronation in 1953, and in June it toured "
     "Norway. The first organ of 1902 was replaced in 1911.", "June", "1953-06"),
    ("Grain came to the port by barge from 1840. The first steamer docked in 1871. On 4 August the harbour "
     "master logged twelve vessels. A fire in 1850 had destroyed the old quay.", "4 August", "1871-08-04"),
])
def test_a_month_told_after_a_year_the_history_then_leaves_is_that_years(text: str, expression: str, value: str) -> None:
    assert _span(text, expression)[0] == value


@pytest.mark.parametrize("text, expression, value", [
    # no "on this day" heading: a chronology's year entry is the whole year
    ("Key dates\n\n1851 – The viaduct opened.\n1907 – The station was rebuilt.\n", "1851", "1851"),
    # a heading with its own year recalls one day only; a year opening a line under it is its own
    ("On this day: 14 October 1066\n\n1066 – The battle began at dawn.\n1067 – The abbey was founded.\n", "1067", "1067"),
])
def test_a_year_entry_without_a_day_heading_keeps_its_year(text: str, expression: str, value: str) -> None:
    got, begin, end = _span(text, expression)
    assert got == value and begin.endswith("-01-01") and end.endswith("-12-31")


def test_a_year_left_at_once_with_no_yearless_month_after_it_is_still_an_aside() -> None:
    # "declassified in 2005" is left for 1959 before any yearless month: May is 1959's
    text = ("The raid took place in 1958. The files, declassified in 2005, say little. The police returned in 1959. "
            "In May they arrested two men.")
    assert _span(text, "May")[0] == "1959-05"


def test_a_month_earlier_in_the_calendar_than_an_aside_month_is_no_month_of_its_year() -> None:
    # "In November 1902 …" is an aside: "20 April" after it is no April of 1902, and the story is in 1815
    text = ("The army crossed the river on 12 March 1815 and took the town on 3 April 1815. In November 1902 a statue "
            "of its general was unveiled in the square. The army left the town on 20 April and was disbanded in 1816.")
    assert _span(text, "20 April")[0] == "1815-04-20"
