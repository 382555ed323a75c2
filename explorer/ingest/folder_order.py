"""Documents that arrive out of their folder's order, placed as an import in that order places them.

The app's import takes each document as soon as it is read (a 5 MB text must not hold back the
nine articles after it, read in its first seconds), so documents reach the project in the order
they finish. What the user keeps must not depend on that order: the project, its lanes and its
saved file are those an import in the folder's order makes. Three things depended on the order of
arrival, and are decided here by the files' places instead:

* where a document new to the project goes: at its file's place (the project's documents new in
  this import are sorted once, when it ends: ``Project.arrange_documents`` with :meth:`FolderOrder.in_order`);
* which file a text read from several files is kept under: an in-order import keeps the last file
  (its name is in the event ids) and reports every other one as a copy of the first
  (:class:`~explorer.ingest.same_text.SameText`): :meth:`FolderOrder.arrive` says whether a copy
  read late is one the project takes, :meth:`FolderOrder.copies` lists them at the end;
* the order of the lists the user is shown (added, updated, problems).

Nothing here imports Qt or the store.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Sequence

from explorer.documents import ReadError
from explorer.ingest.same_text import SameText


@dataclass(frozen=True, slots=True)
class Arrival:
    """What to do with one finished file: ``keep`` (add it to the project: no file after it in the
    folder with the same text came before it) and ``first`` (the first file of its text to arrive:
    count it as added or updated, once)."""

    keep: bool
    first: bool


class FolderOrder:
    """The places of one import's files, and the places read so far of each text (content hash)."""

    __slots__ = ("_files", "_place", "_read")

    def __init__(self, files: Sequence[str]) -> None:
        self._files = list(files)
        self._place = {path: i for i, path in enumerate(self._files)}
        self._read: dict[str, list[tuple[int, str]]] = {}  # content hash -> (place, path) of its files, sorted

    def place(self, path: str) -> int:
        """The file's place in the folder's order (after every file for a path not listed)."""
        return self._place.get(path, len(self._files))

    def arrive(self, path: str, doc_hash: str) -> Arrival:
        """``path`` (holding the text ``doc_hash``) is read. In the folder's order each copy of a
        text replaces the one before, so the project keeps the last: a copy placed before one
        already taken is not taken."""
        read = self._read.setdefault(doc_hash, [])
        place = self.place(path)
        if (place, path) in read:  # the same file given twice is no copy of itself
            return Arrival(keep=read[-1] == (place, path), first=False)
        arrival = Arrival(keep=not read or place > read[-1][0], first=not read)
        bisect.insort(read, (place, path))
        return arrival

    def in_order(self, hashes: Sequence[str]) -> list[str]:
        """``hashes`` (read in this import) by the place of the first file holding each."""
        end = len(self._files)
        return sorted(hashes, key=lambda h: self._read[h][0][0] if self._read.get(h) else end)

    def copies(self) -> list[SameText]:
        """Each file holding the text of a file placed before it, as an in-order import lists them."""
        found = sorted((later, read[0][1]) for read in self._read.values() for later in read[1:])
        return [SameText(later_path, first) for (_, later_path), first in found]

    def problem_key(self, problem: ReadError) -> int:
        """Sort key of a problem: those met while listing (no file's place) first, then the files'."""
        place = self._place.get(problem.path)
        return 0 if place is None else place + 1
