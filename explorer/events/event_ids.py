"""Event ids: a readable, stable key per document and an id per expression.

Kept apart from the builder because the store, the GUI and the benchmarks name documents and events
by these keys without building any event (importing the builder would load the titles and rules).
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from explorer.documents.document import Document
from explorer.temporal.timex import Timex


def document_key(doc: Document) -> str:
    """A readable, stable prefix for event ids: the file name and a short hash of the text.

    The hash keeps two articles with the same file name in different folders apart, and, unlike the
    path, does not change when the same file is opened from elsewhere.
    """
    return _document_key(doc.name, doc.text)


def _document_key(name: str, text: str) -> str:
    stem = name.rsplit(".", 1)[0]
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-") or "doc"
    return f"{slug}-{text_digest(text)}"


@lru_cache(maxsize=64)
def text_digest(text: str) -> str:
    """Cached: every event id of a document needs it, and hashing a long text for each was quadratic."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:4]


def event_id(doc: Document, timex: Timex) -> str:
    """Ids depend on the document and the expression's offset, not on row numbers, so they stay
    put when other documents are added or the extractor changes elsewhere in the text."""
    return f"{document_key(doc)}#{timex.start}"
