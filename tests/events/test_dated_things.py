"""A decade or century used as a noun's modifier ("the 11th century temple", "a 1960s song",
"19th-century houses") dates the thing, not the clause's happening: it makes no event, while "in the
11th century the temple was built" still does. Seen in a news file dropped in: "Howes' team was
clearing mines ... from Angkor Wat, the fabled 11th century temple ..." became an event dated
1000-1099. Our own sentences, through the route a dropped file takes."""

from __future__ import annotations

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _dated_by(text: str) -> dict[str, str]:
    """The timex each event of ``text`` is dated by, mapped to its title."""
    out = extract_document(Document("a.txt", text, "t"))
    return {e.timex: e.title for e in out.events if e.timex}


@pytest.mark.parametrize("text, era", [
    ("The patrol was clearing mines near Wat Kor, the fabled 11th century temple that is the main "
     "attraction, when it was attacked.", "11th century"),
    ("The band played a 1960s song at the opening of the hall.", "1960s"),
    ("The council restored 19th-century houses along the canal.", "19th-century"),
    ("Monks lived in the 12th century monastery until the fire destroyed it.", "the 12th century"),
])
def test_an_era_that_modifies_a_noun_makes_no_event(text: str, era: str) -> None:
    out = extract_document(Document("a.txt", text, "t"))
    assert era in {t.text for t in out.timexes}  # still tagged, as TimeML does
    assert era not in _dated_by(text)


@pytest.mark.parametrize("text, era", [
    ("In the 11th century the temple was built by the king.", "the 11th century"),
    ("In the 1990s prices rose across the region.", "the 1990s"),
    ("The town grew quickly in the 1960s.", "the 1960s"),
    ("During the 19th century, farmers drained the marsh.", "the 19th century"),
    ("The city was rebuilt in the late 1970s and the port reopened.", "the late 1970s"),
])
def test_an_era_that_says_when_still_dates_its_clause(text: str, era: str) -> None:
    assert era in _dated_by(text)


def test_the_other_dates_of_the_sentence_keep_their_events() -> None:
    text = ("In March 1996 the patrol was clearing mines near Wat Kor, the fabled 11th century temple, "
            "when it was attacked.")
    dated = _dated_by(text)
    assert "March 1996" in dated and "11th century" not in dated
