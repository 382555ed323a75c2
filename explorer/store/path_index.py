"""Which of a project's documents were read from a given path, kept beside the documents.

Adding a document asks which documents it replaces (an older text of the same file). Asking the
documents one by one made every add cost the whole project, so an import of N files cost N²/2
path comparisons: 16,000 documents took 3.5 CPU s of comparisons alone, quadrupling each time the
project doubled. The index answers in constant time. It maps a path to the hashes read from it in
the order they were added, so the answers (and the order edits are carried in) are those the scan
gave, even for a project file that holds two texts under one path.
"""

from __future__ import annotations

from typing import Iterable


class PathIndex:
    """Path → content hashes of the documents read from it, in the order they were added."""

    def __init__(self) -> None:
        self._hashes: dict[str, dict[str, None]] = {}

    def add(self, path: str, doc_hash: str) -> None:
        self._hashes.setdefault(path, {})[doc_hash] = None

    def discard(self, path: str, doc_hash: str) -> None:
        hashes = self._hashes.get(path)
        if hashes is None:
            return
        hashes.pop(doc_hash, None)
        if not hashes:
            del self._hashes[path]

    def hashes(self, path: str) -> tuple[str, ...]:
        """The documents read from ``path``, oldest first (empty when none is)."""
        return tuple(self._hashes.get(path, ()))

    def rebuild(self, documents: Iterable[tuple[str, str]]) -> None:
        """Index ``(path, hash)`` pairs from scratch."""
        self._hashes.clear()
        for path, doc_hash in documents:
            self.add(path, doc_hash)
