"""Annotating only a new import's documents against the stored index (issue 16; the design is in
docs/incremental-annotation.md). First piece: which existing person a new full name belongs to.

A whole annotation clusters every full name of the corpus (``aliases.cluster_full_names``). Adding
one article should not redo that: a new full name is looked up among the people the project already
has, by the same rule (it is ``compatible`` with every full-name spelling of the person), through a
blocking index on the surname so that one look-up costs the few people of that surname, not all.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Sequence

from explorer.entities.aliases import NameKey, compatible, match_block, name_key
from explorer.entities.index import ActorIndex, Entity
from explorer.entities.kinds import PERSON, is_particle


def full_name_key(surface: str) -> NameKey | None:
    """The name key of a spelling of two name words or more (particles left out, as
    ``kinds.name_words`` does for a mention), None for a surname or given name alone."""
    key = name_key(w for w in surface.replace("-", " ").split() if not is_particle(w))
    return key if len(key) >= 2 else None


def _blocks(key: NameKey) -> set[str]:
    """The surname blocks under which a key is filed and looked up: its last word, and the
    second-last when a second surname may be left out ("Nicolás Maduro Moros" is "Nicolás Maduro",
    see ``aliases.compatible``). Two compatible keys always share one of them."""
    found = {match_block(key[-1])} if len(key[-1]) > 1 else set()
    if len(key) >= 3 and len(key[-2]) > 1:
        found.add(match_block(key[-2]))
    return found


class PeopleByName:
    """The existing people of an index, by the surname blocks of their full-name spellings.

    Built once per import from the entities' spellings (``Entity.variants``), never from their
    mentions, so a restored index makes no ``MentionRef`` for it."""

    def __init__(self, people: Iterable[Entity]) -> None:
        self._keys: dict[str, list[NameKey]] = {}
        self._people: dict[str, Entity] = {}
        self._by_block: dict[str, set[str]] = defaultdict(set)
        for entity in people:
            keys = sorted({k for k in (full_name_key(s) for s in entity.variants) if k is not None})
            if not keys:
                continue  # known only by one word: no full name to be compatible with
            self._keys[entity.id], self._people[entity.id] = keys, entity
            for key in keys:
                for block in _blocks(key):
                    self._by_block[block].add(entity.id)

    @classmethod
    def of(cls, index: ActorIndex) -> PeopleByName:
        return cls(e for e in index.entities.values() if e.kind == PERSON)

    def fits(self, words: Sequence[str]) -> tuple[Entity, ...]:
        """The existing people the full name ``words`` fits, in id order: none (a new person), one
        (that person), or several (the new article links people the project keeps apart: a
        cross-link, which the caller reports rather than merges)."""
        key = name_key(w for w in words if not is_particle(w))
        if len(key) < 2:
            return ()
        candidates = set().union(*(self._by_block.get(b, set()) for b in _blocks(key)))
        return tuple(self._people[i] for i in sorted(candidates)
                     if all(compatible(key, known) for known in self._keys[i]))
