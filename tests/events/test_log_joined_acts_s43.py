"""In a log whose heading names its keeper, an act joined to a subjectless entry ("Rigged a new jib and
bore away for Milford", "Marched to Elverdinge and relieved the 2nd Guards") is the keeper's, as the
entry's first act is: it was titled "I bear away for Milford", the writer's "I" of a personal diary.
(Without a keeper, the writer as the first act has it: "We" for a body's own story, else "I".) Every
text here is written for this file."""

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _titles(text: str) -> set[str]:
    return {e.title for e in extract_document(Document("a.txt", text, "a")).events}


@pytest.mark.parametrize("text, title", [
    ("Log of the ketch Mary Ann, 1902\n\n3 May. Wind fresh from the west. Rigged a new jib and bore away for Milford "
     "to take on water.", "The Mary Ann bears away for Milford"),
    ("Log of the ketch Mary Ann, 1902\n\n4 May. Loaded 60 tons of coal at Milford and cleared the harbour at 6 p.m.",
     "The Mary Ann clears the harbour"),
    ("War diary of the 4th Battalion, Kent Rifles\n\n12 March. Marched to Elverdinge and relieved the 2nd Guards in "
     "the front line.", "The 4th Battalion relieves the 2nd Guards"),
    ("Log of the trawler Kestrel, 1911\n\n8 October. Shot the nets off the Smalls and hauled 40 crans by "
     "midnight.", "The Kestrel hauls 40 crans by midnight"),
])
def test_a_joined_entry_act_is_the_keeper_s(text: str, title: str) -> None:
    titles = _titles(text)
    assert title in titles and not any(t.startswith("I ") for t in titles), titles
