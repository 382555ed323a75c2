"""The head of a forecast ("is expected to", "are now likely to", "is widely forecast to") is written
once (explorer.events.modality._FORESEEN_TO) for the forecast of a change and of a state; a thing
foreseen to happen stays a happening. Sentences written for this test."""

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


@pytest.mark.parametrize("head", ["is expected to", "is widely forecast to", "is set to", "will"])
def test_a_foreseen_lasting_state_is_no_happening(head: str) -> None:
    assert is_non_happening(f"The swimming baths {head} stay closed")
