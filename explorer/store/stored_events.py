"""A project's events and expressions as the file holds them: columns, decoded once, records made
only for the rows someone asks for (issue 16: making a million ``Event`` records on opening was
most of the time and memory of opening a large project).

:class:`StoredEvents` keeps each field of :mod:`explorer.store.columns` as numpy arrays (numbers,
day ordinals, codes of few distinct values) or as one string with an offsets array (text), and
builds the :class:`~explorer.events.record.Event` records of a range of rows on demand — the same
records :func:`explorer.store.columns.unpack` gives, which is built on it. :class:`StoredTimexes`
does the same for each document's expressions. :class:`LazyTuple` is a document's events (or
expressions) as a sequence that builds them when first read, so a project can hold every
document without a record of any.

Every column's length is checked when the columns are read, so a damaged file fails on opening,
never later when a view asks for a row.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from explorer.calendar import calendar_day
from explorer.events.record import Event
from explorer.store.deferred_text import DeferredBlob, DeferredTextColumn
from explorer.store.id_index import IdIndex
from explorer.store.text_hash import CHUNK, ByteRows, string_codes_in_steps
from explorer.temporal.timex import Timex

#: The ordinal written for "no day" (an undated event); the same as ``columns.NO_DAY``.
NO_DAY = np.iinfo(np.int64).min

class TextColumn:
    """Strings end to end in one ``str``, with the offset where each ends: the ``i``-th string is a
    slice, made when asked for. Lone surrogates (names of undecodable files) come back as stored."""

    __slots__ = ("text", "ends")

    def __init__(self, blob: bytes, lengths: bytes, name: str) -> None:
        self.text = blob.decode("utf-8", "surrogatepass")
        self.ends = np.cumsum(np.frombuffer(lengths, np.int64))
        if (len(self.ends) and (int(self.ends[-1]) != len(self.text) or int(np.frombuffer(lengths, np.int64).min()) < 0)) \
                or (not len(self.ends) and self.text):
            raise ValueError(f"the text column {name!r} is damaged")

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, i: int) -> str:
        return self.text[int(self.ends[i - 1]) if i else 0:int(self.ends[i])]

    def value(self, i: int) -> str:
        return self[i]

    def values_at(self, rows: Sequence[int] | np.ndarray) -> list[str]:
        """The strings of ``rows`` (any rows, any order): their bounds in one numpy pass, then a
        slice each (the first id of every document: 19k at 1M events in a few ms)."""
        rows = np.asarray(rows, np.int64)
        if not len(rows):
            return []
        ends = self.ends[rows]
        starts = np.where(rows > 0, self.ends[np.maximum(rows - 1, 0)], 0)
        text = self.text
        return [text[a:b] for a, b in zip(starts.tolist(), ends.tolist())]

    def values(self, start: int, stop: int) -> list[str]:
        if stop <= start:
            return []
        ends = self.ends[start:stop].tolist()
        text = self.text
        first = int(self.ends[start - 1]) if start else 0
        return [text[a:b] for a, b in zip([first, *ends[:-1]], ends)]


class Category:
    """Text (or None) with few distinct values: the values once and a code per row."""

    __slots__ = ("table", "codes")

    def __init__(self, name: str, blobs: dict[str, bytes]) -> None:
        distinct = TextColumn(blobs[name], blobs[f"{name}.len"], name)
        none = np.frombuffer(blobs[f"{name}.none"], bool)
        if len(none) != len(distinct):
            raise ValueError(f"the column {name!r} is damaged")
        self.table = np.empty(len(distinct), object)
        self.table[:] = [None if n else t for t, n in zip(distinct.values(0, len(distinct)), none.tolist())]
        self.codes = np.frombuffer(blobs[f"{name}.code"], np.int32)
        if len(self.codes) and (self.codes.min() < 0 or self.codes.max() >= len(self.table)):
            raise ValueError(f"the column {name!r} names a value it does not hold")

    def __len__(self) -> int:
        return len(self.codes)

    def values(self, start: int, stop: int) -> list[Any]:
        return self.table[self.codes[start:stop]].tolist()

    def value(self, i: int) -> Any:
        return self.table[self.codes[i]]


class Grouped:
    """A tuple per row cut from a flat column (names, or offsets taken in pairs): ``counts[i]``
    items for row ``i``."""

    __slots__ = ("flat", "starts", "width")

    def __init__(self, flat: TextColumn | np.ndarray, counts: np.ndarray, width: int, name: str) -> None:
        self.flat, self.width = flat, width
        self.starts = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        if (len(counts) and int(counts.min()) < 0) or int(self.starts[-1]) * width != len(flat):
            raise ValueError(f"{len(flat)} values for {int(self.starts[-1])} items in the column {name!r}")

    def __len__(self) -> int:
        return len(self.starts) - 1

    def value(self, i: int) -> tuple:
        a, b = int(self.starts[i]), int(self.starts[i + 1])
        if a == b:
            return ()
        if isinstance(self.flat, TextColumn):
            return tuple(self.flat.values(a, b))
        flat = self.flat[a * 2:b * 2].tolist()
        return tuple(zip(flat[0::2], flat[1::2]))

    def values(self, start: int, stop: int) -> list[tuple]:
        empty: tuple = ()
        a, b = int(self.starts[start]), int(self.starts[stop]) if stop > start else int(self.starts[start])
        if a == b:
            return [empty] * max(stop - start, 0)
        w = self.width
        if isinstance(self.flat, TextColumn):
            flat: list = self.flat.values(a, b)
        else:
            flat = self.flat[a * w:b * w].tolist()
            flat = list(zip(flat[0::2], flat[1::2]))
        bounds = (self.starts[start:stop + 1] - a).tolist()
        return [tuple(flat[x:y]) if x != y else empty for x, y in zip(bounds[:-1], bounds[1:])]


def days(ordinals: np.ndarray) -> list:
    """Each distinct day made once (a project has far fewer days than events)."""
    if not len(ordinals):
        return []
    distinct, inverse = np.unique(ordinals, return_inverse=True)
    made = np.empty(len(distinct), object)
    made[:] = [None if n == NO_DAY else calendar_day(n) for n in distinct.tolist()]
    return made[inverse.reshape(-1)].tolist()


def _column(name: str, kind: str, blobs: dict[str, bytes]) -> Any:
    """One field's stored form (see :mod:`explorer.store.columns` for the kinds)."""
    if kind in ("int", "day"):
        return np.frombuffer(blobs[name], np.int64)
    if kind == "float":
        return np.frombuffer(blobs[name], np.float64)
    if kind == "text":
        if isinstance(blobs[name], DeferredBlob):  # left in the file (the sentences, see share_sentences)
            return DeferredTextColumn(blobs[name], blobs[f"{name}.len"], name)
        return TextColumn(blobs[name], blobs[f"{name}.len"], name)
    if kind == "optional":
        return (TextColumn(blobs[name], blobs[f"{name}.len"], name), np.frombuffer(blobs[f"{name}.none"], bool))
    if kind == "names":
        return Grouped(TextColumn(blobs[name], blobs[f"{name}.len"], name), np.frombuffer(blobs[f"{name}.count"], np.int64), 1, name)
    if kind == "category":
        return Category(name, blobs)
    return Grouped(np.frombuffer(blobs[name], np.int64), np.frombuffer(blobs[f"{name}.count"], np.int64), 2, name)


