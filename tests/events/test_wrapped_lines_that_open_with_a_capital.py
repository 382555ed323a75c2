"""A paragraph wrapped at a fixed width whose lines all open with a capital ("... The board has
nominated Paul\\nOsei, who joined us as a director in 2019, ..."): its lines were taken for lines of
their own, so the sentence broke inside the name, the event was titled "Osei joins us as a director"
and the name's actor was cut in two. A paragraph is wrapped when each line but its last is at least
50 characters and within a fifth of the longest, and the last closes a sentence; a headline over its
byline, or a list of short lines, is not. Session forty-five (lead), a shareholder letter of our own.
"""

from __future__ import annotations

import pytest

import explorer.entities as entities
from explorer.documents import Document
from explorer.ingest.extract import Corpus, extract_document
from explorer.sentences import split_sentences


@pytest.mark.parametrize("paragraph, title, actor", [
    ("After eleven years as chair, Ingrid Falk will step down at that meeting. The board has nominated Paul\n"
     "Osei, who joined us as a director in 2019, to succeed her.", "Paul Osei joins us as a director", "Paul Osei"),
    ("The inquiry heard on Monday that the contract was signed without a tender by the deputy mayor, Anna\n"
     "Lund, who left office in 2021 and now runs a consultancy.", "Anna Lund leaves office", "Anna Lund"),
])
def test_a_name_across_a_wrapped_lines_end_is_one_name(paragraph: str, title: str, actor: str) -> None:
    text = f"Company news\n\nPublished 1 March 2025\n\n{paragraph}\n"
    corpus = entities.annotate_corpus(Corpus(documents=[extract_document(Document("w.txt", text, "Company news"), None)]))
    events = corpus.documents[0].events
    dated = [e for e in events if e.title.startswith(title)]
    assert dated, [e.title for e in events]
    assert actor in dated[0].actors


def test_a_wrapped_paragraph_is_one_sentence_across_its_lines() -> None:
    text = ("After eleven years as chair, Ingrid Falk will step down at that meeting. The board has nominated Paul\n"
            "Osei, who joined us as a director in 2019, to succeed her.\n")
    spans = [text[s.start:s.end] for s in split_sentences(text)]
    assert any("Paul\nOsei, who joined" in s for s in spans), spans


@pytest.mark.parametrize("block", [
    "Harbour board names a new chair after a long search for a successor\nBy Anna Lee, business reporter\n",
    "Harbour board names a new chair\nThe board met on Monday and chose its longest-serving member as chair.\n",
    "Timetable for the works on the quay and the new ferry berth, as agreed\nPhase One: Demolition of the old shed\n",
])
def test_a_headline_over_its_byline_or_a_list_stays_lines_of_their_own(block: str) -> None:
    first = block.split("\n")[0]
    assert first in [block[s.start:s.end] for s in split_sentences(block)]
