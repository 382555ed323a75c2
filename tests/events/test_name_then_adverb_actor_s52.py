"""A name the entity index does not know, opening its clause, keeps its actor when an adverb stands between it and
its verb (session fifty-two, the opened part: "Dravenia also suspended talks on Tuesday on a water-sharing treaty"
had no actor, while "Dravenia suspended talks" had Dravenia). The adverb is no part of the name, as a described
subject's is not ("The council also voted"). Our own sentences; each failed before (guards marked).
"""

from __future__ import annotations

import pytest

from tests.events.test_titles_kinds_s15 import _labelled_events


def _actors(text: str) -> list[tuple[str, ...]]:
    """The actors of each event of ``text``, as the entity index names them (an annotated page)."""
    return [tuple(e.actors) for e in _labelled_events(text)]


@pytest.mark.parametrize("text,actor", [
    ("Velmora also closed its border on 14 March.", "Velmora"),
    ("Karsk then recalled its ambassador on 3 May 2024.", "Karsk"),
    ("Ostravia also formally froze the accounts in June 2023.", "Ostravia"),
    ("Brevia formally recognised the new government on 2 February 2022.", "Brevia"),
])
def test_a_name_before_an_adverb_is_the_actor(text: str, actor: str) -> None:
    assert any(actor in actors for actors in _actors(text)), _actors(text)


@pytest.mark.parametrize("text,actor", [
    # guard: an adverb in -ly after a name of two words was already read apart
    ("Tallmark Logistics quietly sold the depot in April 2021.", "Tallmark Logistics"),
    # guard: the name and its verb, no adverb
    ("Velmora closed its border on 14 March.", "Velmora"),
    # guard: a sentence's connective before the subject is no one's name
    ("Meanwhile the ministry closed the border on 14 March.", "the ministry"),
])
def test_a_name_and_its_verb_stay(text: str, actor: str) -> None:
    assert any(actor in actors for actors in _actors(text)), _actors(text)
