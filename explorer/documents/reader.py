"""Turning paths into documents: folders are walked recursively, unreadable files are reported.

The text is decoded once and its line ends normalised to ``\\n``; that string is the one every offset
refers to.

Whatever goes wrong with one file is that file's :class:`ReadError`, never the run's: only regular
files are read (a FIFO would block forever, a link to ``/dev/zero`` would never end), no file above
:func:`max_file_bytes` is read at all, and any exception a format library raises on hostile bytes
becomes a reason in words. Callers (the CLI stream, project imports, the app) get this for free.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import stat
from typing import Iterable

from explorer.documents.document import Document
from explorer.documents.headline import guess_title

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")

log = logging.getLogger(__name__)

#: Files larger than this many megabytes are skipped (named, with the reason); override with the
#: environment variable below. 50 MB of text is several thousand articles' worth.
DEFAULT_MAX_FILE_MB = 50.0
MAX_FILE_MB_ENV = "EXPLORER_MAX_FILE_MB"


def max_file_bytes() -> int:
    """The size cap in bytes, read at each call so a test or a user can change it without a restart."""
    raw = os.environ.get(MAX_FILE_MB_ENV, "")
    try:
        megabytes = float(raw) if raw.strip() else DEFAULT_MAX_FILE_MB
    except ValueError:
        megabytes = DEFAULT_MAX_FILE_MB
    if not megabytes > 0 or megabytes != megabytes:  # 0, negatives and nan mean "the default"
        megabytes = DEFAULT_MAX_FILE_MB
    return int(min(megabytes, 1e9) * 1024 * 1024)


def _describe_mode(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe, FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _too_large(size: int, limit: int) -> str:
    """Why a file over the cap is skipped; sizes that round alike are given in bytes ("50.0 MB; the
    limit is 50.0 MB" read as no reason at all)."""
    shown, cap = _megabytes(size), _megabytes(limit)
    if shown == cap:
        shown, cap = f"{size:,} bytes", f"{limit:,} bytes"
    return f"too large ({shown}; the limit is {cap}, set {MAX_FILE_MB_ENV} to raise it)"


def read_file_bytes(path: str, limit: int | None = None) -> bytes:
    """The bytes of a regular file no larger than ``limit`` (default :func:`max_file_bytes`).

    Opened non-blocking and checked with ``fstat`` on the open descriptor, so a FIFO or a device
    swapped in after a directory listing is refused rather than read."""
    limit = max_file_bytes() if limit is None else limit
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as err:
        why = "a link to a file that does not exist" if os.path.islink(path) else "no longer there (moved or deleted?)"
        raise ReadError(path, why) from err
    except OSError as err:
        raise ReadError(path, err.strerror or str(err)) from err
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(path, f"not a regular file ({_describe_mode(info.st_mode)})")
        if info.st_size > limit:
            raise ReadError(path, _too_large(info.st_size, limit))
        chunks: list[bytes] = []
        size = 0
        while True:  # the file may grow while we read: never past the cap
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise ReadError(path, f"too large (over {_megabytes(limit)}, set {MAX_FILE_MB_ENV} to raise it)")
        return b"".join(chunks)
    except OSError as err:
        raise ReadError(path, err.strerror or str(err)) from err
    finally:
        os.close(fd)


class PathError(Exception):
    """A failure about one file, told as its printable path and a reason in words.

    Reading a document and saving a project both report this way, so the messages a user sees
    name the file the same way whichever of them failed.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{printable_path(path)}: {reason}")
        self.path = path
        self.reason = reason


class ReadError(PathError):
    """A file that cannot become a document; the message says why, in words for the user."""

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
            found.extend(_walk_folder(path, problems))
        elif os.path.isfile(path):
            if os.path.splitext(path)[1].lower() in SUPPORTED_SUFFIXES:
                found.append(path)
            else:
                problems.append(ReadError(path, f"not a supported kind of file ({', '.join(SUPPORTED_SUFFIXES)})"))
        elif os.path.exists(path):
            problems.append(ReadError(path, f"not a regular file ({_describe_mode(os.stat(path).st_mode)})"))
        else:
            problems.append(ReadError(path, "no such file or folder"))
    return found, problems


def _walk_folder(folder: str, problems: list[ReadError]) -> list[str]:
    """The supported files under ``folder``, sorted. Links to folders are followed (a user keeps
    articles in a folder linked from elsewhere) but each real folder is walked once, so a link back
    up the tree ends there instead of looping; a folder that cannot be listed is a problem naming it
    (``os.walk`` skipped such folders without a word)."""
    found: list[str] = []
    seen: set[tuple[int, int]] = set()

    def unlisted(err: OSError) -> None:
        problems.append(ReadError(err.filename or folder, f"folder cannot be read ({err.strerror or err})"))

    for root, dirs, files in os.walk(folder, onerror=unlisted, followlinks=True):
        try:
            info = os.stat(root)
        except OSError:
            dirs[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen:  # reached again through a link: already walked
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.lower() == "readme.md":
                continue
            if os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES:
                found.append(os.path.join(root, name))
    return found


def sniff_utf16(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for BOM-less UTF-16 of mostly Latin text (a NUL in every other
    byte, on one side), else None. Text in other scripts without a BOM is not guessed at."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls >= 0.6 * half and even_nuls <= 0.05 * half:
        return "utf-16-le"
    if even_nuls >= 0.6 * half and odd_nuls <= 0.05 * half:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """Whether bytes that fail strict UTF-8 are UTF-8 with a few damaged bytes (valid multi-byte
    sequences outnumber the invalid bytes) rather than a legacy 8-bit encoding."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    good = sum(1 for ch in text if "\u0080" <= ch != "\ufffd")
    return good > bad


#: The byte-order marks of UTF-32 (little- and big-endian): text, although every character has NULs.
UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


def decode_text_reporting(data: bytes) -> tuple[str, str | None]:
    """Decode bytes the way a reader expects, and a warning when the decoding had to guess or repair.

    BOMs honoured, UTF-16 without a BOM recognised, UTF-8 first; UTF-8 with damaged bytes keeps its
    good characters (the bad ones become U+FFFD and the warning counts them); other bytes are read
    as Windows-1252."""
    warning: str | None = None
    if data.startswith(UTF32_BOMS):  # before UTF-16: FF FE 00 00 also starts like UTF-16-LE
        text = data.decode("utf-32", errors="replace")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif (utf16 := sniff_utf16(data)) is not None:
        text = data.decode(utf16, errors="replace")
        warning = f"read as {utf16.upper()} (no byte-order mark)"
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            if _mostly_utf8(data):
                text = data.decode("utf-8", errors="replace")
                bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
                warning = f"{bad} byte(s) of invalid UTF-8 replaced with \ufffd"
            else:
                text = data.decode("cp1252", errors="replace")
                warning = "not UTF-8: read as Windows-1252"
    return normalise_text(text), warning


def decode_text(data: bytes) -> str:
    """Decode bytes the way a reader expects (see :func:`decode_text_reporting`)."""
    return decode_text_reporting(data)[0]


def decode_declared(data: bytes, encoding: str) -> str | None:
    """``data`` in the encoding a file declares, or None when that name is no text codec we can use
    (unknown, ``idna``, ``base64``…) or it fails: the caller falls back to guessing."""
    try:
        info = codecs.lookup(encoding)
        if not getattr(info, "_is_text_encoding", True) or info.name in ("idna", "punycode"):
            return None
        text = data.decode(info.name, errors="replace")
    except Exception:  # noqa: BLE001 - a hostile declaration is a reason to guess, never to fail
        return None
    if text.count("\ufffd") > len(text) // 100:  # the declaration is wrong (UTF-32 over ASCII bytes…)
        return None
    return text


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ch < " " and ch not in "\n\t\f") or "\x7f" <= ch < "\xa0")
    return bad / len(sample)


