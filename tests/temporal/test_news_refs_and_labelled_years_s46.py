"""News usage the TimeML way (session 46): a month that labels figures ("March's exports", "figures
for March") is behind the report when the clause is past; a year said before "fiscal year" ("its 2022
fiscal year") is one DATE, that year; an elliptical "next" after "this year and" is the next year.
Sentences written for these tests; guard rows keep what must not change. (A future "soon" after a
modal was tried too and dropped: test_news_periods and test_news_recall_kinds hold it unmarked.)
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _values(text: str, dct: date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct, narrative=False)]


DCT = date(2022, 9, 14)


@pytest.mark.parametrize("text, month, value", [
    # told in September 2022: a past verb and figures the month labels put the month behind the report
    ("November's car sales slipped 3 percent, the trade group said.", "November", "2021-11"),
    ("Figures for December showed a jump in home sales.", "December", "2021-12"),
    ("October's export orders were the weakest in two years.", "October", "2021-10"),
    ("The data for November pointed to slower hiring.", "November", "2021-11"),
])
def test_a_months_figures_told_in_the_past_are_behind_the_report(text: str, month: str, value: str) -> None:
    assert (month, "DATE", value) in _values(text, DCT)


@pytest.mark.parametrize("text, month, value", [
    ("November's election will decide the governorship.", "November", "2022-11"),
    ("The figures for July were revised up.", "July", "2022-07"),
    ("Home sales fell in December.", "December", "2021-12"),
])
def test_other_months_keep_their_reading(text: str, month: str, value: str) -> None:
    assert (month, "DATE", value) in _values(text, DCT)


@pytest.mark.parametrize("text, expression, value", [
    ("The retailer lost money in its 2021 fiscal year.", "2021 fiscal year", "2021"),
    ("The ministry expects a surplus for the 2023 financial year.", "2023 financial year", "2023"),
    ("Receipts for the 2020 tax year were delayed.", "2020 tax year", "2020"),
    ("Recalls hit the 2019 model year hardest.", "2019 model year", "2019"),
])
def test_a_year_before_fiscal_year_is_that_year(text: str, expression: str, value: str) -> None:
    assert _values(text, DCT)[0] == (expression, "DATE", value)
    assert not any(v[1] == "DURATION" for v in _values(text, DCT))


@pytest.mark.parametrize("text, expected", [
    ("Spending for fiscal year 2023 will rise.", ("fiscal year 2023", "DATE", "2023")),
    ("The board cut its outlook for the current fiscal year.", ("the current fiscal year", "DATE", "2022")),
])
def test_other_fiscal_year_forms_are_unchanged(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _values(text, DCT)


@pytest.mark.parametrize("text, value", [
    ("The central bank sees inflation near 4 percent this year and next.", "2023"),
    ("Airlines expect losses this year and again next, the association said.", "2023"),
    ("Builders will slow down this month and next because of the rain.", "2022-10"),
    ("Margins should narrow this quarter and next as well.", "2022-Q4"),
])
def test_an_elliptical_next_is_the_unit_after_this_one(text: str, value: str) -> None:
    assert ("next", "DATE", value) in _values(text, DCT)


@pytest.mark.parametrize("text", [
    "Who goes next?",
    "The team plays Denver this week and Boston next week.",
    "She is next in line for the post.",
    "Read the first chapter and then the next.",
])
def test_next_without_this_unit_before_it_is_no_elliptical_unit(text: str) -> None:
    assert not any(v[0].lower() == "next" for v in _values(text, DCT))
