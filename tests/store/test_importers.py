"""Importing .html, .pdf, .docx and text in common encodings; unreadable files are listed, the rest go on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.documents import ReadError, find_documents
from explorer.documents.reader import read_with_metadata


HTML = """<!doctype html>
<html><head><meta charset="utf-8"><title>Flood in the valley</title>
<script>document.write('INJECTED'); fetch('https://example.invalid/track');</script>
<style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Flood in the valley</h1>
<p>Officials in the valley said on Monday that the river burst its banks after days of heavy rain and that the
water rose quickly through the lower town, forcing hundreds of families to leave their homes.</p>
<p>The first warnings were issued on March 3, 2019, by the regional weather office, which had predicted the
heaviest rainfall in a decade. Engineers will return on 14 April 2019 to assess the damage to the old dam.</p>
</article>
<footer>Copyright 2019 Valley News. All rights reserved.</footer>
<img src="https://example.invalid/pixel.gif"></body></html>
"""


def test_html_main_text_without_scripts_or_page_furniture(tmp_path: Path) -> None:
    path = tmp_path / "flood.html"
    path.write_text(HTML, encoding="utf-8")
    doc, metadata = read_with_metadata(str(path))
    assert "March 3, 2019" in doc.text and "14 April 2019" in doc.text
    assert "INJECTED" not in doc.text and "fetch(" not in doc.text and "color: red" not in doc.text
    assert "All rights reserved" not in doc.text
    assert doc.title == "Flood in the valley"
    assert metadata.get("title") == "Flood in the valley"


def test_htm_in_windows_1252_declared_by_meta(tmp_path: Path) -> None:
    body = HTML.replace('charset="utf-8"', 'charset="windows-1252"').replace("Officials", "Café officials")
    path = tmp_path / "page.htm"
    path.write_bytes(body.encode("cp1252"))
    doc, _ = read_with_metadata(str(path))
    assert "Café officials" in doc.text


def test_pdf_text_layer(tmp_path: Path, fx) -> None:
    path = tmp_path / "flood.pdf"
    path.write_bytes(fx.minimal_pdf(["Flood in the valley", "The first warnings were issued on March 3, 2019."]))
    doc, _ = read_with_metadata(str(path))
    assert "Flood in the valley\n" in doc.text and "March 3, 2019" in doc.text
    assert doc.title  # chosen by the reader's headline heuristic


def test_pdf_without_text_and_broken_pdf_are_reported(tmp_path: Path, fx) -> None:
    empty = tmp_path / "scan.pdf"
    empty.write_bytes(fx.minimal_pdf([]))
    with pytest.raises(ReadError, match="no text layer"):
        read_with_metadata(str(empty))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    with pytest.raises(ReadError):
        read_with_metadata(str(broken))


def test_docx_paragraphs_and_tables(tmp_path: Path, fx) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.core_properties.title = "Flood in the valley"
    for paragraph in fx.FLOOD.split("\n\n"):
        document.add_paragraph(paragraph.strip())
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Dam inspected"
    table.cell(0, 1).text = "June 2018"
    path = tmp_path / "flood.docx"
    document.save(str(path))
    doc, metadata = read_with_metadata(str(path))
    assert "March 3, 2019" in doc.text and "Dam inspected | June 2018" in doc.text
    assert doc.title == "Flood in the valley" == metadata["title"]
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(ReadError, match="Word"):
        read_with_metadata(str(broken))


@pytest.mark.parametrize(
    "encoding, prefix",
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("cp1252", b"")],
)
def test_text_in_common_encodings(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = "Café “talks” resumed on March 3, 2019 in Genève.\r\nSecond line.\r\n"
    path = tmp_path / "a.txt"
    path.write_bytes(prefix + text.encode(encoding))
    doc, _ = read_with_metadata(str(path))
    assert doc.text == text.replace("\r\n", "\n")


def test_folders_recursively_and_problems_listed_by_the_cli(tmp_path: Path, cli, fx) -> None:
    root = tmp_path / "in"
    (root / "deep" / "deeper").mkdir(parents=True)
    (root / "flood.txt").write_text(fx.FLOOD, encoding="utf-8")
    (root / "deep" / "page.html").write_text(HTML, encoding="utf-8")
    (root / "deep" / "deeper" / "doc.pdf").write_bytes(fx.minimal_pdf(["Treaty talks", "A draft was signed on 12 May 2018."]))
    (root / "deep" / "deeper" / "broken.pdf").write_bytes(b"garbage")
    (root / "deep" / "notes.xyz").write_text("ignored in folders")
    files, _ = find_documents([root])
    assert len(files) == 4
    project = tmp_path / "p.tlproj"
    run = cli("extract", str(root), str(tmp_path / "missing.txt"), "--project", str(project))
    assert "broken.pdf" in run.stderr and "missing.txt" in run.stderr
    out = cli("extract", str(project), "--format", "jsonl")
    docs = {json.loads(line)["doc"] for line in out.stdout.splitlines()}
    assert {Path(d).name for d in docs} == {"flood.txt", "page.html", "doc.pdf"}
