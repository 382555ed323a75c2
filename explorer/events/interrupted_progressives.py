"""A past progressive interrupted by a "when" clause: the "when" clause tells the happening.

"The 43-year-old man was riding home from work when he was struck by a car at about 7.40pm on 9
March", "In the summer of 1958 Ilse Marten was sampling a cold spring when she saw a pink film on the
rocks", "Howes had been working for the group when he was abducted in March 1996": the progressive
sets the scene (what someone was doing), the "when" clause tells what happened to them then. A reader
lists the striking, the seeing, the abduction, at the sentence's date; a title "The man is riding home
from work" names the background. So an event titled from such a progressive is titled from its "when"
clause instead, the clause's pronoun subject ("he", "she", "it", "they") given the progressive's
subject ("The 43-year-old man is struck by a car") when the text does not tell the two apart by sex.

Left alone: a "when" clause that tells no past act ("when she was nine", "when it was time"), a
progressive of going or being ("was going to resign when …"), and an event not titled from the
progressive. Nothing here knows any particular name, place or date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.gender import fits
from explorer.events.record import Event
from explorer.events.tense import IRREGULAR_PASTS

#: The progressive ("was riding", "were clearing", "had been working"), what follows it in its clause,
#: then "when" and its clause (to the sentence's end or a semicolon).
_PROGRESSIVE_WHEN = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:(?:still|just|quietly|already)\s+)?(?P<ving>[a-z]{3,}ing)\b"
    r"(?P<mid>[^.;:!?\"“”]*?),?\s+(?-i:when)\s+(?P<when>[^;:!?\"“”]+)", re.IGNORECASE)
#: Progressives that tell no scene: a plan ("was going to"), a passive's auxiliary ("was being").
_NO_SCENE = frozenset({"going", "being", "nothing", "something", "anything", "everything", "morning", "evening",
                       "during", "according"})
#: A past act in the "when" clause: a past form or a passive ("was struck", "failed", "saw").
_PAST_ACT = re.compile(rf"\b(?:(?:was|were)\s+(?:[a-z]+ed|[a-z]+en|{IRREGULAR_PASTS})|[a-z]{{3,}}ed|{IRREGULAR_PASTS})\b")
#: A "when" clause of a state or an age: "when she was nine", "when it was time to leave".
_STATE_WHEN = re.compile(rf"^(?:[\w’'-]+\s+){{1,3}}?(?:was|were)\s+(?!(?:[a-z]+ed|[a-z]+en|{IRREGULAR_PASTS})\b)", re.IGNORECASE)
#: A pronoun subject opening the "when" clause's title.
_PRONOUN_OPENING = re.compile(r"^(He|She|It|They)\b")


def _subject_of(title: str, ving: str) -> str | None:
    """The title's words before its progressive ("The 43-year-old man" of "The 43-year-old man is riding
    home"), or before the verb's simple form ("Howes" of "Howes works for the group", from "had been
    working"), or None when the title is not the progressive's."""
    m = re.search(rf"\s+(?:is|are|am)\s+(?:(?:still|just|quietly|already)\s+)?{re.escape(ving)}\b", title, re.IGNORECASE)
    if m is None:
        stem = ving[:-3].lower()
        if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            stem = stem[:-1]  # "running": "run"
        forms = {stem + "s", stem + "es", stem}  # "works", "rides", and a plural's "The men work"
        m = re.search(r"\s+(?:" + "|".join(re.escape(f) for f in sorted(forms)) + r")\b", title, re.IGNORECASE)
    return (title[:m.start()].strip() or None) if m else None


def interrupting_title(event: Event) -> str | None:
    """The title of the happening the "when" clause tells, for an event titled from a past progressive
    that the clause interrupts (see the module's docstring), or None."""
    from explorer.events.titles import make_title

    m = _PROGRESSIVE_WHEN.search(event.sentence)
    if m is None or m.group("ving").lower() in _NO_SCENE:
        return None
    subject = _subject_of(event.title, m.group("ving"))
    if subject is None and not re.search(r"\bwhen\b", event.title):
        return None  # titled from another clause: not the scene's
    when = m.group("when")
    if not _PAST_ACT.search(when) or _STATE_WHEN.match(when):
        return None
    at = m.start("when")
    if event.timex and event.timex_start - event.sentence_start >= at:
        start = event.timex_start - event.sentence_start - at
        title = make_title(when, start, start + len(event.timex))
    else:
        title = make_title(when, 0, 0)
    if not title:
        return None
    pronoun = _PRONOUN_OPENING.match(title)
    # (not when the clause has a pronoun object too, "when he overtook her": the subject is someone else)
    if pronoun and subject and not re.match(r"(?i)(?:he|she|it|they|i|we|you)$", subject) \
            and not re.search(r"\b(?:him|her|them)\b", title[pronoun.end():], re.IGNORECASE):
        said = pronoun.group(1).lower()
        if said not in ("he", "she") or fits(subject, said, event.sentence):
            title = subject + title[pronoun.end():]
    return title


def retitle_interrupted_progressives(events: Sequence[Event]) -> list[Event]:
    """``events`` with each one titled from an interrupted past progressive retitled from its "when"
    clause (:func:`interrupting_title`); one that then says what another event of its sentence
    already says is left out (the other, dated if either is, kept)."""
    out: list[Event] = []
    for event in events:
        title = interrupting_title(event)
        if title is None:
            out.append(event)
            continue
        retitled = replace(event, title=title,
                           derivation=f"{event.derivation}; titled from the 'when' clause that interrupts its progressive")
        twin = next((n for n, e in enumerate(out) if e.sentence_start == event.sentence_start
                     and e.title.lower() == title.lower()), None)
        if twin is None:
            out.append(retitled)
        elif not out[twin].timex and event.timex:
            out[twin] = retitled
    return out
