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

Keys are the caller's (the Qt model's storage index, append-only); :meth:`SearchIndex.mask` returns
a boolean array by key, so a filter proxy can AND it with its other masks. Nothing here imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

#: What a token is: a run of word characters, or any single character that is neither word nor space,
#: with the one whitespace character after it if there is one (so that ``"the "`` is answered from
#: the vocabulary alone, without checking the text of every event that says "the").
TOKEN = re.compile(r"(?:\w+|[^\w\s])\s?")
WORD = re.compile(r"\w")

#: The most postings a segment gets by merging (about 30,000 events' worth): merging two sorted
#: segments is one linear pass, and capping it keeps every pass, hence every build step, short.
SEGMENT_CAP = 1_000_000


@dataclass(frozen=True)
class _Segment:
    """Postings of consecutive keys, sorted by token id (keys ascending within a token)."""

    words: np.ndarray  # int32 token id of each posting
    keys: np.ndarray  # int32 key of each posting


class SearchIndex:
    """Token postings over casefolded texts, keyed ``0 .. len - 1`` in the order they were added.

    Build it with :meth:`add` (in chunks, so a caller can spread the work over idle time) and read
    it with :meth:`mask`, also between two :meth:`add`. No step sorts everything: each chunk's
    postings are sorted on their own and merged with the previous segment while the two are of
    a size (as a binary counter carries), up to :data:`SEGMENT_CAP`; a query visits the segments,
    a few dozen at a million events."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self._ids: dict[str, int] = {}
        self._texts: list[str] = []  # casefolded, by key: checks multi-token needles on few keys
        self._segments: list[_Segment] = []
        self._vocab = np.zeros(0, np.dtypes.StringDType())  # token of each id, as far as numbered
        self._new_tokens: list[str] = []  # numbered since _vocab was last extended
        self._replaced: dict[int, str] = {}
        self.add(texts)

    def __len__(self) -> int:
        return len(self._texts)

    def add(self, texts: Iterable[str], folded: bool = False) -> None:
        """Index further texts; their keys follow the ones already added. ``folded`` says they are
        casefolded already (the caller's strings are then kept as they are, not copied).

        Per text only C-level calls run (casefold, ``findall``, ``set``); a token goes through
        Python only the first time the index meets it, the rest are numbered by ``map`` over the
        vocabulary dict."""
        first = len(self._texts)
        folded = list(texts) if folded else [text.casefold() for text in texts]
        if not folded:
            return
        self._texts.extend(folded)
        findall, tokens, counts = TOKEN.findall, [], []
        for text in folded:
            distinct = set(findall(text))
            tokens.extend(distinct)
            counts.append(len(distinct))
        if not tokens:
            return
        ids, new = self._ids, self._new_tokens
        for token in dict.fromkeys(tokens):
            if token not in ids:
                ids[token] = len(ids)
                new.append(token)
        words = np.fromiter(map(ids.__getitem__, tokens), np.int32, len(tokens))
        keys = np.repeat(np.arange(first, len(self._texts), dtype=np.int32), counts)
        order = np.argsort(words, kind="stable")
        self._segments.append(_Segment(words[order], keys[order]))
        self._merge()

    def _merge(self) -> None:
        """Merge the last two segments while the older is at most twice the newer (and the merged
        one within the cap): one stable sort of two sorted runs, a linear merge."""
        segments = self._segments
        while len(segments) >= 2:
            older, newer = segments[-2], segments[-1]
            total = len(older.words) + len(newer.words)
            if len(older.words) > 2 * len(newer.words) or total > SEGMENT_CAP:
                return
            words = np.concatenate([older.words, newer.words])
            keys = np.concatenate([older.keys, newer.keys])
            order = np.argsort(words, kind="stable")  # older keys first within a token: ascending
            segments[-2:] = [_Segment(words[order], keys[order])]

    def replace(self, key: int, text: str, folded: bool = False) -> None:
        """An edited event's new text: checked directly from now on instead of through the postings."""
        text = text if folded else text.casefold()
        self._texts[key] = text
        self._replaced[key] = text

    def settle(self) -> None:
        """Make the vocabulary numbered so far searchable (a query does it too, when first needed)."""
        if self._new_tokens:
            self._vocab = np.concatenate([self._vocab, np.array(self._new_tokens, dtype=np.dtypes.StringDType())])
            self._new_tokens = []

    def _token_keys(self, piece: str, how: str) -> np.ndarray:
        """Keys (bool, by key) with a token that contains ``piece`` (``how`` is ``"in"``), starts
        with it (``"start"``), ends with it (``"end"``) or is it (``"is"``)."""
        mask = np.zeros(len(self._texts), bool)
        vocab = self._vocab
        if how == "is":
            found = self._ids.get(piece)
            hits = np.zeros(0, np.int64) if found is None else np.array([found])
        elif how == "start":
            hits = np.flatnonzero(np.strings.startswith(vocab, piece))
        elif how == "end":
            hits = np.flatnonzero(np.strings.endswith(vocab, piece))
        else:
            hits = np.flatnonzero(np.strings.find(vocab, piece) >= 0)
        if len(hits) == 0:
            return mask
        hits = hits.astype(np.int32)  # as the postings: searchsorted would copy them all to int64
        chosen = None
        for segment in self._segments:
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

    def mask(self, needle: str, within: np.ndarray | None = None) -> np.ndarray:
        """Whether each key's text contains ``needle`` (casefolded), as a bool array by key.

        ``within``, a mask by key of keys known to be the only candidates (say, those a shorter
        needle kept), only narrows the work: keys outside it come back False."""
        self.settle()
        needle = needle.casefold()
        size = len(self._texts)
        if not needle:
            return np.ones(size, bool) if within is None else within[:size].copy()
        pieces = _pieces(needle)
        mask = np.ones(size, bool) if within is None else within[:size].copy()
        for piece, how in sorted(pieces, key=lambda p: (p[1] != "is", -len(p[0]))):  # the rarest first
            mask &= self._token_keys(piece, how)
            if not mask.any():
                break
        if not (len(pieces) == 1 and next(iter(pieces))[0] == needle):  # several tokens, or spaces: check the few left
            candidates = np.flatnonzero(mask)
            texts = self._texts
            mask[candidates] = np.fromiter((needle in texts[k] for k in candidates.tolist()), bool, len(candidates))
        if self._replaced:
            keys = np.fromiter(self._replaced, np.int64, len(self._replaced))
            allowed = np.ones(len(keys), bool) if within is None else within[keys]
            mask[keys] = allowed & np.fromiter((needle in t for t in self._replaced.values()), bool, len(keys))
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
