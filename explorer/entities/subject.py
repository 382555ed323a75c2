"""Who an event's clause is about when its subject is not a name: "She retires", "It opens",
"The company moves to Warwick", "The museum buys the collection".

An event's title is its clause told from the subject on, so the title's first words are the subject.
A name there is the actor already found in the clause. A pronoun or a description ("the company",
"the museum") stands for an actor named earlier in the same document, the last one of the same role:
"he"/"she" the last person named as a subject before it (else the last person named at all),
"it"/"they" and a description the last organisation named before it whose name ends with the
description's noun ("the museum" → "… City Museum"), or, for a general word for a body ("the
company", "the band", "the club"), the last organisation named before it. Nothing here knows any
particular name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Sequence

if TYPE_CHECKING:  # the index imports this module
    from explorer.entities.index import Entity

#: How far back (characters) a pronoun or a description may look for the actor it stands for.
REACH = 3000

_PERSON_PRONOUN = re.compile(r"^(?:he|she|his|her)\b", re.IGNORECASE)
_THING_PRONOUN = re.compile(r"^(?:it|its|they|their)\b", re.IGNORECASE)
#: A determiner and up to three lower-case words: the description's noun is among them ("The
#: company moves …", "The new ferry terminal opens …").
_DESCRIPTION = re.compile(r"^(?i:the|this|that|its|their)\s+((?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)\b")
#: Words for a body that stand for the organisation last named: "the company", "the band".
GENERAL_BODIES = frozenset(
    "company firm group band club team side business carrier airline retailer maker manufacturer "
    "operator charity society".split()
)


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w’'-]+", text)]


def subject_kind(title: str) -> tuple[str, str] | None:
    """``("person", "")`` for a title opening with he/she, ``("org", "")`` for it/they, ``("org",
    noun words)`` for a description ("The museum buys …" → "museum"), else None."""
    title = title.strip()
    if _PERSON_PRONOUN.match(title):
        return "person", ""
    if _THING_PRONOUN.match(title):
        return "org", ""
    m = _DESCRIPTION.match(title)
    if m:
        return "org", m.group(1)
    return None


def resolve_subject(
    title: str, before: Sequence[tuple[int, Entity]], is_subject_at: Callable[[int], bool]
) -> Entity | None:
    """The actor the title's subject stands for. ``before``: (offset, entity) of the actors named in
    the document before the event's sentence, in text order; ``is_subject_at(offset)``: whether a
    mention there opens its sentence or clause (a subject)."""
    kind = subject_kind(title)
    if kind is None:
        return None
    wanted, description = kind
    candidates = [(at, e) for at, e in reversed(before) if e.kind == wanted]
    if not candidates:
        return None
    if wanted == "person":
        subjects = [e for at, e in candidates if is_subject_at(at)]
        return subjects[0] if subjects else candidates[0][1]
    if not description:
        subjects = [e for at, e in candidates if is_subject_at(at)]
        return subjects[0] if subjects else None
    nouns = [w for w in _words(description) if len(w) > 2]
    for _, entity in candidates:
        heads = {_words(name)[-1] for name in (entity.name, *entity.variants) if _words(name)}
        if heads & set(nouns):
            return entity
    if set(nouns) & GENERAL_BODIES:
        subjects = [e for at, e in candidates if is_subject_at(at)]
        return subjects[0] if subjects else candidates[0][1]
    return None


def named_subject(title: str, entities: Sequence[Entity]) -> Entity | None:
    """The entity whose name or a spelling of it opens ``title`` ("Ruth Abernathy retires", where the
    clause itself said "She"), the longest such spelling first."""
    best: tuple[int, Entity] | None = None
    for entity in entities:
        for name in (entity.name, *entity.variants):
            if name and title.startswith(name) and title[len(name):len(name) + 1] in ("", " ", "’", "'"):
                if best is None or len(name) > best[0]:
                    best = (len(name), entity)
    return best[1] if best else None


#: Before a subject: nothing since the sentence or clause began, or only a determiner or a time.
_OPENS = re.compile(r"(?:^|[.!?;:\n]\s*|,\s+(?:and\s+|but\s+)?|\band\s+)(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


def subject_starts(text: str, starts: Sequence[int]) -> set[int]:
    """Of the mention offsets ``starts``, those in subject position (see :data:`_OPENS`)."""
    return {at for at in starts if _OPENS.search(text[max(0, at - 40):at])}
