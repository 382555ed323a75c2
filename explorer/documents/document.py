"""The document record: the text exactly as the app shows it, plus what we know of its date.

Every character offset in the program (event sentences, expressions, highlights) indexes into
``Document.text``; readers normalise line ends once, here, so the offsets never drift between the
extractor, the exports and the source pane.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
import datetime
from typing import Literal

#: ``header``: a date line at the top; ``dateline``: "CITY, DATE —" opening the body; ``metadata``: the
#: file format's own date (HTML meta, PDF/DOCX properties); ``filename``: a full date in the file's
#: name ("APW19980219.0476.txt"); ``unknown``: the text gives too little, so
#: relative dates wait for one (``none`` is what older projects stored).
DateSource = Literal["header", "dateline", "sidecar", "metadata", "filename", "given", "inferred", "unknown", "none"]


@dataclass(frozen=True, slots=True)
class Document:
    path: str
    text: str
    title: str
    # (``datetime.date``: the field's name would hide a bare ``date`` in the class's annotations)
    date: datetime.date | None = None
    date_source: DateSource = "unknown"

    def with_date(self, when: datetime.date | None, source: DateSource) -> "Document":
        return replace(self, date=when, date_source=source)

    @property
    def name(self) -> str:
        """A short label for lanes and tables: the file name without folders."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]
