"""Files of one import that hold the same text: a project keeps one document per text.

A document is known by its text (:func:`explorer.store.project_records.content_hash`): the same article
saved twice under two names, or a folder of stub files all reading "x", becomes one document. That is
right, but it used to happen silently: a folder of 500 files showed 334 documents and nothing said
why, and ``extract --project`` counted the copies as documents "updated" in a project it had just
created. Each route (the command line, the app's import) asks :class:`FirstPaths` about every file it
adds and tells the user about the copies, naming both files.

Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.documents.reader import printable_path


@dataclass(frozen=True, slots=True)
class SameText:
    """``path`` holds exactly the text of ``first``, read earlier in the same import."""

    path: str
    first: str

    def __str__(self) -> str:
        return f"{printable_path(self.path)}: same text as {printable_path(self.first)}; kept as one document"


class FirstPaths:
    """The first file of this import that held each text (by content hash)."""

    __slots__ = ("_first",)

    def __init__(self) -> None:
        self._first: dict[str, str] = {}

    def check(self, doc_hash: str, path: str) -> SameText | None:
        """None for a text first met now (remembered with ``path``); else the copy it is."""
        first = self._first.setdefault(doc_hash, path)
        return None if first == path else SameText(path, first)
