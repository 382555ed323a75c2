"""Session 51 (h51d): a page with a date of its own cannot tell as done what lies after that date.

A page read as a story (a newsletter, a parish magazine, an obituary that names old years) moves its time
on: a month after the day just told is read as the next such month. Told as done, that reading may fall
after the page's own date ("Issued 1 October 2025 … our dinner on Saturday 13 September … the new block,
which opened in April" had April 2026); the month or holiday behind the page is meant
(ResolverState._done_after_the_page). Not a future told in the past ("said the club would buy a new eight in
December"), and not once a diary's stamps stand in for the page's date. Sentences of our own; each row of the first
test failed before.
"""

from __future__ import annotations

import pytest

from explorer.temporal import tag
from explorer.temporal.tagger import find_document_date


def _value(text: str, expression: str) -> str:
    """The value of ``expression`` in ``text`` read with the date the page gives itself, as ingest does."""
    return next(t.value for t in tag(text, find_document_date(text)) if t.text == expression)


_BOWLS = """Marlow Green Bowls Club
Members' Letter, issued 1 October 2025

Our open day was held on Saturday 13 September, and ninety members came, the most since the club was founded in
1921. The guest of honour was Arthur Dene, who joined in 1969 and was captain from 1983 until he stood down in 1998.

The new clubhouse kitchen, which the council paid for, opened in April. The old shed was taken down at Easter.
Joan Pryor won the county singles in March.
"""

_ROWING = """Harbour Rowing Club
Autumn Letter, 4 November 2024

Our regatta was rowed on Sunday 20 October, and sixty crews entered, the most since the club was formed in 1903. The
cup was presented by Ruth Vane, who rowed for the club in 1958 and coached it from 1974 to 1991.

The new boathouse doors were fitted in May. Two old fours were sold over the Whitsun holiday, and the juniors won the
county sculls in February. The captain said the club would buy a new eight in December.
"""


@pytest.mark.parametrize("text, expression, value", [
    (_BOWLS, "April", "2025-04"),
    (_BOWLS, "Easter", "2025-04-20"),
    (_BOWLS, "March", "2025-03"),
    (_ROWING, "May", "2024-05"),
    (_ROWING, "Whitsun", "2024-05-19"),
    (_ROWING, "February", "2024-02"),
])
def test_a_month_told_as_done_lies_behind_the_pages_date(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


@pytest.mark.parametrize("text, expression, value", [
    # a future told in the past may lie ahead of the page
    (_ROWING, "December", "2024-12"),
    # the day just told is the page's own: a month told as done was behind it already
    ("HARLOW, 3 October 2025 — Okafor won the nomination in February.", "February", "2025-02"),
])
def test_a_future_told_in_the_past_or_a_news_month_is_unchanged(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value
