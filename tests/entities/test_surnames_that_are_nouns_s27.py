"""Issue 12, session twenty-seven: a person whose surname is also a common noun ("Colin Marsh", "Anya
Moss") stays a person when another article of the same import writes that noun in lower case ("the
salt marsh", "moss on the roof"). Read alone, the article gave the person as the title's actor; in a
folder of articles the person vanished from the actors (the gold set's readable part lost several so),
because the common words were read across the whole corpus. The name's own article decides now;
its first word is still read against the corpus. Articles of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.events.build import build_events

OTHER = {
    "Marsh": "Volunteers cleared reeds from the salt marsh on Saturday. The marsh floods every spring.",
    "Moss": "The chapel roof was green with moss. Moss grows fast in the wet valley.",
    "Crane": "A crane lifted the new bridge span into place. The crane was hired from a firm in Leeds.",
    "Brook": "Children paddled in the brook behind the school. The brook dried up in the drought.",
}


def _actors(text: str, expression: str, other: str) -> tuple[str, ...]:
    docs = [Document("a.txt", text, "", date(2024, 3, 1), "given"), Document("b.txt", other, "", date(2024, 3, 1), "given")]
    index = build_index([(d.path, d.text) for d in docs])
    event = next(e for e in build_events(docs[0], temporal.tag(text, docs[0].date)) if e.timex == expression)
    return index.label(event).actors


@pytest.mark.parametrize(
    "text, expression, person",
    [
        ("The board appointed a new chief executive in March. She succeeds Colin Marsh, who retired in February.",
         "February", "Colin Marsh"),
        ("The club's first coach was Anya Moss, who retired in 2011 after a long illness.", "2011", "Anya Moss"),
        ("The prize went to Edgar Crane, who won it again in 1990.", "1990", "Edgar Crane"),
        ("The shop was sold to Ruth Brook, who reopened it in 1952.", "1952", "Ruth Brook"),
    ],
)
def test_a_surname_another_article_writes_as_a_noun_stays_a_person(text, expression, person) -> None:
    surname = person.split()[-1]
    assert _actors(text, expression, OTHER[surname])[:1] == (person,)



def test_a_faiths_adjective_is_no_surname() -> None:
    # "A devout Roman Catholic, he …": no person "Roman Catholic", though another article writes "catholic"
    text = "Ivo Dalen ran the mill for years. A devout Roman Catholic, he founded a school in 1950."
    other = "The catholic schools of the valley closed in 1990. Catholic families moved away."
    assert "Roman Catholic" not in _actors(text, "1950", other)
