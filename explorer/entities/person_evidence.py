"""What shows a name to be a person's (a title, a verb of saying, a pronoun, being listed with
one), and what a name taken for a person is without it. Used by corpus annotation and by an import
that extends a stored index (``extend``)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable, Sequence

from explorer.entities.aliases import TokenIndex, _word_match, name_key
from explorer.entities.fold import fold_token
from explorer.entities.kinds import ORG, PERSON, is_particle, name_words
from explorer.entities.lone_names import mention_evidence as _mention_evidence
from explorer.entities.mention import Mention
from explorer.entities.name_item import NameItem
from explorer.given_names import FEMALE_NAMES, MALE_NAMES


def direct_evidence(mentions: Iterable[Mention]) -> bool:
    """A title, a verb of saying, a role or kinship in apposition, a pronoun referring back, a name's
    own form (an initial, a particle), or both a full name and the surname alone outside headlines.
    (Also what an import asks of a one-word name it keeps apart from a stored person: ``extend``.)"""
    full: set[str] = set()
    single: set[str] = set()
    for m in mentions:
        if _mention_evidence(m):
            return True
        if m.headline or m.quoted:
            continue
        words = name_words(m)
        if given_name_first(m):
            return True
        if len(words) >= 2:
            full.add(name_key(words)[-1])
        elif len(words) == 1:
            single.add(fold_token(words[0]))
    # The surname alone after the full name: "Jane Roe ... Roe", not "Islamic Jihad ... Islamic groups".
    return any(_word_match(a, b) for a in full for b in single)


def given_name_first(m: Mention) -> bool:
    """Whether a running-text name of two or more words opens on a given name of one sex ("Ann Cole",
    "Tom Reed founded a haulage business"): a person's full name, as a reader takes it, though the text
    never gives the person a title, a pronoun or a verb of saying. Not after an article ("the Thomas
    Mill trust") nor with a lower-case word in it; the name lists hold no word that is also a month, a
    place or a common word (``explorer.given_names``)."""
    words = name_words(m)
    if len(words) < 2 or m.article or any(w[:1].islower() and not is_particle(w) for w in m.words):
        return False
    first = words[0].lower()
    return first in MALE_NAMES or first in FEMALE_NAMES


def kind_without_evidence(m: Mention) -> str:
    """What a name taken for a person is without evidence of one: nothing on a headline, in quotes or
    with a lower-case word, otherwise an organisation."""
    lowered = any(w[:1].islower() and not is_particle(w) for w in m.words)
    return "" if m.headline or m.quoted or lowered else ORG


def require_person_evidence(items: list[NameItem], texts: Sequence[str] = ()) -> None:
    """A person needs evidence; a name word shared with a person who has it counts ("Kim Yo-jong"
    beside "leader Kim Jong-un", "Hafez al-Assad" beside "President Bashar al-Assad"), and so does
    being listed with one ("Chiang and Wang Jingwei", then "Feng Yuxiang, Yan Xishan, and Wang
    Jingwei"). Without any, a name on a headline or in quotes is dropped, and one in running text is
    taken for an organisation."""
    groups: dict[object, list[NameItem]] = defaultdict(list)
    for item in items:
        if item.kind == PERSON:
            groups[item.group].append(item)
    evident = {g for g, members in groups.items() if direct_evidence(i.mention for i in members)}
    evident |= _listed_with_people(items, texts, evident)
    firsts, lasts = TokenIndex(), TokenIndex()  # name words of evident people, looked up by block, not each against all
    for g in evident:
        for item in groups[g]:
            key = name_key(name_words(item.mention))
            if len(key) >= 2:
                firsts.add(key[0], None) if len(key[0]) > 1 else None
                lasts.add(key[-1], None)
    for g, members in groups.items():
        if g in evident:
            continue
        keys = [name_key(name_words(i.mention)) for i in members if not i.mention.headline and not i.mention.quoted]
        if any(i.mention.article and len(name_words(i.mention)) >= 2 for i in members):
            keys = []  # "the Cao Dai religious sect": a person's name takes no article, whoever else is a "Dai"
        if any(len(k) >= 2 and (firsts.matching(k[0], initials=False) or lasts.matching(k[-1], initials=False)) for k in keys):
            continue
        for item in members:
            item.kind = kind_without_evidence(item.mention)
    # A one-word name with no form of an organisation, only ever on headlines: a capitalised word.
    bare: dict[str, list[NameItem]] = defaultdict(list)
    for item in items:
        if item.kind == ORG and item.mention.cue is None and item.mention.expands is None and len(item.mention.words) == 1:
            bare[fold_token(item.mention.words[0])].append(item)
    for members in bare.values():
        if all(i.mention.headline for i in members):
            for item in members:
                item.kind = ""


#: What stands between two names of one list: "A, B", "A, and B", "A and B".
_LIST_JOINT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _listed_with_people(items: list[NameItem], texts: Sequence[str], evident: set) -> set:
    """The person groups without evidence of their own that a document lists with an evident person,
    one list after another ("Chiang and Wang Jingwei" makes Wang Jingwei one, and he then "Feng
    Yuxiang" of "Feng Yuxiang, Yan Xishan, and Wang Jingwei"). Names after "the" are no list of
    people ("the Cao Dai, the Hoa Hao")."""
    if not texts:
        return set()
    by_doc: dict[int, list[NameItem]] = defaultdict(list)
    for item in items:
        if item.kind == PERSON and not item.mention.headline and not item.mention.quoted and not item.mention.article:
            by_doc[item.doc].append(item)
    links: dict[object, set] = defaultdict(set)

    def link(chain: list[NameItem], closed: bool) -> None:
        if closed:  # a list ends with "and": "A, B" alone may be a gloss ("Volunteer Army (Dobrovolcheskaya, ...)")
            for a in chain:
                links[a.group].update(b.group for b in chain if b.group != a.group)

    for doc, members in by_doc.items():
        members.sort(key=lambda i: i.mention.start)
        chain, closed = members[:1], False
        for a, b in zip(members, members[1:]):
            joint = _LIST_JOINT.fullmatch(texts[doc], a.mention.end, b.mention.start)
            if joint:
                chain.append(b)
                closed = closed or "and" in joint.group()
                continue
            link(chain, closed)
            chain, closed = [b], False
        link(chain, closed)
    found: set = set()
    todo = [g for g in evident if g in links]
    while todo:
        for other in links[todo.pop()]:
            if other not in evident and other not in found:
                found.add(other)
                todo.append(other)
    return found
