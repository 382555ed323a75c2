"""Scores the session-seventeen narrative-time passages (``story_year_passages_s17.py``): for each
listed expression, whether the tagger found an expression over it carrying the listed value.

| part | unchanged code (integ17, 6334177) | end of session seventeen |
|---|---|---|
| read (PLACEHOLDER) | | |
| held aside | | |
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from tests.temporal import story_year_passages_s17 as passages
from tests.temporal.fresh_sentences_s15 import Gold


def accuracy(items: tuple[Gold, ...]) -> tuple[float, list[str]]:
    """The share of listed expressions found with their value, and what each wrong one got."""
    right, total, errors = 0, 0, []
    for text, dct, gold in items:
        tagged = tag(text, dct)
        for expression, value in gold:
            total += 1
            start = text.index(expression)
            end = start + len(expression)
            got = [t.value for t in tagged if t.start < end and start < t.end]
            if value in got:
                right += 1
            else:
                errors.append(f"{expression!r} want {value}, got {got} | {text!r}")
    return right / total, errors


PARTS: dict[str, tuple[tuple[Gold, ...], float]] = {
    "read": (passages.READ, 0.0),
    "held": (passages.HELD, 0.0),
}


@pytest.mark.parametrize("part", list(PARTS))
def test_story_year_passages(part: str) -> None:
    items, threshold = PARTS[part]
    assert accuracy(items)[0] >= threshold


def test_every_listed_expression_is_in_its_passage() -> None:
    for items, _ in PARTS.values():
        for text, dct, gold in items:
            assert isinstance(dct, date)
            assert all(expression in text for expression, _ in gold)
