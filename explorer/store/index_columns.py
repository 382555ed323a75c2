"""The actor index as columns for the project file (schema 5): one BLOB per column of every mention
(its entity, document, offsets, spelling, pronoun flag) and the entities, document paths and
spellings once each as JSON, so that opening restores the index in bulk (see
:mod:`explorer.entities.mention_table`) instead of decoding 280 MB of JSON into a ``MentionRef`` per
mention (8 s of CPU at 1M events, issue 16).

Blobs (``pack_index`` gives ``{name: bytes}``; ``unpack_index`` takes them back):

* ``entities``: JSON ``[[id, name, kind, {spelling: count}], ...]`` in the index's order;
* ``docs``, ``texts``: JSON lists of each document path / spelling once (paths may carry lone
  surrogates: UTF-8 with ``surrogatepass``);
* ``entity`` int32 (position in ``entities``), ``doc`` int32, ``text`` int32 (codes into the lists
  above), ``start``/``end`` int64, ``derived`` bool: one row per mention, entity by entity;
* ``bounds`` int64: where each entity's rows begin (and the end), ``len(entities) + 1`` values;
* ``order`` int64: the rows in (document, start) order, so that opening need not sort them to
  find one document's mentions.

An entity whose mentions were never read since opening is written straight from the table it came
from (its slice of the arrays, codes kept), so saving an opened project makes no object per mention
either.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Iterable

import numpy as np

from explorer.entities.index import ActorIndex
from explorer.entities.mention_table import MentionTable, TableSlice, by_doc_order

_ENC = ("utf-8", "surrogatepass")


def _dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode(*_ENC)


def _codes(values: list[str]) -> dict[str, int]:
    return {v: i for i, v in enumerate(values)}


def pack_index(index: ActorIndex) -> dict[str, bytes]:
    """The index's columns as named BLOBs."""
    table = index.table
    docs: list[str] = list(table.docs) if table is not None else []
    texts: list[str] = list(table.texts) if table is not None else []
    doc_code, text_code = _codes(docs), _codes(texts)
    parts: dict[str, list[np.ndarray]] = {k: [] for k in ("entity", "doc", "start", "end", "text", "derived")}
    counts: list[int] = []
    entities = list(index.entities.values())
    for n, entity in enumerate(entities):
        source = entity.source
        if isinstance(source, TableSlice) and source.table is table:
            lo, hi = source.lo, source.hi
            for name in ("doc", "start", "end", "text", "derived"):
                parts[name].append(getattr(table, name)[lo:hi])
            count = hi - lo
        else:
            refs = entity.mentions
            parts["doc"].append(np.fromiter((doc_code.setdefault(r.doc, len(doc_code)) for r in refs), np.int32, len(refs)))
            parts["text"].append(np.fromiter((text_code.setdefault(r.text, len(text_code)) for r in refs), np.int32, len(refs)))
            parts["start"].append(np.fromiter((r.start for r in refs), np.int64, len(refs)))
            parts["end"].append(np.fromiter((r.end for r in refs), np.int64, len(refs)))
            parts["derived"].append(np.fromiter((r.derived for r in refs), bool, len(refs)))
            count = len(refs)
        parts["entity"].append(np.full(count, n, np.int32))
        counts.append(count)
    docs, texts = list(doc_code), list(text_code)  # new paths and spellings appended in code order
    dtypes = {"entity": np.int32, "doc": np.int32, "start": np.int64, "end": np.int64, "text": np.int32, "derived": bool}
    out = {name: (np.concatenate(arrays) if arrays else np.zeros(0, dtypes[name])).astype(dtypes[name]).tobytes()
           for name, arrays in parts.items()}
    out["bounds"] = np.concatenate(([0], np.cumsum(counts, dtype=np.int64))).astype(np.int64).tobytes()
    out["order"] = _order(out)
    out["entities"] = _dump([[e.id, e.name, e.kind, dict(e.variants)] for e in entities])
    out["docs"], out["texts"] = _dump(docs), _dump(texts)
    return out


def unpack_index(blobs: dict[str, bytes]) -> ActorIndex:
    """The index as saved, its mentions left in the arrays."""
    entities = json.loads(blobs["entities"].decode(*_ENC))
    table = MentionTable(
        [e[0] for e in entities], json.loads(blobs["docs"].decode(*_ENC)), json.loads(blobs["texts"].decode(*_ENC)),
        np.frombuffer(blobs["entity"], np.int32), np.frombuffer(blobs["doc"], np.int32),
        np.frombuffer(blobs["start"], np.int64), np.frombuffer(blobs["end"], np.int64),
        np.frombuffer(blobs["text"], np.int32), np.frombuffer(blobs["derived"], bool),
        np.frombuffer(blobs["bounds"], np.int64),
        np.frombuffer(blobs["order"], np.int64) if "order" in blobs else None,
    )
    return ActorIndex.from_columns(((i, name, kind, Counter(variants)) for i, name, kind, variants in entities), table)


def pack_json_index(raw: Iterable[dict[str, Any]]) -> dict[str, bytes]:
    """An older file's JSON index (``annotation_json.index_to_json``) as columns, without making a
    ``MentionRef`` per mention: the migration to schema 5."""
    entities, docs, texts = [], {}, {}
    entity, doc, start, end, text, derived, counts = [], [], [], [], [], [], []
    for n, e in enumerate(raw):
        entities.append([e["id"], e["name"], e["kind"], dict(e.get("variants") or {})])
        mentions = e.get("mentions") or ()
        for m in mentions:
            doc.append(docs.setdefault(m[0], len(docs)))
            start.append(int(m[1]))
            end.append(int(m[2]))
            text.append(texts.setdefault(m[3], len(texts)))
            derived.append(bool(m[4]))
        entity.extend([n] * len(mentions))
        counts.append(len(mentions))
    out = {
        "entities": _dump(entities), "docs": _dump(list(docs)), "texts": _dump(list(texts)),
        "entity": np.asarray(entity, np.int32).tobytes(), "doc": np.asarray(doc, np.int32).tobytes(),
        "start": np.asarray(start, np.int64).tobytes(), "end": np.asarray(end, np.int64).tobytes(),
        "text": np.asarray(text, np.int32).tobytes(), "derived": np.asarray(derived, bool).tobytes(),
        "bounds": np.concatenate(([0], np.cumsum(counts, dtype=np.int64))).astype(np.int64).tobytes(),
    }
    out["order"] = _order(out)
    return out


def _order(blobs: dict[str, bytes]) -> bytes:
    """The saved (document, start) order of the rows (see ``MentionTable.order``)."""
    return by_doc_order(np.frombuffer(blobs["doc"], np.int32), np.frombuffer(blobs["start"], np.int64)).astype(np.int64).tobytes()

