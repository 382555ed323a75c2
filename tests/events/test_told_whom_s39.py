"""A telling with whom it was told and no "that" ("told reporters the ferry would sail"): the title
keeps the told clause whole, as it does after "says", instead of stopping at its subject ("… tells
reporters the first ferry"), which names no happening. Our own sentences."""

from __future__ import annotations

import pytest

from explorer.events.titles.make import make_title


@pytest.mark.parametrize("sentence, date_word, wanted", [
    ("Harbour master Ilse Brand told reporters the first ferry would sail at noon on Friday.", "noon",
     "would sail"),
    ("The union's organiser, Pia Lund, told members the strike would end on 4 May.", "4 May", "would end"),
])
def test_the_told_clause_after_whom_is_kept_whole(sentence: str, date_word: str, wanted: str) -> None:
    at = sentence.index(date_word)
    title = make_title(sentence, at, at + len(date_word), "")
    assert wanted in title, title
    assert "tells" in title, title
