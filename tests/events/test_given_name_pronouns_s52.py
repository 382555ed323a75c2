"""Whom "he" or "she" stands for when the page tells no one's sex but by the first name (session 52,
h52t): "Tomas Reyes and Edith Marrable opened the bakery …. In 1995 she moved" is Edith's, as a reader
takes it, through the one source of a person's sex, ``events.gender.sex_in_text``, which falls back on
``explorer.given_names`` only when the text's own word (an honorific, a noun in apposition, a pronoun
after the name) says nothing. And a company the index took for a person is no one "she" stands for."""

from __future__ import annotations

import pytest

from explorer.events import gender
from explorer.events.record import Event
from tests.events.extracted_events import events_with_actors


def _event(text: str, words: str) -> Event:
    """The first event of ``text``'s sentence holding ``words``, with its actors."""
    events = events_with_actors(text)
    found = [e for e in events if words in e.sentence]
    assert found, [e.sentence for e in events]
    return found[0]


@pytest.mark.parametrize("text, said, title, actor", [
    ("Tomas Reyes and Edith Marrable opened the bakery in 1990. In 1995 she moved to Canada.",
     "she moved", "Edith Marrable moves to Canada", "Edith Marrable"),
    ("Marek Lund hired Agnes Orvell as a bookkeeper in 1990. In 1994 she opened a second shop.",
     "she opened", "Agnes Orvell opens a second shop", "Agnes Orvell"),
    ("Paul Arden took over the farm in 1980, and Ingrid Solheim ran the dairy. In 1986 she sold the herd.",
     "she sold", "Ingrid Solheim sells the herd", "Ingrid Solheim"),
    ("Greta Holm interviewed Pieter Daal in 2011. In 2013 he founded a studio in Utrecht.",
     "he founded", "Pieter Daal founds a studio", "Pieter Daal"),
    ("The report was written by Edith Vane and Oskar Lind. In March 2020 she presented it to the board.",
     "she presented", "Edith Vane presents it", "Edith Vane"),
    ("The council hired Anika Ross in 2015 to replace Jonas Weir. She resigned in 2019.",
     "She resigned", "Anika Ross resigns", "Anika Ross"),
    # the story's club is no "she": the one woman the sentence before names
    ("Orrin Athletic won the cup in 2019. Orrin Athletic were relegated in 2022. The owners dismissed the manager, "
     "Paul Hext, in May 2023 and promoted his assistant, Ingrid Vale. She was confirmed as manager in July 2023.",
     "She was confirmed", "Ingrid Vale is confirmed", "Ingrid Vale"),
])
def test_a_pronoun_finds_the_person_its_first_name_gives_that_sex(text: str, said: str, title: str, actor: str) -> None:
    event = _event(text, said)
    assert event.title.startswith(title), event.title
    assert event.actors[:1] == (actor,), event.actors


@pytest.mark.parametrize("name, text, sex", [
    ("Edith Vane", "Edith Vane won the prize in 2004.", gender.FEMALE),
    ("Tomas Reyes", "Tomas Reyes won the prize in 2004.", gender.MALE),
    # the text's own word first: an apposition, an honorific
    ("Hanne Dahl", "Hanne Dahl, a retired fisherman, won the prize in 2004.", gender.MALE),
    # no one sex for a name given to both, nor for a body's name
    ("Jordan Vale", "Jordan Vale won the prize in 2004.", None),
    ("Harwick Rovers", "Harwick Rovers won the cup in 2004.", None),
    ("May Lund", "May Lund won the prize in 2004.", None),
])
def test_the_text_tells_a_sex_before_the_first_name_does(name: str, text: str, sex: str | None) -> None:
    assert gender.sex_in_text(name, text) == sex


def test_she_stands_for_no_company_the_index_took_for_a_person() -> None:
    """"Valdmark Dairies … Mr Berg … a junior clerk found the ledger. She reported it": the one "person"
    left when the men are passed over is a company's name (a legal form or a trade ends it)."""
    from explorer.entities.index import Entity
    from explorer.entities.subject import resolve_subject

    for company in ("Brennock Bakeries", "Harland Foods", "Tessaly Holdings"):
        before = [(0, Entity(f"person:{company}", company, "person")), (60, Entity("person:Olav Lode", "Olav Lode", "person"))]
        sexes = {"Olav Lode": gender.MALE}
        found = resolve_subject("She reports it to the auditors", before, lambda at: True,
                                sex_of=lambda entity: sexes.get(entity.name))
        assert found is None, found
