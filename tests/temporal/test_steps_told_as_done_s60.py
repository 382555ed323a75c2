"""A step forward told in the past ("the following year") from a yearless season or month whose
year the past tense chose lands before the page, not after it (session 60, h60d, issue 11).

"The family moved to the town in the summer and opened a cafe the following year", in a page of
October 2025, read the summer as 2025's and the cafe as 2026's, after the page, though "opened"
tells it as done: the summer is the one before (2024) and the cafe 2025's. A plan ("will reopen the
following year") and a year said ("in the summer of 2025") stay.

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.temporal.sentence_between_fillers import tagged_sentence

PAGE = date(2025, 10, 14)


def _tagged(sentence: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tagged_sentence(sentence, PAGE)]


@pytest.mark.parametrize("sentence, first, step", [
    ("The family moved to the town in the summer and opened a cafe the following year.",
     ("the summer", "2024-SU"), ("the following year", "2025")),
    ("The couple met in March and married the next year.", ("March", "2024-03"), ("the next year", "2025")),
    ("The old mill shut in the spring and was sold a year later.", ("the spring", "2024-SP"), ("a year later", "2025")),
])
def test_a_step_told_as_done_counts_from_the_season_before(sentence: str, first: tuple[str, str], step: tuple[str, str]) -> None:
    got = _tagged(sentence)
    assert first in got and any(text == step[0] and value.startswith(step[1]) for text, value in got), got


@pytest.mark.parametrize("sentence, kept", [
    # guard rows (pass on 692b3d58 too): a plan ahead, and a season with its year said
    ("The shop closed in the spring and will reopen the following year.", ("the spring", "2025-SP")),
    ("The family moved to the town in the summer of 2025 and opened a cafe the following year.", ("the summer of 2025", "2025-SU")),
])
def test_a_plan_or_a_said_year_stays(sentence: str, kept: tuple[str, str]) -> None:
    assert kept in _tagged(sentence)
