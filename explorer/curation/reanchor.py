"""Moving the user's edits from a document's old text to its new text.

An edit is keyed by the span of its expression (:class:`~explorer.curation.model.SpanKey`). When an
article comes back changed (a typo fixed, a paragraph added, an updated download), each span is placed
in the new text, in this order:

1. **moved**: the expression's text is unchanged and the diff (:mod:`explorer.curation.textmap`) says
   where it went: text before it changed, or text elsewhere;
2. **re-anchored**: the diff cannot place it (its neighbourhood changed), but the same words occur in
   a sentence much like the old one: the best such sentence wins, the nearest on a tie;
3. **reworded**: the expression's words changed, its sentence is recognisably the same, and the
   extractor finds an expression there with the same value ("March 3, 2019" → "3 March 2019");
4. **orphaned**: otherwise. The edit is kept on the old text and the user decides; when an
   expression stands where the old one stood (reworded to another date), it is offered as the
   suggestion to re-attach to.

An edit on an extracted event lands only on a span the extractor found in the new text (else it
would show nowhere): when the words are there but the extractor cut them differently, the one
expression overlapping them is taken if it has the same value.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Iterable, Literal, Mapping

from explorer.curation.model import EventEdit, SpanKey
from explorer.curation.textmap import TOKEN, TextMap, diff_texts
from explorer.events.record import Event
from explorer.sentences import SentenceIndex

How = Literal["moved", "reanchored", "reworded", "orphaned"]
#: How alike (0-1, by words) a new sentence must be to the old one to hold the same expression.
SAME_SENTENCE = 0.6
#: Occurrences of an expression's words looked at, at most (a bare "2019" can occur very often).
MAX_CANDIDATES = 200

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Placement:
    old: Span
    new: Span | None  # None: orphaned
    how: How
    suggestion: Span | None = None  # for an orphan: the expression standing where it stood


def similarity(a: str, b: str) -> float:
    """How alike two sentences are, by their words (0 unlike, 1 the same)."""
    ta, tb = [t for t in TOKEN.findall(a) if not t.isspace()], [t for t in TOKEN.findall(b) if not t.isspace()]
    if not ta and not tb:
        return 1.0
    return SequenceMatcher(None, ta, tb, autojunk=False).ratio()


class Reanchor:
    """Places spans of ``old`` in ``new``. ``targets`` maps the spans the extractor found in the new
    text to their TIMEX3 value; ``old_values`` the old text's."""

    def __init__(self, old: str, new: str, targets: Mapping[Span, str], old_values: Mapping[Span, str]) -> None:
        self.old, self.new = old, new
        self.targets, self.old_values = targets, old_values
        self.map: TextMap = diff_texts(old, new)
        self._old_sentences = SentenceIndex(old)
        self._new_sentences = SentenceIndex(new)
        self._target_list = sorted(targets)

    def place_all(self, spans: Iterable[tuple[Span, bool]]) -> list[Placement]:
        """``spans``: (old span, whether the user added it by hand: any words will do as its target).
        A new span is given to one old span only; a later claimant is orphaned."""
        out, taken = [], set()
        for span, free in spans:
            placed = self.place(span, free)
            if placed.new is not None and placed.new in taken:
                placed = Placement(span, None, "orphaned", placed.new)
            if placed.new is not None:
                taken.add(placed.new)
            out.append(placed)
        return out

    def place(self, span: Span, free: bool = False) -> Placement:
        start, end = span
        if not 0 <= start <= end <= len(self.old) or (free and start == end):
            return Placement(span, None, "orphaned")
        if start == end:
            return self._place_point(span)
        exact = self.map.span(start, end)
        if exact is not None:
            landed = self._land(exact, free, self.old_values.get(span, ""))
            if landed is not None:
                return Placement(span, landed, "moved" if landed == exact else "reanchored")
        found = self._by_words(span, free)
        if found is not None:
            return Placement(span, found, "reanchored")
        return self._reworded(span, free)

    # -- the steps ---------------------------------------------------------------------------------

    def _place_point(self, span: Span) -> Placement:
        """An event the text never dates ("Zarif resigned") is keyed by a point before its word: it
        goes where the diff puts that point, else to the same word in the sentence most like its own."""
        exact = self.map.span(*span)
        if exact is not None and exact in self.targets:
            return Placement(span, exact, "moved")
        word = TOKEN.match(self.old, span[0])
        old_sentence, near = self._old_sentence(span), self.map.position(span[0])
        best: tuple[float, int, Span] | None = None
        for target in self._target_list:
            if target[0] != target[1] or (word is not None and not self.new.startswith(word.group(), target[0])):
                continue
            s_start, s_end = self._new_sentence_at(target[0])
            score = similarity(old_sentence, self.new[s_start:s_end])
            if score >= SAME_SENTENCE and (best is None or (-score, abs(target[0] - near), target) < best):
                best = (-score, abs(target[0] - near), target)
        return Placement(span, best[2], "reanchored") if best is not None else Placement(span, None, "orphaned")

    def _land(self, new_span: Span, free: bool, old_value: str = "") -> Span | None:
        """``new_span`` if an edit can stand there; else the one expression the extractor found over
        those words, when it means the same ("December 7" read as "December 7, 2018")."""
        if free or new_span in self.targets:
            return new_span
        overlapping = self._overlapping(new_span)
        if len(overlapping) == 1 and (not old_value or self.targets[overlapping[0]] == old_value):
            return overlapping[0]
        return None

    def _overlapping(self, span: Span) -> list[Span]:
        start, end = span
        return [t for t in self._target_list if t[0] < max(end, start + 1) and t[1] > start]

    def _old_sentence(self, span: Span) -> str:
        sentence = self._old_sentences.at(span[0])
        return self.old[sentence.start : sentence.end] if sentence else self.old[span[0] : span[1]]

    def _new_sentence_at(self, offset: int) -> tuple[int, int]:
        sentence = self._new_sentences.at(offset)
        return (sentence.start, sentence.end) if sentence else (offset, offset)

    def _by_words(self, span: Span, free: bool) -> Span | None:
        """The same words in the new text, in the sentence most like the old one."""
        words = self.old[span[0] : span[1]]
        if not words.strip():
            return None
        old_sentence = self._old_sentence(span)
        near = self.map.position(span[0])
        best: tuple[float, int, Span] | None = None
        at = self.new.find(words)
        for _ in range(MAX_CANDIDATES):
            if at < 0:
                break
            landed = self._land((at, at + len(words)), free, self.old_values.get(span, ""))
            if landed is not None:
                s_start, s_end = self._new_sentence_at(at)
                score = similarity(old_sentence, self.new[s_start:s_end])
                if score >= SAME_SENTENCE:
                    rank = (-score, abs(at - near), landed)
                    if best is None or rank < best:
                        best = rank
            at = self.new.find(words, at + 1)
        return best[2] if best is not None else None

    def _reworded(self, span: Span, free: bool) -> Placement:
        """The expression at the old one's place, in the same sentence: taken when it means the same."""
        new_start = self.map.position(span[0])
        new_end = max(self.map.position(span[1]), new_start)
        s_start, s_end = self._new_sentence_at(new_start)
        candidates = [t for t in self._overlapping((new_start, new_end)) if s_start == s_end or s_start <= t[0] and t[1] <= s_end]
        if len(candidates) != 1:
            return Placement(span, None, "orphaned")
        candidate = candidates[0]
        old_sentence = self._old_sentence(span)
        o_start = self._old_sentences.at(span[0])
        o_base = o_start.start if o_start else span[0]
        old_rest = old_sentence[: span[0] - o_base] + old_sentence[span[1] - o_base :]
        new_rest = self.new[s_start : candidate[0]] + self.new[candidate[1] : s_end]
        if similarity(old_rest, new_rest) < SAME_SENTENCE:
            return Placement(span, None, "orphaned")
        old_value = self.old_values.get(span, "")
        if not free and old_value and self.targets.get(candidate) == old_value:
            return Placement(span, candidate, "reworded")
        return Placement(span, None, "orphaned", candidate)


def carry_edits(
    edits: Mapping[SpanKey, EventEdit], old_text: str, new_text: str, new_hash: str,
    old_events: Iterable[Event], new_events: Iterable[Event],
) -> dict[SpanKey, SpanKey]:
    """Where each of one document's edits goes in its new text: ``{old key: new key}``; the edits
    left out are orphaned."""
    if not edits:
        return {}
    anchor = Reanchor(
        old_text, new_text, {(e.timex_start, e.timex_end): e.value for e in new_events},
        {(e.timex_start, e.timex_end): e.value for e in old_events},
    )
    keys = sorted(edits, key=lambda k: (k.start, k.end))
    placements = anchor.place_all(((k.start, k.end), edits[k].added) for k in keys)
    return {key: SpanKey(new_hash, *p.new, key.act) for key, p in zip(keys, placements) if p.new is not None}
