"""A passive told by two named agents is titled with both as its subject (session fifty-one, the lead's
own pages): "The record was broken in May 2004 by Lina Ostrova and Petra Hale" was titled "Lina Ostrova
breaks the record and Petra Hale". Our own sentences; each failed before (guards marked).
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of as _titles


@pytest.mark.parametrize("text,title", [
    ("The record was broken in May 2004 by Lina Ostrova and Petra Hale.", "Lina Ostrova and Petra Hale break the record"),
    ("The treaty was signed in 1648 by Spain and the Dutch Republic.", "Spain and the Dutch Republic sign the treaty"),
    ("The summit was first climbed in 1921 by Anna Berg and Lars Holm.", "Anna Berg and Lars Holm climb the summit"),
    # "found" would read as the past of "find": the passive stays, both agents in it
    ("The company was founded in March 2019 by Priya Nandakumar and Tom Okafor, two chemists who met at university.",
     "The company is founded by Priya Nandakumar and Tom Okafor"),
])
def test_both_agents_act(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize("text,title", [
    # guard: two adjectives of one agent's noun
    ("The core was drilled in 2011 by a Norwegian and Spanish expedition.", "The core is drilled by a Norwegian and Spanish expedition"),
    # guard: a clause the "and" opens
    ("The match was won in 1998 by Kent and the crowd went wild.", "Kent wins the match"),
])
def test_one_agent_stays_one(text: str, title: str) -> None:
    assert title in _titles(text)
