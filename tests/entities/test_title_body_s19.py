"""A title's "It" names the organisation that opens the sentence before as its subject after an
opening phrase of time ("For two decades, Harlow Foods …"), through a sentence opened by "Its"
(session nineteen, issue 12). Our own sentences."""

from __future__ import annotations

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities.document_entities import DocumentEntities
from explorer.entities.title_body import name_body_titles
from explorer.events.build import build_events


def _titles(text: str) -> dict[str, str]:
    doc = Document("a.txt", text, "t", None, "none")
    events = build_events(doc, temporal.tag(text, None))
    named = name_body_titles(DocumentEntities.for_titles(doc.path, text, events), events)
    return {e.timex: e.title for e in named if e.timex}


@pytest.mark.parametrize(("text", "date_text", "title"), [
    ("Harlow Foods makes biscuits in Leeds. For two decades, Harlow Foods sold its biscuits to every "
     "supermarket in the north. Its profits rose, and in 2019 it paid a record dividend to its owners.",
     "2019", "Harlow Foods pays a record dividend to its owners"),
    ("Tarn Ferries runs three boats. In the spring of 2020, Tarn Ferries lost its licence. It closed the "
     "Wick route on 3 May.", "3 May", "Tarn Ferries closes the Wick route"),
])
def test_it_after_an_opening_phrase_and_the_body_names_it(text: str, date_text: str, title: str) -> None:
    assert _titles(text)[date_text] == title


def test_an_opening_phrase_naming_another_actor_leaves_it() -> None:
    text = ("Tarn Ferries runs three boats. In a letter to Kelby Council, Tarn Ferries asked for help. "
            "It closed the Wick route on 3 May.")
    assert _titles(text)["3 May"].startswith("It ")


@pytest.mark.parametrize(("text", "date_text", "title"), [
    # session 54: a general word for a body opening the title ("the company", "the firm", "the band") is
    # named as "It" is, when the body opens the sentence before as its subject and no one else is named since
    ("Corran Haulage cut 200 jobs in May. In June the company closed its depot in Hull.", "June",
     "Corran Haulage closes its depot in Hull"),
    ("Pellow & Sons opened a yard in 1890. In 1912 the firm built its first steamer.", "1912",
     "Pellow & Sons builds its first steamer"),
    ("The Lantern Static recorded a demo in 1999. In 2001 the band signed to a small label.", "2001",
     "The Lantern Static signs to a small label"),
    # guards: another actor named since the body leaves the description; a body word before a noun is no body
    ("Corran Haulage cut 200 jobs in May. Unions met the mayor, Tom Reed. In June the company closed its depot.",
     "June", "The company closes its depot"),
    ("Kestrel Five won the opener in May. The group stage ran from 1 to 6 September.", "1 to 6 September",
     "The group stage runs"),
])
def test_a_general_body_word_is_named_as_it_is(text: str, date_text: str, title: str) -> None:
    assert _titles(text)[date_text] == title
