"""A "when" clause after its main clause or its date whose act takes no object, a passive or a past told
with where it went ("… stopped in 1840 when the builder ran out of money", "… left in 1921, when the light
was automated"), is a happening of its own at the main clause's time (session 56, issue 12: the opened
sets 26 to 38 list such acts as events); not where the main clause names the time the "when" clause's act
made ("became …", "was first seen …", "… and again in 2007, when"), nor a question ("ask when the pipe
will be renewed"), a term running out or a pronoun's time of life."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("sentence, title", [
    ("Work on the chapel stopped in 1840 when the builder ran out of money.", "The builder runs out of money"),
    ("The lighthouse keeper left in 1921, when the light was automated.", "The light is automated"),
    ("The parade was halted in May when a horse bolted into the crowd.", "A horse bolts into the crowd"),
    ("The siege ended when a relief army arrived from the north.", "A relief army arrives from the north"),
    ("The mine shut in 1962, when the seam was exhausted.", "The seam is exhausted"),
    ("The choir folded in 1977 when its conductor emigrated to Canada.", "Its conductor emigrates to Canada"),
    ("Two drivers were hurt when the crane toppled onto the road.", "The crane topples onto the road"),
])
def test_an_objectless_when_clause_is_an_act_of_its_own(sentence: str, title: str) -> None:
    assert title in [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize("sentence", [
    # (guards: no happening beside the dated one)
    "The ferry became a night service in 1987, when a larger boat was placed on the route.",
    "The comet was first seen in March 2019, when a dust cloud drifted across the field of view.",
    "The gallery was extended in 1988 and again in 2007, when a print room was added.",
    "The tenants will ask the landlord when the whole roof will be repaired.",
    "The monitors were withdrawn in 1961 when their mandate expired.",
    "She was nine when they moved to the coast.",
])
def test_no_second_act_where_the_when_clause_tells_the_same_happening(sentence: str) -> None:
    titles = [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))]
    assert not [t for t in titles if t.split()[-1] in ("route", "view", "added", "repaired", "expires", "coast")], titles


def test_the_when_clause_shares_the_main_clause_s_date() -> None:
    text = "Chapel notes\n\nWork on the chapel stopped in March 1840 when the builder ran out of money."
    events = extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events
    assert ("The builder runs out of money", date(1840, 3, 1)) in {(e.title, e.begin) for e in events}, \
        [(e.title, e.begin) for e in events]
