"""Scores the session-sixteen fresh informal posts (``fresh_posts_s16.py``) as the corpora are scored
(``test_fresh_sentences_s15.score`` over the TimeML view: each end of a range, "thurs-fri", is an
expression of its own; a found expression counts when it overlaps a hand-valued one and carries its
value; a spurious one costs too).

Figures (value F1, with how many of the hand-valued expressions were right):

| part | unchanged code (integ16, 6891dd8) | end of session sixteen |
|---|---|---|
| read: 68 posts (95 expressions) | 0.826 (76) | 0.932 (89) |
| held aside, never read: 34 posts (44 expressions) | 0.892 (37) | 0.892 (37) |

The rules written from the read part did not move the held part: what carries is the kind, and the
held posts happened to need other kinds (their errors were not read). Left wrong in the read part:
"within the hour" (a duration my gold marks); "Sun at midnight" (a short day that is also a word
before "at"); "server maintenance sat 2am-4am" (a notice with no verb looks back, as news does);
a bare "Q1" with no year or fiscal word; "the 12th of next month" (only "next month" is found);
"summer hols" tagged where my gold left "summer" out.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.temporal import fresh_posts_s16 as fresh
from tests.temporal.fresh_sentences_s15 import Gold
from tests.temporal.test_fresh_sentences_s15 import score

PARTS: dict[str, tuple[tuple[Gold, ...], float]] = {
    # just below what was measured at the end of session sixteen
    "read": (fresh.READ, 0.93),
    "held": (fresh.HELD, 0.89),
}


@pytest.mark.parametrize("part", list(PARTS))
def test_fresh_posts_s16_values(part: str) -> None:
    sentences, threshold = PARTS[part]
    assert score(sentences, split_ranges=True).f1 >= threshold


def test_every_valued_expression_is_in_its_post() -> None:
    for sentences, _ in PARTS.values():
        for text, dct, gold in sentences:
            assert isinstance(dct, date)
            assert all(expression in text for expression, _ in gold)
