"""A substring search over every event's search text that answers a keystroke without a pass per row.

Why not scan: at a million events the search text is about 230 MB; one ``bytes.find`` pass over it
costs 0.1 s of CPU even when nothing matches, and ``numpy.strings.find`` over the rows about 1 s.
The Filter box needs an answer per keystroke in well under 0.1 s, so the text is indexed once:

* every text is casefolded and cut into *tokens* (runs of word characters, and each other
  non-space character on its own, each with the whitespace character that follows it), each
  distinct token gets an id in a vocabulary;
* each (token, key) pair is kept once, sorted by token: a posting list per token.

A needle that is one token (the usual case while typing a word) matches exactly the keys whose
tokens contain it as a substring: the vocabulary (a few hundred thousand short strings) is searched
with one ``numpy.strings.find`` pass, and the keys of the matching tokens are marked with numpy. A
needle of several tokens (``"may 19"``, ``"1999-05"``) is narrowed the same way, token by token, and
the few keys left are checked against their own text. Texts replaced after the build (an edited
event) are kept aside and checked directly.

Memory (issue 16: at 9M events the list of texts and the postings outgrew the machine): the texts
are UTF-8 blobs (:mod:`explorer.store.search_text`), not a string each; a segment that will not be
merged again is sealed, its frequent tokens kept as a bit per key, the rest as int32 keys.

Keys are the caller's (the Qt model's storage index, append-only); :meth:`SearchIndex.mask` returns
a boolean array by key, so a filter proxy can AND it with its other masks. Nothing here imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from explorer.store.search_text import SearchText
from explorer.store.text_fold import fold

#: What a token is: a run of word characters, or any single character that is neither word nor space,
#: with the one whitespace character after it if there is one (so that ``"the "`` is answered from
#: the vocabulary alone, without checking the text of every event that says "the").
TOKEN = re.compile(r"(?:\w+|[^\w\s])\s?")
WORD = re.compile(r"\w")

#: The most postings a segment gets by merging (about 30,000 events' worth): merging two sorted
#: segments is one linear pass, and capping it keeps every pass, hence every build step, short.
SEGMENT_CAP = 1_000_000

#: A segment is sealed (never merged again, kept compact) once it holds half the cap.
SEAL_AT = 0.5

#: In a sealed segment, a token found in more than one key in this many is kept as a bit per key of
#: the segment (an eighth of a byte each) rather than as its keys (4 bytes each).
DENSE_EVERY = 32


@dataclass(frozen=True)
class _Segment:
    """Postings of keys ``lo`` .. ``hi`` (consecutive), sorted by token id, keys ascending within a
    token: the form a segment has while it may still be merged (8 bytes a posting)."""

    lo: int
    hi: int
    words: np.ndarray  # int32 token id of each posting
    keys: np.ndarray  # int32 key of each posting

    @property
    def postings(self) -> int:
        return len(self.words)


@dataclass(frozen=True)
class _Sealed:
    """A segment that will not be merged again, in less memory: the tokens in more than one key in
    :data:`DENSE_EVERY` of ``lo`` .. ``hi`` as a row of bits over those keys, the others as the
    run of their keys (int32) after a start offset per token (the words themselves are not kept
    per posting). The frequent tokens hold most postings (words like "the", dates' parts)."""

    lo: int
    hi: int
    sparse_words: np.ndarray  # int32 token ids, ascending
    sparse_starts: np.ndarray  # int32, one more than the words: each token's run in sparse_keys
    sparse_keys: np.ndarray  # int32
    dense_words: np.ndarray  # int32 token ids, ascending
    dense_bits: np.ndarray  # uint8, one row per dense word: ``np.packbits`` of its keys - lo
    postings: int

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in (self.sparse_words, self.sparse_starts, self.sparse_keys,
                                      self.dense_words, self.dense_bits))


