"""A happening with no date of its own takes the date its own clause tells.

The undated pass gives a clause joined to a dated one by "and" the time of that clause ("The abbot
drained the marsh in 1402 and founded three farms"). When the joined clause tells a date of its own
("A storm in February 2014 killed the puffins, and a survey in 2019 counted 7,200 pairs", "celebrated
its centenary in 2003 and sold the warehouse, where the institute had begun, to a housing association
in 2008"), that date is the act's, whatever became of the dated event the date gave (dropped as a
state, or folded into the joined one); so does a which-clause given its main clause's time ("published
messages in which an official warned the minister as early as 2022"). And a clause opened by "when" right after a date ("from 1996
until 2015, when inspectors found cracks", "since April, when the rebels took the village") tells a
happening at that date, its range's last day for a range.

Plain Python (no Qt); run on the events once the undated happenings are added
(:func:`explorer.events.build.build_events`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.clause_order import WHICH_MARK
from explorer.events.date_roles import date_role
from explorer.events.record import Event
from explorer.temporal.timex import Timex

#: What the derivation of an act dated by the clause it is joined to begins with (see
#: ``undated_events`` and ``undated_acts``).
_JOINED = "the time of "

#: A relative clause set off by commas between an act and the rest of its clause: ", where the
#: institute had begun,".
_RELATIVE_ASIDE = re.compile(r",\s+(?:where|which|who|whom|whose)\b[^,;:()]*,")

#: What opens another clause (or ends this one) between an act's verb and a date: then the date is
#: not the act's own.
_OTHER_CLAUSE = re.compile(
    r"[,;:()—–\"“”]|\b(?:and|but|or|nor|who|whom|which|that|whose|where|while|whereas|after|before|because|"
    r"until|till|since|if|unless|though|although|said|says|told|than|so|then|once)\b", re.IGNORECASE)

#: Words right before a date that make it a bound, a baseline or a stretch, not the act's time.
_NOT_THE_ACTS_TIME = re.compile(
    r"\b(?:since|until|till|before|after|by|from|through|than|to|over|throughout|per|each|every)\s+$", re.IGNORECASE)

#: An act's clause after ", when" right after a date, up to the act's verb.
_WHEN_AFTER_DATE = re.compile(r"^\s*,\s+when\s+[^,;:()—–]*$", re.IGNORECASE)

#: Where a clause with a subject of its own opens before an act: ", and", ", but", a semicolon, or
#: "and" before a subject ("…, and a survey in 2019 counted").
_JOINT = re.compile(r"(?:,\s+(?:and|but)\s+|;\s+|\s+and\s+)")


def _window(t: Timex) -> tuple | None:
    if t.begin is None or t.end_day is None or t.certainty == "undated" or t.type not in ("DATE", "TIME"):
        return None
    return t.begin, t.end_day


_WORD = re.compile(r"[\w’'-]+")


def _verb_end(text: str, at: int) -> int:
    m = _WORD.match(text, at)
    return m.end() if m else at


def _own_date_after(text: str, event: Event, timexes: Sequence[Timex]) -> Timex | None:
    """The first date after the act's verb in the act's own clause: only the act's complement between
    (a relative clause set off by commas aside), and no word that makes it a bound or a baseline."""
    verb_end = _verb_end(text, event.timex_start)
    after = [t for t in timexes if verb_end <= t.start and t.end <= event.sentence_end]
    if not after:
        return None
    t = after[0]
    between = _RELATIVE_ASIDE.sub(" ", text[verb_end:t.start])
    if t.parts or _OTHER_CLAUSE.search(between) or _NOT_THE_ACTS_TIME.search(between) or _window(t) is None:
        return None
    return t


def _own_date_before(text: str, event: Event, timexes: Sequence[Timex]) -> Timex | None:
    """A date in the act's own subject or opening, after the joint its clause opens with ("…, and a
    survey in 2019 counted", "founded in 1872 and in 1921 became")."""
    opening = text[event.sentence_start:event.timex_start]
    joints = list(_JOINT.finditer(opening))
    if not joints:
        return None
    start = event.sentence_start + joints[-1].end()
    inside = [t for t in timexes if start <= t.start and t.end <= event.timex_start]
    if len(inside) != 1:
        return None
    t = inside[0]
    words = text[start:t.start] + " " + text[t.end:event.timex_start]
    if t.parts or _OTHER_CLAUSE.search(words) or _NOT_THE_ACTS_TIME.search(text[start:t.start]) or _window(t) is None:
        return None
    return t


def _date_before_when(text: str, event: Event, timexes: Sequence[Timex]) -> Timex | None:
    """The date right before ", when" whose clause tells the act ("until 2015, when inspectors found")."""
    before = [t for t in timexes if event.sentence_start <= t.start and t.end <= event.timex_start]
    if not before:
        return None
    t = before[-1]
    if not _WHEN_AFTER_DATE.match(text[t.end:event.timex_start]):
        return None
    last = t.parts[-1] if t.parts else t
    return last if _window(last) is not None else None


def dated_by_own_clause(text: str, timexes: Sequence[Timex], events: Sequence[Event]) -> list[Event]:
    """``events`` with each act that has no date expression of its own (undated, or given the time of
    another clause) dated by the date its own clause tells, when there is one (see the module's
    docstring); every other event unchanged."""
    dates = sorted((t for t in timexes if t.type in ("DATE", "TIME")), key=lambda t: t.start)
    out = []
    for event in events:
        if event.timex:
            out.append(event)
            continue
        in_sentence = [t for t in dates if event.sentence_start <= t.start and t.end <= event.sentence_end]
        own, how = None, ""
        if event.derivation.startswith(_JOINED) or WHICH_MARK in event.derivation:
            # (not a date a role takes from the clause: a baseline, a tally's period, a bound)
            times = [t for t in in_sentence if date_role(text, t.start, t.end) is None]
            own = _own_date_after(text, event, times) or _own_date_before(text, event, times)
            how = "its own clause's date"
        if own is None:
            # (whatever the date is to the clause before: "since April, when …", "than in 1931, when …")
            own = _date_before_when(text, event, in_sentence)
            how = "the date its 'when' clause follows"
        window = _window(own) if own is not None else None
        if window is None or (event.begin, event.end) == window:
            out.append(event)
            continue
        out.append(replace(event, begin=window[0], end=window[1], certainty="inferred",
                           derivation=f"{event.derivation}; dated by {how}, {own.text}"))
    return out
