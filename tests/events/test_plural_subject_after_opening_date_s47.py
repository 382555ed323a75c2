"""After an opening date, a bare plural subject ("In March 1990 soldiers burned …"), perhaps with where
its people came from ("On Friday night rioters from the estate looted …", "In the spring of 1846
settlers from the coast cleared …"), is the subject of the act joined to its verb by "and", which shares
the date; the date's words are no part of the joined act's title."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("sentence, title", [
    ("In March 1990 soldiers burned the village and killed its headman.", "Soldiers kill its headman"),
    ("On Friday night rioters from the estate looted two shops and torched a bus.", "Rioters from the estate torch a bus"),
    ("In the spring of 1846 settlers from the coast cleared the forest and planted wheat.",
     "Settlers from the coast plant wheat"),
    ("On 2 May volunteers from the lifeboat station searched the bay and recovered two kayaks.",
     "Volunteers from the lifeboat station recover two kayaks"),
    # (a long subject without where its people came from, so the title keeps its act)
    ("On 9 May four young climbers from the university mountaineering club reached the ridge and rescued a "
     "stranded walker.", "Four young climbers rescue a stranded walker"),
])
def test_the_joined_act_of_a_plural_subject_after_an_opening_date(sentence: str, title: str) -> None:
    assert title in [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))]


def test_the_joined_act_shares_the_opening_date() -> None:
    text = "History\n\nIn the spring of 1846 settlers from the coast cleared the forest and planted wheat."
    events = extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events
    assert ("Settlers from the coast plant wheat", date(1846, 3, 1)) in {(e.title, e.begin) for e in events}, \
        [(e.title, e.begin) for e in events]


@pytest.mark.parametrize("sentence, title", [
    # s58: an adjective before the plural ("royal troops"), and a decade as the opening date
    ("In 1643 parliamentary soldiers stabled their horses in the nave and burned the choir stalls.",
     "Parliamentary soldiers burn the choir stalls"),
    ("On 3 June striking miners blocked the road and stoned a lorry.", "Striking miners stone a lorry"),
    ("In the 1840s railway companies bought the land and built a viaduct.", "Railway companies build a viaduct"),
])
def test_an_adjective_plural_or_a_decade_opening(sentence: str, title: str) -> None:
    assert title in [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))]


def test_a_plain_plural_keeps_its_title() -> None:
    # guard: no adjective, the plural alone
    sentence = "In 1643 soldiers stabled their horses in the nave and burned the stalls."
    assert "Soldiers burn the stalls" in [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))]
