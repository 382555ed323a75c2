"""The verb lists the joined-clause rules and the chains of acts both read live once
(explorer.events.happening_verbs): a life's occupations are no act in either rule. Sentences written
for this test."""

from __future__ import annotations

import re

import pytest

from explorer.events.act_series import STATE_VERBS
from explorer.events.happening_verbs import FIGURE_MOVES, LIFE_STATE_VERBS, MEASURE_VERBS
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.events.tense import present_of


def _joined(sentence: str) -> list[str]:
    return [title for _, title in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize("verb", LIFE_STATE_VERBS.split("|"))
def test_a_life_state_before_a_joined_move_tells_no_happening(verb: str) -> None:
    """ "worked in the mill and moved to the coast": the state and its sequel, no act joined to an act."""
    assert _joined(f"The young weaver {verb} in the mill and moved to the coast.") == []


def test_an_act_before_a_joined_move_tells_the_move() -> None:
    assert _joined("The young weaver left the town and moved to the coast.") == ["The young weaver moves to the coast"]


@pytest.mark.parametrize("verb", LIFE_STATE_VERBS.split("|"))
def test_a_life_state_is_no_step_of_a_chain(verb: str) -> None:
    titles = _joined(f"The young weaver fled the town, {verb} in a mill and moved to the coast.")
    assert titles == ["The young weaver moves to the coast"]
    assert not any(re.search(rf"\b{present_of(verb) or verb}\b", t) for t in titles)


def test_the_lists_nest() -> None:
    """A figure's move is a measure; a life's occupation is a state of the chain rule."""
    assert set(FIGURE_MOVES.split("|")) < set(MEASURE_VERBS.split("|"))
    assert set(LIFE_STATE_VERBS.split("|")) < set(STATE_VERBS.split("|"))
