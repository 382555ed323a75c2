"""A second verb after a passive and "and" is the subject's own act when its object is the subject's
own ("was confirmed as leader on 30 August and named his shadow team the following Monday") or it is
a verb a person does on their own ("was sold to Ashby in June and scored on his debut a week later").
Read as sharing the passive, the titles were "Rein Kask is named his shadow team", "The striker is
scored on his debut". A passive that gives something keeps it ("was sacked and given his notice").
Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import extract_document


def _titles(text: str) -> dict[str, str]:
    doc = Document("page.txt", text, "page")
    return {e.timex: e.title for e in extract_document(doc, dct=date(2026, 9, 20)).events}


@pytest.mark.parametrize(("text", "timex", "title"), [
    ("Rein Kask was confirmed as leader on 30 August and named his shadow team the following Monday.",
     "following Monday", "Rein Kask names his shadow team"),
    ("The minister was sworn in on 3 May and appointed her deputies two days later.", "two days later",
     "The minister appoints her deputies"),
    ("The striker was sold to Ashby in June and scored on his debut a week later.", "a week later",
     "The striker scores on his debut"),
    ("The firm was bought by Arlen in 2019 and closed its Leeds plant in 2021.", "2021", "The firm closes its Leeds plant"),
])
def test_the_second_verb_is_active(text: str, timex: str, title: str) -> None:
    assert _titles(text)[timex] == title


@pytest.mark.parametrize(("text", "timex", "title"), [
    ("The driver was arrested on 4 May and charged with murder the next day.", "the next day", "The driver is charged with murder"),
    ("The mill was damaged by fire in 1869 and rebuilt in 1870.", "1870", "The mill is rebuilt"),
])
def test_a_shared_passive_stays(text: str, timex: str, title: str) -> None:
    assert _titles(text)[timex] == title