def normalise_text(text: str) -> str:
    """Line ends to ``\\n``: every importer's text goes through here, so offsets never drift."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_with_metadata(path: str) -> tuple[Document, dict[str, str]]:
    """A document of any supported kind, and what its format says about it (title, date, author).

    Importers are chosen by suffix; .html/.htm, .pdf and .docx need their libraries only when such a
    file is read."""
    try:
        return _read(path)
    except (ReadError, KeyboardInterrupt, SystemExit):
        raise
    except MemoryError as err:
        raise ReadError(path, "not enough memory to read this file") from err
    except RecursionError as err:
        raise ReadError(path, "too deeply nested to read") from err
    except Exception as err:  # noqa: BLE001 - one hostile file is that file's failure, never the run's
        log.debug("reading %r failed", path, exc_info=True)
        raise ReadError(path, f"could not be read ({type(err).__name__}: {err})") from err


_KIND_NAMES = {".pdf": "PDF", ".docx": "Word document", ".html": "web page"}

#: At most this share of a text file's bytes (after trailing padding) may be NULs for it to be read
#: as text with them removed. Binary files that pass (random bytes hold 0.4% NULs) fail the check
#: for control characters after decoding.
STRAY_NUL_SHARE = 0.02


def _without_stray_nuls(path: str, data: bytes) -> tuple[bytes, int]:
    """A text file holding a few NUL bytes (a tail of zeros left by a crash or a copy tool, a bad
    export) with its NULs removed (a run inside the text becomes one space), and how many; one where NULs are more than
    :data:`STRAY_NUL_SHARE` of the bytes before the tail is refused as binary. Any NUL in the first
    4 KB used to refuse the whole article."""
    body = data.rstrip(b"\x00")
    inside = body.count(0)
    if not body.strip() or inside > STRAY_NUL_SHARE * len(body):
        raise ReadError(path, "looks like a binary file, not text")
    return re.sub(rb"\x00+", b" ", body), len(data) - len(body) + inside  # a run inside was a gap


def _without_byte_order_marks(text: str) -> tuple[str, int]:
    """``text`` without U+FEFF, and how many there were. Files joined with ``cat`` keep each one's
    byte order mark, which decodes to an invisible character inside the text: "3 May 201\ufeff9" was
    read as the date "3 May" and a title ending "201\ufeff9". It is no letter of any script (its use
    as a no-break joiner is long deprecated), so removing it loses nothing."""
    marks = text.count("\ufeff")
    return (text.replace("\ufeff", ""), marks) if marks else (text, 0)


#: How a saved web page's bytes begin, after any byte order mark, blank space and comments.
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)


def _kind_by_content(path: str, data: bytes) -> str | None:
    """".pdf", ".docx" or ".html" for a file named as text whose bytes are one (a download saved under
    the wrong name was read as PDF syntax, refused as binary, or shown with every tag of the page's
    source); a zip that is not a Word document is refused naming what it is. None for anything else."""
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if _HTML_START.match(data[:1024]):
        return ".html"  # a page saved with "Save as… text" naming, or its source copied into a .txt
    if data.startswith(b"PK\x03\x04"):
        import io
        import zipfile

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                names = set(package.namelist())
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
            names = set()
        if "word/document.xml" in names:
            return ".docx"
        raise ReadError(path, "a zip archive, not text (unpack it first)")
    return None


def _read(path: str) -> tuple[Document, dict[str, str]]:
    data = read_file_bytes(path)
    if not data.strip():
        raise ReadError(path, "the file is empty")
    suffix = os.path.splitext(path)[1].lower()
    metadata: dict[str, str] = {}
    if suffix not in (".html", ".htm", ".pdf", ".docx"):
        suffix = _kind_by_content(path, data) or suffix
        if suffix in (".pdf", ".docx", ".html"):
            metadata["warning"] = f"a {_KIND_NAMES[suffix]} named as text: read as one"
            try:
                return _read_as(path, data, suffix, metadata)
            except ReadError as err:
                raise ReadError(path, f"a {_KIND_NAMES[suffix]} named as text, and {err.reason}") from err
    return _read_as(path, data, suffix, metadata)


def _read_as(path: str, data: bytes, suffix: str, metadata: dict[str, str]) -> tuple[Document, dict[str, str]]:
    if suffix in (".html", ".htm"):
        from explorer.documents.html import read_html

        text, found = read_html(path, data)
        metadata.update(found)
    elif suffix == ".pdf":
        from explorer.documents.pdf import read_pdf

        text, found = read_pdf(path, data)
        metadata.update(found)
    elif suffix == ".docx":
        from explorer.documents.docx import read_docx

        text, found = read_docx(path, data)
        metadata.update(found)
    else:
        utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff", *UTF32_BOMS)) or sniff_utf16(data) is not None
        stray = 0
        if not utf16 and b"\x00" in data:
            data, stray = _without_stray_nuls(path, data)
        text, warning = decode_text_reporting(data)
        if stray:
            warning = "; ".join(filter(None, (f"{stray} NUL byte(s) removed", warning)))
        if warning:
            metadata["warning"] = warning
        if _control_ratio(text) > 0.1:
            raise ReadError(path, "looks like a binary file, not text")
    text, marks = _without_byte_order_marks(text)
    if marks:
        metadata["warning"] = "; ".join(filter(None, (
            metadata.get("warning"), f"{marks} byte order mark(s) inside the text removed (files joined into one?)")))
    if not text.strip():
        raise ReadError(path, "no text in this file")
    if metadata.get("warning"):
        log.warning("%s: %s", printable_path(path), metadata["warning"])
    if len(text) > max_file_bytes():
        raise ReadError(path, f"too much text ({len(text):,} characters; the limit is {max_file_bytes():,}, "
                              f"set {MAX_FILE_MB_ENV} to raise it)")
    title = metadata.get("title") or guess_title(text, path)
    return Document(path=path, text=text, title=title), metadata


def printable_path(path: str) -> str:
    """``path`` safe for any terminal or log: undecodable bytes (kept in ``path`` as surrogates, so
    the file can still be opened) shown as ``\\xNN``, control characters as escapes, never raw."""
    text = os.fsencode(path).decode("utf-8", errors="backslashreplace") if has_surrogates(path) else path
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii") for ch in text)


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds bytes that were not UTF-8 (kept as lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def read_document(path: str) -> Document:
    return read_with_metadata(path)[0]