def _value(kind: str, column: Any, row: int) -> Any:
    """One row's value of a field (see :func:`_values`)."""
    if kind == "int":
        return int(column[row])
    if kind == "float":
        return float(column[row])
    if kind == "day":
        n = int(column[row])
        return None if n == NO_DAY else calendar_day(n)
    if kind == "optional":
        texts, none = column
        return None if none[row] else texts[row]
    return column.value(row)


def _values(kind: str, column: Any, start: int, stop: int) -> list:
    if kind == "int" or kind == "float":
        return column[start:stop].tolist()
    if kind == "day":
        return days(column[start:stop])
    if kind == "optional":
        texts, none = column
        return [None if n else t for t, n in zip(texts.values(start, stop), none[start:stop].tolist())]
    return column.values(start, stop)


#: Up to this many events every shared sentence is compared with the stored one.
WHOLE_CHECK = 65_536


class SliceColumn:
    """Each row's text as a slice of its document's text: the sentences, which every route of the
    extractor cuts as ``doc.text[sentence_start:sentence_end]``, so holding them apart held each
    document's text twice (about 95 MB at 1M events, issue 16). Same reads as :class:`TextColumn`."""

    __slots__ = ("texts", "docs", "starts", "stops")

    def __init__(self, texts: Sequence[str], docs: np.ndarray, starts: np.ndarray, stops: np.ndarray) -> None:
        self.texts, self.docs, self.starts, self.stops = texts, docs, starts, stops

    def __len__(self) -> int:
        return len(self.docs)

    def __getitem__(self, i: int) -> str:
        if not -len(self.docs) <= i < len(self.docs):
            raise IndexError(i)
        return self.texts[int(self.docs[i])][int(self.starts[i]):int(self.stops[i])]

    def value(self, i: int) -> str:
        return self[i]

    def values_at(self, rows: Sequence[int] | np.ndarray) -> list[str]:
        rows = np.asarray(rows, np.int64)
        texts = self.texts
        return [texts[d][a:b] for d, a, b in zip(self.docs[rows].tolist(), self.starts[rows].tolist(), self.stops[rows].tolist())]

    def values(self, start: int, stop: int) -> list[str]:
        if stop <= start:
            return []
        texts = self.texts
        return [texts[d][a:b] for d, a, b in zip(self.docs[start:stop].tolist(), self.starts[start:stop].tolist(),
                                                 self.stops[start:stop].tolist())]


