"""A title opening with "It" names the organisation the pronoun stands for, when the text makes it
certain, where a document's events are made (beside :mod:`explorer.entities.title_person` for
"He"/"She" and :mod:`explorer.entities.title_group` for "They").

"It pays the largest bonus in its history" names no one on a timeline read away from its paragraph.
"It" stands for many things a title cannot name (a storm, a file, a report), so the rule is narrow:
the organisation the actor index resolves the subject to (``ActorIndex.subject_stands_for``, bounded
to what the reader has just read) is named only when it opens the sentence before the event's (or an
earlier clause of the event's own sentence) as its subject, and no other organisation or person is
named from there up to the pronoun. Otherwise "It" stays: a wrong name is worse than the pronoun.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.entities.document_entities import BODY_WORD_TITLE, DocumentEntities
from explorer.entities.sentences_back import sentence_starts_back
from explorer.events.record import Event
from explorer.events.tense import IRREGULAR_PASTS

#: "It" opening a title, before a lower-case verb that is no copula's or a dummy subject's
#: ("It is likely", "It was reported that …", "It seems": no body acted).
TITLE_IT = re.compile(r"^It\s+(?=[a-z])(?!(?:is|was|has\s+been|had\s+been|seems|seemed|appears|appeared|"
                      r"becomes|became|remains|remained|will\s+be|would\s+be|may|might|could)\b)")
#: A sentence opened by "It"/"Its" as its subject.
_OPENS_WITH_IT = re.compile(r"(?:It|Its)\s+[a-z]")
#: A phrase of time or place opening a sentence before its subject: "For three years,", "In 2019,".
_OPENING_PHRASE = re.compile(r"(?:In|On|At|For|By|After|Before|During|Since|Until|Last|This|Earlier|Later|Over)\b"
                             r"[^,.;:!?\n]{1,40},\s*")
#: A subject that is a name's possessive and the noun it owns, before its verb: "Mara Quinn's play
#: opened", "Harlow & Sons' first steamer was launched".
_OWNED_SUBJECT = re.compile(
    r"(?:(?:[A-Z][\w.&-]*|&)\s+){0,4}?[A-Z][\w.&-]*(?:[’']s|s[’'])\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+"
    r"(?=(?:was|had|has|is|[a-z]{3,}ed|" + IRREGULAR_PASTS + r")\b)"
)
#: A possessive and the noun a name stands in apposition to, opening the sentence before it: "Her play
#: Salt Houses opened …. It toured Canada".
_APPOSED_NOUN = re.compile(r"(?:Her|His|Its|Their|Our|My)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")
#: How many sentences opened by "It" a reader follows back to the body's name.
_CHAIN = 3


def _body_for(entities: DocumentEntities, event: Event, said: str = "it") -> str | None:
    """The organisation "It" (or ``said``, "the company") in ``event``'s title stands for, or None when
    the text does not make it certain."""
    index, text = entities.index, entities.text
    who = index.subject_stands_for(event)
    if said == "it" and (who is None or who.kind == "person"):
        # "Ines Varga's atlas appeared in 1971. It sold out": a person is never "it", the thing her name
        # owns, opening the sentence before as its subject, is
        return _owned_by_person(entities, event)
    if who is None or who.kind != "org" or who.is_place:
        return None
    pronoun = re.search(rf"\b{said}\b", text[event.sentence_start:event.sentence_end], re.IGNORECASE)
    at = event.sentence_start + (pronoun.start() if pronoun else 0)
    # (a line's end closes a sentence too: a heading)
    starts = sentence_starts_back(text, event.sentence_start, _CHAIN, 600) or [max(0, event.sentence_start - 600)]
    for hop, start in enumerate(starts):
        named = [(ref_start, e) for ref_start, e in index.named_before(event.doc, at, at - start) if e.kind != "place"]
        if named:
            break
        # "Larchfield says …. It says it does not know why. It has offered …": a sentence opened by
        # "It" that names no one goes on telling of the same body; the reader follows it back
        if not _OPENS_WITH_IT.match(text, start):
            return None
    if not named or {e.id for _, e in named} != {who.id}:
        return None  # another actor named since the sentence before, or none: not certain
    subjects = index.subjects.get(event.doc)
    first = named[0][0]
    # (after an opening phrase of time or place: "For three years, Valdmark Dairies told …")
    opening = _OPENING_PHRASE.match(text, start, first)
    before = text[opening.end() if opening else start:first].strip()
    if before not in ("", "The") and not _APPOSED_NOUN.fullmatch(before) or (subjects and first not in subjects):
        return None  # named, but not as the subject opening the sentence before
    owned = _OWNED_SUBJECT.match(text, first)
    if owned is not None:
        # "Mara Quinn's play opened in Leeds. It transferred to the West End": "it" is the thing the
        # subject's name owns, not its owner
        return owned.group().rstrip()
    return f"The {who.name}" if before == "The" and not who.name.startswith("The ") else who.name


def _owned_by_person(entities: DocumentEntities, event: Event) -> str | None:
    """The thing a person's possessive opens the sentence before ``event``'s with as its subject ("Ines
    Varga's atlas appeared …"), when that sentence names no one else and the event's own sentence names
    no one before its "It"; else None."""
    index, text = entities.index, entities.text
    starts = sentence_starts_back(text, event.sentence_start, 1, 600)
    if not starts:
        return None
    start = starts[0]
    opening = _OPENING_PHRASE.match(text, start, event.sentence_start)
    owned = _OWNED_SUBJECT.match(text, opening.end() if opening else start)
    if owned is None:
        return None
    named = [e for _, e in index.named_before(event.doc, event.sentence_start + 2, event.sentence_start + 2 - start)
             if e.kind != "place"]
    if len({e.id for e in named}) != 1 or named[0].kind != "person" or not owned.group().startswith(named[0].name.split()[0]):
        return None
    return owned.group().rstrip()


def name_body_titles(entities: DocumentEntities, events: Sequence[Event]) -> list[Event]:
    """``events`` of one document with each "It" or "The company" title naming its organisation when certain."""
    out: list[Event] = []
    for event in events:
        m = TITLE_IT.match(event.title)
        # (a title opening with a general word for a body, "The company closes its depot", likewise)
        word = BODY_WORD_TITLE.match(event.title) if m is None else None
        if m or word:
            # ("Velmar Freight cut 200 jobs in May. In June the company closed its depot": the company
            # is Velmar Freight, named when as certain as an "It" is)
            m = m or word
            body = _body_for(entities, event, f"the {word.group(1)}" if word else "it")
            if body:
                event = replace(event, title=f"{body} {event.title[m.end():]}")
        out.append(event)
    return out
