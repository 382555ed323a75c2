"""An "It"/"They" title names the thing or the people the sentence before opened on ("The order … It
handed its last school to the state" -> "The order hands …"), past an opening phrase with no comma
("Since the 1960s the order has shrunk"); "it" is never a person or a plural ("The mayor opened the
bridge. It carried …")."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", "Headline\n\n" + text, "a"), dct=date(2025, 6, 1)).events]


@pytest.mark.parametrize("text, title", [
    ("The guild of Saint Anselm trained masons for two centuries. It closed its last workshop in 1911.",
     "The guild closes its last workshop"),
    ("Since the 1950s the choir has shrunk. It gave its last concert in March 1999.",
     "The choir gives its last concert"),
    ("The harbour trust ran the docks until the war. In 1946, it sold the quay to the town.",
     "The harbour trust sells the quay to the town"),
    ("The striking weavers marched to the county town on 2 May 1842. They burned the mill owner's carriage on 4 May.",
     "The striking weavers burn the mill owner's carriage"),
    # a chain of sentences opened by the same pronoun, back to the subject
    ("The ferry company lost money for a decade. It cut two routes in 2009. It sold its last ship in 2012.",
     "The ferry company sells its last ship"),
])
def test_the_pronoun_names_the_subject_before(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize("text, pronoun_title", [
    # the sentence before opens on a person: "it" is something else in it
    ("The mayor opened the new bridge on 4 May 2020. It carried 4,000 cars on 5 May.", None),
    # a plural before "It", a singular before "They": no agreement, no name
    ("The miners voted to return on 2 March 1985. It ended the longest strike in the coalfield on 5 March.", None),
])
def test_the_pronoun_stays_when_not_certain(text: str, pronoun_title: str | None) -> None:
    titles = _titles(text)
    assert not any(t.startswith(("The mayor carries", "The miners end")) for t in titles), titles
    if pronoun_title:
        assert pronoun_title in titles, titles
