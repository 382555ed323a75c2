"""A heading with a colon ("Chapter Two: The Farm", "Part One: Home") is no speaker's label: the "I" of
the memoir under it stays the writer's "I", never "Chapter Two"."""

import pytest

from explorer.documents.document import Document
from explorer.events.titles.subjects import speaker_for_i
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("heading", ["Chapter Two: The Farm", "Part One: Going North"])
def test_the_heading_is_no_speaker(heading: str) -> None:
    text = f"Notes from the valley\n\n{heading}\n\nI sold the last of the sheep in the spring of 1971."
    titles = [e.title for e in extract_document(Document("a.txt", text, "a"), dct=None).events]
    assert titles and all(not t.startswith(heading.split(":")[0]) for t in titles)
    assert any(t.startswith("I sell") for t in titles)


def test_a_transcript_label_still_names_the_speaker() -> None:
    before = "Q: When did you start?\nMARTA OLSEN: I"  # (the page up to the clause, its label's line begun)
    assert speaker_for_i("I opened the shop in 1990", before).startswith("Marta Olsen")
