"""A deed denied by "never" right after its subject (issue 12, session forty-two, event precision): "the
rebels never took the airport", "the firm never fully recovered its customers" tell what did not happen
(``modality.is_never_done``), and no undated event is made of them. A "never" joined after a happening
("fell in a storm and was never rebuilt", "slowed him but never stopped him") is left to that happening,
which stays."""

from __future__ import annotations

import pytest

from explorer.events.modality import is_never_done
from tests.events.extracted_events import events_of

_STORY = "The revolt began on 3 May 1921 in the capital."


@pytest.mark.parametrize("sentence", [
    "The revolt failed because the rebels never took the airport.",
    "The army stayed loyal, and the rebels never took the radio station.",
    "Trade fell away, and the firm never fully recovered its customers.",
])
def test_a_deed_denied_by_never_gives_no_event(sentence: str) -> None:
    events = events_of(_STORY + " " + sentence)
    assert not [e for e in events if "never" in e.title.lower()], [(e.title, e.timex) for e in events]


@pytest.mark.parametrize(("sentence", "word"), [
    ("The spire fell in a storm on 11 November 1703 and was never rebuilt.", "fall"),
    ("The rebels took the airport on 5 May 1921.", "airport"),
])
def test_the_happening_beside_a_never_stays(sentence: str, word: str) -> None:
    events = events_of(_STORY + " " + sentence)
    assert [e for e in events if word in e.title.lower()], [(e.title, e.timex) for e in events]


@pytest.mark.parametrize(("title", "denied"), [
    ("The rebels never take the radio station", True),
    ("The firm never fully recovers its customers", True),
    ("The injury slows her but never stops her", False),
    ("The tower falls in a gale and is never rebuilt", False),
    ("The bridge is never completed", True),
    ("The storm never reaches the coast", True),
])
def test_is_never_done(title: str, denied: bool) -> None:
    assert is_never_done(title) is denied
