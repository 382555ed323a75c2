"""A turn of the story announced by its name (issue 12, session forty-two, event precision): "The turning
point came over Christmas", "Her break came in 2014", "Decline came in the later 17th century": the
clause names a point of the story and says only that it came; the happening it stands for is told
beside it, and stays (``story_turns.announces_a_turn``). A happening that comes has a name of its own
and stays an event too: a storm, a frost, a breakthrough at talks, a record coming out."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.events.story_turns import announces_a_turn
from tests.events.extracted_events import events_of

_DAY = date(2025, 6, 20)


@pytest.mark.parametrize("sentence", [
    "The turning point came in the spring.",
    "His big break came in 1998.",
    "Decline came in the early 19th century.",
    "The final blow came from the bank.",
    "Wider recognition came only in 1974.",
    "The turn came sooner than anyone expected.",
])
def test_a_turn_named_and_nothing_more_is_no_event(sentence: str) -> None:
    events = events_of(sentence, _DAY)
    assert not events, [(e.title, e.timex) for e in events]


@pytest.mark.parametrize(("sentence", "word"), [
    ("The storm came on 4 February 1990.", "storm"),
    ("The first frost came on 2 November.", "frost"),
    ("The breakthrough came at talks in Oslo on 9 May 2023.", "breakthrough"),
    ("Their second album came out in March 2004.", "album"),
    # the happening told beside the turn stays
    ("Recognition came in 1961, when the museum bought two of her quilts.", "bu"),
])
def test_a_happening_that_comes_stays(sentence: str, word: str) -> None:
    events = events_of(sentence, _DAY)
    assert [e for e in events if word in e.title.lower()], [(e.title, e.timex) for e in events]


@pytest.mark.parametrize(("title", "turn"), [
    ("The turning point comes", True),
    ("Anna Berg's break comes", True),
    ("The final blow comes from the bank", True),
    ("He takes a break", False),
    ("A break in the weather comes", False),
    ("The tide turns", False),
])
def test_announces_a_turn(title: str, turn: bool) -> None:
    assert announces_a_turn(title) is turn
