"""Every trigger's matches from one pass over the text, exactly as ``finditer`` finds them.

Scanning runs each rule only in windows around its trigger words. Finding those windows took one
pass of every trigger pattern over the whole text (some seventy passes, half of the tagger's time),
although on a given text most triggers never match. Here the first few characters a trigger's match
can begin with are read from its parsed pattern; the places where any of those beginnings stands in
the lowercased text are found by one short pattern per first character (searched for as a literal,
which is fast), and each trigger is tried only at the places where one of its own beginnings stands
(and only after its own previous match). A trigger's matches begin only where its beginnings stand,
so the places tried include every start its own ``finditer`` would find, and trying them left to
right, skipping what its previous match covered, is what ``finditer`` does: the matches, and the
windows built from them, are the same.

A pattern whose beginnings cannot be read (it starts with ``.``, a negated or word class, a back
reference, any space) keeps its own pass; so does, on a text with a digit other than 0-9, one whose
beginnings start with a digit, and, on a text with a character that case-insensitive matching
equates with a letter of its beginnings but that does not lowercase to it ("ſ", "ı"), one run on the
text as written (:meth:`TriggerPass.matches` leaves them out).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
try:  # CPython's own regex parser (3.11+): private, so its absence only turns the shared pass off
    from re import _casefix as casefix, _parser  # type: ignore[attr-defined]
    from re import _constants as C  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: every pattern keeps its own pass
    casefix = _parser = C = None

#: how many characters of a match's beginning are read (more: fewer false places, a longer pattern
#: that takes longer to build): a rule's own beginnings (see :mod:`.window_matches`)
_HEAD = 3
#: the same for the triggers of the combined pass, which reads every text whole: with three, the
#: sample's texts had 3066 places for 330 matches, with four 1618 (its walk 5.5 -> 3.6 ms; building
#: the pass takes 4 ms more, once)
TRIGGER_HEAD = 4
#: a class this large is no use as a beginning
_MAX_CLASS = 64

# A token: characters (as they stand in the lowercased text) plus whether any digit / space matches.
Token = tuple[frozenset[str], bool, bool]

#: a digit other than 0-9 (``\d`` matches it; the places are searched for with 0-9 only)
OTHER_DIGIT = re.compile(r"[^\D0-9]")
ASCII_DIGITS = "0123456789"
#: an inline IGNORECASE flag, global or scoped ("(?i)", "(?i:", "(?ai-m:")
_INLINE_IGNORECASE = re.compile(r"\(\?[aiLmsux]*i[aiLmsux]*(?:-[imsx]+)?[:)]")
#: below this length a text's places are found by one search instead of one per first character
_SHORT = 500
#: how much of a long text's places are listed at a time
_CHUNK = 1 << 16


class _NoHead(Exception):
    """The pattern's beginning cannot be read: its trigger keeps its own pass."""


def _chars(c: str, on_lower: bool) -> set[str]:
    """What a character of the pattern stands as in the lowercased text: itself for a pattern run on
    that text, else lowercased (its other case, under IGNORECASE, lowercases the same)."""
    if on_lower:
        return {c}
    low = c.lower()
    if len(low) != 1:
        raise _NoHead(c)
    return {low}


def _in_token(items: list[tuple[object, object]], on_lower: bool) -> Token | None:
    chars: set[str] = set()
    digit = space = False
    for op, av in items:
        if op is C.LITERAL:
            chars |= _chars(chr(av), on_lower)  # type: ignore[arg-type]
        elif op is C.RANGE:
            lo, hi = av  # type: ignore[misc]
            if hi - lo > _MAX_CLASS:
                return None
            for code in range(lo, hi + 1):
                chars |= _chars(chr(code), on_lower)
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            digit = True
        elif op is C.CATEGORY and av is C.CATEGORY_SPACE:
            space = True
        else:
            return None  # a negated class, a word class: anything may begin there
    if len(chars) > _MAX_CLASS:
        return None
    return frozenset(chars), digit, space


