"""Dating an undated happening by its dated neighbours: between the nearest dated events told before and
after it, or between the one before and the document's date when nothing dated follows.

:func:`explorer.events.undated_events.add_undated_occurrences` asks these of each happening it finds
with no date of its own; a reader places such a happening where the story's dates around it put it,
when the narrative there runs forward.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from explorer.events.clause_order import bound_by_main_clause
from explorer.events.record import Event
from explorer.events.relative_dates import relative_aside
from explorer.events.story_day import UNDATED_ACT, on_the_story_day, on_the_story_day_before_the_page
from explorer.events.story_window import in_the_story_s_time
from explorer.sentences import SentenceIndex


#: An act told as following straight on what was told before it: "was suspended at once", "gathered
#: outside parliament within hours", "lowered the limit the same week", "immediately resigned" (not
#: "it was not immediately clear", which tells no act).
_STRAIGHT_AFTER = re.compile(
    r"(?i)(?<!\bnot )\b(?:at\s+once|immediately|straight\s+away|right\s+away|promptly|"
    r"within\s+(?:(?:a\s+few|several|two|three|\d+)\s+)?(?:hours|minutes|the\s+hour)|"
    r"(?:that\s+|the\s+)same\s+(?:day|morning|afternoon|evening|night|week))\b")


def straight_after(occurrence: Event, first: Event) -> Event | None:
    """``occurrence`` in the window of ``first``, the dated event told before it, when its sentence
    tells it as following straight on (see :data:`_STRAIGHT_AFTER`): a reader puts it in that time,
    not anywhere up to the next date. None when its sentence does not."""
    if first.begin is None or _STRAIGHT_AFTER.search(occurrence.sentence) is None:
        return None
    return replace(occurrence, begin=first.begin, end=first.end, certainty="inferred",
                   derivation=f"{occurrence.derivation}; told as straight after {first.id}")


def bound_up_to_the_document_date(occurrence: Event, events: Sequence[Event], sentences: SentenceIndex,
                                  doc_date: date, text: str | None = None) -> Event:
    """Between the nearest dated event told before it and the document's date, when no dated event
    follows near it: a news story that dates its happening ("On 9 February the aircraft …") and then
    tells what was done next without a date ("The captain ordered an evacuation. Cabin crew opened the
    doors.") places them after that date and no later than the day it is published, as a reader does.
    Only a close neighbour dated by a day or a short span, no later than the document's date and less
    than a year before it, bounds so: background a year back tells no story running to the page's day."""
    if bound_by_main_clause(occurrence, events, sentences) is not None:
        return occurrence
    here = sentences.index_at(occurrence.sentence_start)
    before = [e for e in events if e.begin is not None and e.certainty != "undated"
              and 0 <= here - sentences.index_at(e.sentence_start) <= NEIGHBOUR_WINDOW and e.timex_start < occurrence.timex_start]
    after = [e for e in events if e.begin is not None and e.certainty != "undated"
             and 0 <= sentences.index_at(e.sentence_start) - here <= NEIGHBOUR_WINDOW and e.timex_start > occurrence.timex_start]
    if not before or after:
        return occurrence  # (a dated sentence after it that the neighbours did not take: the text jumps back)
    first = before[-1]
    assert first.begin is not None
    if _spans_years(first) or first.begin > doc_date or (doc_date - first.begin).days > _BOUND_SPAN_DAYS:
        return occurrence
    # (one told as straight after it took its window already, in bound_by_neighbours)
    return in_the_story_s_time(on_the_story_day_before_the_page(replace(
        occurrence, begin=first.begin, end=doc_date, certainty="inferred",
        derivation=f"{occurrence.derivation}; bounded by {first.id} and the document's date"), first, doc_date),
        first, None, doc_date, text)


#: How far (in sentences) a dated neighbour may be to bound an undated occurrence.
NEIGHBOUR_WINDOW = 3

#: A neighbour dated by a span longer than this (in days) cannot bound an occurrence.
_BOUND_SPAN_DAYS = 366


def _spans_years(event: Event) -> bool:
    """Whether the event is dated only by a span of years ("the late 1970s", "the 1990s", "1976-1996").

    Such a date is background, not the story's current time: bounding the next undated occurrence by
    it dated "At the time Howes was captured" (told between "the late 1970s" and "mid-1996") to twenty
    years.
    """
    assert event.begin is not None
    return event.end is not None and event.end.toordinal() - event.begin.toordinal() > _BOUND_SPAN_DAYS


def _an_aside_of_its_sentence(event: Event, occurrence: Event) -> bool:
    """Whether ``event`` is dated in a relative aside of the occurrence's own sentence, away from the
    occurrence ("Karl Oden, the goalkeeper who won the cup in 1974, has died"): the aside tells the
    subject's past, no step of the story before the main act, so it bounds nothing."""
    if event.sentence_start != occurrence.sentence_start or not event.timex:
        return False
    aside = relative_aside(occurrence.sentence, event.timex_start - event.sentence_start, event.timex_end - event.sentence_start)
    return aside is not None and not aside[0] <= occurrence.timex_start - occurrence.sentence_start < aside[1]


def bound_by_neighbours(occurrence: Event, events: Sequence[Event], sentences: SentenceIndex,
                        doc_date: date | None = None, text: str | None = None) -> Event:
    """Between the nearest dated events before and after it, when the narrative there runs forward.

    Only close neighbours count, and only when the earlier one does not start after the later one
    ends: a text that jumps back in time gives no honest bound, and the occurrence stays undated.
    A happening told in an "after" or "before" clause is ordered against its main clause instead,
    and one told right after a single day with the next date a few days on takes that day
    (:func:`explorer.events.story_day.on_the_story_day`). One told as following straight on the
    dated event before it (:func:`straight_after`) takes that event's window with no later neighbour.
    A later neighbour ahead of the page's date ``doc_date`` is a plan, no step of the story: the act
    is bounded as by the page's date (:func:`explorer.events.story_day.on_the_story_day_before_the_page`).
    A later neighbour in a later paragraph more than a season on opens another episode: the act takes
    the earlier neighbour's time (:func:`explorer.events.story_window.in_the_story_s_time`, given ``text``).
    """
    ordered = bound_by_main_clause(occurrence, events, sentences)
    if ordered is not None:
        return ordered
    here = sentences.index_at(occurrence.sentence_start)
    dated = [e for e in events if e.begin is not None and e.certainty != "undated"]
    before = [e for e in dated if 0 <= here - sentences.index_at(e.sentence_start) <= NEIGHBOUR_WINDOW and e.timex_start < occurrence.timex_start
              and not _an_aside_of_its_sentence(e, occurrence)]
    after = [e for e in dated if 0 <= sentences.index_at(e.sentence_start) - here <= NEIGHBOUR_WINDOW and e.timex_start > occurrence.timex_start]
    if not before:
        return occurrence
    first = before[-1]
    # "The dam cracked in March 1931. The village was evacuated immediately.": told as straight after
    # the dated event before it, whatever follows (nothing dated, no document date, a jump back)
    at_once = straight_after(occurrence, first)
    if at_once is not None:
        return at_once
    if not after:
        return occurrence
    last = after[0]
    assert first.begin is not None and last.end is not None
    if first.begin > last.end or _spans_years(first) or _spans_years(last):
        return occurrence
    bounded = replace(
        occurrence,
        begin=first.begin,
        end=last.end,
        certainty="inferred",
        derivation=f"{occurrence.derivation}; bounded by neighbours {first.id} and {last.id}",
    )
    if doc_date is not None and last.begin is not None and last.begin > doc_date >= first.begin:
        # (the plan ahead of the page is no step of the story, unless it is told in the act's own sentence;
        # a past act told before it happened by the page's date at the latest: "The library opened on 10
        # March. Mrs Okafor cut the ribbon. Term ends on 4 April", written on 21 March)
        if last.sentence_start >= bounded.sentence_end and occurrence.derivation.startswith(UNDATED_ACT):
            bounded = replace(bounded, end=doc_date)
        return in_the_story_s_time(on_the_story_day_before_the_page(bounded, first, doc_date), first,
                                   last if last.sentence_start < bounded.sentence_end else None, doc_date, text)
    # (a window over months the story has not reached yet narrows to the earlier neighbour's time, see story_window)
    return in_the_story_s_time(on_the_story_day(bounded, first, last, text), first, last, text=text)
