"""An undated act told after a day of the story belongs to that day, not to the days up to the next date.

(Two passes: :func:`on_the_story_day` narrows a window between two dated neighbours; and
:func:`undated_acts_on_the_story_day` dates an act left undated after a dated day, see its docstring.)

Why: ``neighbour_bounds.bound_by_neighbours`` dates an act told with no date of its own by the window
between the dated events before and after it, which is honest when the two are far apart. When the
one before is a single day and the one after is a later sentence a few days on ("On Sunday the river
burst its banks. Firefighters evacuated a care home. On Tuesday the water fell"), the act is told as
part of the day the story has reached, and the next date is where the story moves on: a window over
the following days puts the mark on days nothing happened. Counted on the readable gold (session
seventeen): of 12 such windows of one to six days, 11 were the earlier neighbour's day, one the window.
An act before a dated clause of its own sentence ("tabled a motion, and on 4 December passed it") is
bounded by that clause, and keeps its window; so is an act told after the start of something lasting
("The strike began on 3 May. A farmer was injured. Talks resumed on 9 May"), which may fall on any day
of it.

:func:`explorer.events.neighbour_bounds.bound_by_neighbours` asks this with the two neighbours it
bounded the act by, as records: the step needs nothing but them and the act.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from explorer.events.day_just_told import span_days, told_in_the_next_sentence
from explorer.events.event_dates import is_quoted
from explorer.events.record import Event
from explorer.events.story_time import MOVES_ON
from explorer.sentences import SentenceIndex
from explorer.temporal.timex import Timex

#: A title telling the start of something lasting ("The strike begins", "Voting starts").
_A_START = re.compile(r"(?i)\b(?:begins?|began|begun|starts?|started|commences?|commenced)\b")

#: The widest window (in days) still read as "the story's day, then the next date".
_SHORT_WINDOW_DAYS = 6


def on_the_story_day(bounded: Event, first: Event, last: Event, text: str | None = None) -> Event:
    """``bounded``, an act just dated by the window between its neighbours ``first`` (told before
    it) and ``last`` (after it), takes ``first``'s day when that is a single day, the window is a few
    days (or its sentence comes straight after ``first``'s, telling no time passing, given ``text``)
    and ``last`` is told in a later sentence (see the module's docstring); otherwise it keeps the window."""
    width = span_days(bounded)
    if (width is None or width < 1 or span_days(first) != 0 or bounded.begin != first.begin
            or _A_START.search(first.title) or last.sentence_start < bounded.sentence_end):
        return bounded
    if width > _SHORT_WINDOW_DAYS and not told_in_the_next_sentence(text, bounded, first):
        return bounded
    return replace(bounded, end=bounded.begin,
                   derivation=f"{bounded.derivation}; on the story's day {first.id}, before the next date")


def on_the_story_day_before_the_page(bounded: Event, first: Event, doc_date: date | None) -> Event:
    """``bounded``, an act just dated from ``first`` (the one-day event told before it) up to the page's
    date, because nothing dated follows it or what follows is ahead of the page (a plan: "The trial is
    due to resume in February"), takes ``first``'s day when the page is at most a few days later.
    Why: a news report tells its story's day ("The judge jailed him on Thursday") and then what was done
    that day without a date ("She also banned him from serving as a director"); the page's date is no
    later neighbour told by the story, only the day it was written, and a plan ahead of it no step of
    the story either. Counted on the readable gold (session 25): all 11 such acts the gold dates hold
    the earlier neighbour's day (3 of them were wrong with the window), as :func:`on_the_story_day`
    found for two dated neighbours. The start of something lasting keeps the window."""
    if doc_date is None or first.begin is None or first.begin != first.end or bounded.begin != first.begin \
            or not 0 <= (doc_date - first.begin).days <= _SHORT_WINDOW_DAYS or _A_START.search(first.title):
        return bounded
    return replace(bounded, end=bounded.begin,
                   derivation=f"{bounded.derivation}; on the story's day {first.id}, the page a few days on")


#: How far (in sentences) the story's day carries an act told with no date and no later neighbour,
#: counted from the last act told on that day.
_CARRY_SENTENCES = 6

#: A dated sentence this close after the act (in sentences) that goes back before the story's day
#: leaves the act undated: it opens the return to earlier days ("He was found at 6.40 a.m. on Sunday").
_JUMP_BACK_SENTENCES = 1

#: A paragraph's end: a blank line.
_NEW_PARAGRAPH = re.compile(r"\n[ \t]*\n")

#: A paragraph opened by a phrase that moves the story on (``story_time.MOVES_ON``).
_MOVED_ON_PARAGRAPH = re.compile(r"\n[ \t]*\n[ \t]*" + MOVES_ON.pattern)

#: A present perfect ("has opened", "have been sent"): told up to the page's day, not on the story's day.
_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:(?:now|already|also|since|been)\s+)?[a-z]+(?:ed|en|wn|un|ung|ought|ound)\b")

#: The derivations of the undated pass's acts (``undated_events``): no date in their sentence.
UNDATED_ACT = ("no date in the text", "no date of its own")


#: A pluperfect before a date in its sentence: "had washed away in the April storms", "had been sacked in 1908".
#: (Not a pluperfect progressive, "She had been travelling … on 7 September when …", which opens a scene of
#: the earlier days the text returns to.)
_PLUPERFECT = re.compile(r"(?i)\bhad\s+(?:(?:been|already|just|earlier|previously|once)\s+)*(?!been\b|[a-z]+ing\b)[a-z]+(?:ed|en|wn|un|ung|ought|ound|t)\b")


def told_as_background(text: str, event: Event) -> bool:
    """Whether a dated ``event`` earlier than the story's day is told in the pluperfect (its clause, up to its
    date, holds "had" and a participle): background the story looks back on ("She told us the bridge had
    washed away in the April storms"), not a return of the narrative to earlier days; the acts told
    after it are still the story's day's."""
    if not event.timex or event.timex_start < event.sentence_start:
        return False
    before = text[event.sentence_start:event.timex_start]
    last_break = max(before.rfind(";"), before.rfind(". "))
    return _PLUPERFECT.search(before, last_break + 1) is not None


def _is_dated(event: Event) -> bool:
    return event.begin is not None and event.certainty != "undated"


class _LineStamps:
    """The dates that open a line ("12 June, 14:00. Docked in Galway.", a month's heading "April"), by offset.

    Why: a diary's, a log's or a chronicle's stamp that names another day is where the story moves to,
    whether or not an event was made of it; an undated act after it was carried back to the last dated
    act's day ("10 June. Began the passage home. // 12 June, 14:00. Docked in Galway." put the docking on
    10 June, "On 3 March they occupied the university … // April // A provisional council took power" put
    the council's acts on 3 March; a diary's paragraph opened by its day, "Yesterday was a rest day at the
    hut. The guide checked our transceivers", put the checking on the entry's day)."""

    def __init__(self, text: str, timexes: Sequence[Timex]) -> None:
        self._opening = sorted((t for t in timexes if t.type in ("DATE", "TIME") and t.begin is not None
                                and (t.start == 0 or text[t.start - 1] == "\n")), key=lambda t: t.start)
        self._starts = [t.start for t in self._opening]

    def last_between(self, low: int, high: int) -> Timex | None:
        """The last stamp opening a line from ``low`` up to ``high``, if any."""
        at = bisect.bisect_left(self._starts, high)
        return self._opening[at - 1] if at > 0 and self._starts[at - 1] >= low else None


def _as_story_day(stamp: Timex, like: Event) -> Event:
    """A line's stamp as the story's day an act after it is carried to (a record shaped like ``like``)."""
    return replace(like, id=f"the stamp at {stamp.start}", title=stamp.text, timex=stamp.text, timex_start=stamp.start,
                   timex_end=stamp.end, sentence_start=stamp.start, sentence_end=stamp.end, begin=stamp.begin,
                   end=stamp.end_day if stamp.end_day is not None else stamp.begin, certainty=stamp.certainty,
                   derivation=_STAMP)


#: The derivation of a line's stamp read as the story's day: see :class:`_LineStamps`.
_STAMP = "a line's date stamp"


def _carries(last: Event | None, event: Event, following: Event | None, sentences: SentenceIndex,
             timex_starts: Sequence[int], text: str, doc_date: date | None, reach: int) -> bool:
    """Whether the undated ``event`` is told at ``last``'s day (see :func:`undated_acts_on_the_story_day`)."""
    if last is None or event.begin is not None or event.certainty != "undated" or event.anchor is not None \
            or not event.derivation.startswith(UNDATED_ACT) or last.begin != last.end and last.derivation != _STAMP \
            or last.begin is None \
            or _A_START.search(last.title) and last.timex:
        # (after the start of something lasting, the act may fall on any of its days; not after a start told
        # with no date of its own, itself placed on the story's day: "Dvoran won the stage on Monday. The
        # stage started in rain. Six riders escaped early" tells one day's race, not a span from its start)
        return False
    if doc_date is not None and last.begin > doc_date:
        return False  # the last day told is ahead of the page: a plan, not the story's day
    here = sentences.index_at(event.sentence_start)
    if here - reach > _CARRY_SENTENCES:
        return False
    if following is not None and following.begin is not None and following.begin < last.begin \
            and sentences.index_at(following.sentence_start) - here <= _JUMP_BACK_SENTENCES \
            and not _NEW_PARAGRAPH.search(text, event.sentence_end, following.sentence_start) \
            and not told_as_background(text, following):
        # the text jumps back: the act may belong to the earlier days told next; not when the act ends its
        # paragraph and the next one goes back ("An army helicopter flew her to the capital." then "She had
        # been travelling … on 7 September"): the paragraph told the story's day, the next one its background
        return False
    at = bisect.bisect_left(timex_starts, event.sentence_start)
    if at < len(timex_starts) and timex_starts[at] < event.sentence_end:
        return False  # its sentence names a time ("since April") the dated pass did not take
    # a present perfect in it or in a sentence between ("Crowds have been larger since then") has
    # brought the text to the page's day: the act is told from there, not on the story's day
    # (not one in a speaker's quoted words: "Every city that has done this has seen fewer cars," she said)
    return not any(not is_quoted(text, m.start()) for m in _PERFECT.finditer(text, last.sentence_end, event.sentence_end))


def undated_acts_on_the_story_day(events: Sequence[Event], text: str, timexes: Sequence[Timex],
                                  doc_date: date | None) -> list[Event]:
    """Acts told with no date after a sentence dated to one day take that day, as a reader places them.

    Why: a report that dates its story once ("On 2 May the ferry left the quay at 06:10") tells what
    followed in plain past with no date ("The engine failed. The crew dropped anchor."); so do a
    witness's statement, a case note, a diary's entry and a wire story's next paragraph. The undated
    pass bounds such an act only between two dated neighbours, and left these undated. Counted on the
    readable gold (session eighteen): of 73 undated acts the gold dates that follow a dated event, the
    last dated event's window held 50. The six sentences count from the last act placed on that day,
    not from the dated sentence (session twenty-one): an accident report tells a dozen acts of its one
    day in a row, and 14 readable acts past the sixth sentence were left undated. Not carried: past six
    sentences with no act on the day, after the start of something
    lasting ("The strike began on 3 May"), from a day after the page's date (a plan), when the very
    next sentence goes back before that day (the text returns to earlier days), into a sentence that
    names a date or time of its own, past a paragraph opened by a phrase that moves the story on ("After
    the war …", "Years later …"), or to a present perfect ("has closed"), told up to the page's day, nor past one ("Crowds have been
    larger since then"), which brings the text to the page's day. A plan told in between, ahead of the
    page's date ("The levy will apply from April 2027"), is passed over (session 25): the report tells
    it from its day and goes on with that day ("An amendment was tabled. It was defeated."). A date that
    opens a line after the last dated act (a log's stamp, a month's heading, a diary's "Yesterday was a rest
    day.") is the story's day from there on, even where it made no event (session 49, see
    :class:`_LineStamps`); a start told with no date of its own stops no carry.
    """
    sentences = SentenceIndex(text)
    timex_starts = sorted(t.start for t in timexes if t.type in ("DATE", "TIME"))
    stamps = _LineStamps(text, timexes)
    # (where the paragraphs that move the story on begin, found once: an act after one is not carried back)
    moved_on = [m.start() for m in _MOVED_ON_PARAGRAPH.finditer(text)]
    ordered = sorted(events, key=lambda e: (e.sentence_start, e.timex_start))
    dated_at = [n for n, e in enumerate(ordered) if _is_dated(e)]
    carried: dict[int, Event] = {}  # by id() of the event replaced: the events keep their order
    last: Event | None = None
    reach = 0  # the sentence of the last act told on ``last``'s day: the carry counts from there
    for n, event in enumerate(ordered):
        if _is_dated(event):
            if doc_date is not None and last is not None and event.begin > doc_date:
                continue  # a plan ahead of the page ("The levy will apply from April 2027"): no step of the story
            if last is not None and last.begin is not None and event.begin < last.begin and told_as_background(text, event):
                continue  # "She told us the bridge had washed away in the April storms": background, the day goes on
            last = event
            reach = sentences.index_at(event.sentence_start)
            continue
        if last is not None and bisect.bisect_left(moved_on, last.sentence_end) < bisect.bisect_left(moved_on, event.sentence_start):
            last = None  # "After the war the council decided to scrap the trams": the story has moved on
        stamp = stamps.last_between(last.sentence_end, event.sentence_start) if last is not None else None
        if stamp is not None and (stamp.begin, stamp.end_day or stamp.begin) != (last.begin, last.end):
            last = _as_story_day(stamp, event)  # "12 June, 14:00. Docked in Galway.": the story has moved to the stamp's day
            reach = sentences.index_at(stamp.start)
        nxt = bisect.bisect_right(dated_at, n)
        following = ordered[dated_at[nxt]] if nxt < len(dated_at) else None
        if last is not None and _carries(last, event, following, sentences, timex_starts, text, doc_date, reach):
            reach = sentences.index_at(event.sentence_start)
            carried[id(event)] = replace(event, begin=last.begin, end=last.end, certainty="inferred",
                                         derivation=f"{event.derivation}; told on the story's day {last.id}")
    return [carried.get(id(e), e) for e in events]
