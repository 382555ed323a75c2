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
from dataclasses import replace

from explorer.events.after_noun_titles import noun_title
from explorer.events.happening_nouns import (ACTIVE, HELD_OR_BEFALLING, KEPT_AS_PHRASE, OCCURRENCE_NOUNS, PASSIVE, PHRASED,
                                            alternation)
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
    ("Its treasurer resigns", "The ferry Coral Star runs aground") or owns the noun ("Sunday's
    presidential election": "The presidential election", see :data:`_DATE_OWNS_NOUN`), or None."""
    if not event.timex:
        return None
    at = event.timex_start - event.sentence_start
    owned = _DATE_OWNS_NOUN.match(event.sentence, event.timex_end - event.sentence_start)
    if owned is not None:
        return "The " + " ".join(owned.group("phrase").split())
    m = _PHRASE_BEFORE_DATE.search(event.sentence[:at])
    if m is None or _STATE_BOUND.search(event.sentence[:m.start("phrase")]):
        return None
    phrase = " ".join(m.group("phrase").split())
    noun = m.group("noun") or m.group("noun_of")
    title = noun_title(event.sentence, m.start("phrase"), noun, phrase)
    return title or phrase[:1].upper() + phrase[1:]


#: Nouns of a happening held or befalling on a day of its own (:data:`~explorer.events.happening_nouns.HELD_OR_BEFALLING`):
#: told with its own date ("the election on 7 May", "a fire on 14 July", "the conference in Geneva on 24
#: February") it is that day's happening whatever the main clause does with it: a plan ("Donors could fund
#: the mission at the conference in Geneva on 24 February"), a condition ("if the party wins the election
#: on 7 May") or thanks ("the team in Arles, where a fire on 14 July stopped production") frame the main
#: clause's act, not the noun's.
_HELD_OR_BEFALLING = alternation(HELD_OR_BEFALLING)

#: The noun's phrase right before the date: a determiner or an owner, up to two modifiers, the noun, and
#: where it is held (a preposition and a name: "in Geneva", "at Harrow Park"), then the date's
#: preposition. Only a plain phrase: no verb or clause break between the noun and its date.
_HELD_BEFORE_DATE = re.compile(
    r"\b(?P<phrase>(?:the|a|an|its|their|his|her|next|(?-i:[A-Z])[\w’'-]+[’']s)\s+(?:(?!(?:on|in|at|of)\b)[\w’'-]+\s+){0,2}?"
    rf"(?P<noun>{_HELD_OR_BEFALLING})(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)?)"
    r"\s+(?:on|in)\s+$",
    re.IGNORECASE)


#: A date that owns a happening's noun: "in Sunday's presidential election", "before Saturday's match".
#: The date is the noun's happening's, not the main clause's ("will face her in a run-off on 5 October
#: after neither won half of the votes in Sunday's presidential election").
_DATE_OWNS_NOUN = re.compile(
    rf"[’']s\s+(?P<phrase>(?:(?!(?:and|or|but|that|which)\b)[a-z][\w-]*\s+){{0,2}}?(?:{_HELD_OR_BEFALLING}|{_NOUN})s?)\b(?!\s+of\b)",
    re.IGNORECASE)


#: A counterfactual before the noun: what would have been held was not ("Under the timetable, the plan
#: would have been put to a referendum on 12 May": no referendum took place).
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should)(?:\s+not)?\s+have\b|\bwas\s+to\s+have\b", re.IGNORECASE)


#: A saying's audience or venue right before the noun: "told a press conference on Tuesday that …",
#: "said at a meeting on Monday": the date is the saying's, which tells no happening of its own.
_SAYING_BEFORE = re.compile(r"\b(?:told|tells|said|says|addressed|briefed|announced|added|wrote)\s+(?:at\s+|to\s+|in\s+)?$",
                            re.IGNORECASE)


#: Nouns of a happening a state is bounded by, "since" or "until" it ("ill since a fall at Christmas",
#: "silent since a fire in the old exchange in 1911", "kept the books until his death in 1958"): the
#: happenings the event rules read as nouns, held, befalling or done to or by someone.
_BOUNDING_HAPPENINGS = alternation({*HELD_OR_BEFALLING, *ACTIVE, *PASSIVE, *OCCURRENCE_NOUNS, *KEPT_AS_PHRASE})

