""""Over" before a count of units (issue #11, session 21). After a verb of lasting or a preposition it
means "more than" and belongs to the expression ("lasted over a week", "for over a year", TimeML's
mod); after a participle it spreads the act across the stretch and is the preposition TimeML leaves
out: "can be used over three years", "has evolved over several years", "will be repaid over five
years". The duration rule kept "over" in every case. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

FILL = ("\n\nThe council voted to widen the road near the harbour, and residents of the district said they "
        "welcomed the plan, which the mayor called a sensible compromise between drivers and shopkeepers.")


def _spans(text: str) -> list[str]:
    return [t.text for t in timeml_view(tag(text + FILL, date(2001, 3, 6)))]


@pytest.mark.parametrize(("text", "expression"), [
    # news
    ("The grant can be used over three years for new classrooms.", "three years"),
    ("The loan will be repaid over five years, the ministry said.", "five years"),
    # history
    ("The old code had evolved over several centuries of local custom.", "several centuries"),
    # a post
    ("new tax rules phased in over two years, great, more forms", "two years"),
])
def test_over_after_a_participle_is_the_preposition_left_out(text: str, expression: str) -> None:
    assert expression in _spans(text)


@pytest.mark.parametrize(("text", "expression"), [
    ("The hearing is likely to last over a week.", "over a week"),
    ("Fans waited over an hour in the rain.", "over an hour"),
    ("The front held for over a year.", "over a year"),
])
def test_over_meaning_more_than_stays_in_the_expression(text: str, expression: str) -> None:
    assert expression in _spans(text)
