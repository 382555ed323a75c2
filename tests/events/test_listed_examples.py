"""An example picked out of a list by "including" or "such as" and named by a thing ("ringed 312 birds
over the autumn, including a firecrest in late October") gives no event of its own: its date says when
that one thing came into the list the clause before it tells. An example named by a happening, told
by a verb of its own, or that is a person keeps its date. Our own sentences, through the route a
dropped file takes."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str) -> list[tuple[str, str]]:
    """(title, dating expression) of each event of ``text``, an article dated 10 June 2024."""
    out = extract_document(Document("a.txt", text, "t"), dct=date(2024, 6, 10))
    return [(e.title, e.timex) for e in out.events]


@pytest.mark.parametrize("text, example_date", [
    ("Our warden ringed 312 birds over the autumn, including a firecrest in late October.", "late October"),
    ("The museum bought nine paintings last year, including a Turner sketch in March.", "March"),
    ("The club's divers cleared forty tonnes of rubbish from the harbour, including an old van on 3 May.",
     "3 May"),
    ("Health officials named the places where people may have been exposed, including the swimming pool on "
     "the afternoon of 8 February and the waiting room at St. Anne's Hospital on 10 and 11 February.",
     "10 and 11 February"),
])
def test_an_example_named_by_a_thing_gives_no_event(text: str, example_date: str) -> None:
    assert example_date not in {timex for _, timex in _events(text)}


def test_the_lists_own_clause_keeps_its_date() -> None:
    events = _events("Our warden ringed 312 birds over the autumn, including a firecrest in late October.")
    assert [timex for _, timex in events] == ["the autumn"]


@pytest.mark.parametrize("text, example_date", [
    # a happening named by its noun
    ("The choir travelled a great deal in 2008, including a concert in Vienna in May.", "May"),
    ("The region saw unrest for a decade, including a riot in the capital on 4 April 1981.", "4 April 1981"),
    # an example told by a verb of its own
    ("Police recovered several items, including a laptop stolen on Friday.", "Friday"),
    # a person, whose act is the clause's
    ("Several leaders visited the flooded towns, including the prime minister on Tuesday.", "Tuesday"),
    # a name that holds a happening
    ("The army lost several actions, such as the Battle of Harran Ford on 2 January 1863.", "2 January 1863"),
    ("The valley has seen many disasters, such as the 1911 Mill Street Fire, which destroyed forty homes.", "1911"),
])
def test_an_example_that_is_a_happening_a_verb_or_a_person_keeps_its_date(text: str, example_date: str) -> None:
    assert example_date in {timex for _, timex in _events(text)}
