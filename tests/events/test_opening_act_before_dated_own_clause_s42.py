"""An opening act told before a dated clause of its own (", and" or ";" and a subject of its own) is read
as an opening act beside another happening is ("took", "ran", "admitted", "agreed to" tell acts there): a
happening of its own, titled with its own subject, not dated by the later clause."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("sentence, opening, dated", [
    ("The skipper ran a fire drill off the headland, and two cadets steered the ketch on 4 May.",
     "The skipper runs a fire drill off the headland", "Two cadets steer the ketch"),
    ("The defender admitted the charge, and a personal hearing took place in Derby on 3 March.",
     "The defender admits the charge", "A personal hearing takes place in Derby"),
    ("Porters carried the crates up the valley, and the surveyors set up camp at 3,200 metres on 12 April.",
     "Porters carry the crates up the valley", "The surveyors set up camp at 3,200 metres"),
])
def test_the_opening_act_is_a_happening_of_its_own(sentence: str, opening: str, dated: str) -> None:
    events = extract_document(Document("a.txt", "News\n\n" + sentence, "a"), dct=date(2025, 12, 10)).events
    titles = {e.title: e for e in events}
    assert opening in titles and dated in titles, list(titles)
    assert titles[dated].begin is not None and titles[opening].timex == ""


def test_a_date_in_the_opening_clause_is_its_own() -> None:
    # the opening clause dated by its own date: one event, not an undated opening act beside it
    text = "News\n\nThe skipper ran a fire drill on 3 May, and the cadets cheered."
    events = extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events
    assert [e.title for e in events if "drill" in e.title] == ["The skipper runs a fire drill"], [e.title for e in events]
