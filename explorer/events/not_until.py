"""An act told as not done until a date: it was done then.

"The college did not open until October 1869", "work did not start until the spring of 1864", "the
fans didn't start until 07:05": the date is the day the act was done at last, and a reader lists the
opening, the start, dated by it; the negation only says it came late. Read as a denial (see
:mod:`explorer.events.modality`) the event was dropped. Only a past act is read so: a future or a
conditional ("will not reopen until May", "would not resume until Wednesday") tells what may happen,
and a state or a perception ("did not know the result until Friday") no act. A passive ("was not
opened until 10 November", "was not finished until about 1190") is kept by the denial rules already,
but its title said the opposite ("The nave is not finished"): it drops the "not" too. Nothing here
knows any name or date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.events.happening_verbs import NOT_HAPPENING_VERBS
from explorer.events.record import Event
from explorer.events.tense import third_person
from explorer.events.titles.achieved import past_of

#: Right before the date, in its clause: "until" or "till" ("did not open until October 1869").
_UNTIL = re.compile(r"\b(?:until|till)\s+(?:(?:about|around|roughly|approximately|circa|c\.)\s+)?(?:the\s+)?$",
                    re.IGNORECASE)
#: The clause's past negation and its verb, an adverb perhaps between ("did not finally open").
_DID_NOT = re.compile(r"\b(?:did\s+not|didn['’]t)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{2,})\b")
#: The title's negation as the headline tense gives it: "The college does not open", "Fans do not start".
_TITLE_NOT = re.compile(r"\b(?P<aux>does|do|did)\s+not\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{2,})\b")
_NOT_AN_ACT = re.compile(rf"(?:{NOT_HAPPENING_VERBS})$")
#: The clause's passive negation: "was not finished", "were not finally opened" (a regular participle
#: or one of the common irregular ones).
_WAS_NOT = re.compile(r"\b(?:was|were)\s+not\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{2,}ed|built|rebuilt|begun|done|made|"
                      r"written|paid|sold|won|taken|given|laid|set|put|cut|shut|sent|held|read|run|drawn|chosen|"
                      r"broken|spoken|sworn|struck|sunk|found|brought|bought|caught|taught)\b")
#: The title's passive negation in the headline tense: "The nave is not finished".
_TITLE_PASSIVE_NOT = re.compile(r"\b(?P<aux>is|are)\s+not\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{2,})\b")
#: Participles of a state or a perception ("was not known until 1950"): no act done at last.
_STATE_PARTICIPLE = re.compile(rf"(?:{NOT_HAPPENING_VERBS}|known|seen|heard|considered|regarded|allowed\s+for)$")


def done_at_last(event: Event) -> Event:
    """``event`` titled as the act its date tells when its clause says the act was not done until
    that date ("The college does not open" -> "The college opens"); else ``event`` unchanged."""
    if not event.timex:
        return event
    before = event.sentence[:max(0, event.timex_start - event.sentence_start)]
    if not _UNTIL.search(before):
        return event
    clause = re.split(r"[;:,]\s+", before)[-1]
    denied = _DID_NOT.search(clause)
    if denied is None:
        return _passive_done_at_last(event, clause)
    past = past_of(denied.group("verb"))
    if past is None or _NOT_AN_ACT.match(past):
        return event
    told = _TITLE_NOT.search(event.title)
    if told is None or told.group("verb") != denied.group("verb"):
        return event
    verb = third_person(told.group("verb")) if told.group("aux") == "does" else told.group("verb")
    title = f"{event.title[:told.start()]}{verb}{event.title[told.end():]}"
    return replace(event, title=title, derivation=f"{event.derivation}; not done until its date: done then")


def _passive_done_at_last(event: Event, clause: str) -> Event:
    """"The nave was not finished until about 1190": the title "The nave is not finished" read as the
    opposite of what the sentence tells; it is "The nave is finished", then."""
    denied = _WAS_NOT.search(clause)
    if denied is None or _STATE_PARTICIPLE.match(denied.group("verb")):
        return event
    told = _TITLE_PASSIVE_NOT.search(event.title)
    if told is None or told.group("verb") != denied.group("verb"):
        return event
    title = event.title[:told.start()] + re.sub(r"\s+not\s+", " ", told.group(), count=1) + event.title[told.end():]
    return replace(event, title=title, derivation=f"{event.derivation}; not done until its date: done then")
