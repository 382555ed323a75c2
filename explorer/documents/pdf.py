"""PDF articles: the text layer, via pypdf. A scanned PDF without one is reported, not guessed at."""

from __future__ import annotations

import io
import logging
import re


from explorer.documents.reader import ReadError, normalise_text

# pypdf warns at each damage it works around ("EOF marker not found"): a file it still reads needs no
# such line on the user's terminal, and one it cannot read is our ReadError, naming the file.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(path: str, data: bytes) -> tuple[str, dict[str, str]]:
    try:
        from pypdf import PdfReader
    except ImportError as err:
        raise ReadError(path, f"PDF import needs pypdf ({err})") from err
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(path, "the PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except ReadError:
        raise
    except Exception as err:  # noqa: BLE001 - pypdf raises many kinds; any of them means "skip this file"
        raise ReadError(path, f"not a readable PDF ({err})") from err
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text.strip():
        raise ReadError(path, "the PDF has no text layer (a scan?); run OCR on it first")
    metadata: dict[str, str] = {}
    if info is not None:
        if info.title:
            metadata["title"] = str(info.title)
        if info.author:
            metadata["author"] = str(info.author)
        try:
            created = info.creation_date
        except Exception:  # noqa: BLE001 - a malformed date field is not worth losing the text
            created = None
        if created is not None:
            metadata["created"] = created.date().isoformat()
    return normalise_text(re.sub(r"[ \t]+\n", "\n", text)), metadata
