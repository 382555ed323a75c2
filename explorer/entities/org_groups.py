"""Which organisation (or, for an acronym, which person or place) each organisation mention is:
spellings clustered across the corpus, a bare "Foreign Ministry" given its country, "LBJ" read as
the initials of a name the same document spells out. Corpus annotation's grouping of bodies."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from explorer.entities.aliases import cluster_orgs, initials, is_acronym, org_key
from explorer.entities.gazetteer import gazetteer
from explorer.entities.kinds import ORG, PERSON, PLACE, name_words
from explorer.entities.mention import DocumentMentions
from explorer.entities.place_words import demonym_country, place_name
from explorer.entities.name_item import NameItem


def group_orgs(items: list[NameItem], found: Sequence[DocumentMentions], by_position: dict) -> None:
    surfaces: dict[tuple, tuple[str, ...]] = {}
    links: list[tuple[tuple, tuple]] = []
    docs_of: dict[tuple, set[int]] = defaultdict(set)
    for item in items:
        if item.kind == ORG:
            key = org_key(item.mention.words)
            surfaces.setdefault(key, item.mention.words)
            docs_of[key].add(item.doc)
            if item.mention.expands is not None:
                long = by_position.get((item.doc, item.mention.expands))
                if long is not None and long.kind == ORG:
                    links.append((key, org_key(long.mention.words)))
    uf = cluster_orgs(surfaces, links, docs_of)
    for item in items:
        if item.kind == ORG:
            item.group = ("org", uf.find(org_key(item.mention.words)))
    _attach_bare_orgs(items, uf)


def names_by_initials(items: list[NameItem]) -> None:
    """ "LBJ" is "Lyndon B. Johnson" and "N.J." is "New Jersey" where the same document names them: an
    acronym that no organisation's name spells is the person or place whose name's initials it is,
    when the documents that write it name one such person or place and no other (three letters or
    more; two for a place when dotted, as a state is written). Elsewhere in the corpus the same acronym
    is the same one, as an organisation's acronym is the same organisation everywhere."""
    by_org_group: dict[object, list[NameItem]] = defaultdict(list)
    for item in items:
        if item.kind in (ORG, PLACE):
            by_org_group[(item.kind, item.group)].append(item)
    acronyms: dict[str, list[NameItem]] = defaultdict(list)
    for members in by_org_group.values():
        if all(len(i.mention.words) == 1 for i in members):  # an organisation's long name spells none of them
            for item in members:
                word = item.mention.words[0]
                letters = word.replace(".", "")
                if is_acronym(word) and (len(letters) >= 3 or "." in word):  # "(LBJ)" after his name too
                    acronyms[letters.lower()].append(item)
    if not acronyms:
        return
    named: dict[tuple[int, str], set] = defaultdict(set)  # (document, initials) -> (kind, group)
    for item in items:
        words = name_words(item.mention) if item.kind == PERSON else item.mention.words
        if item.kind in (PERSON, PLACE) and len(words) >= 2 and item.group is not None and item.group[0] in ("person", "place"):
            named[(item.doc, initials(words))].add((item.kind, item.group))
    for letters, members in acronyms.items():
        found = set().union(*(named.get((d, letters), set()) for d in {i.doc for i in members}))
        if len(found) == 1:
            kind, group = found.pop()
            if kind == PERSON and len(letters) < 3:
                continue
            for item in members:
                item.kind, item.group = kind, group


def _attach_bare_orgs(items: list[NameItem], uf) -> None:
    """"Russian Foreign Ministry" and "Iranian Foreign Ministry" are two; a bare "Foreign Ministry"
    is the one of the country its article is about (the country it names most), when the corpus
    has that country's ministry; in an article about no one country, the only nationality the
    article gives that name. Otherwise it stays bare."""
    qualified: dict[tuple, dict[str, tuple]] = defaultdict(dict)  # bare key -> country -> full key
    for item in items:
        words = item.mention.words
        if item.kind == ORG and len(words) >= 3:
            country = demonym_country(words[0])
            if country is not None:
                qualified[org_key(words[1:])][country] = org_key(words)
    if not qualified:
        return
    gaz = gazetteer()
    in_doc: dict[int, dict[tuple, set[str]]] = defaultdict(lambda: defaultdict(set))
    countries: dict[int, Counter] = defaultdict(Counter)
    for item in items:
        words = item.mention.words
        if item.kind == ORG and len(words) >= 3 and demonym_country(words[0]) is not None:
            in_doc[item.doc][org_key(words[1:])].add(demonym_country(words[0]))
        elif item.kind == PLACE:
            found = place_name(item.mention.text)
            if found is not None and gaz.is_country(found):
                countries[item.doc][found] += 1
    for item in items:
        if item.kind != ORG:
            continue
        key = org_key(item.mention.words)
        if key not in qualified:
            continue
        named = in_doc[item.doc].get(key, set())
        ranked = countries[item.doc].most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            country = ranked[0][0]  # the article is about this country
        else:
            country = next(iter(named)) if len(named) == 1 else None
        if country is not None and country in qualified[key]:
            item.group = ("org", uf.find(qualified[key][country]))
