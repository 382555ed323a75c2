""""It" opening a clause, a few sentences after the thing it stands for was named ("By 1950 the ferry
had two decks. In 1956 it carried … In 1961 it moved …"): the title names the thing, back through
the sentences of "it" and past an opening phrase or a heading, and the actor is that description.
Made-up paragraphs."""

from __future__ import annotations

import pytest

from explorer.events.agents import subject_description
from explorer.events.titles import make_title

_CONTEXT = ("Crossings\nBy 1950 the ferry had two decks and a crew of nine. "
            "On 4 June 1956 it carried the first cars across the sound.")


@pytest.mark.parametrize("sentence, date, title", [
    ("In March 1961 it moved to a new berth at Southquay.", "March 1961", "The ferry moves to a new berth at Southquay"),
    ("It returned to service in 1963.", "1963", "The ferry returns to service"),
])
def test_it_after_a_chain_of_it_names_the_thing(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert make_title(sentence, start, start + len(date), context=_CONTEXT) == title


def test_a_person_in_between_stops_the_chain() -> None:
    context = "By 1950 the ferry had two decks. On 4 June 1956 she carried her son across the sound."
    sentence = "In March 1961 it moved to a new berth."
    start = sentence.index("March 1961")
    assert not make_title(sentence, start, start + 10, context=context).startswith("The ferry")


@pytest.mark.parametrize("title, sentence, actor", [
    ("The ferry returns to service", "It returned to service in 1963.", "the ferry"),
    ("The ferry moves to a new berth", "In March 1961 it moved to a new berth.", "the ferry"),
])
def test_the_thing_the_title_names_for_it_is_the_actor(title: str, sentence: str, actor: str) -> None:
    assert subject_description(title, sentence, 0) == actor
