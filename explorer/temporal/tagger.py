"""The tagger: detect candidates, coordinate ranges and lists, anchor each against the document.

This module only orchestrates; the grammar (what counts as an expression), the normaliser (what a
value covers) and the resolver (what an underspecified one means here) are separate so each can be
tested and changed alone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Callable

from explorer.calendar import Day
from explorer.temporal.phrases import dateparser_span
from explorer.temporal.coordination import coordinate
from explorer.temporal.dated_lists import lists_around_the_page, years_on_the_pages_day
from explorer.temporal.fiscal import to_calendar_periods
from explorer.temporal.document_date import dateline_day_before, find_document_date, infer_document_date, spoken_date
from explorer.temporal.grammar import find_candidates
from explorer.temporal.narrative import passages, quoted_spans
from explorer.temporal.per_text import sentence_spans, tense_markers
from explorer.temporal.normalize import bc_span, narrow
from explorer.temporal.anchor_context import Context
from explorer.temporal.letter_months import in_letter_months
from explorer.temporal.resolve import Resolver
from explorer.temporal.resolver_state import STORY_BC
from explorer.temporal.timex import Timex
from explorer.temporal.winter_labels import days_value


def tag(text: str, dct: date | None = None, *, dct_inferred: bool = False,
        narrative: bool | None = None, progress: Callable[[int], None] | None = None) -> list[Timex]:
    """Every temporal expression in ``text``, sorted by start, resolved against ``dct``.

    ``dct_inferred`` marks everything resolved against the document date as "inferred" (use it
    with :func:`infer_document_date`). ``narrative`` forces (True) or forbids (False) reading
    underspecified dates against the story's current time; by default each passage decides.
    ``progress(offset)``: told the offset each expression resolved starts at (a big document's
    progress, see ``explorer.ingest.document_progress``; it may raise to stop the tagging).
    """
    cands = to_calendar_periods(text, coordinate(text, find_candidates(text)))
    sentences = sentence_spans(text)
    spoken = spoken_date(text) if dct is not None else None
    if dct is not None and spoken is not None and 0 <= (dct - spoken).days <= 92:
        # a transcript published after it was recorded: its speakers' "yesterday" is the recording's
        dct = spoken
    elif dct is not None and (filed := dateline_day_before(text, dct)) is not None:
        # wire copy dated when it was filed, a day or two after the day its dateline prints
        dct = filed
    parts = passages(text, cands, dct, not dct_inferred) if narrative is None else None
    ctx = Context(text, dct, dct_inferred, bool(narrative), sentences, parts, quoted_spans(text), tense_markers(text))
    resolver = Resolver(ctx, cands)
    for c in cands:
        if progress is not None:
            progress(c.start)
        resolver.add(c)
    dated = years_on_the_pages_day(text, dct, lists_around_the_page(text, dct, resolver.timexes()))
    return [_with_bc_days(t) for t in in_letter_months(dated, dct)]


def _with_bc_days(t: Timex) -> Timex:
    """A stated year before 1 ("264 BC") gets its calendar days, as ``Day`` (``date`` has none)."""
    stated = t.derivation == "explicit" or t.derivation.startswith(STORY_BC)
    if t.begin is not None or not t.value.startswith("BC") or not stated and not t.parts:
        return t
    if t.parts:
        parts = tuple(_with_bc_days(p) for p in t.parts)
        if any(p.begin is None for p in parts):
            return t
        begin = min(p.begin for p in parts)  # type: ignore[type-var]
        end = max(p.end_day for p in parts)  # type: ignore[type-var]
        return replace(t, parts=parts, begin=begin, end_day=end, certainty="exact")
    span = bc_span(days_value(t))
    if span is None:
        return t
    if t.mod in ("START", "MID", "END"):
        span = narrow(span, t.mod)  # type: ignore[arg-type]
    return replace(t, begin=span[0], end_day=span[1], certainty="exact" if t.derivation == "explicit" else "inferred")


def parse_date_phrase(phrase: str, reference: date | None = None, *,
                      before_year_one: bool = False) -> tuple[date, date] | tuple[Day, Day] | None:
    """A phrase a user typed ("March 2019", "the 1990s") as an inclusive day span.

    Our grammar reads English the way the tagger does; what it cannot read goes to dateparser.
    ``before_year_one``: a caller that takes calendar ``Day``s (go to date on a BC history) also gets
    "264 BC" or "the 3rd century BC" as a span of them; the others (editing a date, sidecars) take
    ``date`` only, which has no day before year 1, so for them such a phrase reads as no date.
    """
    phrase = phrase.strip()
    if not phrase:
        return None
    found = tag(phrase, reference or date.today(), narrative=False)
    if before_year_one:
        bc = [t for t in found if isinstance(t.begin, Day) and isinstance(t.end_day, (Day, date))]
        if bc:
            best = max(bc, key=lambda t: t.end - t.start)
            assert best.begin is not None and best.end_day is not None
            return best.begin, Day.from_date(best.end_day) if isinstance(best.end_day, date) else best.end_day
    found = [t for t in found if isinstance(t.begin, date) and isinstance(t.end_day, date)]
    if not found:
        return dateparser_span(phrase, reference)
    best = max(found, key=lambda t: t.end - t.start)
    assert best.begin is not None and best.end_day is not None
    ours = best.begin, best.end_day
    if (best.end - best.start) < 0.8 * len(phrase):
        # We read only part of it ("2018" of "26 décembre 2018"): a finer reading inside ours wins.
        theirs = dateparser_span(phrase, reference)
        if theirs and ours[0] <= theirs[0] and theirs[1] <= ours[1]:
            return theirs
    return ours


__all__ = ["tag", "find_document_date", "infer_document_date", "parse_date_phrase"]
