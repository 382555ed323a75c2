"""Replication for ``explorer bench project`` without a record per event of the whole project.

The old builder added every copy to the :class:`~explorer.store.project.Project` and saved it: every
``Event`` (and every ``MentionRef`` of the carried actor index) of all N events in memory at once,
2.7 GB per million events, so 10M did not fit in this machine's 23 GB (issue 16). Here the base
project (the articles the engine tagged) is saved by the real ``save``; then each copy's records are
made (one copy of the base at a time), packed into the same column BLOBs ``save`` writes, and
dropped; the file's documents and events rows are written per copy; the actor index and groups are
replicated as arrays and JSON text. What stays in memory grows only by the final BLOBs themselves.

Merging the chunks' BLOBs gives exactly what packing all the records at once gives: numbers, text
and name lists are concatenated; a category's distinct values are kept in order of first
appearance, as :func:`explorer.store.columns.pack` keeps them, and each chunk's codes renumbered.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable, Iterator, Sequence
import numpy as np

from explorer.ingest import ExtractedDocument
from explorer.store.parts import read_parts, write_parts

_ENC = ("utf-8", "surrogatepass")


def _split(blob: bytes, lengths: bytes) -> list[str]:
    """The values of a text BLOB (UTF-8 end to end) cut by their lengths in characters."""
    text = blob.decode(*_ENC)
    ends = np.cumsum(np.frombuffer(lengths, np.int64)).tolist()
    out, start = [], 0
    for end in ends:
        out.append(text[start:end])
        start = end
    return out


class ColumnChunks:
    """Named BLOBs packed chunk by chunk, merged into the BLOBs of packing everything at once."""

    def __init__(self) -> None:
        self.parts: dict[str, list[bytes]] = {}
        self.categories: dict[str, dict[str | None, int]] = {}
        self.codes: dict[str, list[np.ndarray]] = {}

    def add(self, blobs: dict[str, bytes]) -> None:
        categories = {name[: -len(".code")] for name in blobs if name.endswith(".code")}
        for name in categories:
            none = np.frombuffer(blobs[f"{name}.none"], bool).tolist()
            values = [None if n else v for v, n in zip(_split(blobs[name], blobs[f"{name}.len"]), none)]
            known = self.categories.setdefault(name, {})
            remap = np.asarray([known.setdefault(v, len(known)) for v in values], np.int32)
            codes = np.frombuffer(blobs[f"{name}.code"], np.int32)
            self.codes.setdefault(name, []).append(remap[codes] if len(codes) else codes)
        owned = {n for c in categories for n in (c, f"{c}.len", f"{c}.none", f"{c}.code")}
        for name, blob in blobs.items():
            if name not in owned:
                self.parts.setdefault(name, []).append(blob)

    def joined(self) -> Iterator[tuple[str, bytes]]:
        """Each merged BLOB in name order, joined only when asked for and its chunks freed then, so
        that a writer taking them one by one holds one joined column at a time, not all of them
        (at 9M events the joined columns at once were most of the build's 13 GB peak)."""
        categories = {n: self.categories.pop(n) for n in list(self.categories)}
        made: dict[str, Callable[[], bytes]] = {}
        for name in list(self.parts):
            made[name] = lambda name=name: b"".join(self.parts.pop(name))
        for name, known in categories.items():
            distinct = list(known)
            made[name] = lambda distinct=distinct: "".join(v or "" for v in distinct).encode(*_ENC)
            made[f"{name}.len"] = lambda distinct=distinct: np.asarray([len(v or "") for v in distinct], np.int64).tobytes()
            made[f"{name}.none"] = lambda distinct=distinct: np.asarray([v is None for v in distinct], bool).tobytes()
            made[f"{name}.code"] = lambda name=name: np.concatenate(self.codes.pop(name)).astype(np.int32).tobytes()
        for name in sorted(made):
            yield name, made.pop(name)()


def replicate_index(blobs: dict[str, bytes], copies: dict[str, list[str]]) -> dict[str, bytes]:
    """The actor index's columns (``pack_index``) carried to every copy, as arrays: each entity keeps
    its mentions and then, mention by mention, the same span in each copy of its document
    (``copies[path]``, in copy order), as ``replicate_annotation`` does with a ``MentionRef`` each."""
    from explorer.store.index_columns import _order

    docs = json.loads(blobs["docs"].decode(*_ENC))
    per_doc = np.asarray([len(copies.get(d, ())) for d in docs], np.int64)
    first = len(docs) + np.concatenate(([0], np.cumsum(per_doc)))[:-1]  # code of each document's copy 0
    new_docs = docs + [p for d in docs for p in copies.get(d, ())]
    arrays = {name: np.frombuffer(blobs[name], dtype) for name, dtype in
              (("entity", np.int32), ("doc", np.int32), ("start", np.int64), ("end", np.int64),
               ("text", np.int32), ("derived", bool))}
    bounds = np.frombuffer(blobs["bounds"], np.int64)
    out_parts: dict[str, list[np.ndarray]] = {name: [] for name in arrays}
    counts = []
    for n in range(len(bounds) - 1):
        rows = np.arange(bounds[n], bounds[n + 1])
        times = per_doc[arrays["doc"][rows]]
        extra = np.repeat(rows, times)
        within = np.arange(len(extra)) - np.repeat(np.cumsum(times) - times, times)  # copy number
        for name, column in arrays.items():
            out_parts[name].append(column[rows])
            out_parts[name].append(first[column[extra]] + within if name == "doc" else column[extra])
        counts.append(len(rows) + len(extra))
    out = {name: np.concatenate(parts).astype(arrays[name].dtype).tobytes() if parts else blobs[name]
           for name, parts in out_parts.items()}
    out["bounds"] = np.concatenate(([0], np.cumsum(counts, dtype=np.int64))).astype(np.int64).tobytes()
    out["order"] = _order(out)
    out["entities"], out["texts"] = blobs["entities"], blobs["texts"]
    out["docs"] = json.dumps(new_docs, ensure_ascii=False, separators=(",", ":")).encode(*_ENC)
    return out


def stream_copies(project, base: Sequence[ExtractedDocument], events: int, output: str, seed: int,
                  say: Callable[[str], None] = lambda text: None) -> dict[str, float]:
    """Save ``project`` (the engine's base) to ``output``, then add copies of ``base`` until about
    ``events`` events, copy by copy; the same file the old builder's ``project.save`` wrote."""
    from explorer.commands.bench_project import copy_document
    from explorer.store.annotation_json import groups_to_json
    from explorer.store.columns import pack, pack_names, pack_timexes
    from explorer.store.index_columns import pack_index
    from explorer.store.project_records import ProjectDocument, content_hash
    from explorer.store.event_tables import LABEL, _write_document

    base_events = sum(len(x.events) for x in base)
    labelled = {row.event.id: row.event for row in project.rows(include_hidden=True)} if project.actor_index else {}
    labels = [[labelled.get(e.id, e) for e in x.events] for x in base]
    project.save(output)
    db = sqlite3.connect(output)
    try:
        stored = read_parts(db, "event_columns")
        events_chunks, timex_chunks = ColumnChunks(), ColumnChunks()
        events_chunks.add({k: v for k, v in stored.items() if not k.startswith("expr.")})
        timex_chunks.add({k: v for k, v in stored.items() if k.startswith("expr.")})
        del stored
        group_json = groups_to_json(project.groups) if project.actor_index is not None else []
        group_text = [json.dumps(group_json, ensure_ascii=False, separators=(",", ":"))[1:-1]]
        paths: dict[str, list[str]] = {x.document.path: [] for x in base}
        position, total = len(base), base_events
        copies = max(0, -(-events // base_events) - 1)
        rng = random.Random(seed)
        db.execute("BEGIN IMMEDIATE")
        for c in range(copies):
            weeks = rng.randint(-52 * 40, 52 * 10)
            done: list[ExtractedDocument] = []
            ids: dict[str, str] = {}
            for x in base:
                if total >= events:
                    break
                copied, renamed = copy_document(x, c, weeks)
                record = ProjectDocument(content_hash(copied.document.text), copied.document, {}, {}, None)
                _write_document(db, position, record, copied)
                position += 1
                paths[x.document.path].append(copied.document.path)
                ids.update(renamed)
                done.append(copied)
                total += len(copied.events)
            if not done:
                break
            if c % 200 == 199:
                say(f"copy {c + 1} of {copies}: {total} events")
            chunk = {**pack([e for x in done for e in x.events]),
                     "doc.events": np.asarray([len(x.events) for x in done], np.int64).tobytes()}
            if project.actor_index is not None:
                shown = [e for doc_labels in labels[: len(done)] for e in doc_labels]
                for name in ("actors", "places"):
                    chunk.update({LABEL + k: b for k, b in pack_names(name, [getattr(e, name) for e in shown]).items()})
            events_chunks.add(chunk)
            timex_chunks.add(pack_timexes([x.timexes for x in done]))
            copied_docs = {x.document.path for x in base[: len(done)]}
            kept = [{**g, "id": f"{g['id']}~{c}", "event_ids": [ids[i] for i in g["event_ids"]],
                     "docs": [paths[d][c] for d in g["docs"]]}
                    for g in group_json if all(i in ids for i in g["event_ids"]) and all(d in copied_docs for d in g["docs"])]
            if kept:
                group_text.append(json.dumps(kept, ensure_ascii=False, separators=(",", ":"))[1:-1])
        say(f"{copies} copies: {total} events in {position} documents")
        db.execute("DELETE FROM event_columns")
        write_parts(db, "event_columns", events_chunks.joined())  # in parts, as save writes them (schema 6)
        write_parts(db, "event_columns", timex_chunks.joined())
        del events_chunks, timex_chunks
        if project.actor_index is not None:
            index = replicate_index(pack_index(project.actor_index), paths)
            db.execute("DELETE FROM actor_columns")
            write_parts(db, "actor_columns", sorted(index.items()))
            del index
            db.execute("UPDATE annotations SET record = ? WHERE name = 'groups'",
                       ("[" + ",".join(t for t in group_text if t) + "]",))
        db.execute("COMMIT")
    finally:
        db.close()
    return {"events": total, "documents": position}

