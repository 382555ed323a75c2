"""A title loses the phrase of time, place or manner that opens its sentence when a subject and its
verb follow it (session 39): the WikiWars histories dropped into the app were titled "During this
conference the United Kingdom held its general election", "In private Secretary of State ... concedes",
fragments whose verbs stayed in the past."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _titles(text: str) -> list[str]:
    out = extract_document(Document("a.txt", "Valley history\n\n" + text, "t"), dct=date(2026, 11, 20))
    return [e.title for e in out.events]


@pytest.mark.parametrize("text, title", [
    ("During the long drought the river board rationed water in July 1921.", "The river board rations water"),
    ("After the flood in 1904 the mill owners rebuilt the weir.", "The mill owners rebuild the weir"),
    ("In private Prime Minister Arla Venn warned the mayor on 3 May 1956.", "Prime Minister Arla Venn warns the mayor"),
    ("Under the new charter the guild elected its first woman warden in 1911.", "The guild elects its first woman warden"),
])
def test_the_opening_phrase_goes(text: str, title: str) -> None:
    titles = _titles(text)
    assert title in titles, titles


def test_a_phrase_with_no_subject_after_it_stays() -> None:
    titles = _titles("In 1911 came the first motor bus to the valley.")
    assert not any(t.startswith(("The first motor bus comes", "Motor bus")) for t in titles), titles
