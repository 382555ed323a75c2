"""Three kinds from session seventeen's sixth fresh batch: "every other Tuesday", "every second week"
are sets that skip one in two (read before as a weekday and as "every second", a set of seconds); a
fixture verb with a short "after the ..." adjunct before its weekday ("markets reopen after the long
weekend on Tuesday") is a plan, as without the adjunct; "profit for the year rose", told in the first
months of a year, is the year just ended, whose figures are reported."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _values(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The committee meets every other Tuesday.", [("every other Tuesday", "XXXX-WXX-2")]),
    ("We meet every second Friday.", [("every second Friday", "XXXX-WXX-5")]),
    ("Bins are emptied every other week.", [("every other week", "P2W")]),
    ("The census is held every second year.", [("every second year", "P2Y")]),
    ("Every second counts.", [("Every second", "PT1S")]),
])
def test_every_other(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, date(1996, 5, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Markets reopen after the long weekend on Tuesday.", [("the long weekend", "1996-W21-WE"), ("Tuesday", "1996-05-28")]),
    ("Parliament returns after the recess on Monday.", [("Monday", "1996-05-27")]),
    ("The season ends in defeat on Sunday.", [("Sunday", "1996-05-19")]),
])
def test_a_fixture_after_an_adjunct(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, date(1996, 5, 24)) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), [
    ("Profit for the year rose 12%, the bank said.", date(1996, 2, 20), [("the year", "1995")]),
    ("Sales for the full year fell 3%.", date(1996, 2, 20), [("the full year", "1995")]),
    ("Profit for the year is expected to rise.", date(1996, 2, 20), [("the year", "1996")]),
    ("Profit for the year rose 12%, the bank said.", date(1996, 10, 20), [("the year", "1996")]),
    # session 55: a fiscal or financial year reported in the same first months is the one just ended
    ("Revenue for the fiscal year rose 8 percent, the maker said.", date(2023, 2, 14), [("the fiscal year", "2022")]),
    ("Sales in the financial year fell 2 percent.", date(2023, 3, 2), [("the financial year", "2022")]),
    ("Earnings for the fiscal year were flat, the chain reported.", date(2024, 1, 30), [("the fiscal year", "2023")]),
    # guard: a plan for the fiscal year stays the current one
    ("Profit for the fiscal year will rise, the maker said.", date(2023, 2, 14), [("the fiscal year", "2023")]),
])
def test_the_year_reported_early_in_the_next(text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    assert _values(text, dct) == expected
