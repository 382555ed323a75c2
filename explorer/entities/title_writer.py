"""A title opening with the writer's "We" names the organisation the text is written by, where a
document's events are made (beside :mod:`explorer.entities.title_body` for "It").

A company's notice to customers, a trust's annual report or a club's bulletin tells what "we" did
("We reported the incident to the regulator on 20 May"). On a timeline read away from the page, "We
report the incident" names no one; the reader of the page answers "who reported it?" with the body
that signs it. The entity index already finds that body (``ActorIndex.writing_body``: the one
organisation named on a masthead, "From:" or signature line, or the body a transcript's speaker speaks
for; none when the "we" is quoted or the page names several) and puts it first among the event's
actors. This rule makes the title say it too, with the verb put in the singular ("We shut down the
connection" -> "Brightwell Home Energy shuts down the connection"). Without such a body "We" stays:
a diarist's or a family's "we" is no organisation.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.entities.document_entities import DocumentEntities
from explorer.events.record import Event
from explorer.events.tense import third_person, present_of

#: "We" opening a title, before a lower-case word.
TITLE_WE = re.compile(r"^We\s+(?=[a-z])")
#: Adverbs that may stand between "We" and its verb ("We also informed the police").
_ADVERBS = frozenset("also then later now still just first finally immediately quickly again already soon".split())
#: A plural verb's singular where it is no regular third person.
_SINGULAR = {"are": "is", "were": "was", "have": "has", "do": "does", "go": "goes"}
#: Words after "We" that a verb's singular cannot be made of (modals keep their form: "will complete").
_SAME = frozenset("will would can could may might must shall should had did".split())


def singular_verb(words: list[str]) -> list[str] | None:
    """``words`` (a title's words after "We") with its verb in the third person singular ("shut down
    the connection" -> "shuts down the connection", "also informed" -> "also informs"), or None when
    the first word past the adverbs is no plain lower-case word."""
    for i, word in enumerate(words):
        if word in _ADVERBS:
            continue
        if not word.isalpha() or not word.islower():
            return None
        if word in _SAME:
            return words
        verb = _SINGULAR.get(word) or present_of(word) or third_person(word)  # ("reported" -> "reports")
        return [*words[:i], verb, *words[i + 1:]]
    return None


def name_writer_titles(entities: DocumentEntities, events: Sequence[Event]) -> list[Event]:
    """``events`` of one document with each "We" title naming the organisation that writes it, when
    the index finds exactly one."""
    out: list[Event] = []
    for event in events:
        m = TITLE_WE.match(event.title)
        if m:
            body = entities.index.writing_body(event)
            rest = singular_verb(event.title[m.end():].split(" ")) if body is not None else None
            if body is not None and rest is not None:
                event = replace(event, title=" ".join([body.name, *rest]))
        out.append(event)
    return out
