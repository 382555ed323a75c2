"""Hostile and careless input (issue 15): one bad file is that file's failure, named with the reason,
and never hangs, eats memory or aborts the run. Every hostile file is built here, none is stored."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from tests.property_examples import examples

from explorer.documents import ReadError
from explorer.documents.reader import MAX_FILE_MB_ENV, decode_text_reporting, printable_path, read_with_metadata
from explorer.ingest import extract_paths
from explorer.store import Project, import_paths

from .conftest import FLOOD, TREATY

IDNA_HTML = b"""<html><head><meta charset="idna"><title>Talks</title></head><body><article>
<p>The negotiators met on 12 May 2018 in the capital and agreed to meet again in the autumn.</p>
</article></body></html>"""


def _reasons(problems) -> dict[str, str]:
    return {Path(p.path).name: p.reason for p in problems}


@pytest.mark.timeout(30)
def test_a_fifo_in_the_folder_is_skipped_by_name_not_waited_on(tmp_path: Path) -> None:
    (tmp_path / "flood.txt").write_text(FLOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # no writer: reading it would block forever
    corpus = extract_paths([tmp_path], jobs=1)
    assert [Path(d.document.path).name for d in corpus.documents] == ["flood.txt"]
    assert "FIFO" in _reasons(corpus.problems)["pipe.txt"]
    named, problems = extract_paths([tmp_path / "pipe.txt"], jobs=1).documents, extract_paths([tmp_path / "pipe.txt"], jobs=1).problems
    assert named == [] and "not a regular file" in problems[0].reason


@pytest.mark.timeout(30)
def test_a_link_to_dev_zero_is_refused_at_once(tmp_path: Path) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "treaty.md").write_text(TREATY, encoding="utf-8")
    project = Project()
    report = import_paths(project, [tmp_path], jobs=1)
    assert len(report.added) == 1
    assert "a device" in _reasons(report.problems)["zero.txt"]


def test_files_over_the_size_cap_are_skipped_and_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MAX_FILE_MB_ENV, "0.01")  # 10 KB
    (tmp_path / "big.txt").write_text(FLOOD * 40, encoding="utf-8")
    (tmp_path / "small.txt").write_text(FLOOD, encoding="utf-8")
    corpus = extract_paths([tmp_path], jobs=1)
    assert [Path(d.document.path).name for d in corpus.documents] == ["small.txt"]
    reason = _reasons(corpus.problems)["big.txt"]
    assert "too large" in reason and MAX_FILE_MB_ENV in reason


def test_a_docx_that_unpacks_past_the_cap_is_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MAX_FILE_MB_ENV, "1")
    body = "<w:p><w:r><w:t>On 5 May 2003 the treaty was signed.</w:t></w:r></w:p>" * 40_000  # ~2.8 MB of XML
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", f"<w:document><w:body>{body}</w:body></w:document>")
    assert len(buffer.getvalue()) < 200_000  # small on disk, big unpacked: a bomb in miniature
    (tmp_path / "bomb.docx").write_bytes(buffer.getvalue())
    with pytest.raises(ReadError, match="unpacked"):
        read_with_metadata(str(tmp_path / "bomb.docx"))


def test_an_unusable_declared_charset_does_not_stop_the_run(tmp_path: Path, cli) -> None:
    (tmp_path / "idna.html").write_bytes(IDNA_HTML)
    (tmp_path / "flood.txt").write_text(FLOOD, encoding="utf-8")
    document, _ = read_with_metadata(str(tmp_path / "idna.html"))
    assert "12 May 2018" in document.text
    done = cli("extract", str(tmp_path), "--jobs", "1")
    docs = {Path(json.loads(line)["doc"]).name for line in done.stdout.splitlines()}
    assert docs == {"idna.html", "flood.txt"}
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("with_project", [False, True])
def test_any_reader_failure_is_that_files_failure_in_the_cli(tmp_path: Path, with_project: bool, cli, monkeypatch) -> None:
    """Code raising something unexpected on one file (here a KeyError while decoding an HTML page)."""
    import explorer.documents.html as html

    def boom(*args, **kwargs):
        raise KeyError("hostile")

    monkeypatch.setattr(html, "_decode", boom)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "flood.txt").write_text(FLOOD, encoding="utf-8")
    (folder / "page.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    args = ["extract", str(folder), "--jobs", "1"]
    if with_project:
        args += ["--project", str(tmp_path / "p.tlproj"), "--format", "jsonl"]
    done = cli(*args, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "page.html" in done.stderr and "KeyError" in done.stderr
    assert {Path(json.loads(line)["doc"]).name for line in done.stdout.splitlines()} == {"flood.txt"}


def test_empty_and_junk_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b" \n\n \t\n")
    (tmp_path / "junk.txt").write_bytes(bytes(range(1, 32)) * 50)
    corpus = extract_paths([tmp_path], jobs=1)
    reasons = _reasons(corpus.problems)
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.md"]
    assert "binary" in reasons["junk.txt"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "a.txt").write_bytes(FLOOD.encode(encoding))
    document, metadata = read_with_metadata(str(tmp_path / "a.txt"))
    assert document.text == FLOOD
    assert "no byte-order mark" in metadata["warning"]


def test_damaged_utf8_keeps_its_good_characters_and_warns(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    text = "Caf\u00e9 talks in Z\u00fcrich on 5 May 2003 \u2014 signed. "
    raw = text.encode("utf-8") + b"\xff" + text.encode("utf-8")
    decoded, warning = decode_text_reporting(raw)
    assert decoded == text + "\ufffd" + text
    assert warning and "invalid UTF-8" in warning
    (tmp_path / "damaged.txt").write_bytes(raw)
    with caplog.at_level("WARNING"):
        read_with_metadata(str(tmp_path / "damaged.txt"))
    assert "damaged.txt" in caplog.text and "invalid UTF-8" in caplog.text
    assert decode_text_reporting("caf\u00e9 \u201cok\u201d".encode("cp1252"))[0] == "caf\u00e9 \u201cok\u201d"


def test_an_aes_encrypted_pdf_that_viewers_open_is_read(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    from .conftest import minimal_pdf

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(minimal_pdf(["The dam was inspected in June 2018."]))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    (tmp_path / "aes.pdf").write_bytes(buffer.getvalue())
    document, _ = read_with_metadata(str(tmp_path / "aes.pdf"))
    assert "June 2018" in document.text


def test_when_every_input_fails_no_empty_project_is_created(tmp_path: Path, cli) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    target = tmp_path / "new.tlproj"
    done = cli("extract", str(tmp_path / "empty.txt"), "--project", str(target), check=False)
    assert done.returncode == 1
    assert not target.exists()
    assert "was not created" in done.stderr


def test_file_names_that_are_not_utf8_survive_the_cli_and_a_project(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    name = os.path.join(folder, b"caf\xe9 \x1b[31mred.txt")  # Latin-1 bytes and an escape code
    with open(name, "wb") as handle:
        handle.write(FLOOD.encode("utf-8"))
    target = tmp_path / "names.tlproj"
    env = dict(os.environ, PYTHONIOENCODING="utf-8:strict")
    done = subprocess.run([sys.executable, "-m", "explorer", "extract", os.fsdecode(folder), "--project", str(target),
                           "--format", "jsonl", "--jobs", "1"], capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert b"\x1b" not in done.stdout + done.stderr  # never a raw escape code on the terminal
    docs = [json.loads(line)["doc"] for line in done.stdout.decode("utf-8").splitlines()]
    assert docs and all(os.fsencode(d) == name for d in docs)  # JSON escapes give back the exact bytes
    project = Project.open(target)
    assert [os.fsencode(d.document.path) for d in project.documents()] == [name]
    assert printable_path(os.fsdecode(name)).endswith("caf\\xe9 \\x1b[31mred.txt")


SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


@settings(max_examples=examples(120), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES), prefix=st.sampled_from(
    [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><meta charset='idna'>",
     b"<meta charset=utf-32>", b"\x00\x00"]))
def test_fuzz_readers_either_read_or_say_why(tmp_path: Path, data: bytes, suffix: str, prefix: bytes) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(prefix + data)
    try:
        document, metadata = read_with_metadata(str(path))
    except ReadError as err:
        assert err.reason and err.path == str(path)
    else:
        assert document.text.strip() and "\r" not in document.text
        assert isinstance(metadata, dict)


def test_a_wrong_declared_charset_falls_back_to_guessing(tmp_path: Path) -> None:
    page = IDNA_HTML.replace(b'charset="idna"', b'charset="utf-32"')
    (tmp_path / "wrong.html").write_bytes(page)
    document, _ = read_with_metadata(str(tmp_path / "wrong.html"))
    assert "12 May 2018" in document.text


def _on_a_terminal(args: list[str]) -> bytes:
    """What the command line writes to a real terminal (a pseudo-terminal) as its standard output."""
    import pty

    master, slave = pty.openpty()
    try:
        child = subprocess.Popen([sys.executable, "-m", "explorer", *args], stdout=slave, stderr=subprocess.DEVNULL)
    finally:
        os.close(slave)
    seen = b""
    try:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(master)
        child.wait(timeout=120)
    return seen


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_file_name_with_escape_codes_reaches_a_terminal_escaped_and_a_pipe_exact(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = "a\x1b[2Jcleared\x9b1mbold\rover.txt"  # clear screen, CSI, carriage return
    (folder / name).write_text("The council met on 12 March 2019 in the capital.\n", encoding="utf-8")
    args = ["extract", str(folder), "--format", fmt, "--jobs", "1"]
    shown = _on_a_terminal(args)
    assert b"12 March 2019" in shown
    assert b"\x1b" not in shown and "\x9b".encode() not in shown and b"\rover" not in shown
    assert b"cleared" in shown and b"over.txt" in shown
    piped = subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, timeout=120).stdout
    if fmt == "csv":
        assert name.encode() in piped  # a file keeps the exact name
    else:
        assert json.loads(piped.splitlines()[0])["doc"].endswith("/" + name)


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_byte_order_marks_inside_a_joined_file_are_removed_and_the_dates_read_whole(tmp_path: Path, suffix: str) -> None:
    part = "The ferry sailed on 3 May 2019.\n"
    joined = "\ufeff" + part + "\ufeff" + part.replace("201", "201\ufeff")
    if suffix == ".html":
        joined = f"<html><body><p>{joined}</p></body></html>"
    (tmp_path / f"joined{suffix}").write_text(joined, encoding="utf-8")
    doc, metadata = read_with_metadata(str(tmp_path / f"joined{suffix}"))
    assert "\ufeff" not in doc.text and doc.text.count("3 May 2019") == 2
    if suffix == ".txt":  # (the HTML parser already drops them)
        assert "byte order mark" in metadata["warning"]
