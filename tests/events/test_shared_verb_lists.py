"""The verb lists the joined-clause rules and the chains of acts both read live once
(explorer.events.happening_verbs): a life's occupations are no act in either rule. Sentences written
for this test."""

from __future__ import annotations

import pytest

from explorer.events.act_series import opening_verb
from explorer.events.happening_verbs import FIGURE_MOVES, LIFE_STATE_VERBS
from explorer.events.joined_clauses import iter_joined_clauses


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
    assert _joined(f"The young weaver fled the town, {verb} in a mill and moved to the coast.") == [
        "The young weaver moves to the coast"]


def test_an_act_in_the_same_place_is_a_step_of_the_chain() -> None:
    """The other side of the test above: only the state is left out, not the middle of every chain."""
    assert _joined("The young weaver fled the town, built a mill and moved to the coast.") == [
        "The young weaver builds a mill", "The young weaver moves to the coast"]


@pytest.mark.parametrize("verb", FIGURE_MOVES.split("|"))
def test_a_figure_move_is_a_measure_of_the_chain_rule(verb: str) -> None:
    """ "The index rose 3 percent, steadied and closed flat": a figure's moves, no chain of acts opened by
    the first (the chain rule reads its measures from MEASURE_VERBS, which must hold every figure move)."""
    sentence = f"The index {verb} 3 percent, steadied and closed flat."
    assert opening_verb(sentence, sentence.index("closed")) is None


def test_an_act_with_a_figure_opens_the_chain() -> None:
    sentence = "The fund sold 3 percent, steadied and closed flat."
    assert opening_verb(sentence, sentence.index("closed")) == (9, 13)


@pytest.mark.parametrize("verb", LIFE_STATE_VERBS.split("|"))
def test_a_life_state_opens_no_chain(verb: str) -> None:
    """A life's occupation is a state of the chain rule too (its STATE_VERBS must hold LIFE_STATE_VERBS)."""
    sentence = f"The weaver {verb} a loom, built a shed and sold cloth."
    assert opening_verb(sentence, sentence.index("sold")) is None
