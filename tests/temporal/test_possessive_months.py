"""A possessive "March" or "May" before a month's measure is the month ("March's figures", "May's
reading"), as "the March figures" already was; before, a capitalised March or May with "'s" was read
as a name and left untagged, while "April's" was a month. A capitalised word before it ("Theresa
May's") or a noun a person owns ("May's government") keeps it a name. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2023, 6, 14)


def _months(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, DCT) if t.text in ("March", "May")]


@pytest.mark.parametrize("text, expected", [
    ("March's figures showed a small fall in output.", [("March", "2023-03")]),
    ("Economists said May's reading was weaker than hoped.", [("May", "2023-05")]),
    ("May's sharp rise in rents surprised the ministry.", [("May", "2023-05")]),
    ("The bank held rates at March's meeting.", [("March", "2023-03")]),
    ("March's retail sales beat every forecast.", [("March", "2023-03")]),
    ("Readers wrote in about May's issue of the magazine.", [("May", "2023-05")]),
])
def test_a_possessive_month_before_its_measure_is_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert _months(text) == expected


@pytest.mark.parametrize("text", [
    "Theresa May's speech ran to forty minutes.",
    "May's government lost the vote by a wide margin.",
    "Critics said Harold March's figures were wrong.",
    "May's husband, Philip, sat in the gallery.",
])
def test_a_name_with_a_possessive_stays_a_name(text: str) -> None:
    assert _months(text) == []
