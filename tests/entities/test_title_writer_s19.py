"""A notice's "We" in a title names the body that signs it (issue 12); a "we" the page does not sign
as a body stays. Our own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.entities.title_writer import singular_verb
from explorer.ingest import extract_paths


def _titles(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "notice.txt").write_text(text)
    return [e.title for e in extract_paths([str(tmp_path)], jobs=1).events]


@pytest.mark.parametrize(("words", "singular"), [
    ("shut down the connection", "shuts down the connection"),
    ("also informed the police", "also informs the police"),
    ("are closing the car park", "is closing the car park"),
    ("will reopen the towpath", "will reopen the towpath"),
    ("reach the mill", "reaches the mill"),
    ("carry out repairs", "carries out repairs"),
])
def test_the_verb_after_we_is_put_in_the_singular(words: str, singular: str) -> None:
    assert " ".join(singular_verb(words.split()) or []) == singular


def test_a_title_word_that_is_no_verb_is_left() -> None:
    assert singular_verb(["“Yes”", "they", "said"]) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("From: Customer Services, Tollbridge Water Ltd\nDate: 1 May 2026\n\nDear customer,\n\n"
     "We replaced the main under your street on 20 April.\n\nYours sincerely,\nAda Venn\n",
     "Tollbridge Water Ltd replaces the main under your street"),
    ("Notice to boaters\n\nWe repaired the sluice gates on 3 March after the floods.\n\nKestle Canal Trust\n",
     "Kestle Canal Trust repairs the sluice gates after the floods"),
])
def test_a_signed_notices_we_is_named(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in _titles(tmp_path, text)


@pytest.mark.parametrize("text", [
    # a place after a preposition on the title line names no writer
    "Winter at Harrowby Mill\n\nWe reached the mill on 2 November 1951 and lit the stoves.\n",
    # someone else's "we", quoted
    "Tarn Rowing Club\n\n\"We lodged a complaint on 1 May,\" a rival coach said.\n\nTarn Rowing Club\n",
])
def test_an_unsigned_or_quoted_we_stays(tmp_path: Path, text: str) -> None:
    assert not any(t.startswith(("Harrowby", "Tarn")) for t in _titles(tmp_path, text))
