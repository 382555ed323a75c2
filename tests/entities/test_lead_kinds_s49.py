"""Actors the lead found wrong in session forty-nine on probe pages of its own (a war memorial's
history): each row is a sentence written for the test, none from the sample, the gold set or a corpus."""

from __future__ import annotations

import pytest

from tests.entities.test_actor_kinds import _actors as _actors_by_date


def _actors(text: str) -> list[list[str]]:
    return [list(a) for a in _actors_by_date(text).values()]


@pytest.mark.parametrize(
    "text, actor, not_actor",
    [
        # a quantifier's share before an aside that puts the verb far off: the group is who, the
        # title's own verb ends the subject (it had been "the men are lost")
        ("Two of the men on it, the brothers Tom and Walter Riggs, were lost on the same ship in 1941.",
         "the men", "the men are lost"),
        ("Three of the climbers in the party, all of them students from Leeds, were rescued on 4 May 2019.",
         "the climbers", "the climbers are rescued"),
    ],
)
def test_the_subject_ends_at_the_titles_verb(text, actor, not_actor) -> None:
    actors = _actors(text)
    assert any(actor in a for a in actors) and not any(not_actor in a for a in actors)


@pytest.mark.parametrize(
    "text, holiday",
    [
        # a feast or remembrance day names a day, never an actor
        ("The panel was dedicated on Remembrance Sunday 1949 by the Bishop of Carrow.", "Remembrance"),
        ("The new bells were rung for the first time on Shrove Tuesday 1952 by the Hallam ringers.", "Shrove"),
        ("Sergeant Penn died of influenza in February 1919, three months after the Armistice.", "Armistice"),
    ],
)
def test_a_holiday_is_no_actor(text, holiday) -> None:
    assert not any(holiday in " ".join(a) for a in _actors(text))
