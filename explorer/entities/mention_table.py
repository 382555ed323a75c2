"""A saved actor index's mentions as numpy columns, so that restoring it makes no object per mention.

At a million events a project has about 2.5M mentions: restoring each as a ``MentionRef`` (and a
key in two dicts) was 8 s of CPU and most of 2.6 GB when opening (issue 16). Here each mention is a
row of int arrays (its entity, document, offsets, spelling, whether it is a pronoun) in the saved
order: entity by entity, each entity's mentions in its order, so one entity's mentions are one
slice (``bounds``). Document paths and spellings are kept once each, as lists indexed by code.

:class:`explorer.entities.index.ActorIndex` asks this table for one document's spans when that
document is first looked at, and an :class:`Entity` for its ``MentionRef`` list when that entity's
mentions are first read (a merge, a split, a report).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from explorer.entities.index import MentionRef


@dataclass(eq=False)
class MentionTable:
    entity_ids: list[str]  # the owner of each entity code
    docs: list[str]  # each document path once, by code
    texts: list[str]  # each spelling once, by code
    entity: np.ndarray  # int32 per mention: the entity's code (its position in ``entity_ids``)
    doc: np.ndarray  # int32 per mention
    start: np.ndarray  # int64 per mention
    end: np.ndarray  # int64 per mention
    text: np.ndarray  # int32 per mention
    derived: np.ndarray  # bool per mention
    bounds: np.ndarray  # int64, len(entity_ids) + 1: entity i's mentions are rows bounds[i]:bounds[i + 1]
    #: The rows in (document, start) order, ties in row order, as saved (None: not saved). Reading
    #: one document's spans no longer needs it (:meth:`doc_spans` sorts that document's rows alone).
    order: np.ndarray | None = None
    _doc_code: dict[str, int] | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.entity)

    def refs(self, lo: int, hi: int) -> list[MentionRef]:
        """The ``MentionRef`` of rows ``lo:hi`` (one entity's mentions)."""
        from explorer.entities.index import MentionRef

        docs, texts = self.docs, self.texts
        return [MentionRef(docs[d], s, e, texts[t], x) for d, s, e, t, x in zip(
            self.doc[lo:hi].tolist(), self.start[lo:hi].tolist(), self.end[lo:hi].tolist(),
            self.text[lo:hi].tolist(), self.derived[lo:hi].tolist())]

    def names_in(self, docs: set[str]) -> list[tuple[str, int, int]]:
        """(document, start, end) of every mention of ``docs`` that is a name, not a pronoun standing
        for one (``derived``), in row order: one pass over the document codes for any number of
        documents (the readings of the documents an edit relabels, ``ActorIndex.read_documents``)."""
        codes = self._codes()
        wanted = [codes[d] for d in docs if d in codes]
        if not wanted:
            return []
        rows = np.flatnonzero(np.isin(self.doc, wanted) & ~self.derived)
        paths = self.docs
        return [(paths[d], s, e) for d, s, e in zip(self.doc[rows].tolist(), self.start[rows].tolist(), self.end[rows].tolist())]

    def _codes(self) -> dict[str, int]:
        if self._doc_code is None:
            self._doc_code = {d: i for i, d in enumerate(self.docs)}
        return self._doc_code

    def doc_spans(self, doc: str) -> list[tuple[int, int, str]]:
        """(start, end, owner entity id) of every mention span in ``doc``, in text order, as the index
        built mention by mention keeps it: the span's end from the first mention at that start, its
        owner from the last (entity order). Only ``doc``'s rows are sorted (one compare over the
        document codes): the first document shown after opening 1M events sorted and gathered every
        mention of the corpus (about 0.28 s of CPU) to answer for one document."""
        code = self._codes().get(doc)
        if code is None:
            return []
        rows = np.flatnonzero(self.doc == code)
        if not len(rows):
            return []
        rows = rows[np.argsort(self.start[rows], kind="stable")]  # ties stay in row (entity) order
        starts = self.start[rows]
        new = np.ones(len(rows), bool)
        new[1:] = starts[1:] != starts[:-1]
        last = np.ones(len(rows), bool)
        last[:-1] = new[1:]
        firsts, lasts = rows[new], rows[last]
        ids = self.entity_ids
        return [(s, e, ids[o]) for s, e, o in zip(self.start[firsts].tolist(), self.end[firsts].tolist(),
                                                  self.entity[lasts].tolist())]


def by_doc_order(doc: np.ndarray, start: np.ndarray) -> np.ndarray:
    """The rows sorted by (document, start), ties in row order (entity order): saved beside the
    table, so that the first look at a document after opening does not sort 2.5M rows (0.35 s at 1M)."""
    key = (doc.astype(np.int64) << 32) | start.astype(np.int64)
    return np.argsort(key, kind="stable").astype(np.int32 if len(key) < 2**31 else np.int64)


@dataclass(frozen=True)
class TableSlice:
    """One entity's mentions in a :class:`MentionTable`, made into ``MentionRef`` when called."""

    table: MentionTable
    lo: int
    hi: int

    def __call__(self) -> list[MentionRef]:
        return self.table.refs(self.lo, self.hi)

    def __len__(self) -> int:
        return self.hi - self.lo
