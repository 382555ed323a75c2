"""What every anchoring rule reads besides the candidate: the text's ``Context``.

The resolver, the tense reader and document dating all ask the same questions of a text (which
sentence holds this offset, where does its paragraph start, is it inside quotes, is this date a
heading of its own), so the record and those lookups live here, below all of them.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from datetime import date

from explorer.temporal.lexicon import NUMBERED_PART_LABELS, alternatives
from explorer.temporal.narrative import Passage


@dataclass(slots=True)
class Context:
    """What anchoring needs besides the candidate itself; passed, never global."""

    text: str
    dct: date | None
    dct_inferred: bool
    narrative: bool
    sentences: list[tuple[int, int]]
    #: news or narrative per passage (``narrative`` then follows the candidate being resolved);
    #: None when the caller forced one reading for the whole text
    passages: list[Passage] | None = None
    quotes: list[tuple[int, int]] = field(default_factory=list)
    #: each sentence's verb markers, by its span, found once (see :func:`.tense_markers.tense_markers`)
    tense_markers: dict[tuple[int, int], list[tuple[int, str, int]]] = field(default_factory=dict)


_HEADING_REST = re.compile(r"[ \t]*(?P<place>[,–—-][ \t]*[A-Z][\w .'’()-]{0,40}?)?[ \t]*[:.]?[ \t]*(?:\n|\Z)")


#: a numbered day or stage of a run that may label a heading's date: an itinerary's "Day 2, Monday",
#: a race's "Stage 4 – Thursday 9 July"; and a numbered issue of a running page, whose entry is
#: written on its date: a mission's "Update 4 - 17 November", a sitrep's "Report 3 – 2 May", a
#: volcano's "Bulletin 12: Friday 4 March"
_NUMBERED_LABEL = re.compile(
    rf"(?:^|\n)[ \t]*(?:{alternatives(NUMBERED_PART_LABELS)}|{alternatives(tuple(w.upper() for w in NUMBERED_PART_LABELS))})"
    r"[ \t]+(?:No\.?[ \t]*)?\d{1,3}[ \t]*[,:.–—-][ \t]*\Z")


#: a letter's or a dispatch's place before its date, the two a line of their own: "Truro, 3rd March 1797",
#: "Camp near Arras, 9 April 1917" (a capital opening the line, up to five words, a comma)
_PLACE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4},[ \t]*\Z")


def is_heading(text: str, start: int, end: int, place: bool = True) -> bool:
    """Whether the expression is a line of its own (a diary's or a log's dated heading), with at
    most a place after it: "Thursday 10 March, El Alto" (``place=False``: with none, the date alone
    on its line but for a closing stop or colon), or a numbered day's label before it ("Day 2,
    Monday"): an itinerary's days are headings its clock times and next weekdays count from."""
    # Only blanks between the line's start and the expression, read from the expression back: taking
    # the whole line cost the text's length per expression in a text without line breaks (issue 15).
    at = start
    while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    if at > 0 and text[at - 1] != "\n":
        label = _NUMBERED_LABEL.search(text, max(0, start - 24), start) \
            or _PLACE_BEFORE.search(text, max(0, start - 40), start)
        if label is None:
            return False
    rest = _HEADING_REST.match(text, end)
    return rest is not None and (place or rest.group("place") is None)


#: a line that names the record the text below it was taken from, ending in the day that record was
#: written: "From the Gazette of 5 November 1926", "Letter dated 3 June 1915", "The Courier, edition of
#: 14 February 1963", "Extract from the minutes of 4 March 1880:" (a capital opening the line, a few
#: words, then "of" or "dated" right before the date)
_SOURCE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w'’&.,()-]*(?:[ \t]+[\w'’&.,()-]+){0,8}?[ \t]+(?:of|dated)[ \t]+\Z")


def names_a_dated_source(text: str, start: int, end: int) -> bool:
    """Whether the expression ends a line of its own that names the record the text below was taken
    from and the day it was written ("From the Gazette of 5 November 1926"): a "years ago" column's
    extract, a letter or a minute, whose "Saturday" and "yesterday" are said on that day, as a
    diary heading's are (see :func:`is_heading`)."""
    if _SOURCE_BEFORE.search(text, max(0, start - 90), start) is None:
        return False
    rest = _HEADING_REST.match(text, end)
    return rest is not None and rest.group("place") is None


#: what may stand before a stamp that opens an entry's line: nothing, or one label word ("Update,")
_ENTRY_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][a-z]{1,12}[,:]?[ \t]+)?$")
#: what follows it: a colon, a spaced dash or a full stop, then the entry's words ("3 October: The lift
#: ...", "6 October. The enemy raided the left post": a diary's or a log's entry, the stamp its own
#: sentence)
_ENTRY_REST = re.compile(r"[ \t]*(?::|[ \t][-–—]|\.)[ \t]+\S")


def opens_entry(text: str, start: int, end: int) -> bool:
    """Whether the expression is a stamp that opens an entry on its own line ("3 October: The lift
    was repaired on Tuesday", "Update, 14 November - Crews ..."), as a status page, a log or a
    timeline dates each entry: what the entry says of "Tuesday" is said on that day."""
    return _ENTRY_LABEL_BEFORE.search(text, max(0, start - 20), start) is not None \
        and _ENTRY_REST.match(text, end) is not None


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` begins (after the blank line before it)."""
    starts = [m.end() for m in PARAGRAPH_BREAK.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def sentence_of(ctx: Context, pos: int) -> tuple[int, int]:
    """The span of the sentence holding ``pos``, or 150 characters either side when no sentence does
    (shared by every reader of a date's clause, so they all read the same sentence)."""
    # Sentences are in text order and do not overlap: a binary search, not a scan per expression.
    i = bisect.bisect_right(ctx.sentences, (pos, math.inf)) - 1
    if i >= 0:
        a, b = ctx.sentences[i]
        if a <= pos < b:
            return a, b
    return max(0, pos - 150), min(len(ctx.text), pos + 150)


#: a relative clause opened after a comma ("The captain, who had joined in 1905, ...")
_RELATIVE_OPENED = re.compile(r"(?i),\s*(?:who|whom|whose|which|where)\b[^,;:]*$")
#: what closes a relative clause before the step: a comma, or a semicolon, colon or dash that ends
#: the whole clause ("a flora, which she had begun in 1904; it won a medal the next year")
_CLAUSE_CLOSED = re.compile(r"[,;:—–]")


def in_closed_relative_clause(text: str, sentence_start: int, start: int, end: int, later: int) -> bool:
    """Whether the date at ``start``–``end`` stands in a relative clause set off by a comma that closes
    before ``later`` (a date or step told after it in the sentence opened at ``sentence_start``): "The
    captain, who had joined in 1905, retired the following year". WHY any clause break closes it: a
    semicolon ends the relative clause as surely as a comma does, and what follows it belongs to the
    next clause, told at the story's time."""
    return _RELATIVE_OPENED.search(text, sentence_start, start) is not None \
        and _CLAUSE_CLOSED.search(text, end, later) is not None


def inside_quotes(ctx: Context, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation: quoted speech keeps its own speaker's time."""
    return any(a <= pos < b for a, b in ctx.quotes)
