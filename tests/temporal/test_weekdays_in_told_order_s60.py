"""Two bare weekdays of one sentence joined as a sequence ("and", "then", "before") keep the order
they are told in (session 60, h60d, issue 11). Read apart, each took the weekday gone by (or the
coming one), which on a Tuesday put "entered on Monday and returned on Wednesday" as Monday 13 and
Wednesday 8: the return before the entry. Told in the past the pair is the week before's; ahead, the
second is the one after the first. A weekday dating a saying ("said on Monday that") tells no order.

Every sentence here is written for this file (page dated Tuesday 14 October 2025).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.temporal.sentence_between_fillers import tagged_sentence

TUESDAY = date(2025, 10, 14)


def _tagged(sentence: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tagged_sentence(sentence, TUESDAY)]


@pytest.mark.parametrize("sentence, first, second", [
    ("Police said the man had entered the house on Monday and returned on Wednesday.",
     ("Monday", "2025-10-06"), ("Wednesday", "2025-10-08")),
    ("She flew out on Sunday and came back on Thursday.", ("Sunday", "2025-10-05"), ("Thursday", "2025-10-09")),
    ("The band will arrive on Sunday and leave on Thursday.", ("Sunday", "2025-10-19"), ("Thursday", "2025-10-23")),
])
def test_weekdays_told_in_sequence_keep_their_order(sentence: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    got = _tagged(sentence)
    assert first in got and second in got, got


@pytest.mark.parametrize("sentence, days", [
    # guard rows (pass on 692b3d58 too): already in order, a saying's day, a past and a plan
    ("The team arrived on Friday and left on Monday.", [("Friday", "2025-10-10"), ("Monday", "2025-10-13")]),
    ("Police said on Monday that the man had entered the house on Wednesday.", [("Monday", "2025-10-13"), ("Wednesday", "2025-10-08")]),
    ("The museum closed on Sunday and will reopen on Thursday.", [("Sunday", "2025-10-12"), ("Thursday", "2025-10-16")]),
    # two names joined, no acts; and the page's own day never moves
    ("The mayor Monday condemned the floods in Kelton and Brinmoor Saturday.", [("Monday", "2025-10-13"), ("Saturday", "2025-10-11")]),
])
def test_weekdays_that_tell_no_sequence_stay(sentence: str, days: list[tuple[str, str]]) -> None:
    got = _tagged(sentence)
    assert all(d in got for d in days), got
