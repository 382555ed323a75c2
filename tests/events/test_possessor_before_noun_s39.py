"""A happening named by a noun after a possessive noun ("her husband's death", "his brother's arrest")
is the possessor's, not the main clause's subject's (session 39): "After her husband's death in 1994,
she moved to Leeds" was titled "She dies"."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _titles(text: str) -> list[str]:
    out = extract_document(Document("a.txt", "Family notes\n\n" + text, "t"), dct=date(2026, 11, 20))
    return [e.title for e in out.events]


@pytest.mark.parametrize("text, title, not_title", [
    ("After her husband's death in 1994, she moved to Leeds.", "Her husband dies", "She dies"),
    ("He retired in 2001, a year after his brother's arrest.", "His brother is arrested", "He is arrested"),
    ("After their father's death in 1962, the sisters sold the farm.", "Their father dies", "The sisters die"),
])
def test_the_possessor_is_the_one_it_befell(text: str, title: str, not_title: str) -> None:
    titles = _titles(text)
    assert title in titles and not_title not in titles, titles


@pytest.mark.parametrize("text, title", [
    ("Tom Brun was released in 1961 and lived abroad after 1963.", "Tom Brun lives abroad"),
    ("Ada Holm was freed in 1950 and settled in Oslo in 1952.", "Ada Holm settles in Oslo"),
])
def test_an_act_no_one_undergoes_after_a_passive_keeps_its_own_voice(text: str, title: str) -> None:
    # "was released … and lived abroad" was titled "Tom Brun is lived abroad" (session 39)
    titles = _titles(text)
    assert title in titles, titles