def _heads(items: Iterable[tuple[object, object]], open_: set[tuple[Token, ...]],
           closed: set[tuple[Token, ...]], on_lower: bool, length: int = _HEAD) -> set[tuple[Token, ...]]:
    """The beginnings after ``items``, from the beginnings ``open_`` before them. A beginning that
    reached its length, or after which the pattern goes on in a way not read, moves to ``closed``
    (every match then begins with one of ``closed``). Zero-width assertions are passed over: without
    them a beginning matches at least where the pattern does."""
    for op, av in items:
        if not open_:
            break
        if op is C.LITERAL or op is C.IN:
            tok = (frozenset(_chars(chr(av), on_lower)), False, False) if op is C.LITERAL else _in_token(av, on_lower)  # type: ignore[arg-type]
            if tok is None:
                closed |= open_
                open_ = set()
                continue
            grown = set()
            for head in open_:
                (closed if len(head) + 1 >= length else grown).add(head + (tok,))
            open_ = grown
        elif op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
            continue
        elif op is C.SUBPATTERN:
            open_ = _heads(av[3], open_, closed, on_lower, length)  # type: ignore[index]
        elif op is C.ATOMIC_GROUP:
            open_ = _heads(av, open_, closed, on_lower, length)  # type: ignore[arg-type]
        elif op is C.BRANCH:
            out: set[tuple[Token, ...]] = set()
            for alt in av[1]:  # type: ignore[index]
                out |= _heads(alt, set(open_), closed, on_lower, length)
            open_ = out
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = av  # type: ignore[misc]
            done = set(open_) if lo == 0 else set()
            cur = set(open_)
            reps = 0
            while cur and reps < min(hi, length):
                cur = _heads(sub, cur, closed, on_lower, length)
                reps += 1
                if reps >= lo:
                    done |= cur
            if reps < lo or reps < hi:
                closed |= cur  # more repetitions may follow: what was read so far begins the match
            open_ = done
        else:
            raise _NoHead(str(op))  # a back reference, "." or a negated literal: not read
    return open_


def beginnings(pattern: str, on_lower: bool, flags: int = 0, length: int = _HEAD) -> set[tuple[Token, ...]] | None:
    """What a match of ``pattern`` begins with (up to ``length`` characters each) as it stands in the
    lowercased text (``on_lower``: the pattern runs on that text), or None if unknown."""
    if _parser is None or casefix is None:
        return None  # nothing can be read: the pattern runs its own pass, as before the shared one
    try:
        parsed = _parser.parse(pattern, flags)
        closed: set[tuple[Token, ...]] = set()
        closed |= _heads(parsed, {()}, closed, on_lower, length)
    except (_NoHead, re.error):
        return None
    if not closed or () in closed:
        return None
    return closed


def case_partners(found: set[tuple[Token, ...]], compiled: re.Pattern[str], on_lower: bool) -> set[str]:
    """The characters that case-insensitive matching equates with a character of the beginnings
    ``found`` but that do not lowercase to it: under IGNORECASE "i" also matches "ı" and "s" "ſ",
    which lowercase to themselves, so a text holding one is read the old way."""
    if on_lower and not compiled.flags & re.IGNORECASE and not _INLINE_IGNORECASE.search(compiled.pattern):
        return set()
    named = {ch for h in found for chars, _d, _s in h for ch in chars}
    return {chr(x) for ch in named for x in casefix._EXTRA_CASES.get(ord(ch), ())} - named


def _token_regex(tok: Token) -> str:
    chars, digit, space = tok
    if len(chars) == 1 and not digit and not space:
        return re.escape(next(iter(chars)))
    body = "".join("\\" + c if c in "\\]^-[" else c for c in sorted(chars))
    return "[" + body + ("\\d" if digit else "") + ("\\s" if space else "") + "]"


