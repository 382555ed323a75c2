"""Hostile folders a user drops in (session 12): what used to vanish or be said unclearly is named.

Found by running built folders through ``extract``, ``--project`` and the app: files repeating
another's text became one document without a word (and were counted as "updated" in a new project),
a linked folder of articles was left out silently, a folder that cannot be listed likewise, UTF-32
with a byte-order mark was called binary, a PDF or Word file saved as ``.txt`` was read as its
raw bytes or refused as binary, a damaged Word file was explained in python-docx's internals,
"50.0 MB; the limit is 50.0 MB", and the HTML and PDF libraries wrote lines of their own on the
terminal. Every file is built here from our own sentences; nothing is stored."""

from __future__ import annotations

import io
import logging
import os
import zipfile
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.documents import ReadError, find_documents
from explorer.documents.reader import MAX_FILE_MB_ENV, read_file_bytes, read_with_metadata
from explorer.ingest.same_text import FirstPaths
from explorer.store import Project, import_paths

from .conftest import FLOOD, TREATY, minimal_pdf


def _word_file(sentences: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for sentence in sentences:
        document.add_paragraph(sentence)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# -- files repeating another's text ---------------------------------------------------------------


def test_first_paths_names_the_copy_and_the_first_file() -> None:
    seen = FirstPaths()
    assert seen.check("h1", "in/a.txt") is None
    assert seen.check("h2", "in/b.txt") is None
    copy = seen.check("h1", "in/c.txt")
    assert copy is not None and (copy.path, copy.first) == ("in/c.txt", "in/a.txt")
    assert str(copy) == "in/c.txt: same text as in/a.txt; kept as one document"
    assert seen.check("h1", "in/a.txt") is None  # the same file again (given twice) is no copy


def test_files_repeating_a_text_are_listed_not_counted_as_documents(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text(FLOOD, encoding="utf-8")
    (tmp_path / "d.txt").write_text(TREATY, encoding="utf-8")
    project = Project()
    report = import_paths(project, [str(tmp_path)], jobs=1)
    assert len(project.documents()) == 2
    assert len(report.added) == 2 and report.updated == []  # a new project has nothing "updated"
    assert [(Path(c.path).name, Path(c.first).name) for c in report.duplicates] == [("b.txt", "a.txt"), ("c.md", "a.txt")]


def test_the_command_line_names_each_copy_and_counts_them_apart(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "first.txt").write_text(TREATY, encoding="utf-8")
    (folder / "second.txt").write_text(TREATY, encoding="utf-8")
    target = tmp_path / "p.tlproj"
    assert main(["extract", str(folder), "--project", str(target), "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "second.txt: same text as " in err and "first.txt; kept as one document" in err
    assert "1 new and 0 updated documents" in err and "(1 file repeated another's text)" in err


# -- folders --------------------------------------------------------------------------------------


def test_a_linked_folder_is_read_and_a_link_back_up_the_tree_ends(tmp_path: Path) -> None:
    real = tmp_path / "kept" / "articles"
    real.mkdir(parents=True)
    (real / "one.txt").write_text(FLOOD, encoding="utf-8")
    dropped = tmp_path / "dropped"
    dropped.mkdir()
    os.symlink(real, dropped / "linked")  # a folder of articles kept elsewhere, linked in
    os.symlink("..", real / "up")  # and a link back up: walking it would never end
    files, problems = find_documents([str(dropped)])
    assert [Path(f).name for f in files] == ["one.txt"] and problems == []


def test_a_folder_that_cannot_be_listed_is_named_and_the_rest_goes_on(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(FLOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(TREATY, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path=".", *args):  # chmod 000 means nothing to root: refuse the listing as the kernel would
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path, *args)

    monkeypatch.setattr(os, "scandir", scandir)
    files, problems = find_documents([str(tmp_path)])
    assert [Path(f).name for f in files] == ["a.txt"]
    assert [(p.path, p.reason) for p in problems] == [(str(locked), "folder cannot be read (Permission denied)")]


def test_a_dangling_link_and_a_file_gone_since_listing_say_which(tmp_path: Path) -> None:
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "link.txt")
    with pytest.raises(ReadError, match="a link to a file that does not exist"):
        read_file_bytes(str(tmp_path / "link.txt"))
    with pytest.raises(ReadError, match="no longer there"):
        read_file_bytes(str(tmp_path / "deleted.txt"))


# -- what a file holds, whatever its name ---------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-be"])
def test_utf32_with_a_byte_order_mark_is_text(tmp_path: Path, codec: str) -> None:
    raw = FLOOD.encode(codec) if codec == "utf-32" else b"\x00\x00\xfe\xff" + FLOOD.encode(codec)
    (tmp_path / "wide.txt").write_bytes(raw)
    document, _ = read_with_metadata(str(tmp_path / "wide.txt"))
    assert document.text.strip() == FLOOD.strip()


def test_a_pdf_or_word_file_saved_as_text_is_read_as_what_it_is(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_bytes(minimal_pdf(["The harbour wall was rebuilt in May 2016."]))
    (tmp_path / "letter.md").write_bytes(_word_file(["The choir sang at the festival on 4 July 2015."]))
    pdf, pdf_meta = read_with_metadata(str(tmp_path / "report.txt"))
    word, word_meta = read_with_metadata(str(tmp_path / "letter.md"))
    assert "May 2016" in pdf.text and "a PDF named as text" in pdf_meta["warning"]
    assert "4 July 2015" in word.text and "a Word document named as text" in word_meta["warning"]


def test_a_zip_saved_as_text_and_a_damaged_word_file_say_what_they_are(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("notes/readme.txt", "plain notes")
    (tmp_path / "archive.txt").write_bytes(buffer.getvalue())
    with pytest.raises(ReadError, match="a zip archive, not text"):
        read_with_metadata(str(tmp_path / "archive.txt"))
    whole = zipfile.ZipFile(io.BytesIO(_word_file(["The ferry ran again in March 2014."])))
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w") as package:  # the package's list of parts replaced by junk
        for item in whole.infolist():
            data = b"<Types/>" if item.filename == "[Content_Types].xml" else whole.read(item)
            package.writestr(item, data)
    (tmp_path / "damaged.docx").write_bytes(damaged.getvalue())
    with pytest.raises(ReadError) as caught:
        read_with_metadata(str(tmp_path / "damaged.docx"))
    assert "not a readable Word document: damaged or incomplete" in caught.value.reason
    assert "lxml" not in caught.value.reason and "attribute" not in caught.value.reason


def test_a_file_just_over_the_cap_gives_sizes_that_differ(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(MAX_FILE_MB_ENV, "1")
    (tmp_path / "big.txt").write_bytes(b"a" * (1024 * 1024 + 100))
    with pytest.raises(ReadError) as caught:
        read_file_bytes(str(tmp_path / "big.txt"))
    assert "1,048,676 bytes; the limit is 1,048,576 bytes" in caught.value.reason


def test_the_html_and_pdf_libraries_say_nothing_of_their_own(tmp_path: Path, caplog) -> None:
    (tmp_path / "script.html").write_text("<html><head><script>var a = 1;</script></head></html>")
    (tmp_path / "cut.pdf").write_bytes(minimal_pdf(["The road was closed in 2012."])[:-30])
    (tmp_path / "deep.html").write_text("<p>" + "<span>" * 3000 + "The mill shut in 1998.")
    problems = []
    with caplog.at_level(logging.WARNING):
        for name in ("script.html", "cut.pdf", "deep.html"):
            try:
                read_with_metadata(str(tmp_path / name))
            except ReadError as err:
                problems.append(err)
    assert {Path(p.path).name for p in problems} >= {"script.html"}
    assert not [r for r in caplog.records if not r.name.startswith("explorer")], caplog.text


# -- why a save failed ----------------------------------------------------------------------------


def test_a_plain_sqlite_error_is_not_called_a_read_only_file(tmp_path: Path) -> None:
    import sqlite3

    from explorer.store.failures import why_save_failed

    db = sqlite3.connect(tmp_path / "p.tlproj")
    db.execute("CREATE TABLE documents (a, b)")
    with pytest.raises(sqlite3.OperationalError) as caught:  # SQLITE_ERROR is 1, as EPERM is
        db.execute("INSERT INTO documents VALUES (1, 2, 3)")
    reason = why_save_failed(caught.value, str(tmp_path / "p.tlproj"))
    assert "read-only" not in reason and "could not be written" in reason and "values" in reason
    assert "read-only" in why_save_failed(PermissionError(13, "Permission denied"), str(tmp_path / "p.tlproj"))


# -- beside the articles --------------------------------------------------------------------------


def test_a_broken_metadata_file_costs_its_hints_not_the_article(tmp_path: Path, caplog) -> None:
    from explorer.ingest.extract import extract_file

    (tmp_path / "ferry.txt").write_text(TREATY, encoding="utf-8")
    (tmp_path / "ferry.meta.json").write_text('{"date": "2019-10-09", "title": ', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        result = extract_file(str(tmp_path / "ferry.txt"))
    assert not isinstance(result, ReadError), result
    assert result.extracted.events and result.sidecar == {}
    assert "ferry.meta.json was ignored" in result.metadata["warning"] and "ferry.txt" in caplog.text


def test_a_folder_named_as_a_project_is_called_a_folder(tmp_path: Path, capsys) -> None:
    (tmp_path / "box.tlproj").mkdir()
    assert main(["extract", str(tmp_path / "box.tlproj"), "--format", "csv"]) == 1
    assert "box.tlproj: not a project file (a folder)" in capsys.readouterr().err


@pytest.mark.parametrize("raw, shown", [
    (b"The quay was rebuilt in May 2016.\n" + b"\x00" * 300, "The quay was rebuilt in May 2016."),  # a tail of zeros
    (b"The quay was rebuilt in May 2016.\x00\x00The ferry came back in June.\n"
     + b"The harbour office opened again as a cafe in the spring.\n" * 3,
     "The quay was rebuilt in May 2016. The ferry came back in June."),  # a few inside: a gap
])
def test_a_text_with_stray_nul_bytes_is_read_with_them_removed(tmp_path: Path, raw: bytes, shown: str) -> None:
    (tmp_path / "padded.txt").write_bytes(raw)
    document, metadata = read_with_metadata(str(tmp_path / "padded.txt"))
    assert document.text.startswith(shown) and "\x00" not in document.text
    assert "NUL byte(s) removed" in metadata["warning"]


@pytest.mark.parametrize("raw", [b"\x00\x01\x02" * 10, b"MZ\x90\x00" + bytes(range(256)) * 20, b"\x00" * 64])
def test_binary_files_with_nuls_are_still_refused(tmp_path: Path, raw: bytes) -> None:
    (tmp_path / "program.txt").write_bytes(raw)
    with pytest.raises(ReadError, match="binary"):
        read_with_metadata(str(tmp_path / "program.txt"))


# -- a long run on a terminal ---------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("terminal", [True, False])
def test_a_terminal_sees_the_files_counted_and_the_line_wiped_a_pipe_sees_nothing(tmp_path: Path, monkeypatch,
                                                                                  terminal: bool) -> None:
    import sys

    from explorer.commands import extract as command

    for i, text in enumerate((FLOOD, TREATY)):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(command, "PROGRESS_EVERY_S", 0.0)
    err = _Terminal() if terminal else io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert main(["extract", str(tmp_path), "--jobs", "1"]) == 0
    said = err.getvalue()
    if terminal:
        assert "reading 1/2 files" in said and "reading 2/2 files" in said and said.endswith("\r\x1b[K")
    else:
        assert "reading" not in said


def test_a_folder_of_many_copies_names_a_screenful_and_counts_the_rest(tmp_path: Path, capsys, monkeypatch) -> None:
    from explorer.commands import extract as command

    monkeypatch.setattr(command, "COPIES_NAMED", 2)
    for i in range(5):
        (tmp_path / f"stub{i}.txt").write_text("On 2 May 2020 the form was filed.\n", encoding="utf-8")
    assert main(["extract", str(tmp_path), "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert err.count("same text as") == 2 and "\u2026 and 2 more files repeating another's text" in err
