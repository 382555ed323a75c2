"""A stored text column left in the file until it is needed: the events' sentences.

Why: opening a project reads every event column, but the sentence column is then checked against
the documents' texts at a sample of rows and replaced by slices of them
(:func:`explorer.store.stored_events.shared_sentences`): at 1M events its 108 MB were read, joined
from their parts and decoded (about 0.3 s of CPU and twice its size in memory at the peak) to look
at a few thousand rows. Here the column keeps where its parts lie in the open file; the rows the
check asks for are read alone, through SQLite's blob handles, when every character of the column is
one byte (its byte size equals the sum of its lengths, which are in characters): then a row's bytes
lie at its character offsets. Otherwise, or when the column is kept (the check failed), it is read
whole, as before, while the file is still open.

Nothing here imports Qt.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

import numpy as np


class DeferredBlob:
    """A column's value in the open file: its parts' rows and sizes, read when asked."""

    __slots__ = ("db", "table", "parts")

    def __init__(self, db: sqlite3.Connection, table: str, parts: Sequence[tuple[int, int]]) -> None:
        self.db, self.table = db, table
        self.parts = list(parts)  # (rowid, size) in order

    def __len__(self) -> int:
        return sum(size for _, size in self.parts)

    def read(self) -> bytes | bytearray:
        """The whole value: a value of one part itself, no copy; parts read through blob handles
        straight into one buffer of the full size (see :func:`explorer.store.parts.read_parts`)."""
        if len(self.parts) == 1:
            return _read_blob(self.db, self.table, self.parts[0][0])
        buffer = bytearray(len(self))
        at = 0
        for rowid, size in self.parts:
            buffer[at:at + size] = _read_blob(self.db, self.table, rowid)
            at += size
        return buffer

    def read_ranges(self, starts: np.ndarray, stops: np.ndarray) -> list[bytes]:
        """The bytes ``starts[i]:stops[i]`` of the value, for each ``i`` (a range may cross parts)."""
        bounds = np.cumsum([0] + [size for _, size in self.parts])
        out = [b""] * len(starts)
        handles: dict[int, object] = {}
        try:
            for i, (a, b) in enumerate(zip(np.asarray(starts).tolist(), np.asarray(stops).tolist())):
                pieces = []
                part = int(np.searchsorted(bounds, a, "right")) - 1
                while a < b and part < len(self.parts):
                    rowid, _size = self.parts[part]
                    blob = handles.get(part)
                    if blob is None:
                        blob = handles[part] = self.db.blobopen(self.table, "data", rowid, readonly=True)
                    end = min(b, int(bounds[part + 1]))
                    blob.seek(a - int(bounds[part]))
                    pieces.append(blob.read(end - a))
                    a, part = end, part + 1
                out[i] = b"".join(pieces)
        finally:
            for blob in handles.values():
                blob.close()
        return out


def _read_blob(db: sqlite3.Connection, table: str, rowid: int) -> bytes:
    """The ``data`` of row ``rowid`` of ``table``, read through a blob handle."""
    with db.blobopen(table, "data", rowid, readonly=True) as blob:
        return blob.read()


class DeferredTextColumn:
    """A text column (see :class:`explorer.store.stored_events.TextColumn`) whose text stays in the
    file: its rows' ends are known, ``values_at`` reads only the rows asked, and :meth:`read` makes
    the whole :class:`TextColumn` (while the file is open)."""

    __slots__ = ("blob", "lengths", "name", "ends")

    def __init__(self, blob: DeferredBlob, lengths: bytes, name: str) -> None:
        self.blob, self.lengths, self.name = blob, lengths, name
        self.ends = np.cumsum(np.frombuffer(lengths, np.int64))

    def __len__(self) -> int:
        return len(self.ends)

    def one_byte_each(self) -> bool:
        """Whether every character is one byte (the only case the rows can be read alone)."""
        lengths = np.frombuffer(self.lengths, np.int64)
        return (not len(lengths) or int(lengths.min()) >= 0) and int(self.ends[-1] if len(self.ends) else 0) == len(self.blob)

    def values_at(self, rows: Sequence[int] | np.ndarray) -> list[str]:
        rows = np.asarray(rows, np.int64)
        if not len(rows):
            return []
        if not self.one_byte_each():
            return self.read().values_at(rows)
        ends = self.ends[rows]
        starts = np.where(rows > 0, self.ends[np.maximum(rows - 1, 0)], 0)
        return [b.decode("utf-8", "surrogatepass") for b in self.blob.read_ranges(starts, ends)]

    def read(self):  # -> TextColumn
        """The whole column, read and checked now."""
        from explorer.store.stored_events import TextColumn

        return TextColumn(self.blob.read(), self.lengths, self.name)
