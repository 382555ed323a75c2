"""Turning paths into documents: folders are walked recursively, unreadable files are reported.

The text is decoded once and its line ends normalised to ``\\n``; that string is the one every offset
refers to.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from explorer.documents.document import Document
from explorer.documents.headline import guess_title

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


class ReadError(Exception):
    """A file that cannot become a document; the message says why, in words for the user."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type["ReadError"], tuple[str, str]]:
        # Workers return these to the parent process: pickle with both arguments, not the message.
        return (ReadError, (self.path, self.reason))


def find_documents(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[ReadError]]:
    """Expand files and folders (recursively, sorted) into document paths.

    Paths keep the spelling the user gave (``data/x.txt`` stays relative) so the ``doc`` field of the
    output matches what they typed.
    """
    found: list[str] = []
    problems: list[ReadError] = []
    for raw in paths:
        path = os.fspath(raw)
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name.lower() == "readme.md":
                        continue
                    if os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES:
                        found.append(os.path.join(root, name))
        elif os.path.isfile(path):
            if os.path.splitext(path)[1].lower() in SUPPORTED_SUFFIXES:
                found.append(path)
            else:
                problems.append(ReadError(path, f"not a supported kind of file ({', '.join(SUPPORTED_SUFFIXES)})"))
        else:
            problems.append(ReadError(path, "no such file or folder"))
    return found, problems


def decode_text(data: bytes) -> str:
    """Decode bytes the way a reader expects: BOMs honoured, UTF-8 first, Windows-1252 as fallback."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    return normalise_text(text)


def normalise_text(text: str) -> str:
    """Line ends to ``\\n``: every importer's text goes through here, so offsets never drift."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_with_metadata(path: str) -> tuple[Document, dict[str, str]]:
    """A document of any supported kind, and what its format says about it (title, date, author).

    Importers are chosen by suffix; .html/.htm, .pdf and .docx need their libraries only when such a
    file is read."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise ReadError(path, err.strerror or str(err)) from err
    suffix = os.path.splitext(path)[1].lower()
    metadata: dict[str, str] = {}
    if suffix in (".html", ".htm"):
        from explorer.documents.html import read_html

        text, metadata = read_html(path, data)
    elif suffix == ".pdf":
        from explorer.documents.pdf import read_pdf

        text, metadata = read_pdf(path, data)
    elif suffix == ".docx":
        from explorer.documents.docx import read_docx

        text, metadata = read_docx(path, data)
    else:
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ReadError(path, "looks like a binary file, not text")
        text = decode_text(data)
    title = metadata.get("title") or guess_title(text, path)
    return Document(path=path, text=text, title=title), metadata


def read_document(path: str) -> Document:
    return read_with_metadata(path)[0]
