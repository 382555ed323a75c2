"""Names the corpus shows to be places by how it uses them ("a concert in Victoria Park", a town
written after "in" and never as a speaker), and people the gazetteer takes for towns ("Emiliano
Zapata"): passes of corpus annotation that correct a kind read from a name's own form."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from explorer.entities.aliases import is_acronym, org_key
from explorer.entities.fold import fold_token
from explorer.entities.gazetteer import ascii_lower_phrase
from explorer.entities.kinds import ORG, PERSON, PLACE, PLACE_FIRST_WORDS
from explorer.entities.lone_names import mention_evidence as _mention_evidence
from explorer.entities.place_words import place_name
from explorer.entities.name_item import NameItem


def locate_single_names(items: list[NameItem]) -> None:
    """A one-word name with no form of an organisation that the corpus writes after "in" ("a benefit
    concert in Ebbsholm", "two suspects in Aarhus") and never as a speaker is a place, wherever it
    is mentioned, in capitals too ("AARHUS, April 6 -"): a town too small for the gazetteer is no
    organisation."""
    def key(item: NameItem) -> str | None:
        m = item.mention
        shouted = m.cue == "org" and m.text.isupper() and len(m.text) >= 5  # "AARHUS, April 6 -": a dateline's town
        return fold_token(m.words[0]) if item.kind == ORG and len(m.words) == 1 and (m.cue is None or shouted) \
            and m.expands is None else None

    located = {key(i) for i in items if key(i) and i.mention.locative}
    spoken = {key(i) for i in items if key(i) and i.mention.speech}
    for item in items:
        k = key(item)
        if k and k in located and k not in spoken:
            item.kind = PLACE


def place_where_placed_elsewhere(items: list[NameItem]) -> None:
    """A one-word name with no form of an organisation ("O'Smach", "Germany's") that the corpus takes
    for a place elsewhere, its case and accents aside ("O'SMACH, Cambodia (AP)_"), is that place: one
    town, one entity. Never an acronym ("ARVN" is an army wherever a sentence says "in ARVN") and never
    a name said to speak; an acronym taken for a place where the corpus has it as an organisation is
    that organisation."""
    # an acronym the gazetteer does not know, an organisation elsewhere, is that organisation where a
    # sentence's form made a place of it ("the bulk of ARVN forces", "NLF forces")
    bodies = {i.mention.text.replace(".", "") for i in items if i.kind == ORG and len(i.mention.words) == 1
              and is_acronym(i.mention.words[0])}
    for item in items:
        m = item.mention
        if item.kind == PLACE and len(m.words) == 1 and m.text.replace(".", "") in bodies and place_name(m.text) is None:
            item.kind = ORG
    placed = {ascii_lower_phrase(i.mention.text) for i in items if i.kind == PLACE and len(i.mention.words) == 1}
    for item in items:
        m = item.mention
        if item.kind == ORG and len(m.words) == 1 and m.cue is None and m.expands is None and not m.speech \
                and not is_acronym(m.words[0]) and ascii_lower_phrase(m.text) in placed:
            item.kind = PLACE


#: First words of towns' names that are no one's given name ("Ciudad Juárez", "San Antonio").
_TOWN_OPENERS = frozenset("""ciudad san santa santo sao são saint st ste puerto porto port rio río villa new north
    south east west upper lower great little old el la las los le les""".split())


def people_named_like_towns(items: list[NameItem]) -> None:
    """ "Francisco I. Madero", "Emiliano Zapata": towns are named after people, so the gazetteer knows
    such a name as a place; the document shows it is the person when it never writes it where
    something is (after "in", "near"…) and writes its last word alone, twice or more, as no place
    ("Madero's presidency", "Zapata refused"): a town is never called by its last word."""
    lone: Counter = Counter()
    for item in items:
        if len(item.mention.words) == 1 and item.kind in (PERSON, ORG, ""):
            lone[(item.doc, fold_token(item.mention.words[0]))] += 1
    places: dict[tuple[int, tuple], list[NameItem]] = defaultdict(list)
    for item in items:
        words = item.mention.words
        if item.kind == PLACE and item.mention.cue == "place" and 2 <= len(words) <= 4 \
                and all(w[:1].isupper() for w in words) and words[0].lower() not in PLACE_FIRST_WORDS | _TOWN_OPENERS:
            places[(item.doc, org_key(words))].append(item)
    for (doc, _), members in places.items():
        if any(m.mention.locative or m.mention.place_prep for m in members):
            continue
        if lone[(doc, fold_token(members[0].mention.words[-1]))] >= 2:
            for item in members:
                item.kind = PERSON


def locate_names(items: list[NameItem], docs: Sequence[tuple[str, str]]) -> None:
    """A name of two words or more with no form of its own (no title, no organisation's word) that the
    corpus writes after "in" ("a concert in Victoria Park", "the fair in Corn Exchange"), never as a
    possessor there ("in John Reed's house") and never with evidence of a person (a title, speech, a
    role, a pronoun), is a place wherever it is mentioned."""
    def key(item: NameItem) -> tuple | None:
        m = item.mention
        if item.kind not in (PERSON, ORG) or len(m.words) < 2 or m.cue is not None or m.titled or m.expands is not None:
            return None
        return org_key(m.words)

    located: set[tuple] = set()
    evidenced: set[tuple] = set()
    for item in items:
        k = key(item)
        if k is None:
            continue
        if _mention_evidence(item.mention) or item.mention.speech:
            evidenced.add(k)
        elif item.mention.locative and docs[item.doc][1][item.mention.end:item.mention.end + 1] not in ("'", "’"):
            located.add(k)
    for item in items:
        k = key(item)
        if k is not None and k in located and k not in evidenced:
            item.kind = PLACE
