"""Issue 11, session 21: which year an undated "winter" is labelled with (winter_labels.py).

A winter runs from December into February. Read from a story's time, a history labels it by the year
its January falls in (WikiWars, nine of nine); a report keeps our own label, by its December (news
is split on it), and its "this winter" written in January is the winter under way, not the next
one. The span stays December to February either way, and a winter said with its year keeps that
year. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _winter(text: str, dct: date | None, narrative: bool):
    found = [t for t in tag(text, dct, narrative=narrative) if "inter" in t.text]
    assert found, [(t.text, t.value) for t in tag(text, dct, narrative=narrative)]
    return found[0]


@pytest.mark.parametrize("text, value, span", [
    ("In November 1812 the army fell back. The winter destroyed it.", "1813-WI", (date(1812, 12, 1), date(1813, 2, 28))),
    ("On 3 January 1871 the siege tightened. Winter was bitter that year.", "1871-WI", (date(1870, 12, 1), date(1871, 2, 28))),
    ("In October 1709 the harvest failed, and in winter the rivers froze.", "1710-WI", (date(1709, 12, 1), date(1710, 2, 28))),
])
def test_a_history_labels_a_winter_by_its_january(text: str, value: str, span: tuple[date, date]) -> None:
    t = _winter(text, None, True)
    assert (t.value, t.begin, t.end_day) == (value, *span)


def test_a_winter_before_christ_counts_down() -> None:
    t = _winter("In the autumn of 217 BC the legions camped. The winter passed quietly.", None, True)
    assert t.value == "BC0216-WI"


@pytest.mark.parametrize("dct, value", [
    (date(2019, 1, 20), "2018-WI"),  # "this winter" written in January: the winter under way
    (date(2019, 12, 18), "2019-WI"),
    (date(2019, 2, 27), "2018-WI"),
])
def test_a_report_keeps_its_winter_under_way_labelled_by_its_december(dct: date, value: str) -> None:
    t = _winter("Heating bills have soared this winter, the council said.", dct, False)
    assert t.value == value and t.begin is not None and t.begin <= dct <= t.end_day


@pytest.mark.parametrize("text, value", [
    ("The winter of 1709 was the coldest in memory.", "1709-WI"),
    ("Winter 2013 brought record snow.", "2013-WI"),
])
def test_a_winter_with_its_year_keeps_it(text: str, value: str) -> None:
    assert _winter(text, date(2020, 6, 1), False).value == value
