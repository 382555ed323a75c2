"""The name an entity is listed under (its most complete frequent form, spelled as its mentions
mostly spell it) and the ``ActorIndex`` made of the grouped mentions, one actor per written name
in an article."""

from __future__ import annotations

from collections import Counter, defaultdict
from difflib import SequenceMatcher
from typing import Sequence

from explorer.entities.aliases import _word_match, name_key, org_key
from explorer.entities.fold import fold_token
from explorer.entities.index import ActorIndex, Entity, MentionRef
from explorer.entities.kinds import ORG, PERSON, PLACE
from explorer.entities.place_words import place_name
from explorer.entities.name_item import NameItem

#: A form counts as "frequent" for the canonical name when used at least this share as often as the most used.
FREQUENT_SHARE = 0.25


def canonical_name(kind: str, surfaces: Counter) -> str:
    """The most complete frequent form; among equally complete spellings, the one whose words are
    written most often across the entity's mentions (see ``best_spelling``)."""
    if kind == PLACE:
        return max(surfaces, key=lambda s: (surfaces[s], s))
    forms = Counter()
    spelling: dict[tuple, Counter] = defaultdict(Counter)
    for surface, n in surfaces.items():
        words = tuple(w for w in surface.replace("-", " ").split())
        key = name_key(words) if kind == PERSON else org_key(words)
        forms[key] += n
        spelling[key][surface] += n
    if kind == ORG:
        candidates = [k for k in forms if not all(s.replace(".", "").isupper() for s in spelling[k])] or list(forms)
        candidates = [k for k in candidates if len(k) > 1] or candidates
        top = max(forms[k] for k in candidates)
        frequent = [k for k in candidates if forms[k] >= FREQUENT_SHARE * top]
        best = max(frequent, key=lambda k: (len(k), forms[k], k))
        return best_spelling(spelling[best], surfaces)
    # People: completeness is the number of words; spellings of one length are pooled, since
    # "Qasem Soleimani" and "Qassim Suleimani" are equally complete forms of one name.
    by_length = Counter()
    for key, n in forms.items():
        by_length[len(key)] += n
    lengths = [n for n in by_length if n > 1] or list(by_length)
    top = max(by_length[n] for n in lengths)
    length = max(n for n in lengths if by_length[n] >= FREQUENT_SHARE * top)
    options = Counter()
    for key, spellings in spelling.items():
        if len(key) == length:
            options.update(spellings)
    return best_spelling(options, surfaces)


def _spelling_words(surface: str) -> list[str]:
    return [w.strip(".,") for w in surface.replace("-", " ").split() if w.strip(".,")]


def best_spelling(options: Counter, surfaces: Counter) -> str:
    """Of ``options`` (equally complete surface forms), the one whose words are, in total, written
    most often in ``surfaces`` (every mention of the entity, alone or in a full name), word by word:
    "Qasem Soleimani" (1 + 24) beats "Qassim Suleimani" (2 + 17) when "Soleimani" is the common
    spelling of the surname. Ties: the spelling nearer to the commonest spelling of each word, then
    accents kept ("López" over "Lopez"), then no hyphen, the shorter, the alphabetically first."""
    if len(options) == 1:
        return next(iter(options))
    written = Counter()
    for surface, n in surfaces.items():
        for word in _spelling_words(surface):
            written[word] += n
    ranked = sorted(written, key=lambda w: (-written[w], w))

    def commonest(word: str) -> str:
        key = fold_token(word)
        return next((w for w in ranked if _word_match(fold_token(w), key)), word)

    def score(surface: str) -> tuple:
        words = _spelling_words(surface)
        total = sum(written[w] for w in words)
        nearness = sum(SequenceMatcher(None, w.lower(), commonest(w).lower()).ratio() for w in words)
        accents = sum(not w.isascii() for w in words)
        return (total, options[surface], round(nearness, 6), accents, "-" not in surface, -len(surface))

    best = max(score(s) for s in options)
    return min(s for s in options if score(s) == best)


def make_index(items: list[NameItem], docs: Sequence[tuple[str, str]]) -> ActorIndex:
    groups: dict[tuple, list[NameItem]] = defaultdict(list)
    for item in items:
        kind = PLACE if item.kind == PLACE else PERSON if item.kind == PERSON else ORG
        groups[(kind, item.group)].append(item)
    named: dict[tuple, tuple[str, list[NameItem]]] = {}
    for (kind, group), members in groups.items():
        surfaces = Counter(i.mention.text for i in members)
        name = group[1] if kind == PLACE and place_name(members[0].mention.text) else canonical_name(kind, surfaces)
        named[(kind, group)] = (name, members)
    _one_actor_per_name(named)
    entities: list[Entity] = []
    used: set[str] = set()
    for (kind, group), (name, members) in named.items():
        surfaces = Counter(i.mention.text for i in members)
        entity_id = f"{kind}:{name}"
        n = 2
        while entity_id in used:
            entity_id, n = f"{kind}:{name}#{n}", n + 1
        used.add(entity_id)
        refs = [MentionRef(docs[i.doc][0], i.mention.start, i.mention.end, i.mention.text) for i in members]
        entities.append(Entity(entity_id, name, kind, surfaces, refs))
    return ActorIndex(entities)


def _one_actor_per_name(named: dict[tuple, tuple[str, list[NameItem]]]) -> None:
    """A person and an organisation of the same written name in one article ("Magna" read as a person
    where it "said", as a company elsewhere in the same story) become one actor of the kind most of
    their mentions give (ties: the organisation): every event names its actors by that name, so the
    two stood as two identical rows of the Actors list ("Magna (2)" twice) filtering the same events.
    Across articles the two kinds stay apart (an import reports such a pair as a kind link)."""
    by_name: dict[str, list[tuple]] = defaultdict(list)
    for key, (name, _members) in named.items():
        if key[0] != PLACE:
            by_name[name].append(key)
    for keys in by_name.values():
        while len(keys) >= 2:
            keep = max(keys, key=lambda k: (len(named[k][1]), k[0] == ORG))
            docs = {i.doc for i in named[keep][1]}
            joined = [k for k in keys if k != keep and docs & {i.doc for i in named[k][1]}]
            for key in joined:
                named[keep][1].extend(named.pop(key)[1])
            keys = [k for k in keys if k != keep and k not in joined]
