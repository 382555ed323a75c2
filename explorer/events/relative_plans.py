"""A done act whose sentence's only date stands in a trailing relative clause (or a clause joined by
"and") telling what is to come.

"The board declared an interim dividend of 4p, which will be paid on 14 January"; "The opposition tabled
a motion of no confidence, which is scheduled for a vote on Tuesday"; "The council agreed to buy two
electric lorries, which are due to arrive in March". The date is the plan's: when the dividend is paid,
when the vote is held, when the lorries come. The main clause tells an act already done (declared,
tabled, agreed), told in the past, on a day the date cannot be: it lies ahead of the act. Titled from
the main clause, the event took the plan's date and put a done act weeks into the future.

Such an act is told on the story's day, like any act told with no date of its own
(:mod:`explorer.events.story_day`): it takes the day of the last one-day event told before it, when
that is at most a few sentences back and not after the page's date (certainty ``inferred``, named in
its ``derivation``). With no such day the act is left undated: an honest gap, not a wrong mark.
Counted on the readable gold (session 25): two such sentences of different writers, both dated by the
plan (one now takes its story's day, one is left undated); in our own test articles, an interim results
statement told the same way ("declared an interim dividend, which will be paid on 14 January").

The same holds for a clause of what is to come joined to the done act by "and" ("Both men have been
charged with robbery and will appear before magistrates on Thursday"): counted on the readable gold
(session 34), the gold leaves such done acts undated.

Only the date the event gets changes here; which events there are is the builder's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from explorer.events.record import Event
from explorer.events.relative_dates import relative_telling
from explorer.events.tense import IRREGULAR_PASTS, REGULAR_PAST
from explorer.sentences import SentenceIndex

#: A comma, the relative pronoun and a clause of what is still to come, up to the date: "…, which will be
#: paid on", "…, which is scheduled for a vote on", "…, which are due to arrive in".
_PLAN_BEFORE = re.compile(
    r",\s+(?:which|that|who)\s+(?:(?:will|shall)\b|(?:is|are)\s+(?:(?:now|also)\s+)?"
    r"(?:to|due|scheduled|expected|set|planned|going\s+to)\b)"
    r"[^,;:()—–\"“”.!?]*$")
#: "… and will appear on", "… and is due to reopen in": a clause joined by "and" telling what is to come
#: after a done act of the same subject ("Both men have been charged with robbery and will appear before
#: magistrates on Thursday"; "The ministry has cancelled the contracts and will tender them again next
#: year"): the date is the plan's, as in a relative clause (session 34).
_JOINED_PLAN_BEFORE = re.compile(
    r"\s+and\s+(?:(?:will|shall)\b|(?:is|are)\s+(?:(?:now|also)\s+)?(?:to|due|scheduled|expected|set|planned|going\s+to)\b)"
    r"[^,;:()—–\"“”.!?]*$")
#: A past verb in the main clause before the relative clause: the act told is done.
_PAST_VERB = re.compile(REGULAR_PAST + r"|\b(?:" + IRREGULAR_PASTS + r")\b")
#: A main clause that is itself to come or a wish: its act is no done one.
_NOT_DONE = re.compile(r"(?i)\b(?:will|would|shall|could|may|might|should|must|plans?\s+to|is\s+to|are\s+to)\b")

#: How far back (in sentences) the story's day may lie.
_REACH_SENTENCES = 6


def _plan_clause_start(event: Event) -> tuple[int, bool] | None:
    """Where the trailing relative clause of a plan that holds ``event``'s date opens in its sentence
    (the comma's offset), and whether it is joined by "and" rather than a relative word, when the main
    clause before it tells a done act; else None."""
    at = event.timex_start - event.sentence_start
    before = event.sentence[:at]
    m = _PLAN_BEFORE.search(before)
    joined = m is None
    m = m or _JOINED_PLAN_BEFORE.search(before)
    if m is None:
        return None
    main = before[:m.start()]
    if not _PAST_VERB.search(main) or _NOT_DONE.search(main):
        return None
    return m.start(), joined


def _joined_plan(e: Event, joint: int) -> Event | None:
    """The act to come that a clause joined by "and" tells on ``e``'s date, titled with the subject it
    shares ("The two firms have agreed terms and will sign the deal on 1 March": "The two firms will sign
    the deal"): a dated plan, which readers list, while the done act before it has no date of its own."""
    from explorer.events.clauses import named_subject_before
    from explorer.events.titles import make_title

    subject = named_subject_before(e.sentence, joint)
    after = re.match(r"\s+and\s+", e.sentence[joint:])
    if not subject or after is None or subject.split()[0].lower() in ("it", "this", "that", "there", "which", "who"):
        return None
    said = f"{subject} {e.sentence[joint + after.end():]}"
    shift = len(subject) + 1 - (joint + after.end())
    at = e.timex_start - e.sentence_start + shift
    title = make_title(said, at, at + len(e.timex))
    return replace(e, title=title, derivation=f"{e.derivation}; the act to come joined by 'and' to a done act")


def _done_act(e: Event, joint: int) -> Event:
    """The done act of ``e``'s sentence, keyed as an act with no date of its own: the point before its
    predicate (``e``'s expression is the plan's)."""
    subject = re.match(r"\s*(?:\S+\s+){0,6}?(?=(?:has|have|had|was|were|is|are)\b|\S+ed\b)", e.sentence[:joint])
    at = e.sentence_start + (subject.end() if subject else 0)
    return replace(e, id=f"{e.id.split('#')[0]}#u{at}", timex="", timex_start=at, timex_end=at, value="", mod=None,
                   anchor=None)


def done_acts_before_a_planned_relative(events: Sequence[Event], text: str, doc_date: date | None) -> list[Event]:
    """The events whose date is a trailing relative clause's plan (see the module's docstring) dated
    on the story's day instead, or left undated."""
    candidates = [e for e in events if e.timex and e.begin is not None
                  and ("," in e.sentence[:e.timex_start - e.sentence_start] or " and " in e.sentence[:e.timex_start - e.sentence_start])]
    if not candidates:
        return list(events)
    picked: dict[str, Event] = {}
    also: dict[str, Event] = {}  # the act to come of a joined plan, beside its done act
    sentences: SentenceIndex | None = None
    for e in candidates:
        found = _plan_clause_start(e)
        if found is None:
            continue
        plan, joined = found
        at = e.timex_start - e.sentence_start
        if relative_telling(e.sentence, at, at + len(e.timex)) is not None or _titled_from(e.title, e.sentence[plan:at]):
            continue  # titled from the relative clause ("The flooding will report"): the date is its own
        if any(o.timex and o.sentence_start == e.sentence_start and o.timex_start < e.timex_start for o in events):
            continue  # the main clause has a date of its own
        sentences = sentences or SentenceIndex(text)
        day = _story_day(e, events, sentences, doc_date)
        plan_act = _joined_plan(e, plan) if joined else None
        done = _done_act(e, plan) if plan_act is not None else e
        if day is not None:
            done = replace(done, begin=day.begin, end=day.end, certainty="inferred",
                           derivation=f"{e.timex!r} is a plan told in a clause of what is to come: a done act, "
                                      f"told on the story's day {day.id}")
        else:
            done = replace(done, begin=None, end=None, certainty="undated",
                           derivation=f"{e.timex!r} is a plan told in a clause of what is to come: a done act "
                                      f"with no date of its own")
        picked[e.id] = done
        if plan_act is not None:
            also[e.id] = plan_act
    return [x for e in events for x in ((picked.get(e.id, e),) + ((also[e.id],) if e.id in also else ()))]


#: The words of a relative clause of a plan that say nothing of its own act.
_PLAN_WORDS = frozenset("which that who will shall is are be been to due scheduled expected set planned going "
                        "for from with into onto the a an on in at by of".split())


def _titled_from(title: str, clause: str) -> bool:
    """Whether ``title`` tells the relative ``clause``'s own act: a word of the clause beyond its
    plan's words ("report" of "which will report in") opens a word of the title."""
    words = {w.lower() for w in re.findall(r"[A-Za-z’'-]+", clause)} - _PLAN_WORDS
    said = re.findall(r"[a-z’'-]+", title.lower())
    return any(t.startswith(w[:max(4, len(w) - 3)]) for w in words if len(w) > 2 for t in said)


def _story_day(event: Event, events: Sequence[Event], sentences: SentenceIndex, doc_date: date | None) -> Event | None:
    """The last one-day event told before ``event``, a few sentences back at most and not after the
    page's date, or None. A plan told in between ("Officers will run a trial on 5 January") is passed
    over: the story tells it from its day, and stays there."""
    here = sentences.index_at(event.sentence_start)
    told_before = sorted((e for e in events if e.begin is not None and e.certainty != "undated"
                          and e.sentence_start < event.sentence_start),
                         key=lambda e: (e.sentence_start, e.timex_start), reverse=True)
    for last in told_before:
        if doc_date is not None and last.begin > doc_date:
            continue
        if last.begin != last.end or here - sentences.index_at(last.sentence_start) > _REACH_SENTENCES:
            return None
        return last
    return None
