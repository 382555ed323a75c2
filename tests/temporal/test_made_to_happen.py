"""A day told after a past verb that made something happen ("forced the minister to resign on 9 March")
is the day it happened, behind the page, not a plan ahead of it. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal

_PAGE = date(2024, 12, 1)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in temporal.tag(text, _PAGE)}


@pytest.mark.parametrize(("text", "words", "value"), [
    ("The scandal forced the minister to resign on 9 March.", "9 March", "2024-03-09"),
    ("Protests that erupted on 3 March forced the minister to resign on 9 March.", "9 March", "2024-03-09"),
    ("The vote led the party to split on 20 March.", "20 March", "2024-03-20"),
    ("The storm prompted officials to close the port on 14 February.", "14 February", "2024-02-14"),
    ("The row drove the chairman to quit on 2 April.", "2 April", "2024-04-02"),
    ("Rising costs pushed the firm to close its plant on 5 March.", "5 March", "2024-03-05"),
    ("A leak compelled the operators to shut the reactor down on 11 March.", "11 March", "2024-03-11"),
    ("Heavy rain caused the river to burst its banks on 28 February.", "28 February", "2024-02-28"),
])
def test_what_a_past_verb_made_happen_is_behind_the_page(text: str, words: str, value: str) -> None:
    assert _values(text)[words] == value


@pytest.mark.parametrize(("text", "words", "value"), [
    ("The court ordered the firm to pay the fine by 9 March.", "9 March", "2025-03-09"),
    ("The board asked him to return on 9 March.", "9 March", "2025-03-09"),
])
def test_an_order_or_a_request_is_still_a_plan_ahead(text: str, words: str, value: str) -> None:
    assert _values(text)[words] == value
