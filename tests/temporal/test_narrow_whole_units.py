"""START/MID/END of a span of whole years or months keep whole units: the timeline and the table
must not show "3 May 867 BC–1 Sep 834 BC" for "the middle of the 9th century BC"."""

from datetime import date

import pytest

from explorer.calendar import Day
from explorer.temporal.normalize import narrow
from explorer.temporal.tagger import tag


@pytest.mark.parametrize("mod, first, last", [("START", (-899, 1, 1), (-867, 12, 31)),
                                              ("MID", (-866, 1, 1), (-833, 12, 31)),
                                              ("END", (-832, 1, 1), (-800, 12, 31))])
def test_a_bc_century_is_cut_in_whole_years(mod, first, last):
    a, b = narrow((Day.of(-899, 1, 1), Day.of(-800, 12, 31)), mod)
    assert (a.year, a.month, a.day) == first and (b.year, b.month, b.day) == last


@pytest.mark.parametrize("mod, first, last", [("START", date(2015, 1, 1), date(2015, 4, 30)),
                                              ("MID", date(2015, 5, 1), date(2015, 8, 31)),
                                              ("END", date(2015, 9, 1), date(2015, 12, 31))])
def test_a_year_is_cut_in_whole_months(mod, first, last):
    assert narrow((date(2015, 1, 1), date(2015, 12, 31)), mod) == (first, last)


def test_a_decade_and_a_quarter_keep_whole_units_and_a_month_keeps_days():
    assert narrow((date(1970, 1, 1), date(1979, 12, 31)), "END") == (date(1977, 1, 1), date(1979, 12, 31))
    assert narrow((date(2015, 4, 1), date(2015, 6, 30)), "MID") == (date(2015, 5, 1), date(2015, 5, 31))
    assert narrow((date(2015, 3, 1), date(2015, 3, 31)), "START") == (date(2015, 3, 1), date(2015, 3, 10))


def test_the_tagger_gives_a_mid_century_in_whole_years():
    text = "The port was founded by traders in the middle of the 9th century BC and grew fast."
    [t] = [t for t in tag(text, None) if "century" in text[t.start:t.end]]
    assert (t.begin.month, t.begin.day, t.end_day.month, t.end_day.day) == (1, 1, 12, 31)
