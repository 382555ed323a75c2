"""A second date of a sentence that dates a happening named by a noun: "The board's decision follows
the resignation of its treasurer in March", "Chemical tests in the spring of 2024 matched the ash to
the eruption of Mount Hekla in 1362", "… released on Monday, nine months after his arrest on 3 May".

Titled from the main clause, both dates of such a sentence read as one happening and fold into one
event (``one_happening.one_per_clause``); the date right after the noun's phrase is the noun's own
happening's, titled as a headline tells it ("Its treasurer resigns", "Mount Hekla erupts" is beyond
us: "The eruption of Mount Hekla" names it). Only nouns the event rules already read as happenings
(:mod:`explorer.events.happening_nouns`); nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.after_noun_titles import noun_title
from explorer.events.happening_nouns import ACTIVE, OCCURRENCE_NOUNS, PASSIVE, PHRASED, alternation
from explorer.events.record import Event

_NOUN = alternation({*ACTIVE, *PASSIVE, *PHRASED, *OCCURRENCE_NOUNS})

#: The noun's phrase right before the date: an owner ("his", "Ana Ruiz's", "the … of"), the noun, what
#: it is of or where (no clause break), then the date's preposition.
_PHRASE_BEFORE_DATE = re.compile(
    # (with "the", only a noun told with its "of": "the death in March of …" names no one before the date)
    r"(?P<phrase>\b(?:(?:his|her|its|their|(?-i:[A-Z])[\w’'-]+[’']s)\s+(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?P<noun>{_NOUN})\b(?:\s+(?:of|to|in|at|by|off|from)\s+[^,;:()—–.!?]{{1,60}}?)?|"
    rf"the\s+(?P<noun_of>{_NOUN})\s+of\s+[^,;:()—–.!?]{{1,60}}?))\s+(?:in|on|at)\s+$",
    re.IGNORECASE)


#: "worked there from 2017 until his dismissal on 19 January": the noun bounds a state, a happening the
#: text tells in its own place.
_STATE_BOUND = re.compile(r"\b(?:until|till|since)\s+$", re.IGNORECASE)


def nominal_date_title(event: Event) -> str | None:
    """The title of the happening a noun names when the event's date follows the noun's phrase
    ("Its treasurer resigns", "The ferry Coral Star runs aground"), or None."""
    if not event.timex:
        return None
    at = event.timex_start - event.sentence_start
    m = _PHRASE_BEFORE_DATE.search(event.sentence[:at])
    if m is None or _STATE_BOUND.search(event.sentence[:m.start("phrase")]):
        return None
    phrase = " ".join(m.group("phrase").split())
    noun = m.group("noun") or m.group("noun_of")
    title = noun_title(event.sentence, m.start("phrase"), noun, phrase)
    return title or phrase[:1].upper() + phrase[1:]
