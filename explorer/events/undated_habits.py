"""An undated act told as a habit: "She fed the starter every morning before dawn", "My grandmother let
me knead the dough on Saturdays", "The Saturday market has filled it every week", "We usually walked
home along the canal". What someone did again and again over a stretch is no one happening a timeline
can place (the gold README leaves habits out); with no date of its own it says when nothing happened.

Only the act's own clause is read: "Kalnins moved to Holm, took a job at the harbour café and swam in
the strait every morning" keeps the move and the job, the habit being the swimming's. A dated act with
a habit in its clause ("The team surveys the corals twice a year from 2015 to 2021", "The clinic will
offer vaccinations every day this weekend") is left to the rules that read its date, which keep a
habit's start or its stretch. Nothing here knows any particular name, place or date.
"""

from __future__ import annotations

import re
from typing import Sequence

from explorer.events.record import Event

_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: How often, told in the clause: "every morning", "each spring", "on Saturdays", "at weekends", "twice a
#: week", "three times a day", or an adverb of habit ("usually", "always", "often").
_HOW_OFTEN = re.compile(
    r"\b(?:every|each)\s+(?:single\s+)?(?:other\s+)?(?:morning|afternoon|evening|night|day|week|weekend|fortnight|month|"
    r"year|season|term|spring|summer|autumn|winter|" + _DAYS + r")\b|"
    r"\bon\s+(?:" + _DAYS.replace("day", "days") + r"|weekdays|weekends|(?:" + _DAYS + r")\s+(?:mornings|afternoons|evenings|nights))\b|"
    r"\bat\s+weekends\b|"
    r"\b(?:once|twice|(?:two|three|four|five|six|several|many)\s+times)\s+(?:a|an|per|each|every)\s+"
    r"(?:day|night|week|fortnight|month|year|season)\b|"
    r"\b(?:usually|normally|habitually|routinely|invariably|always)\b",
    re.IGNORECASE)


def told_as_a_habit(event: Event) -> bool:
    """Whether ``event`` has no date and its own words (the clause of its verb, at ``timex_start``, see
    :func:`_own_span`) tell how often it was done (see :data:`_HOW_OFTEN`)."""
    if event.timex or event.timex_start < event.sentence_start:
        return False
    at = event.timex_start - event.sentence_start
    if at >= len(event.sentence):
        return False
    left, right = _own_span(event.sentence, at)
    return _HOW_OFTEN.search(event.sentence, left, right) is not None


#: What ends the act's own words: a clause's punctuation, and, after its verb, a verb joined by "and",
#: "but" or "or" ("took a job at the café and swam in the strait every morning"), an infinitive or a
#: clause of its own ("applied for a licence to sell alcohol until midnight on Fridays", "… a shop that
#: opens every Sunday").
_PUNCTUATION = re.compile(r"[,;:—–()\"“”]|\s-\s")
_JOINED_AFTER = re.compile(r"\s(?:and|but|or|then|to|that|which|who|whom|whose|where|when|while|because|until|till|"
                           r"after|before|since|if|unless|so)\s", re.IGNORECASE)


def _own_span(sentence: str, at: int) -> tuple[int, int]:
    """``(left, right)``: the words of the act whose verb is at ``at``, between the punctuation around
    it, up to a verb joined after it."""
    left = max((m.end() for m in _PUNCTUATION.finditer(sentence, 0, at)), default=0)
    after = _PUNCTUATION.search(sentence, at)
    right = after.start() if after else len(sentence)
    joined = _JOINED_AFTER.search(sentence, at, right)
    return left, joined.start() if joined else right


def drop_undated_habits(events: Sequence[Event]) -> list[Event]:
    """``events`` less the undated acts told as a habit (see :func:`told_as_a_habit`)."""
    return [e for e in events if not told_as_a_habit(e)]
