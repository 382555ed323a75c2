"""Two mention-finding faults a news folder showed in the Actors list (session sixteen): a name cut
after its first word because that word, "New" or "Old", is a function word where a sentence opens
("York Stock Exchange (4)"), and a company called by its capital letters ("LIN (8)") listed apart
from the company whose name those letters open ("LIN Broadcasting Corp.")."""

from __future__ import annotations

import pytest

from explorer.entities import build_index
from explorer.entities.mentions import find_mentions


def _names(text: str) -> list[str]:
    return [m.text for m in find_mentions(text).mentions]


@pytest.mark.parametrize("text, name", [
    ("Shares of Harlan Dyes fell on the New Kelby Exchange on Friday.", "New Kelby Exchange"),
    ("In New Kelby Exchange trading, the shares fell 3 percent.", "New Kelby Exchange"),
    ("The trial of the two brothers opened at the Old Marrow Court on Monday.", "Old Marrow Court"),
    ("Volume on the New Kelby Exchange was heavy.", "New Kelby Exchange"),
])
def test_new_or_old_inside_a_sentence_opens_the_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text, unwanted", [
    ("New rules from Harlan Council apply to taxis.", "New"),
    ("Old Kelby Mills workers met, he said: New Kelby Mills will pay.", "New Kelby Mills"),
    ("The parade on New Year morning went past Kelby Hall.", "New Year"),
])
def test_new_or_old_opening_a_sentence_or_clause_is_no_part_of_a_name(text: str, unwanted: str) -> None:
    assert unwanted not in _names(text)


def _org_names(text: str) -> dict[str, str]:
    index = build_index([("a.txt", text)])
    return {spelling: e.name for e in index.actors() if e.kind == "org" for spelling in e.variants}


def test_a_company_called_by_its_capital_letters_is_that_company() -> None:
    text = ("DRV Broadcasting Corp. agreed on Friday to sell its radio stations. DRV said the sale would "
            "close in March. Analysts said DRV had few choices.\n\nKelmar Capital Inc. holds 9% of DRV's stock.")
    names = _org_names(text)
    assert names["DRV"] == names["DRV Broadcasting Corp"]


def test_capital_letters_that_open_no_company_or_two_stay_apart() -> None:
    text = ("The U.N. Security Council met on Monday. The U.N. said aid would resume.\n\n"
            "TKR Shipping Ltd and TKR Mining Ltd both reported losses. TKR declined to comment.")
    names = _org_names(text)
    assert names["U.N."] != names["U.N. Security Council"]
    assert names.get("TKR") not in (names.get("TKR Shipping Ltd"), names.get("TKR Mining Ltd"))
