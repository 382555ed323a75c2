"""A title opening with "He"/"She" names the person the pronoun stands for when the text told that
person by a description, not a name: "A 29-year-old man was arrested on Monday. He has since been
released" -> "The 29-year-old man is released"; "A pensioner transferred £2,000 to a caller. She
reported the fraud" -> "The pensioner reports the fraud"; "the patient was spraying tomatoes … He
washed his arm" -> "The patient washes his arm".

Police logs, court and crime reports, case reports and voyage logs tell most of their people this
way; the name rules (:mod:`explorer.entities.title_person`) find no name and leave "He"/"She", which
names no one on a timeline. A reader takes the pronoun for the one person described just before it:
in its own sentence before it, or in the two sentences before (going back over sentences that
themselves tell of the same "he"/"his", as :mod:`~explorer.entities.title_person` does for names). Precision
first: a person named over that stretch (the name rules' case), a described person of the other
sex ("a woman …. He"), or two different described people leave the pronoun, since a wrong person is
worse than "He". A description owned by someone ("the man's wife") or counted in the plural is no
such person. Only general English: nothing here knows a name, place or date.

Why this is not :mod:`explorer.events.titles.described_subject`, which names a pronoun from "the" + a
role in the sentence just before: that rule runs while the title is made, from the text alone, before
any name is known, so it keeps to the one sure shape (a role opening the sentence before, a sentence
with no capitalised run nor pronoun). This one runs after the name rules and needs the document's
entities to know that no person is named over its stretch; with that, it can read further (objects of
a sexed noun, "a"/"one" descriptions, a chain of sentences telling of the same "he"). The nouns that
tell a person and the sex check are one for both (:mod:`explorer.events.described_people`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.auxiliaries import FINITE_BE, HAVE_FORMS, MODALS
from explorer.entities.document_entities import READ_BACK, DocumentEntities
from explorer.entities.sentences_back import SENTENCE_END, sentence_starts_back
from explorer.entities.title_person import TITLE_PERSON_PRONOUN
from explorer.events import gender
from explorer.events.described_people import is_described_person
from explorer.events.record import Event
from explorer.events.tense import present_of

#: A described person: a determiner, up to three modifiers ("29-year-old", "greenhouse"), the head
#: noun ("member of staff" too), never a possessive ("the man's wife") nor a plural.
_DESCRIBED = re.compile(
    r"\b(?P<det>[Aa]n?|[Tt]he|[Oo]ne)\s+(?P<mods>(?:(?:\d{1,3}-year-old|[a-z][a-z-]*)\s+){0,3}?)"
    r"(?P<head>(?!men\b|women\b)[a-z]+(?:\s+of\s+staff)?)\b(?![’'-])"
)
#: Sentences read back over a chain of sentences telling of the same "he"/"she".
CHAIN = 4
_SAME_PERSON = {"he": re.compile(r"\b(?:he|his|him)\b", re.IGNORECASE),
                "she": re.compile(r"\b(?:she|her)\b", re.IGNORECASE)}


def _sex(head: str) -> str | None:
    """ "he" or "she" for a sexed noun ("man", "widow"), None for one of either sex ("patient")."""
    return gender.noun_sex(head.split()[0])


def _is_person(head: str) -> bool:
    return is_described_person(head.split()[0])  # ("member of staff": a member)


def described_person(text: str, start: int, end: int, pronoun: str) -> str | None:
    """The one person described (not named) in ``text[start:end]`` whom ``pronoun`` ("he"/"she") can
    stand for, as a title's subject ("The 29-year-old man"), or None.

    A sexed noun of the pronoun's sex ("a 19-year-old man", subject or object) is such a person; a noun
    of either sex ("a trainee", "the patient") only as its clause's subject, and sure when its sentence
    then tells of them by the pronoun ("a trainee cut her hand"). Of several, the one sure person; with
    none sure, the one subject. A sexed noun of the other sex ("a woman …. He") leaves the pronoun."""
    sure: dict[str, str] = {}
    subjects: dict[str, str] = {}
    for m in _DESCRIBED.finditer(text, start, end):
        head = m.group("head")
        if not _is_person(head):
            continue
        mods = m.group("mods").split()
        if any(w in ("other", "second", "another", "same") for w in mods):
            return None
        said = " ".join(["The", *mods, head])
        sex = _sex(head)
        if sex is not None:
            if not gender.agrees(sex, pronoun):
                return None  # someone else, or a text a rule cannot read
            sure[head] = said
            continue
        if not _opens_clause(text, _sentence_start(text, start, m.start()), m.start()):
            continue  # "transferred £2,000 to a caller": one acted on, not who the story follows
        subjects[head] = said
        sentence_end = SENTENCE_END.search(text, m.end(), end)
        if _SAME_PERSON[pronoun].search(text, m.end(), sentence_end.start() if sentence_end else end):
            sure[head] = said
    if sure:
        return next(iter(sure.values())) if len(sure) == 1 else None
    return next(iter(subjects.values())) if len(subjects) == 1 else None


#: What opens a clause before a subject: a comma or semicolon, or a joining word.
_CLAUSE_OPENING = re.compile(r"(?:[,;:]|\b(?:and|but|when|while|as|after|before|until|because|then)\b)(?!.*(?:[,;:]|\b(?:and|but|when|while|as|after|before|until|because|then)\b))", re.DOTALL)
_AUXILIARIES = FINITE_BE | HAVE_FORMS | {"did", "does"} | (MODALS - {"must", "shall", "should"})


def _opens_clause(text: str, sentence_start: int, at: int) -> bool:
    """Whether the words before ``at`` in its clause hold no verb: what follows is the clause's subject
    ("In Vesby a trainee cut …", "…, and a doctor put …"), not an object ("transferred it to a caller")."""
    before = text[sentence_start:at]
    opening = _CLAUSE_OPENING.search(before)
    words = re.findall(r"[a-z]+", before[opening.end():] if opening else before)
    return not any(w in _AUXILIARIES or present_of(w) is not None for w in words)


def _sentence_start(text: str, start: int, at: int) -> int:
    ends = [m.end() for m in SENTENCE_END.finditer(text, start, min(len(text), at + 1)) if m.end() <= at]
    return ends[-1] if ends else start


def _stretch_start(text: str, event: Event, pronoun: str) -> int | None:
    """Where the sentences the pronoun may look back over start: the sentence before the event's, or
    further back over sentences that tell of the same person by the pronoun ("He did not seek advice.
    He had no history …"), up to :data:`CHAIN`; None when the text before holds nothing to read."""
    # (a stop closes a sentence, not a line's end; the document's start counts even with no stop before)
    starts = sentence_starts_back(text, event.sentence_start, CHAIN, READ_BACK, SENTENCE_END, first_alone=True)
    if not starts:
        return None
    two = min(1, len(starts) - 1)  # the two sentences before, and further back along a chain
    chosen, end = starts[two], starts[two - 1] if two else event.sentence_start
    for further in starts[two + 1:]:
        if _has_description(text, chosen, end) or not _SAME_PERSON[pronoun].search(text, chosen, end):
            break
        chosen, end = further, chosen
    return chosen


def _has_description(text: str, start: int, end: int) -> bool:
    return any(_is_person(m.group("head")) for m in _DESCRIBED.finditer(text, start, end))


def name_described_person_titles(entities: DocumentEntities, events: Sequence[Event]) -> list[Event]:
    """``events`` of one document with each "He"/"She" title the name rules left naming the person
    described just before it (see the module's docstring)."""
    text = entities.text
    out: list[Event] = []
    for event in events:
        m = TITLE_PERSON_PRONOUN.match(event.title)
        if m is not None:
            pronoun = m.group(1).lower()
            said = re.search(rf"\b{pronoun}\b", text[event.sentence_start:event.sentence_end], re.IGNORECASE)
            start = _stretch_start(text, event, pronoun)
            if said is not None and start is not None:
                at = event.sentence_start + said.start()
                named = [e for e in entities.index.in_range(event.doc, start, at) if e.kind == "person"]
                who = None if named else described_person(text, start, at, pronoun)
                if who is not None:
                    event = replace(event, title=f"{who} {event.title[m.end():]}")
        out.append(event)
    return out