def trie_regex(heads: Iterable[tuple[Token, ...]]) -> str:
    trie: dict = {}
    for head in heads:
        node = trie
        for tok in head:
            node = node.setdefault(_token_regex(tok), {})
        node[""] = {}  # a beginning may end here

    def emit(node: dict) -> str:
        if "" in node:
            return ""  # anything longer that shares this beginning is matched by it already
        alts = [k + emit(v) for k, v in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


class TriggerPass:
    """The combined pass for a set of patterns, each under a key (a trigger, a rule scanned over the
    whole text) and with the text it runs on: the lowercased text for a trigger compiled in its
    lowercase form, else the text itself."""

    def __init__(self, patterns: list[tuple[Hashable, re.Pattern[str], bool]]) -> None:
        #: (key, compiled, runs on lowercased text) of the patterns this pass serves
        self.served: list[tuple[Hashable, re.Pattern[str], bool]] = []
        #: each served trigger's beginnings as one pattern (tried on the few characters at a place)
        self._begins: list[re.Pattern[str]] = []
        #: the served patterns a text with a digit other than 0-9 / with a case partner of a
        #: character of their beginnings (below) must leave to their own pass
        self._digit_first: set[int] = set()
        self._cased: set[int] = set()
        partners: set[str] = set()
        by_first: dict[str, set[tuple[Token, ...]]] = {}
        for key, compiled, on_lower in patterns:
            found = beginnings(compiled.pattern, on_lower, compiled.flags, TRIGGER_HEAD)
            if found is None or any(h[0][2] for h in found):
                continue  # unread, or beginning with any space: left to its own pass
            i = len(self.served)
            self.served.append((key, compiled, on_lower))
            self._begins.append(re.compile(trie_regex(found)))
            if any(h[0][1] for h in found):
                self._digit_first.add(i)
            mine = case_partners(found, compiled, on_lower)
            if mine:
                self._cased.add(i)
                partners |= mine
            for head in found:
                chars, digit, _ = head[0]
                for ch in chars | (set(ASCII_DIGITS) if digit else set()):
                    by_first.setdefault(ch, set()).add(head[1:])
        # One pattern per first character: it is searched for as a literal (fast), the rest of a
        # beginning is a lookahead, so every place is found even where beginnings overlap.
        self._places = [re.compile(re.escape(ch) + ("" if () in rest else "(?=" + trie_regex(rest) + ")"))
                        for ch, rest in sorted(by_first.items())]
        # A short text (a header line) is searched once with all of them as one lookahead: the
        # per-character patterns are faster per character, but each search has its own cost.
        self._all_places = re.compile("(?=" + "|".join(p.pattern for p in self._places) + ")") if self._places else None
        self._at: dict[str, list[int]] = {}
        self._partners = re.compile("[" + "".join(re.escape(c) for c in sorted(partners)) + "]") if partners else None
        #: the last ``keep`` :meth:`read` was given and what it said of each served pattern (a scan
        #: of a short line would otherwise ask it a hundred times for one answer)
        self._kept: tuple[Callable[[Hashable], bool], list[bool]] | None = None
        #: the keys of the patterns served (what a :class:`Reading` of a text none leaves reads)
        self.keys = frozenset(key for key, _, _ in self.served)

    def _candidates(self, key: str) -> list[int]:
        """The served triggers with a beginning that matches at the start of ``key`` (the text's
        next few characters at a place)."""
        got = self._at.get(key)
        if got is None:
            if len(self._at) > 200_000:
                self._at.clear()
            got = self._at[key] = [i for i, begins in enumerate(self._begins) if begins.match(key)]
        return got

    def _hits(self, text: str, lower: str) -> tuple[set[int], Iterator[tuple[int, re.Match[str]]]]:
        """The served patterns this text leaves to their own pass, and every other one's matches,
        as (index, match), in the order of their starts."""
        left: set[int] = set()
        if self._partners is not None and self._partners.search(text) is not None:
            left |= self._cased
        if self._digit_first and OTHER_DIGIT.search(text) is not None:
            left |= self._digit_first
        return left, self._walk(text, lower, left)

    def _walk(self, text: str, lower: str, left: set[int]) -> Iterator[tuple[int, re.Match[str]]]:
        served = self.served
        behind = [0] * len(served)
        for i in left:
            behind[i] = len(text) + 1  # never tried: its own pass reads this text
        for places in self._places_by_chunk(lower):
            for at in places:
                for i in self._candidates(lower[at:at + TRIGGER_HEAD]):
                    if behind[i] > at:
                        continue  # inside this pattern's previous match (finditer goes on after it), or left
                    _key, compiled, on_lower = served[i]
                    hit = compiled.match(lower if on_lower else text, at)
                    if hit is not None:
                        yield i, hit
                        behind[i] = hit.end()

    def _places_by_chunk(self, lower: str) -> Iterator[list[int]]:
        """Where some beginning stands, in order, a chunk of the text at a time (a 50 MB text does
        not hold a list of all its places at once). A place's beginning is read up to TRIGGER_HEAD
        characters past the chunk's end, so every place is found whole, once."""
        n = len(lower)
        if n < _SHORT:
            yield [m.start() for m in self._all_places.finditer(lower)]  # type: ignore[union-attr]
            return
        for a in range(0, n, _CHUNK):
            b = min(n, a + _CHUNK)
            places: list[int] = []
            for pattern in self._places:
                places.extend([m.start() for m in pattern.finditer(lower, a, min(n, b + TRIGGER_HEAD)) if m.start() < b])
            places.sort()
            yield places

    def matches(self, text: str, lower: str) -> dict[Hashable, list[re.Match[str]]] | None:
        """Each served pattern's matches in ``text`` (``lower`` is its lowercase, same length), as
        its ``finditer`` would give them, or None when there are none; a served pattern missing from it
        needs its own pass on this text."""
        if not self._places:
            return None
        left, hits = self._hits(text, lower)
        served = self.served
        out: dict[Hashable, list[re.Match[str]]] = {served[i][0]: [] for i in range(len(served)) if i not in left}
        for i, hit in hits:
            out[served[i][0]].append(hit)
        return out

    def read(self, text: str, lower: str, window: int, keep: Callable[[Hashable], bool]) -> Reading | None:
        """What a scan needs, without holding every match: the matches of the patterns ``keep``
        names, and for the others (triggers) the windows of ``window`` characters either side of
        their matches, merged where they overlap, and where their first match starts."""
        if not self._places:
            return None
        left, hits = self._hits(text, lower)
        served = self.served
        if self._kept is None or self._kept[0] is not keep:
            self._kept = keep, [keep(key) for key, _, _ in served]
        kept = self._kept[1]
        reading = Reading(read=self.keys if not left else self.keys - {served[i][0] for i in left})
        n = len(text)
        for i, hit in hits:
            key = served[i][0]
            if kept[i]:
                reading.matches.setdefault(key, []).append(hit)
                continue
            out = reading.windows.setdefault(key, [])
            start, end = hit.span()
            if not out:
                reading.first[key] = start
            a, b = max(0, start - window), min(n, end + window)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], b))
            else:
                out.append((a, b))
        return reading


@dataclass(slots=True)
class Reading:
    """One text as the combined pass read it (see :meth:`TriggerPass.read`). Only the patterns that
    matched have an entry in ``matches`` or ``windows`` (a short line matches a handful of a hundred:
    an empty list for each of the others cost more than the line's reading); ``read`` says which
    patterns the pass read on this text, the others (not served, or left by this text to their own
    pass) have no answer here."""

    matches: dict[Hashable, list[re.Match[str]]] = field(default_factory=dict)
    windows: dict[Hashable, list[tuple[int, int]]] = field(default_factory=dict)
    first: dict[Hashable, int] = field(default_factory=dict)
    read: Collection[Hashable] = frozenset()

    def matches_of(self, key: Hashable) -> list[re.Match[str]] | None:
        """The matches of a pattern whose matches were kept, or None if the pass did not read it."""
        return self.matches.get(key, []) if key in self.read else None

    def windows_of(self, key: Hashable) -> list[tuple[int, int]] | None:
        """The windows of a trigger, or None if the pass did not read it."""
        return self.windows.get(key, []) if key in self.read else None
