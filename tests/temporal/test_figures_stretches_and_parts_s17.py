"""Three kinds from session seventeen's fifth fresh batch: a month whose figures are still to be
released ("will release October figures", told in November) is the month just ended, as a quarter
whose results are due is; "last" as a verb after a modal or "to" measures a vague stretch ("could last
weeks rather than months"); a bare part of a day after "by" ("by evening") is that part of the day the
sentence named."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

NOV = date(1989, 11, 8)
MON = date(1991, 2, 25)


def _values(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The Fed will release October figures early next month.", "October", "1989-10"),
    ("The agency will publish data for October next week.", "October", "1989-10"),
    ("September trade figures are due on Friday.", "September", "1989-09"),
    ("The department will report October orders next week.", "October", "1989-10"),
    ("The government will publish September exports on Friday.", "September", "1989-09"),
    # a month still to come, or no figures of it: the plan's month
    ("The December figures will be released in January.", "December", "1989-12"),
    ("Sales will rise in October, the company said.", "October", "1990-10"),
])
def test_a_month_whose_figures_are_due(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _values(text, NOV)


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said the ground war could last weeks rather than months.", [("weeks", "PXW"), ("months", "PXM")]),
    ("The strike is expected to last days, not weeks.", [("days", "PXD"), ("weeks", "PXW")]),
    ("The talks will last hours.", [("hours", "PTXH")]),
    # "last" as an adjective: the weeks at the war's end, a vague stretch as TBAQ and WikiWars mark
    # "the first hours", "the last days of this battle" (session 19)
    ("In the last weeks of the war, supplies ran out.", [("the last weeks", "PXW")]),
])
def test_last_as_a_verb_of_a_stretch(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, MON) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Allied forces crossed the border early Sunday, and by evening had taken 5,000 prisoners.",
     [("early Sunday", "1991-02-24"), ("evening", "1991-02-24TEV")]),
    ("The storm hit on Tuesday and by night the river had burst its banks.",
     [("Tuesday", "1991-02-19"), ("night", "1991-02-19TNI")]),
    ("We should be there by evening.", [("evening", "1991-02-25TEV")]),
])
def test_a_bare_part_of_the_day_told(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, MON) == expected
