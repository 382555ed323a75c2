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
    #: The rows in (document, start) order, ties in row order, as saved (None: sorted when first needed)
    order: np.ndarray | None = None
    _by_doc: tuple | None = field(default=None, repr=False)
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

    def _spans_by_doc(self) -> tuple:
        """Every (document, start) once, sorted, as the index built mention by mention keeps it:
        the span's end from the first mention at that start, its owner from the last (entity order)."""
        if self._by_doc is None:
            order = self.order if self.order is not None and len(self.order) == len(self.doc) else by_doc_order(self.doc, self.start)
            key = (self.doc[order].astype(np.int64) << 32) | self.start[order].astype(np.int64)
            new = np.ones(len(key), bool)
            new[1:] = key[1:] != key[:-1]
            firsts = order[new]
            last = np.ones(len(key), bool)
            last[:-1] = new[1:]
            lasts = order[last]
            doc = self.doc[firsts]
            lows = np.searchsorted(doc, np.arange(len(self.docs) + 1))
            self._by_doc = (lows, self.start[firsts], self.end[firsts], self.entity[lasts])
        return self._by_doc

    def doc_spans(self, doc: str) -> list[tuple[int, int, str]]:
        """(start, end, owner entity id) of every mention span in ``doc``, in text order."""
        if self._doc_code is None:
            self._doc_code = {d: i for i, d in enumerate(self.docs)}
        code = self._doc_code.get(doc)
        if code is None:
            return []
        lows, starts, ends, owners = self._spans_by_doc()
        lo, hi = int(lows[code]), int(lows[code + 1])
        ids = self.entity_ids
        return [(s, e, ids[o]) for s, e, o in zip(starts[lo:hi].tolist(), ends[lo:hi].tolist(), owners[lo:hi].tolist())]


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
