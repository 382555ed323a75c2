"""Dating a document and tagging it read the text's sentences, quotes and verb markers once, and
:func:`forget` makes the next reading start afresh (what an honest benchmark needs)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import date_document
from explorer.temporal import per_text, tag

TEXT = ("The minister resigned on Monday, March 4, 2019, officials said. \"We will meet on Friday,\" "
        "he said. A new cabinet was formed on April 2 and met the next day.")


def test_the_inference_and_the_tagger_split_a_text_into_sentences_once(monkeypatch: pytest.MonkeyPatch) -> None:
    per_text.forget()
    splits: list[str] = []
    own = per_text.split_sentences
    monkeypatch.setattr(per_text, "split_sentences", lambda text: splits.append(text) or own(text))
    doc = date_document(Document("notes.txt", TEXT, "t"))
    assert (doc.date, doc.date_source) == (date(2019, 4, 2), "inferred")
    found = tag(doc.text, doc.date, dct_inferred=True)
    assert {"2019-03-04", "2019-04-02"} <= {t.value for t in found}
    assert splits == [TEXT]
    per_text.forget()
    tag(doc.text, doc.date, dct_inferred=True)
    assert splits == [TEXT, TEXT]


def test_each_caller_gets_its_own_list_of_sentences() -> None:
    first = per_text.sentence_spans(TEXT)
    first.clear()
    assert per_text.sentence_spans(TEXT) != []


def test_the_shared_verb_markers_give_the_tags_of_a_fresh_reading() -> None:
    per_text.forget()
    cold = tag(TEXT, date(2019, 4, 5))
    warm = tag(TEXT, date(2019, 4, 5))  # markers filled by the first reading
    assert cold == warm
    assert per_text.tense_markers(TEXT)  # they were kept
