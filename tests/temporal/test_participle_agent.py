"""A yearless month or day after a past participle and its agent ("the targets set by the board in
May") dates a done act: in news it is the last such month before the report, even when the next one
is nearer; the same words after "be" or "will be" are a passive of that tense and look ahead."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

# Report dates early in a year, so that the coming spring is nearer than the last one.
REPORTS = [date(2021, 1, 12), date(2019, 2, 3), date(2024, 1, 29)]


def _value(text: str, expression: str, dct: date) -> str:
    found = {t.text: t.value for t in tag(text, dct)}
    assert expression in found, found
    return found[expression]


@pytest.mark.parametrize("dct", REPORTS, ids=str)
@pytest.mark.parametrize("sentence", [
    "It is not clear which of the targets set by the regional water board in {when} the towns can meet.",
    "The guidelines drawn up by a panel of three retired judges in {when} remain in force.",
    "Few of the promises made by the outgoing transport minister Ruth Okafor in {when} were kept.",
    "Nobody knows whether the limits approved by the harbour authority in {when} will survive.",
])
@pytest.mark.parametrize("month", [(4, "April"), (5, "May")], ids=["April", "May"])
def test_a_participle_with_its_agent_dates_a_done_act(dct: date, sentence: str, month: tuple[int, str]) -> None:
    number, name = month
    assert _value(sentence.format(when=name), name, dct) == f"{dct.year - 1}-{number:02d}"


@pytest.mark.parametrize("dct", REPORTS, ids=str)
@pytest.mark.parametrize("sentence", [
    "The new targets will be set by the regional water board in {when}.",
    "The limits to be approved by the harbour authority in {when} are awaited.",
    "The guidelines are being drawn up by a panel of judges in {when}.",
])
def test_the_same_participle_after_be_looks_ahead(dct: date, sentence: str) -> None:
    assert _value(sentence.format(when="May"), "May", dct) == f"{dct.year}-05"


@pytest.mark.parametrize("dct", REPORTS, ids=str)
def test_a_day_and_month_after_an_agent_is_last_years_too(dct: date) -> None:
    text = "The ceasefire terms signed by both commanders on April 14 have held."
    assert _value(text, "April 14", dct) == f"{dct.year - 1}-04-14"


def test_a_participle_far_from_the_date_in_another_clause_decides_nothing() -> None:
    # the agent's clause ends at the comma: the month belongs to the future plan
    text = "Under the rules set by the old board, the new members will meet in May."
    assert _value(text, "May", date(2021, 1, 12)) == "2021-05"
