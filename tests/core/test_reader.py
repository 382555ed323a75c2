from pathlib import Path

import pytest

from explorer.documents import ReadError, find_documents, read_document
from explorer.documents.reader import decode_text, guess_title


def test_folders_are_walked_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("x")
    (tmp_path / "one.txt").write_text("x")
    (tmp_path / "skip.pdfx").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    found, problems = find_documents([tmp_path])
    assert [Path(p).name for p in found] == ["one.txt", "two.md"]
    assert problems == []


def test_missing_and_unsupported_paths_are_reported_not_fatal(tmp_path: Path) -> None:
    odd = tmp_path / "image.png"
    odd.write_bytes(b"\x89PNG")
    found, problems = find_documents([tmp_path / "nope", odd])
    assert found == []
    assert [p.reason for p in problems] == ["no such file or folder", "not a supported kind of file (.txt, .md, .html, .htm, .pdf, .docx)"]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("caf\u00e9\r\nline".encode("utf-8"), "caf\u00e9\nline"),
        (b"\xef\xbb\xbfbom", "bom"),
        ("utf16 \u00e9".encode("utf-16"), "utf16 \u00e9"),
        ("smart \u201cquotes\u201d".encode("cp1252"), "smart \u201cquotes\u201d"),
        (b"old\rmac", "old\nmac"),
    ],
)
def test_decoding(raw: bytes, expected: str) -> None:
    assert decode_text(raw) == expected


def test_binary_file_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "bin.txt"
    path.write_bytes(b"\x00\x01\x02" * 10)
    with pytest.raises(ReadError, match="binary"):
        read_document(str(path))


def test_title_is_the_first_headline_like_line() -> None:
    assert guess_title("\nIran At The Crossroads: Between Russia And The U.S.\n\nBody text.", "x.txt") == (
        "Iran At The Crossroads: Between Russia And The U.S."
    )
    assert guess_title("", "some_article-name.txt") == "some article name"


def test_title_skips_page_furniture_and_datelines() -> None:
    text = (
        "close button\nSwitch to Lite?\nIt looks like you are having trouble loading the content on this page.\n"
        "Politics\n\nTalks Resume in Vienna After Long Pause\n\nJune 25, 2014\nA. Writer\n5 min read\n"
        "Talks Resume in Vienna After Long Pause\n\nThe talks resumed today after a long pause in the spring.\n"
    )
    assert guess_title(text, "x.txt") == "Talks Resume in Vienna After Long Pause"


def test_title_falls_back_to_the_opening_sentence() -> None:
    text = "October 13, 2015 Series No. 12\n\nThe council met on Monday and agreed on a budget for the year. It then adjourned.\n"
    assert guess_title(text, "x.txt") == "The council met on Monday and agreed on a budget for the year"



@pytest.mark.parametrize("written, title", [
    ("Harwick Mutual amp Loan Co. said its profit rose in the third quarter of the year.",
     "Harwick Mutual & Loan Co. said its profit rose"),
    ("He plugged the amp into the wall. The amp hummed all night long in the hall.", "He plugged the amp"),
])
def test_an_ampersand_that_lost_its_escape_is_one_in_the_title_and_the_text_keeps_its_letters(
        tmp_path: Path, written: str, title: str) -> None:
    """An "&amp;" stripped to "amp" by some conversion named a lane ("Aetna Life amp Casualty Co.'s
    …"); the title shows "&", while the text keeps every character so that offsets still point into
    the file as written (a real amplifier stays one)."""
    path = tmp_path / "note.txt"
    path.write_text(written + "\n", encoding="utf-8")
    document = read_document(str(path))
    assert document.text.strip() == written
    assert document.title.startswith(title)
