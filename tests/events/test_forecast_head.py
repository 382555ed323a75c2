"""The head of a forecast ("is expected to", "are now likely to", "is widely forecast to") is written
once (explorer.events.modality.FORESEEN_TO) for the forecast of a change, of a state and of a lasting
state; a thing foreseen to happen stays a happening. Sentences written for this test."""

from __future__ import annotations

import pytest

from explorer.events.modality import is_non_happening

_HEADS = ["is expected to", "is likely to", "is forecast to", "is predicted to", "is projected to",
          "is now expected to", "is still likely to", "is also forecast to", "is widely predicted to",
          "is widely projected to"]


@pytest.mark.parametrize("head", _HEADS)
def test_a_foreseen_change_of_a_figure_is_no_happening(head: str) -> None:
    assert is_non_happening(f"The price of bread {head} climb by 3%")


@pytest.mark.parametrize("head", _HEADS)
def test_a_foreseen_state_is_no_happening(head: str) -> None:
    assert is_non_happening(f"Turnout at the by-election {head} be low")


@pytest.mark.parametrize("head", _HEADS)
def test_a_foreseen_act_is_a_happening(head: str) -> None:
    assert not is_non_happening(f"The harbour board {head} approve the new ferry timetable")
    assert not is_non_happening(f"The new ferry timetable {head} be approved")


@pytest.mark.parametrize("head", [*_HEADS, "is set to", "is now set to", "are still set to", "will"])
def test_a_foreseen_lasting_state_is_no_happening(head: str) -> None:
    """Every head of a forecast, adverbs and all ("is now expected to stay closed" was read as a
    happening: the lasting state kept a shorter adverb list of its own), and a plan's "is set to"."""
    assert is_non_happening(f"The swimming pool {head} stay closed")
    assert is_non_happening(f"The swimming pool {head} remain shut for repairs")


@pytest.mark.parametrize("head", ["is set to", "is now set to"])
def test_a_change_set_to_come_stays_a_happening(head: str) -> None:
    """ "set to" heads a plan: a decided change is a happening ("Rents are set to rise by 5% in April")."""
    assert not is_non_happening(f"The rent on the stalls {head} rise by 5%")
