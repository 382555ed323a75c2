"""A date after "until" that ends a state an act set up, not the act's own day.

"The council closed the valley road until 15 October", "Ferry sailings were cancelled until Sunday
afternoon", "The board extended his contract until 2028": the closing, the cancelling and the
extending took place before that date, on a day the clause does not give; the date is when the state
they set up ends. Read as the act's day it puts the act weeks (or years) late. Three readings stay:
a state's own end ("stayed open until 1975", "remained in office until 1990" end in a closing or a
leaving of their own, and only verbs that set a state up are read here), a negated act ("was not
opened until 10 November": it was opened then) and a deadline ("has until 5 p.m. on 2 November to
announce"); and a date whose "when" clause tells what ended the state ("was delayed until 2 October,
when the mayor declared the hall open") dates that clause's happening.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from explorer.events.clauses import clause_bounds
from explorer.events.event_dates import another_time_between, coordinated_join
from explorer.events.record import Event

#: An act that sets a state up (a thing closed, called off, put off, stretched, forbidden), then a few
#: words of its object, then "until" or "till" ("closed the valley road until", "extended Osei's
#: contract until", "were cancelled until at least"); or "no later than", whatever the act ("vacated
#: the premises no later than").
_SETS_UP_UNTIL = re.compile(
    r"(?i)(?:\b(?:closed|shut|cancell?ed|suspended|postponed|delayed|deferred|adjourned|extended|banned|barred|"
    r"halted|froze|frozen|blocked|grounded|remanded|prolonged|bailed|released[ \t]+on[ \t]+bail)\b(?:[ \t]+[\w’'&.-]+){0,6}?[ \t]+(?:until|till)"
    r"|\b(?:no|not)[ \t]+later[ \t]+than)[ \t]+(?:at[ \t]+least[ \t]+|about[ \t]+|around[ \t]+)?(?:the[ \t]+)?$")
#: Before the act, in its clause: a negation ("was not opened until", "wasn't reopened until"; no
#: word boundary falls between "was" and "n't", so it is not inside the word group).
_NEGATED = re.compile(r"(?i)\b(?:not|never)\b|n[’']t\b")
#: Right after the date: the happening that ended the state ("…, when the mayor declared it open").
_WHEN_AFTER = re.compile(r"(?i)^\s*,?\s*(?:when|after\s+which|at\s+which)\b")


def ends_a_state(event: Event) -> bool:
    """Whether the event's date follows "until" after an act that sets a state up ("closed the road
    until 15 October") or follows "no later than": the date ends the state or bounds the act, it is
    not the act's day (see the module's docstring for the readings left alone)."""
    if not event.timex:
        return False
    at = event.timex_start - event.sentence_start
    left, _ = clause_bounds(event.sentence, at, at + len(event.timex))
    before = event.sentence[max(left, at - 90):at]
    m = _SETS_UP_UNTIL.search(before)
    if m is None or _NEGATED.search(before[:m.end()]):
        return False
    return _WHEN_AFTER.match(event.sentence[at + len(event.timex):]) is None


#: "died before the spring", "had left before 1990": the act took place before the date. Not a time
#: measured back from it ("shortly before midnight", "two days before the sale", "the night before"),
#: which is the date's own day or counted from it.
_BEFORE = re.compile(r"(?i)(?:^|(?P<word>[\w’'-]+)[ \t]+)before[ \t]+(?:the[ \t]+)?$")
_CLOSE_BEFORE = frozenset(
    "shortly just long well right soon immediately only minutes hours days weeks months years minute hour day "
    "week month year night evening morning afternoon eve the".split())


def before_its_date(event: Event) -> bool:
    """Whether the event's date follows a plain "before" ("came back three times before Christmas"):
    the act is before that date, not on it, and another date of its clause dates it better. (Read
    alone, as the window from the story's reference to the day before, it won one readable pair and
    lost one never-opened: not done.)"""
    if not event.timex or not isinstance(event.begin, date):
        return False
    at = event.timex_start - event.sentence_start
    m = _BEFORE.search(event.sentence, max(0, at - 40), at)
    return m is not None and (m.group("word") or "").lower() not in _CLOSE_BEFORE


def bounds_its_act(event: Event) -> bool:
    """Whether the event's date bounds its act rather than dating it: a state's end
    (:func:`ends_a_state`) or a plain "before" (:func:`before_its_date`)."""
    return ends_a_state(event) or before_its_date(event)


def act_before_the_state_end(events: Sequence[Event], doc_date: date | None = None) -> list[Event]:
    """An event dated only by the end of the state its act set up (:func:`ends_a_state`) takes the
    time of a clause of its sentence it is coordinated with ("The river burst its banks the next
    morning, and the council closed the valley road until 15 October": the next morning), or else
    the window from the story's reference (the last date told before it, or the document's date) to
    that end; either way ``inferred``, the end named in its ``derivation``."""
    out = list(events)
    last_dated: Event | None = None
    for n, e in enumerate(events):
        if e.timex and e.begin is not None and ends_a_state(e):
            out[n] = _dated_before(e, last_dated, doc_date)
        elif e.timex and e.begin is not None and e.sentence_start <= e.timex_start:
            last_dated = e
    return out


#: Between a dated clause's date and a state-setting act: the same subject's "and"
#: and nothing else.
_SAME_SUBJECT_AND = re.compile(r"(?i)^[ \t]+and[ \t]+$")


def _dated_before(e: Event, last: Event | None, doc_date: date | None) -> Event:
    """The event ``e`` (dated by a state's end) re-dated as an act before that end."""
    if (last is not None and last.sentence_start == e.sentence_start and last.timex_end <= e.timex_start
            and last.end is not None):
        between = e.sentence[last.timex_end - e.sentence_start:e.timex_start - e.sentence_start]
        act = _SETS_UP_UNTIL.search(between)  # the act's words, less its "until" and the date
        told = between[:act.start()] if act is not None else between
        # (or the same subject's second verb right after "and": "was arrested on Tuesday and released on
        # bail until 3 July", "dropped one cut on 14 January and delayed the fare rise until October";
        # the state then ends after the act, whatever year a yearless end was given: "until August"
        # read in the past is the tagger's guess, the act's own clause is dated)
        same_subject = _SAME_SUBJECT_AND.search(told) is not None
        if (last.end <= e.end and coordinated_join(told) is not None or same_subject) and not another_time_between(told):
            return replace(e, begin=last.begin, end=last.end, certainty="inferred",
                           derivation=f"{e.derivation}; {e.timex!r} ends the state its act set up: "
                                      f"at the time of the coordinated clause's {last.timex!r}")
    begin = e.begin
    if last is not None and last.begin is not None and type(last.begin) is type(e.begin) and last.begin <= e.begin:
        begin = last.begin
    elif doc_date is not None and isinstance(e.begin, date) and doc_date <= e.begin:
        begin = doc_date
    return replace(e, begin=begin, certainty="inferred",
                   derivation=f"{e.derivation}; {e.timex!r} ends the state its act set up: the act is before it")