def _seal(segment: _Segment) -> _Sealed:
    words, keys = segment.words, segment.keys
    span = segment.hi - segment.lo
    starts = np.flatnonzero(np.concatenate([[True], words[1:] != words[:-1]])) if len(words) else np.zeros(0, np.int64)
    counts = np.diff(np.append(starts, len(words)))
    tokens = words[starts]
    dense = counts * DENSE_EVERY > span
    sparse_counts = counts[~dense]
    sparse_starts = np.zeros(len(sparse_counts) + 1, np.int32)  # a segment holds under 2**31 postings
    np.cumsum(sparse_counts, out=sparse_starts[1:])
    in_dense = np.repeat(dense, counts)
    # Packed a row at a time: the rows as bools first (a byte per key and dense token, about 10 MB
    # per seal) were most of the background build's peak over what it keeps (issue 16, memory).
    bits = np.zeros((int(dense.sum()), (span + 7) // 8), np.uint8)
    row_bits = np.zeros(span, bool)
    for row, (first, count) in enumerate(zip(starts[dense].tolist(), counts[dense].tolist())):  # a few hundred
        row_bits[:] = False
        row_bits[keys[first:first + count] - segment.lo] = True
        bits[row] = np.packbits(row_bits)
    return _Sealed(segment.lo, segment.hi, tokens[~dense].copy(), sparse_starts, keys[~in_dense],
                   tokens[dense].copy(), bits, len(words))


def _encodable(token: str) -> bool:
    try:
        token.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _found(sorted_words: np.ndarray, hits: np.ndarray) -> np.ndarray:
    """Positions in ``sorted_words`` (ascending, distinct) of those of ``hits`` it holds."""
    if not len(sorted_words):
        return np.zeros(0, np.int64)
    at = np.searchsorted(sorted_words, hits)
    inside = at < len(sorted_words)
    at, hits = at[inside], hits[inside]
    return at[sorted_words[at] == hits]


class SearchIndex:
    """Token postings over casefolded texts, keyed ``0 .. len - 1`` in the order they were added.

    The texts themselves are a :class:`~explorer.store.search_text.SearchText` (``text``): UTF-8
    blobs, no string per text. Build it with :meth:`add` (texts, indexed at once), or with
    :meth:`append` then :meth:`index_to` in chunks, so that a caller can spread the work over idle
    time; read it with :meth:`mask` at any point (texts not indexed yet are scanned). No step sorts
    everything: each chunk's postings are sorted on their own and merged with the previous
    segment while the two are of a size (as a binary counter carries); a segment of half the cap
    is sealed (:class:`_Sealed`) and never merged again; a query visits the segments, a few dozen
    at a million events."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self.text = SearchText()
        self._indexed = 0
        self._ids: dict[str, int] = {}
        self._segments: list[_Segment | _Sealed] = []
        self._vocab = np.zeros(0, np.dtypes.StringDType())  # token of each id, as far as numbered
        self._new_tokens: list[str] = []  # numbered since _vocab was last extended
        self._stale: set[int] = set()  # indexed keys whose text was replaced since: checked directly
        #: Tokens with a lone surrogate (a name from an undecodable file), (id, token): numpy's
        #: strings cannot hold them, so the vocabulary holds "" there and these are tested in Python.
        self._odd_tokens: list[tuple[int, str]] = []
        self.add(texts)

    def __len__(self) -> int:
        return len(self.text)

    @property
    def indexed(self) -> int:
        """How many keys (from 0) the postings cover; the rest is scanned by :meth:`mask`."""
        return self._indexed

    @property
    def nbytes(self) -> int:
        """Memory held by the texts, postings and vocabulary's arrays (not the vocabulary's dict)."""
        postings = sum(s.nbytes if isinstance(s, _Sealed) else s.words.nbytes + s.keys.nbytes for s in self._segments)
        return self.text.nbytes + postings

    def add(self, texts: Iterable[str], folded: bool = False) -> None:
        """Append further texts and index them; their keys follow the ones already added.
        ``folded`` says they are casefolded already."""
        self.append(texts, folded)
        self.index_to(len(self.text))

    def append(self, texts: Iterable[str], folded: bool = False) -> None:
        """Append texts without indexing them yet (see :meth:`index_to`)."""
        self.text.add(texts, folded)

    def index_to(self, stop: int) -> None:
        """Index the keys from :attr:`indexed` up to ``stop``.

        Per text only C-level calls run (``findall``, ``set``); a token goes through Python only
        the first time the index meets it, the rest are numbered by ``map`` over the vocabulary
        dict."""
        first, stop = self._indexed, min(stop, len(self.text))
        if stop <= first:
            return
        findall, tokens, counts = TOKEN.findall, [], []
        for text in self.text.texts(first, stop):
            distinct = set(findall(text))
            tokens.extend(distinct)
            counts.append(len(distinct))
        self._indexed = stop
        ids, new = self._ids, self._new_tokens
        for token in dict.fromkeys(tokens):
            if token not in ids:
                ids[token] = len(ids)
                new.append(token)
        words = np.fromiter(map(ids.__getitem__, tokens), np.int32, len(tokens))
        keys = np.repeat(np.arange(first, stop, dtype=np.int32), counts)
        order = np.argsort(words, kind="stable")
        segment: _Segment | _Sealed = _Segment(first, stop, words[order], keys[order])
        if segment.postings >= SEGMENT_CAP * SEAL_AT:  # type: ignore[union-attr]
            segment = _seal(segment)  # type: ignore[arg-type]
        self._segments.append(segment)
        self._merge()

    def _merge(self) -> None:
        """Merge two neighbouring segments, the last pair where the older is at most twice the newer
        (and the merged one within the cap): the newer's postings go after the older's of the same
        token (its keys are later), placed by one binary search each. One merge per call, so that
        no build step carries a cascade of them (as a binary counter carries, a step later); a
        merged segment of half the cap is sealed."""
        segments = self._segments
        for i in range(len(segments) - 1, 0, -1):
            older, newer = segments[i - 1], segments[i]
            if isinstance(older, _Sealed) or isinstance(newer, _Sealed):
                return
            total = older.postings + newer.postings
            if older.postings > 2 * newer.postings or total > SEGMENT_CAP:
                continue
            at = np.searchsorted(older.words, newer.words, "right") + np.arange(len(newer.words))
            from_newer = np.zeros(total, bool)
            from_newer[at] = True
            words = np.empty(total, np.int32)
            keys = np.empty(total, np.int32)
            words[at], keys[at] = newer.words, newer.keys
            words[~from_newer], keys[~from_newer] = older.words, older.keys
            merged: _Segment | _Sealed = _Segment(older.lo, newer.hi, words, keys)
            if total >= SEGMENT_CAP * SEAL_AT:
                merged = _seal(merged)  # type: ignore[arg-type]
            segments[i - 1:i + 1] = [merged]
            return

    def replace(self, key: int, text: str, folded: bool = False) -> None:
        """An edited event's new text: checked directly from now on instead of through the postings."""
        self.text.replace(key, text, folded)
        if key < self._indexed:
            self._stale.add(key)

    def settle(self) -> None:
        """Make the vocabulary numbered so far searchable (a query does it too, when first needed)."""
        if self._new_tokens:
            first = len(self._vocab)
            tokens = self._new_tokens
            for i, token in enumerate(tokens):
                if not token.isascii() and not _encodable(token):  # numpy's strings refuse lone surrogates
                    self._odd_tokens.append((first + i, token))
                    tokens[i] = ""  # never holds a piece (pieces are not empty): found in _odd_tokens
            self._vocab = np.concatenate([self._vocab, np.array(tokens, dtype=np.dtypes.StringDType())])
            self._new_tokens = []

    def _token_keys(self, piece: str, how: str) -> np.ndarray:
        """Indexed keys (bool, by key) with a token that contains ``piece`` (``how`` is ``"in"``),
        starts with it (``"start"``), ends with it (``"end"``) or is it (``"is"``)."""
        mask = np.zeros(self._indexed, bool)
        vocab = self._vocab
        if how == "is":
            found = self._ids.get(piece)
            hits = np.zeros(0, np.int64) if found is None else np.array([found])
        elif not piece.isascii() and not _encodable(piece):  # only a token with a lone surrogate holds it
            hits = np.zeros(0, np.int64)
        elif how == "start":
            hits = np.flatnonzero(np.strings.startswith(vocab, piece))
        elif how == "end":
            hits = np.flatnonzero(np.strings.endswith(vocab, piece))
        else:
            hits = np.flatnonzero(np.strings.find(vocab, piece) >= 0)
        if self._odd_tokens and how != "is":
            test = {"start": str.startswith, "end": str.endswith, "in": str.__contains__}[how]
            odd = [i for i, token in self._odd_tokens if test(token, piece)]
            if odd:
                hits = np.union1d(hits, odd)
        if len(hits) == 0:
            return mask
        hits = hits.astype(np.int32)  # as the postings: searchsorted would copy them all to int64
        chosen = None
        for segment in self._segments:
            if isinstance(segment, _Sealed):
                self._sealed_keys(segment, hits, mask)
                continue
            lo = np.searchsorted(segment.words, hits, "left")
            lengths = np.searchsorted(segment.words, hits, "right") - lo
            total = int(lengths.sum())
            if total * 4 <= len(segment.words):  # the tokens' runs of postings, gathered at once
                firsts = np.repeat(lo - np.cumsum(lengths) + lengths, lengths)
                mask[segment.keys[firsts + np.arange(total)]] = True
            else:  # most of the segment: one pass over it is cheaper
                if chosen is None:
                    chosen = np.zeros(len(vocab), bool)
                    chosen[hits] = True
                mask[segment.keys[chosen[segment.words]]] = True
        return mask

    @staticmethod
    def _sealed_keys(segment: _Sealed, hits: np.ndarray, mask: np.ndarray) -> None:
        """Mark in ``mask`` the keys of a sealed segment that hold any of the tokens ``hits``."""
        at = _found(segment.sparse_words, hits)
        if len(at):
            lo, hi = segment.sparse_starts[at], segment.sparse_starts[at + 1]
            lengths = hi - lo
            total = int(lengths.sum())
            firsts = np.repeat(lo - np.cumsum(lengths) + lengths, lengths)
            mask[segment.sparse_keys[firsts + np.arange(total)]] = True
        rows = _found(segment.dense_words, hits)
        if len(rows):
            bits = segment.dense_bits[rows[0]] if len(rows) == 1 else np.bitwise_or.reduce(segment.dense_bits[rows], axis=0)
            span = segment.hi - segment.lo
            mask[segment.lo:segment.hi] |= np.unpackbits(bits, count=span).view(bool)

    def mask(self, needle: str, within: np.ndarray | None = None) -> np.ndarray:
        """Whether each key's text contains ``needle`` (casefolded), as a bool array by key.

        ``within``, a mask by key of keys known to be the only candidates (say, those a shorter
        needle kept), only narrows the work: keys outside it come back False."""
        self.settle()
        needle = fold(needle)
        size, indexed = len(self.text), self._indexed
        mask = np.ones(size, bool) if within is None else np.array(within[:size], bool)
        if not needle:
            return mask
        if indexed < size:  # not indexed yet: scanned
            mask[indexed:] &= self.text.scan(needle, indexed, size)
        head = mask[:indexed]  # a view: narrowed in place
        pieces = _pieces(needle)
        for piece, how in sorted(pieces, key=lambda p: (p[1] != "is", -len(p[0]))):  # the rarest first
            head &= self._token_keys(piece, how)
            if not head.any():
                break
        if not (len(pieces) == 1 and next(iter(pieces))[0] == needle):  # several tokens, or spaces: check those left
            candidates = np.flatnonzero(head)
            if len(candidates) * 3 > indexed:  # a scan costs about what checking a third of the keys does
                head &= self.text.scan(needle, 0, indexed)
            else:
                head[candidates] = self.text.contains(needle, candidates)
        if self._stale:
            keys = np.fromiter(self._stale, np.int64, len(self._stale))
            allowed = np.ones(len(keys), bool) if within is None else np.asarray(within)[keys]
            mask[keys] = allowed & self.text.contains(needle, keys)
        return mask


def _pieces(needle: str) -> set[tuple[str, str]]:
    """The needle's tokens, each with what a text's token must do to hold it.

    A word run with something after it in the needle ends there in the text too (a token is a
    maximal run, and its whitespace is the one character after it), so the text's token ends with
    it; with something before it, the token starts with it; with both, it is the token. A non-word
    character is a token of its own: the text's token is it, or starts with it when the needle ends
    right after it (the text may have a space there)."""
    out = set()
    for match in TOKEN.finditer(needle):
        piece = match.group()
        before, after = match.start() > 0, match.end() < len(needle)
        if not WORD.match(piece):
            out.add((piece, "is" if after or piece[-1].isspace() else "start"))
        elif before and after:
            out.add((piece, "is"))
        elif before:
            out.add((piece, "start"))
        elif after:
            out.add((piece, "end"))
        else:
            out.add((piece, "in"))
    return out
