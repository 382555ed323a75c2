"""PDF articles: the text layer, via pypdf. A scanned PDF without one is reported, not guessed at."""

from __future__ import annotations

import io
import logging
import re


from explorer.documents.reader import ReadError, normalise_text

# pypdf warns at each damage it works around ("EOF marker not found"): a file it still reads needs no
# such line on the user's terminal, and one it cannot read is our ReadError, naming the file.
logging.getLogger("pypdf").setLevel(logging.ERROR)


#: A page number alone on the first or last line of a page ("12", "- 12 -", "Page 3 of 9").
_PAGE_NUMBER = re.compile(r"(?i)^\W*(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\W*$")
#: The typographic ligatures a PDF's fonts draw as one glyph ("ﬁ" in "ﬁnished"): a word holding one
#: was no word to the tagger, the title rules or the search box.
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
#: A line shorter than this share of the page's longest line ends its paragraph.
_SHORT_LINE = 0.7


def page_paragraphs(page: str) -> str:
    """A page's text layer as paragraphs: words spaced by single spaces, ligatures spelt out, a page
    number dropped, and a blank line after each line that stops well short of the page's width when
    the next line does not open in lower case (a sentence's wrapped rest does). Why: pypdf gives one
    line per printed line and tabs between words, with no blank line anywhere, so a headline ran into
    the first sentence ("Reservoir levels fall to lowest Water company Fenmoor Water said" was an
    event's title) and every paragraph into the next."""
    lines = [" ".join(line.split()) for line in page.translate(_LIGATURES).splitlines()]
    lines = [line for line in lines if line]
    while lines and _PAGE_NUMBER.match(lines[-1]):
        lines.pop()
    while lines and _PAGE_NUMBER.match(lines[0]):
        lines.pop(0)
    if not lines:
        return ""
    width = max(len(line) for line in lines)
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if i + 1 < len(lines):
            ends = len(line) < _SHORT_LINE * width and not lines[i + 1][0].islower()
            out.append("\n\n" if ends else "\n")
    return "".join(out)


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
    text = "\n\n".join(filter(None, (page_paragraphs(page) for page in pages)))
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
    return normalise_text(text), metadata
