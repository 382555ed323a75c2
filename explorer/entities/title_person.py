"""A title opening with "He"/"She" names the person the pronoun stands for, once, where a document's
events are made.

"He loses 86% of his force" names no one on a timeline read away from its paragraph. The title rules
(``explorer.events.titles``) name the person when the text around the sentence tells them; when they
cannot, the document's own entities can: the person the actor index resolves the clause's subject to
(:meth:`~explorer.entities.index.ActorIndex.subject_stands_for`, the rule that puts the person first
among the event's actors), read from the document's own entities (:class:`~explorer.entities.document_entities.DocumentEntities`,
found once per document and shared with the "They" rule). Done on the document's extraction (``explorer.ingest.extract_document``), so the project, the
export and the window all keep the same title, and a relabel after the user merges actors never
changes it. Left as "He"/"She" when the one it stands for is no person or the text gives them the
other sex ("Mr Tobias Renn …. She sold it"): a wrong name is worse than the pronoun.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.entities.document_entities import READ_BACK, DocumentEntities
from explorer.entities.sentences_back import sentence_starts_back
from explorer.events import gender
from explorer.events.names import possessive
from explorer.events.record import Event

#: Characters before the event's sentence read for whom its pronoun stands for (the sentence before
#: it, and more: :func:`_only_one_named` wants the person named since the sentence before).
WINDOW = READ_BACK
#: "He"/"She" opening a title, before a lower-case verb: the subject a reader cannot place.
TITLE_PERSON_PRONOUN = re.compile(r"^(He|She)\s+(?=[a-z])")
#: "His"/"Her" opening a title, before the noun it owns ("His army withdraws"): the owner, the same
#: person a "He"/"She" there would stand for, is named as the title's possessor.
TITLE_PERSON_POSSESSIVE = re.compile(r"^(His|Her)\s+(?=[a-z])")
_SUBJECT_OF = {"His": "He", "Her": "She"}


#: A capitalised run of two words or more: a name the entity index may have missed ("Canadian
#: Private George Lawrence Price is regarded as …: he was shot").
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+|de|von|van|al-[A-Z][a-z]+))+\b")  # within a line
#: "the" right before a capitalised run: "during the First World War", "at the Royal Institute of
#: Technology" name a thing, an event or a body, never a rival person a pronoun might stand for.
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
#: A section's heading on a line of its own: a few words with no sentence's end ("Career", "Later
#: life and death"), which a reader passes over on the way back to the person the section goes on with.
_HEADING = re.compile(r"[ \t]*[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,5}[ \t]*\n\s*")
#: The pronouns of each sex, in any case: a sentence holding one goes on telling of the same person.
_SAME_SEX = {"He": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE),
             "She": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)}
#: How many sentences told by the pronoun alone a reader follows back to the name: "Ines Draga joined
#: the club in 1988. She won …. In 1996 she rowed …. After she retired, she …".
_CHAIN = 3


def _only_one_named(index, event: Event, who, text: str, pronoun: str = "") -> bool:
    """Whether ``who`` is named, and the one person named, from the start of the sentence before the
    event's up to the event's date: "he" with two candidates near it ("Yudenich … Trotsky …. In
    October he tried") is no one a rule can tell, nor one named only further back ("Pamela Pak owns
    …. Pak can't find buyers. She estimates" is not the Wong Kwan of a paragraph before), and a wrong
    name is worse than the pronoun. A sentence before that names no one but tells of someone by the
    same ``pronoun``'s sex ("In 1996 she rowed …") goes on telling of the same person: the reader
    follows such a chain back (up to ``_CHAIN`` sentences) to the name. ``index`` holds the entities
    of ``text``."""
    words = set(who.name.split())
    same = _SAME_SEX.get(pronoun)
    # (a line's end closes a sentence: a headline, a date line; with no sentence before, half the window)
    starts = sentence_starts_back(text, event.sentence_start, _CHAIN, WINDOW) or [max(0, event.sentence_start - WINDOW // 2)]
    # up to the pronoun when it comes before the date: whom the clause names after it ("He married Ida
    # Strand in 1907") it acted on, and a reader has placed the pronoun before reading them
    said = re.search(rf"\b{pronoun}\b", text[event.sentence_start:event.timex_start], re.IGNORECASE) if pronoun else None
    limit = event.sentence_start + said.start() if said else event.timex_start
    for hop, start in enumerate(starts):
        found = index.in_range(event.doc, start, limit)
        others = {e.name for e in found if e.kind == "person"} - {who.name}
        acted_on = bool(others) and hop == 0 and _others_told_after_subject(index, event, who, text, start)
        if others and not acted_on:
            return False
        # a run of capitals the index knows as a body or a place ("the Olympic Games") is no rival person,
        # nor one the subject acted on ("Veyl ran at the referee, Daniel Osei")
        bodies = {word for e in found if e.kind != "person" or acted_on and e.name in others for word in e.name.split()}
        stretch = text[start:limit]
        runs = [run.group() for run in _NAME_RUN.finditer(stretch)
                if not run.group().split()[0] in ("The", "In", "On", "At", "By", "After", "Before", "During", "When")
                and not _THE_BEFORE.search(stretch, 0, run.start())
                and not set(run.group().split()) <= bodies]
        if not all(words & set(run.split()) for run in runs):
            return False
        if words & set(re.findall(r"[\w’'-]+", stretch)):
            return True
        sentence_before = text[start:starts[hop - 1] if hop else event.sentence_start]
        if _HEADING.fullmatch(sentence_before):
            continue  # "Career", "Early life": a section's heading neither names anyone nor ends the chain
        if same is None or not same.search(sentence_before):
            return False  # not named since the sentence before, nor told of by the pronoun: too far back
    return False


def _others_told_after_subject(index, event: Event, who, text: str, start: int) -> bool:
    """Whether the sentence before the event's (from ``start``) opens with ``who`` as its subject and
    names its other people only after it, and the event's own sentence names none before its date:
    "Veyl ran at the referee, Daniel Osei, …. He shoved the official": the others are what the subject
    acted on, and the reader takes the pronoun for the subject."""
    named = index.named_before(event.doc, event.timex_start, event.timex_start - start)
    people = [(at, e) for at, e in named if e.kind == "person"]
    if not people or people[0][1].id != who.id or text[start:people[0][0]].strip() not in ("", "The"):
        return False
    if people[0][0] not in (index.subjects.get(event.doc) or ()):
        return False
    return all(at < event.sentence_start for at, e in people if e.id != who.id)


def _named_alone_before_in_sentence(index, event: Event, who, text: str, pronoun: str) -> bool:
    """Whether ``who`` is the one person named in the event's own sentence before its pronoun
    ("General Wrangel was the only holdout; his army remained …", "Martin was a second stringer and
    his appointment was …"): a reader takes the pronoun for them whoever the sentence before named."""
    m = re.search(rf"\b{pronoun}\b", text[event.sentence_start:event.sentence_end], re.IGNORECASE)
    if m is None or m.start() == 0:
        return False
    at = event.sentence_start + m.start()
    people = {e.name for e in index.in_range(event.doc, event.sentence_start, at) if e.kind == "person"}
    return people == {who.name}


def name_pronoun_titles(entities: DocumentEntities, events: Sequence[Event]) -> list[Event]:
    """``events`` of one document with each "He"/"She" title naming its person; the document's
    entities (``entities``, shared with the other title rules) are found only when such a title is
    there, once for the whole document."""
    text = entities.text
    out: list[Event] = []
    for event in events:
        m = TITLE_PERSON_PRONOUN.match(event.title)
        owner = TITLE_PERSON_POSSESSIVE.match(event.title) if m is None else None
        pronoun = m.group(1) if m else _SUBJECT_OF[owner.group(1)] if owner else None
        rest = event.title[(m or owner).end():] if pronoun else ""
        # the owner of "His army" is whom "He" would stand for: asked as that
        asked = replace(event, title=f"{pronoun} {rest}") if owner else event
        who = entities.index.subject_stands_for(asked) if pronoun else None
        if pronoun and who is not None and who.kind == "person" and not who.is_place \
                and gender.fits(who.name, pronoun.lower(), text[: event.sentence_end]) \
                and (_only_one_named(entities.index, event, who, text, pronoun)
                     or _named_alone_before_in_sentence(entities.index, event, who, text, (owner or m).group(1))):
            event = replace(event, title=f"{possessive(who.name) if owner else who.name} {rest}")
        out.append(event)
    return out
