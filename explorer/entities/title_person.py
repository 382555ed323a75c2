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


def name_pronoun_titles(entities: DocumentEntities, events: Sequence[Event]) -> list[Event]:
    """``events`` of one document with each "He"/"She" title naming its person; the document's
    entities (``entities``, shared with the other title rules) are found only when such a title is
    there, once for the whole document."""
    text = entities.text
    out: list[Event] = []
    for event in events:
        m = TITLE_PERSON_PRONOUN.match(event.title)
        who = entities.index.subject_stands_for(event) if m else None
        if m and who is not None and who.kind == "person" and not who.is_place \
                and gender.fits(who.name, m.group(1).lower(), text[: event.sentence_end]) \
                and _only_one_named(entities.index, event, who, text):
            event = replace(event, title=f"{who.name} {event.title[m.end():]}")
        out.append(event)
    return out
