"""A past act at a part of a month or over a holiday, told from a late-year report (session forty-eight,
from an own page: a family's Christmas letter). "Dave retired at the end of March", written at Christmas,
had been read as the coming March, and "Over Easter we drove to Cornwall" as the coming Easter: the
nearer side of the report had won over the past verb. A part of a month said "at", "by" or "towards"
it is placed by its clause's past verb as a month said "in" it is; a holiday opening its sentence
("Over Easter", "At Christmas") dates the clause it opens, as "In May the plant reopened" does."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

XMAS = date(2025, 12, 20)
NOV = date(2025, 11, 12)


def _value(text: str, expression: str, dct: date) -> str:
    return next(t.value for t in tag(text, dct, narrative=False) if t.text == expression)


@pytest.mark.parametrize(("text", "expression", "dct", "value"), [
    ("Dave retired from the council at the end of March after 31 years.", "the end of March", XMAS, "2025-03"),
    ("Our neighbours sold the old family farm to a dairy at the beginning of March.", "the beginning of March", XMAS, "2025-03"),
    ("The old pier lost its last two tenants at the end of April.", "the end of April", XMAS, "2025-04"),
])
def test_a_past_part_of_a_month_is_behind_the_report(text: str, expression: str, dct: date, value: str) -> None:
    assert _value(text, expression, dct).startswith(value)


@pytest.mark.parametrize(("text", "expression", "dct", "value"), [
    ("Over Easter we drove to Cornwall with my mother.", "Easter", XMAS, "2025-04-20"),
    ("At Easter the choir sang in the cathedral.", "Easter", XMAS, "2025-04-20"),
    ("Throughout Easter the shop stayed open.", "Easter", XMAS, "2025-04-20"),
])
def test_a_holiday_opening_a_past_clause_is_the_one_gone(text: str, expression: str, dct: date, value: str) -> None:
    assert _value(text, expression, dct) == value


@pytest.mark.parametrize(("text", "expression", "dct", "value"), [
    # guards: a plan keeps the coming one
    ("Dave will retire from the council at the end of March.", "the end of March", XMAS, "2026-03"),
    ("Over Easter we will drive to Cornwall.", "Easter", XMAS, "2026-04-05"),
    ("In March we moved house.", "March", XMAS, "2025-03"),
    ("The last tenants had moved out by the middle of April.", "the middle of April", XMAS, "2025-04"),
])
def test_guards_a_plan_keeps_the_coming_one(text: str, expression: str, dct: date, value: str) -> None:
    assert _value(text, expression, dct).startswith(value)
