"""What the Filter and Find compare: casefolded text without the accents of Latin and Greek letters
(Greek capitals print no accents; keyboards lack marks). Cyrillic letters keep theirs. No Qt."""

from __future__ import annotations

import pytest

from explorer.store.text_fold import fold


@pytest.mark.parametrize("text, folded", [
    ("ΒΟΥΛΗ", "βουλη"), ("Βουλή", "βουλη"), ("Μαΐου", "μαιου"), ("Ὀδυσσεύς", "οδυσσευσ"),
    ("Zürich", "zurich"), ("KOVAČ", "kovac"), ("ŁÓDŹ", "łodz"), ("naïve café", "naive cafe"),
    ("Straße", "strasse"), ("İstanbul", "istanbul"), ("e\u0301", "e"),  # a mark written apart
    ("Йошкар-Ола, ёлка", "йошкар-ола, ёлка"),  # Cyrillic letters stay whole
    ("“Plain” text – 2019", "“plain” text – 2019"),
])
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_is_idempotent_and_keeps_one_character_for_one():
    text = "Η Βουλή ψήφισε στις 12 Φεβρουαρίου — Zürich, Kovač, Ærø"
    assert fold(fold(text)) == fold(text)
    assert len(fold(text)) == len(text.casefold())
