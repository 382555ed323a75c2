"""Pages saved the odd ways users save them: a page's source under a .txt name, and a page whose
declared charset is not the one its bytes are in (pages of our own, built the same way)."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.documents.reader import read_with_metadata

PAGE = ("<!DOCTYPE html>\n<html><head><meta charset='{charset}'><title>Café owners protest - Valley Courier</title></head>"
        "<body><h1 class='site'>Valley Courier</h1><main><h2>Café owners protest</h2>"
        "<p>Café owners marched through the town on 4 May 2021 against the new parking charges, and won a delay.</p>"
        "<p>The council said it would look at the charges again before the summer, after a long meeting.</p>"
        "</main></body></html>")


def test_a_page_saved_under_a_text_name_is_read_as_a_page(tmp_path: Path) -> None:
    saved = tmp_path / "saved page.txt"
    saved.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    doc, metadata = read_with_metadata(str(saved))
    assert "<" not in doc.text and "marched through the town" in doc.text
    assert doc.title == "Café owners protest"
    assert metadata["warning"] == "a web page named as text: read as one"


def test_text_that_mentions_a_tag_stays_text(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Our page template\n\nThe template opens with <html> and a head, as every page does.\n", encoding="utf-8")
    doc, metadata = read_with_metadata(str(note))
    assert doc.text.startswith("Our page template") and "warning" not in metadata


@pytest.mark.parametrize("charset, encoding", [
    ("iso-8859-1", "utf-8"),  # re-saved as UTF-8, the old declaration kept
    ("windows-1252", "utf-8"),
    ("iso-8859-1", "latin-1"),  # what it says it is
    ("utf-8", "utf-8"),
])
def test_a_page_is_read_in_the_encoding_its_bytes_are_in(tmp_path: Path, charset: str, encoding: str) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.format(charset=charset).encode(encoding))
    doc, _ = read_with_metadata(str(page))
    assert "Café owners marched" in doc.text and "Ã" not in doc.text
