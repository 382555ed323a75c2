"""A title that opens on the second verb of its sentence takes the subject the two verbs share.

"The old mill drew complaints and was closed in 1904", "The council met twice and voted for the
bridge on 3 May": the date's clause is the verb phrase after "and", whose subject is the first
clause's. A title made of that verb phrase alone ("Was closed", "Voted for the bridge") names nobody:
a fragment in the events table. A reader takes the subject from the sentence's start; so does the
title, "The old mill is closed".

Only the shape decides: the title begins with a verb that the sentence has right after "and", and
the sentence's start (past an opening phrase) holds a subject and a first verb of its own.
"""

from __future__ import annotations

import re
from typing import Callable

from explorer.auxiliaries import FINITE_BE, HAVE_FORMS
from explorer.events.clauses import apposed_name
from explorer.events.tense import present_of
from explorer.events.titles.adverb_openers import PHRASE_BEFORE_A_PRONOUN
from explorer.events.titles.long_subjects import subject_head
from explorer.events.subject_phrases import PARTICIPLE_PHRASE_BEFORE_A_PRONOUN
from explorer.temporal.telling_verbs import SAYING_VERBS, telling_forms

#: A sentence's opening phrase, up to its comma, before its subject: "In 1904, ", "One month after the
#: flood, ", "Soon, " (one with a verb of its own is a clause, and is not skipped).
_OPENING = re.compile(
    r"^(?:In|On|At|By|During|After|Before|Since|Until|From|Within|Over|Under|Early|Late|Soon|Later|Then|"
    r"One|Two|Three|Some|Several|\d+|[A-Z][a-z]+ly)\b[^,;:.!?]{0,40},\s+"
)
#: A verb of saying and its "that", perhaps with the saying's time between: what follows is a told clause
#: with a subject of its own ("said on Monday that she …").
_TOLD_THAT = re.compile(rf"\b(?:{telling_forms(SAYING_VERBS)})(?:\s+[\w’'-]+){{0,3}}?\s+that\s+")
#: Words that tell the words before a verb are no plain subject: a relative or a clause of its own.
_NOT_IN_SUBJECT = frozenset("who which that when while whom whose because although if".split())
#: A shared subject longer than this is left out: the title would be all subject.
SUBJECT_WORDS = 6
_AUXILIARIES = FINITE_BE | HAVE_FORMS
#: The words a subject may open with: a determiner or a capitalised word (a name).
_SUBJECT_START = re.compile(r"(?:The|A|An|His|Her|Its|Their|This|These|Those|[A-Z][\w’'.-]*)$")


def _is_verb(word: str) -> bool:
    low = word.lower()
    return low in _AUXILIARIES or present_of(low) is not None


#: Words after a verb that open its object or a phrase of its own ("resulted in", "refused to", "won
#: the vote"); a lower-case noun after it ("protracted talks") makes the word an adjective.
_AFTER_A_VERB = frozenset(
    "the a an his her its their this these those to in on at by from for with into of up out down off only also "
    "not back again over through across against about".split()
)


def _object_follows(word: str) -> bool:
    low = word.lower().strip(",;:")
    return low in _AFTER_A_VERB or word[:1].isupper() or word[:1].isdigit() or low.endswith("ly")


def _joined_verb(verb: str) -> re.Pattern[str]:
    """ " and closed ", " and in 1884 opened ", " and on Friday resigned ": the verb after "and", a
    phrase of time perhaps between (its date is the title's, cut from it)."""
    return re.compile(rf"\sand\s+(?:(?:in|on|by|at|during|from|after|before|then|later|soon)\b[^,;:]{{0,30}}?\s+)?{re.escape(verb)}\s")


def with_shared_subject(title: str, sentence: str, verb_at: Callable[[list[str]], int | None],
                        finish: Callable[[list[str]], str]) -> str:
    """``title`` with the sentence's subject before it when it opens on the verb after the sentence's
    "and" (see the module's docstring); ``title`` itself otherwise. ``verb_at`` finds a clause's verb
    among words, ``finish`` makes words a title (cut, headline tense)."""
    words = title.split()
    if len(words) < 2 or not _is_verb(words[0]):
        return title
    joined = _joined_verb(words[0].lower())
    if joined.search(f" {sentence} ") is None:
        return title
    if words[0].lower() not in _AUXILIARIES and not _object_follows(words[1]):
        return title  # "Protracted armistice talks begin": a participle before its noun, the title's own subject
    opening = _OPENING.match(sentence) or PHRASE_BEFORE_A_PRONOUN.match(sentence) \
        or PARTICIPLE_PHRASE_BEFORE_A_PRONOUN.match(sentence)
    if opening and opening.re is _OPENING and any(_is_verb(w) and w.islower() for w in opening.group().split()):
        opening = None  # "When the mill closed, …": a clause of its own, not a phrase of time
    start = sentence[opening.end():] if opening else sentence
    at = joined.search(f" {start} ")
    if at is None:
        return title
    told = None
    for told in _TOLD_THAT.finditer(start, 0, max(0, at.start() - 1)):
        pass  # (the last)
    if told is not None:
        # "Her office said on Monday that she had accepted the request and signed a decree": the two verbs
        # are the told clause's, and share its subject ("She signs a decree"), not the teller's
        start = start[told.end():]
        start = start[:1].upper() + start[1:]
        at = joined.search(f" {start} ")
        if at is None:
            return title
    clause = start[:max(0, at.start() - 1)].split()
    verb = verb_at(clause)
    if verb is None or not clause or not _SUBJECT_START.match(clause[0][:1].upper() + clause[0][1:]):
        return title
    subject = clause[:verb]
    if any(w.lower() in _NOT_IN_SUBJECT for w in subject) or any(
            w.endswith(",") or w.lower() in _NOT_IN_SUBJECT for w in clause[verb:]):
        return title  # "… sorties that destroyed bridges, halting traffic, which hid and moved": another clause's verb
    # "The mission, to cross the river, had …", "The second column (the reserve) of the army was …": the
    # head; an adverb inside it goes ("the increasingly bitter dispute")
    named = apposed_name(" ".join(subject))
    # "The buyer, a developer named Graham Shute, moved … and sold …": the name told after the
    # description is whom the title names ("Graham Shute sells …", not "The buyer sells …")
    subject = named.split() if named else [w for w in subject_head(subject) if not (w.islower() and w.endswith("ly"))]
    if not subject or any(w.lower() in _NOT_IN_SUBJECT for w in subject) or len(subject) > SUBJECT_WORDS:
        return title  # "Those who had been freed": the verb is a relative clause's
    return finish([subject[0][:1].upper() + subject[0][1:], *subject[1:], words[0].lower(), *words[1:]])
