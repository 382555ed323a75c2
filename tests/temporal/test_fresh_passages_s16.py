"""Scores the session-sixteen fresh passages (``fresh_passages_s16.py``) as the corpora are scored
(``test_fresh_sentences_s15.score`` over the TimeML view; a passage with no date is dated as a dropped
file is).

Figures (value F1, with how many of the hand-valued expressions were right):

| part | unchanged code (integ16, 869b8f0) | end of session sixteen |
|---|---|---|
| read: 18 passages (62 expressions) | 0.887 (55) | 1.000 (62) |
| held aside, never read: 9 passages (31 expressions) | 0.903 (28) | 1.000 (31) |

The held part was scored in aggregate only and its errors never read, so which kinds its three
misses on unchanged code were is not known; all 31 are right at the end. The passages are short and
of a few shapes (obituaries, incident listings, profiles, histories with reported speech), so the held
figure says the rules carry to new phrasings of those shapes, not to other genres.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.temporal import fresh_passages_s16 as fresh
from tests.temporal.fresh_passages_s16 import Passage
from tests.temporal.test_fresh_sentences_s15 import score

PARTS: dict[str, tuple[tuple[Passage, ...], float]] = {
    # just below what was measured at the end of session sixteen
    "read": (fresh.READ, 0.99),
    "held": (fresh.HELD, 0.99),
}


@pytest.mark.parametrize("part", list(PARTS))
def test_fresh_passages_s16_values(part: str) -> None:
    passages, threshold = PARTS[part]
    assert score(passages, split_ranges=True).f1 >= threshold  # type: ignore[arg-type]


def test_every_valued_expression_is_in_its_passage() -> None:
    for passages, _ in PARTS.values():
        for text, dct, gold in passages:
            assert dct is None or isinstance(dct, date)
            assert all(expression in text for expression, _ in gold)
