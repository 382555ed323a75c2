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
from explorer.events import gender
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


def possessive(name: str) -> str:
    """ "Otmar" -> "Otmar's", "The rebels" -> "The rebels'"."""
    return f"{name}'" if name.endswith("s") and not name.endswith("ss") else f"{name}'s"


#: A capitalised run of two words or more: a name the entity index may have missed ("Canadian
#: Private George Lawrence Price is regarded as …: he was shot").
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|de|von|van|al-[A-Z][a-z]+))+\b")
#: The end of a sentence, from which the sentence before the event's is read.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“‘(])")


def _only_one_named(index, event: Event, who, text: str) -> bool:
    """Whether ``who`` is named, and the one person named, from the start of the sentence before the
    event's up to the event's date: "he" with two candidates near it ("Yudenich … Trotsky …. In
    October he tried") is no one a rule can tell, nor one named only further back ("Pamela Pak owns
    …. Pak can't find buyers. She estimates" is not the Wong Kwan of a paragraph before), and a wrong
    name is worse than the pronoun. ``index`` holds the entities of ``text``."""
    reach = max(0, event.sentence_start - WINDOW // 2)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, reach, max(0, event.sentence_start - 1))]
    start = ends[-1] if ends else reach
    people = {e.name for e in index.in_range(event.doc, start, event.timex_start) if e.kind == "person"}
    if people - {who.name}:
        return False
    words = set(who.name.split())
    stretch = text[start:event.timex_start]
    if not words & set(re.findall(r"[\w’'-]+", stretch)):
        return False  # not named since the sentence before: the index reached further than a reader does
    return all(words & set(run.split()) for run in _NAME_RUN.findall(stretch)
               if not run.split()[0] in ("The", "In", "On", "At", "By", "After", "Before", "During", "When"))


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
                and (_only_one_named(entities.index, event, who, text)
                     or _named_alone_before_in_sentence(entities.index, event, who, text, (owner or m).group(1))):
            event = replace(event, title=f"{possessive(who.name) if owner else who.name} {rest}")
        out.append(event)
    return out
