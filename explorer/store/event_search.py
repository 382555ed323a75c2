"""An event's search text split by field, each shared field held once per distinct value (issue 16).

Why: the Filter searches, per event, ``date \\n title \\n document \\n sentence \\n names`` (casefolded).
Held as one UTF-8 text per event that was about 225 bytes an event at 1M, 233 MB; the document
name (about 26 bytes) and the names (32) are the same for many events (at 100k generated events:
4,906 distinct names texts, 18,919 documents at 1M). Here only ``date \\n title \\n sentence``
stays per event (the search index's text; date texts are nearly as many as events, and a scan of
their distinct values costs a Python step per match); the names are a code into their distinct
texts and the document a lane into the document names.

Same answers: a needle without a line break is found in the joined text exactly when it is found
in one of its fields (fields are joined by ``\\n``, and casefolding works character by character),
so the answer is the per-event text's answer OR each field's, the latter one ``scan`` over the
distinct values and a numpy look-up by code. A needle holding a line break may span two fields:
it is answered from each event's joined text, made again for the keys asked by the owner's
``joined`` (slow, exact; the Filter box cannot type one).

Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import numpy as np

from explorer.store.int_column import IntColumn
from explorer.store.search_text import SearchText
from explorer.store.text_fold import fold

#: Joins the fields of an event's search text: a needle without it never spans two fields.
JOIN = "\n"


class CodedTexts:
    """One casefolded text per key, held as a code into the distinct texts (a date text, names)."""

    def __init__(self) -> None:
        self.values = SearchText()
        self._codes = IntColumn()
        self._lookup: dict[str, int] | None = {}  # while building: text -> code (dropped by ``settle``)

    def __len__(self) -> int:
        return len(self._codes)

    @property
    def nbytes(self) -> int:
        return self.values.nbytes + self._codes.nbytes

    def _code(self, text: str, new: list[str]) -> int:
        lookup = self._lookup
        code = lookup.get(text) if lookup is not None else None
        if code is None:
            code = len(self.values) + len(new)
            new.append(text)
            if lookup is not None:
                lookup[text] = code
        return code

    def add(self, texts: Sequence[str]) -> None:
        """Append casefolded texts for the next keys."""
        new: list[str] = []
        codes = np.fromiter((self._code(t, new) for t in texts), np.int32, len(texts))
        self.values.add(new, folded=True)
        self._codes.extend(codes)

    def replace(self, key: int, text: str) -> None:
        """A key's new casefolded text (an edited event)."""
        if not 0 <= key < len(self._codes):
            raise IndexError(key)
        new: list[str] = []
        code = self._code(text, new)
        self.values.add(new, folded=True)
        self._codes[key] = code

    def settle(self) -> None:
        """Every key is in: the look-up by text (an entry per distinct text) is no longer kept."""
        self._lookup = None

    def codes(self) -> np.ndarray:
        return self._codes.array()

    def text(self, key: int) -> str:
        return self.values[self._codes[key]]  # type: ignore[return-value,index]


class DocumentNames:
    """The documents' names by lane, casefolded once per list of names seen (they change on relabel)."""

    def __init__(self, names: Callable[[], Sequence[str]]) -> None:
        self._names = names
        self._seen: list[str] | None = None
        self._folded = SearchText()

    def folded(self) -> SearchText:
        names = self._names()
        if self._seen is None or len(self._seen) != len(names) or self._seen != list(names):
            self._seen = list(names)
            self._folded = SearchText(self._seen)
        return self._folded


class EventSearch:
    """What the Filter searches, by key: ``date \\n title \\n sentence`` per event (``text``, which the search
    index tokenises), the date text and the names coded, the document by lane. ``scan`` and
    ``contains`` answer as a per-event casefolded ``in`` over the joined text would."""

    def __init__(self, text: SearchText, documents: Callable[[], Sequence[str]],
                 lanes: Callable[[], np.ndarray], joined: Callable[[int], str]) -> None:
        self.text = text
        self._joined = joined
        self.names = CodedTexts()
        self.documents = DocumentNames(documents)
        self._lanes = lanes  # the owner's, by key: each event's document (may hold more keys than here)

    def __len__(self) -> int:
        return len(self.names)

    @property
    def nbytes(self) -> int:
        """Memory held by the texts and codes (not the search index's postings), for reports."""
        return self.text.nbytes + self.names.nbytes

    def add_fields(self, names: Sequence[str]) -> None:
        """The names of the next keys (casefolded), after their own text was appended to ``text``
        (their documents are the owner's lanes)."""
        self.names.add(names)

    def replace_fields(self, key: int, names: str) -> None:
        self.names.replace(key, names)

    def settle(self) -> None:
        self.names.settle()

    def joined(self, key: int) -> str:
        """The key's whole search text, as it was one string per event (casefolded), made again by
        the owner's ``joined`` (its fields in its order: a title may hold a line break)."""
        return self._joined(key)

    def __iter__(self) -> Iterator[str]:
        return (self.joined(k) for k in range(len(self)))

    def __getitem__(self, key: int | slice) -> str | list[str]:
        if isinstance(key, slice):
            return [self.joined(k) for k in range(*key.indices(len(self)))]
        if key < 0:
            key += len(self)
        if not 0 <= key < len(self):
            raise IndexError(key)
        return self.joined(key)

    def fields_mask(self, needle: str, start: int = 0, stop: int | None = None,
                    within: np.ndarray | None = None) -> np.ndarray:
        """Whether each key ``start``..``stop`` has a document or names holding ``needle`` (no line
        break in it): which distinct values hold it, then a look-up by code. ``within`` (a mask by key
        from ``start``) only narrows the work: keys outside it come back False."""
        stop = len(self) if stop is None else min(stop, len(self))
        raw = fold(needle)
        mask = np.zeros(max(stop - start, 0), bool)
        keys = None if within is None else np.flatnonzero(np.asarray(within[:len(mask)], bool))
        for held, codes in ((self.names.values.scan_all(raw), self.names.codes()),
                            (self.documents.folded().scan_all(raw), self._lanes())):
            if not held.any():  # most needles: no document or names hold them
                continue
            if keys is None:
                mask |= held[codes[start:stop]]
            else:
                mask[keys] |= held[codes[start + keys]]
        return mask

    def scan(self, needle: str, start: int = 0, stop: int | None = None) -> np.ndarray:
        """Whether each key ``start``..``stop`` holds the casefolded ``needle`` (bool, from ``start``)."""
        stop = len(self) if stop is None else min(stop, len(self))
        if stop <= start:
            return np.zeros(0, bool)
        raw = fold(needle)
        if JOIN in raw:
            return np.fromiter((raw in self.joined(k) for k in range(start, stop)), bool, stop - start)
        return self.text.scan(raw, start, stop) | self.fields_mask(raw, start, stop)

    def contains(self, needle: str, keys: np.ndarray) -> np.ndarray:
        """Whether each of ``keys`` holds the casefolded ``needle`` (bool, one per key)."""
        keys = np.asarray(keys, np.int64)
        raw = fold(needle)
        if JOIN in raw:
            return np.fromiter((raw in self.joined(k) for k in keys.tolist()), bool, len(keys))
        if not len(keys):
            return np.zeros(0, bool)
        out = self.text.contains(raw, keys)
        names = self.names.values.scan_all(raw)[self.names.codes()[keys]]
        documents = self.documents.folded().scan_all(raw)[self._lanes()[keys]]
        return out | names | documents