def shared_sentences(column: TextColumn, texts: Sequence[str], counts: Sequence[int], starts: np.ndarray,
                     stops: np.ndarray) -> SliceColumn | None:
    """The stored sentence column as slices of ``texts`` (each document's text, in the file's order,
    ``counts`` events each), or ``None`` when the stored sentences are not those slices (a file
    written otherwise keeps its own column). Every row's length is compared, and the text of every
    row up to :data:`WHOLE_CHECK` rows; above, of the first row of every document and of one row in
    64 (a few ms at 1M events)."""
    counts_ = np.asarray(counts, np.int64)
    if len(counts_) != len(texts) or int(counts_.sum()) != len(column):
        return None
    lengths = np.diff(column.ends, prepend=0)
    if len(lengths) and not np.array_equal(lengths, stops - starts):
        return None
    docs = np.repeat(np.arange(len(counts_), dtype=np.int32), counts_)
    if len(docs):
        sizes = np.fromiter((len(t) for t in texts), np.int64, len(texts))
        if int(starts.min()) < 0 or bool((stops > sizes[docs]).any()):
            return None
    shared = SliceColumn(texts, docs, starts, stops)
    if len(docs) <= WHOLE_CHECK:
        rows = np.arange(len(docs))
    else:
        firsts = np.concatenate([[0], np.cumsum(counts_)[:-1]])[counts_ > 0]
        rows = np.union1d(firsts, np.arange(0, len(docs), 64))
    if shared.values_at(rows) != column.values_at(rows):
        return None
    return shared