#: A state bounded by a dated happening's noun: "since" or "until", a determiner or an owner, up to two
#: modifiers, the noun and what it is of or where (no clause break), then the date's preposition.
_BOUND_BEFORE_DATE = re.compile(
    r"\b(?:since|until|till)\s+(?P<phrase>(?:the|a|an|his|her|its|their|our|(?-i:[A-Z])[\w’'-]+[’']s)\s+"
    rf"(?:(?!(?:on|in|at|of)\b)[\w’'-]+\s+){{0,2}}?(?P<noun>{_BOUNDING_HAPPENINGS})"
    r"(?:\s+(?:of|at|in|on|by|from|to|near|off)\s+[^,;:()—–.!?]{1,60}?)?)\s+(?:on|in|at|of)\s+$",
    re.IGNORECASE)


def bounding_happening(event: Event) -> str | None:
    """The title of the happening a noun names right before the event's date after "since" or "until"
    ("She falls", "A fire in the old exchange"; see :data:`_BOUND_BEFORE_DATE`), or None. The builder
    keeps such a date's event where its main clause tells a state, not a happening: "She had been ill
    since a fall at Christmas" tells the fall, at Christmas. (Where the main clause tells an act the
    dated event stands for both, see :mod:`explorer.events.dated_noun_phrases`.)"""
    if not event.timex:
        return None
    m = _BOUND_BEFORE_DATE.search(event.sentence[:event.timex_start - event.sentence_start])
    if m is None or _COUNTERFACTUAL.search(event.sentence[:m.start("phrase")]):
        return None
    phrase = " ".join(m.group("phrase").split())
    title = noun_title(event.sentence, m.start("phrase"), m.group("noun").lower(), phrase)
    return title or phrase[:1].upper() + phrase[1:]


#: The end of a doer's own stretch a state or a habit is told "until": "kept a rain diary every day until
#: her death on 3 March 1990", "walked the dog each morning until his death in 1971", "sang in the choir
#: every week until her marriage in 1956".
_OWN_END = re.compile(r"\b(?:until|till)\s+(?:his|her|their|its|(?-i:[A-Z])[\w’'-]+[’']s)\s+(?:[a-z][\w-]*\s+){0,2}?"
                      rf"(?:{alternation({*ACTIVE, 'marriage'})})(?:\s+(?:to|at|in|from)\s+[^,;:()—–.!?]{{1,60}}?)?\s+(?:on|in|at)\s+$",
                      re.IGNORECASE)


def ends_a_habit_with_a_happening(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the happening a state or a habit ran "until" ("until her death on
    3 March 1990"): whatever the clause tells of what went on till then, the date is a happening's of its
    own, the doer's end of it, which a reader lists (the gold lists 6 of 7 such deaths and retirements) and
    the roles of a habit's or a schedule's date would drop with the clause."""
    return bool(_OWN_END.search(text[max(0, start - 160):start]))


def titled_by_its_end(event: Event) -> Event:
    """``event`` titled by the happening its date ends a stretch with ("She keeps a rain diary every day
    until her death" -> "Ann Hale dies", see :func:`ends_a_habit_with_a_happening`): the date is that
    happening's, not the stretch's."""
    if not event.timex or not ends_a_habit_with_a_happening(event.sentence, event.timex_start - event.sentence_start):
        return event
    title = bounding_happening(event)
    if title is None or re.match(r"(?i)(?:his|her|their|its)\s", title) and title.split()[-1].lower() in event.title.lower():
        return event  # ("Ranulf ruled until his death": "His death" names no doer; the clause's title does)
    return replace(event, title=title, derivation=f"{event.derivation}; the end of a stretch told until it")


def held_on_its_date(event: Event) -> str | None:
    """The title of a happening named by a noun right before the event's date ("The election", "A
    fire", "The conference in Geneva"; see :data:`_HELD_BEFORE_DATE`), or None. The builder keeps
    such a date's event where its main clause tells no happening of its own."""
    if not event.timex:
        return None
    bound = bounding_happening(event)
    if bound is not None:
        return bound
    m = _HELD_BEFORE_DATE.search(event.sentence[:event.timex_start - event.sentence_start])
    if m is None or _STATE_BOUND.search(event.sentence[:m.start("phrase")]) \
            or _COUNTERFACTUAL.search(event.sentence[:m.start("phrase")]) \
            or _SAYING_BEFORE.search(event.sentence[:m.start("phrase")]):
        return None
    phrase = " ".join(m.group("phrase").split())
    return phrase[:1].upper() + phrase[1:]