class StoredEvents:
    """Every event of a project as columns (see the module's docstring); ``labels``: the actors
    and places as the saved annotation labels them (``name``, ``name.len``, ``name.count`` of
    each), when the file has them."""

    def __init__(self, blobs: dict[str, bytes], count: int, labels: dict[str, bytes] | None = None) -> None:
        from explorer.store.columns import KINDS

        self.kinds = KINDS
        self.count = count
        self.columns = {name: _column(name, kind, blobs) for name, kind in KINDS.items()}
        self.labels: dict[str, Grouped] | None = None
        self._id_index: IdIndex | None = None  # made when an id is first looked up
        self._name_codes: dict[bool, tuple[np.ndarray, np.ndarray, list[str]]] = {}  # see ``name_codes``
        self._name_steps: dict[bool, Generator[None, None, None]] = {}  # see ``name_code_steps``
        if labels:
            self.labels = {name: _column(name, "names", labels) for name in ("actors", "places")}
        for name, column in self.columns.items():
            n = len(column[0] if isinstance(column, tuple) else column)
            if n != count or (isinstance(column, tuple) and len(column[1]) != count):
                raise ValueError(f"the event column {name!r} holds {n} values, not {count}")
        for name, column in (self.labels or {}).items():
            if len(column) != count:
                raise ValueError(f"the saved labels ({name}) name {len(column)} events, not the {count} of the columns")

    def __len__(self) -> int:
        return self.count

    def share_sentences(self, texts: Sequence[str], counts: Sequence[int]) -> bool:
        """Read the sentences from the documents' texts (see :func:`shared_sentences`) instead of
        holding them twice; whether they now are."""
        column = self.columns["sentence"]
        if not isinstance(column, (TextColumn, DeferredTextColumn)):
            return isinstance(column, SliceColumn)
        shared = shared_sentences(column, texts, counts, self.columns["sentence_start"], self.columns["sentence_end"])
        self.columns["sentence"] = shared if shared is not None else self.kept_sentences()
        return shared is not None

    def kept_sentences(self) -> TextColumn | SliceColumn:
        """The sentence column read whole if it was left in the file (see
        :mod:`explorer.store.deferred_text`): the file's own, kept. Call while the file is open."""
        column = self.columns["sentence"]
        if isinstance(column, DeferredTextColumn):
            column = self.columns["sentence"] = column.read()
        return column

    @property
    def has_labels(self) -> bool:
        return self.labels is not None

    def field_values(self, start: int, stop: int, labelled: bool = False) -> dict[str, list]:
        """Each field's values for rows ``start``..``stop`` (a list each); ``labelled``: the actors
        and places as the saved annotation labels them."""
        out = {name: _values(kind, self.columns[name], start, stop) for name, kind in self.kinds.items()}
        if labelled and self.labels is not None:
            out.update({name: column.values(start, stop) for name, column in self.labels.items()})
        return out

    def records(self, start: int, stop: int, labelled: bool = False) -> list[Event]:
        """The records of rows ``start``..``stop``, built now, in one pass."""
        stop = min(stop, self.count)
        if stop <= start:
            return []
        values = self.field_values(start, stop, labelled)
        return list(map(Event, *(values[name] for name in Event.__dataclass_fields__)))

    def record(self, row: int, labelled: bool = False) -> Event:
        """One row's record (what a view asks for a cell or the selection): each field read by
        index, about a tenth of a one-row :meth:`records`."""
        if not 0 <= row < self.count:
            raise IndexError(row)
        values = {name: _value(kind, self.columns[name], row) for name, kind in self.kinds.items()}
        if labelled and self.labels is not None:
            values.update({name: column.value(row) for name, column in self.labels.items()})
        return Event(**values)

    def lazy(self, start: int, stop: int, labelled: bool = False) -> "LazyTuple":
        """The records of rows ``start``..``stop`` as a tuple made when first read."""
        return LazyTuple(stop - start, lambda: self.records(start, stop, labelled))

    def spans_in_order(self, starts: Sequence[int]) -> np.ndarray:
        """By document (rows ``starts[i]``..``starts[i + 1]``): whether its events' expression
        spans strictly increase (by start, then end), as a project orders a document's rows."""
        ts, te = self.columns["timex_start"], self.columns["timex_end"]
        n_docs = len(starts) - 1
        ok = np.ones(n_docs, bool)
        if self.count < 2:
            return ok
        later = (ts[1:] > ts[:-1]) | ((ts[1:] == ts[:-1]) & (te[1:] > te[:-1]))
        bad = np.flatnonzero(~later) + 1  # rows not after the row before them
        if len(bad):
            doc_of = np.searchsorted(np.asarray(starts, np.int64), bad, "right") - 1
            first = np.asarray(starts, np.int64)[doc_of] == bad  # a document's first row: no row before it
            ok[doc_of[~first]] = False
        return ok

    # -- whole columns, for views that need one field of every event (no record is built) -------

    def ints(self, name: str) -> np.ndarray:
        """An int64 column (offsets, or day ordinals for ``begin``/``end``: ``NO_DAY`` when none)."""
        return self.columns[name]

    def texts(self, name: str, start: int = 0, stop: int | None = None) -> list[str]:
        return self.columns[name].values(start, self.count if stop is None else stop)

    def texts_at(self, name: str, rows: Sequence[int] | np.ndarray) -> list[str]:
        """A text column's values at ``rows`` (any order), without reading the rows between."""
        return self.columns[name].values_at(rows)

    def category(self, name: str) -> Category:
        return self.columns[name]

    def names(self, name: str, labelled: bool, start: int = 0, stop: int | None = None) -> list[tuple[str, ...]]:
        column = self.labels[name] if labelled and self.labels is not None else self.columns[name]
        return column.values(start, self.count if stop is None else stop)

    def salience(self) -> np.ndarray:
        return self.columns["salience"]

    def id_index(self) -> IdIndex:
        """The rows by id (:class:`~explorer.store.id_index.IdIndex`), made when first asked."""
        if self._id_index is None:
            ids: TextColumn = self.columns["id"]
            self._id_index = IdIndex(ids.text, ids.ends, ids.value)
        return self._id_index

    def name_codes(self, labelled: bool) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """Each actor and place name of each row, once per row (a name both an actor and a place of
        an event, or named twice, counts once): ``(rows, codes, names)``, the row (int32) and the
        name's code (int32) into ``names``, the distinct names, by row. Made in numpy
        (:func:`~explorer.store.text_hash.string_codes`), once per project: the names of stored
        rows never change (an edit gives the model a record instead). Steps another caller started
        (:meth:`name_code_steps`) are finished, not begun again."""
        labelled = labelled and self.labels is not None
        if labelled not in self._name_codes:
            for _ in self.name_code_steps(labelled):
                pass
        return self._name_codes[labelled]

    def has_name_codes(self, labelled: bool) -> bool:
        """Whether :meth:`name_codes` answers at once (made already)."""
        return (labelled and self.labels is not None) in self._name_codes

    def name_code_steps(self, labelled: bool) -> Iterator[None]:
        """The making of :meth:`name_codes` a step at a time (a sort, or :data:`~explorer.store.text_hash.CHUNK`
        rows: a few milliseconds each at 1M events, 0.3 s in all), for the GUI thread to run between
        events: opening a large project then waits for none of it (it is asked for the people panel's
        counts alone). Every caller gets the same steps until they are done; then none."""
        labelled = labelled and self.labels is not None
        if labelled in self._name_codes:
            return iter(())
        steps = self._name_steps.get(labelled)
        if steps is None:
            steps = self._name_steps[labelled] = self._make_name_codes(labelled)
        return steps

    def _make_name_codes(self, labelled: bool) -> Generator[None, None, None]:
        code_of: dict[str, int] = {}
        owners: list[np.ndarray] = []
        coded: list[np.ndarray] = []
        try:
            for kind in ("actors", "places"):  # each kind's codes, then one code space for both
                column: Grouped = (self.labels if labelled else self.columns)[kind]  # type: ignore[index]
                flat: TextColumn = column.flat  # type: ignore[assignment]
                rows = ByteRows(flat.text, flat.ends)
                yield
                hashes = yield from rows.hashes_in_steps()
                codes, strings = yield from string_codes_in_steps(rows, hashes, flat.value)
                del hashes, rows
                into = np.fromiter((code_of.setdefault(s, len(code_of)) for s in strings), np.int32, len(strings))
                coded.append(into[codes] if len(codes) else np.zeros(0, np.int32))
                owners.append(np.repeat(np.arange(len(column), dtype=np.int32), np.diff(column.starts)))
                del codes
                yield
            names = list(code_of)
            rows_out, codes_out = [], []
            for lo in range(0, self.count if names else 0, CHUNK):  # each (row, name) once, a chunk of rows a step
                owner = np.concatenate([o[slice(*np.searchsorted(o, [lo, lo + CHUNK]))] for o in owners])
                code = np.concatenate([c[slice(*np.searchsorted(o, [lo, lo + CHUNK]))] for o, c in zip(owners, coded)])
                pairs = np.sort(owner.astype(np.int64) * len(names) + code)  # not ``np.unique``: it hashes, 5x slower here
                pairs = pairs[np.concatenate([[True], pairs[1:] != pairs[:-1]])] if len(pairs) else pairs
                rows_out.append((pairs // len(names)).astype(np.int32))
                codes_out.append((pairs % len(names)).astype(np.int32))
                yield
            empty = np.zeros(0, np.int32)
            self._name_codes[labelled] = (np.concatenate([empty, *rows_out]), np.concatenate([empty, *codes_out]), names)
        finally:  # done, failed or dropped: the next caller starts afresh (or reads them)
            self._name_steps.pop(labelled, None)


class StoredTimexes:
    """Each document's expressions as columns; :meth:`of_document` builds one document's."""

    def __init__(self, blobs: dict[str, bytes], prefix: str = "expr.") -> None:
        from explorer.store.columns import TIMEX_KINDS

        self.kinds = {name: kind for name, kind in TIMEX_KINDS.items()}
        per_doc = np.frombuffer(blobs[f"{prefix}doc"], np.int64)
        self.columns: dict[str, Any] = {}
        for name, kind in self.kinds.items():
            if kind in ("int", "nparts", "optional_int", "day"):
                self.columns[name] = np.frombuffer(blobs[prefix + name], np.int64)
            elif kind == "text":
                self.columns[name] = TextColumn(blobs[prefix + name], blobs[f"{prefix}{name}.len"], prefix + name)
            else:
                self.columns[name] = Category(prefix + name, blobs)
        count = len(self.columns["start"])
        for name, column in self.columns.items():
            if len(column) != count:
                raise ValueError(f"the expression column {name!r} holds {len(column)} values, not {count}")
        nparts = self.columns["parts"]
        if count and int(nparts.min()) < 0:
            raise ValueError("the expression columns are damaged")
        if len(per_doc) and int(per_doc.min()) < 0:
            raise ValueError("the expression columns are damaged")
        # Parts are rows right after their expression (pre-order): over the rows, the running sum
        # of (1 - parts) first reaches j where the j-th top-level expression ends, so each
        # document's rows are found in numpy, without walking the expressions.
        tops = np.concatenate([[0], np.cumsum(per_doc)]).astype(np.int64)
        level = np.cumsum(1 - nparts) if count else np.zeros(0, np.int64)
        reached = np.maximum.accumulate(level) if count else level
        total = int(tops[-1])
        if (int(level[-1]) if count else 0) != total or (count and int(reached[-1]) != total):
            have = int(reached[-1]) if count else 0
            if have < total:
                raise ValueError("the expression columns hold fewer expressions than their documents name")
            raise ValueError(f"the expression columns hold {count} expressions, their documents name {total}")
        ends = np.searchsorted(reached, tops[1:], "left") + 1 if count else np.zeros(len(per_doc), np.int64)
        self.row_start = np.concatenate([[0], np.where(tops[1:] == 0, 0, ends)]).astype(np.int64)
        self.row_start = np.maximum.accumulate(self.row_start)
        self.per_doc = per_doc

    def __len__(self) -> int:
        return len(self.per_doc)

    def of_document(self, doc: int) -> tuple[Timex, ...]:
        start, stop = int(self.row_start[doc]), int(self.row_start[doc + 1])
        if stop <= start:
            return ()
        values: dict[str, list] = {}
        for name, kind in self.kinds.items():
            column = self.columns[name]
            if kind in ("int", "nparts"):
                values[name] = column[start:stop].tolist()
            elif kind == "optional_int":
                values[name] = [None if v == NO_DAY else v for v in column[start:stop].tolist()]
            elif kind == "day":
                values[name] = days(column[start:stop])
            else:
                values[name] = column.values(start, stop)
        nparts = values.pop("parts")
        order = [f for f in Timex.__dataclass_fields__ if f != "parts"]
        flat = list(map(Timex, *(values[name] for name in order)))

        def take(i: int) -> tuple[Timex, int]:
            if not nparts[i]:
                return flat[i], i + 1
            parts, j = [], i + 1
            for _ in range(nparts[i]):
                part, j = take(j)
                parts.append(part)
            return replace(flat[i], parts=tuple(parts)), j

        out, row = [], 0
        for _ in range(int(self.per_doc[doc])):
            timex, row = take(row)
            out.append(timex)
        return tuple(out)


class LazyTuple(Sequence):
    """A tuple made when first read (``make()``), whose length is known before: a document's events
    or expressions, so a project holds every document and no record until one is looked at. Equal
    to any tuple (or sequence) of the same items, as the tuple it stands for."""

    __slots__ = ("_size", "_make", "_items")

    def __init__(self, size: int, make: Callable[[], Sequence]) -> None:
        self._size, self._make = size, make
        self._items: tuple | None = None

    @property
    def items(self) -> tuple:
        if self._items is None:
            self._items = tuple(self._make())
            self._make = None  # type: ignore[assignment]
            if len(self._items) != self._size:
                raise ValueError(f"{len(self._items)} items made for {self._size}")
        return self._items

    @property
    def is_made(self) -> bool:
        return self._items is not None

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, index):  # type: ignore[override]
        return self.items[index]

    def __iter__(self) -> Iterator:
        return iter(self.items)

    def __bool__(self) -> bool:
        return self._size > 0

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyTuple):
            return other is self or (len(other) == self._size and self.items == other.items)
        if isinstance(other, (tuple, list)):
            return len(other) == self._size and self.items == tuple(other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self) -> int:
        return hash(self.items)

    def __add__(self, other: Sequence) -> tuple:
        return self.items + tuple(other)

    def __reduce__(self) -> tuple:
        """Pickled (sent to a child process: the annotation) as the plain tuple it stands for."""
        return (tuple, (self.items,))

    def __repr__(self) -> str:
        return f"LazyTuple({self._size} items{', made' if self._items is not None else ''})"
