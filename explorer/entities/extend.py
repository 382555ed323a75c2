"""Annotating only a new import's documents against a stored annotation (issue 16; the design, and
where this differs from it, is docs/incremental-annotation.md).

A whole annotation (:func:`explorer.entities.annotate_corpus`) reads every document again, which at
1M events takes minutes for one new article. :func:`annotate_new` finds the mentions of the new
documents only (``build_index`` over them: each document's mentions, pronouns, subjects and roles
are its own), then gives each entity found there to the stored entity it names, by names and
spellings (people by :class:`~explorer.entities.incremental.PeopleByName`, organisations by key,
places by name), or makes it a new entity. Stored entities keep their names and ids, so no old
event is relabelled; new evidence that would join two stored entities (a cross-link) or change a
stored entity's kind is reported in the delta, never applied. Groups grow only by pairs with a new
event (:func:`explorer.entities.regroup.extend_groups`).

Qt-free; the input and the output are picklable, so it runs in the app's background child as
:func:`explorer.entities.annotation.annotate_documents` does.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from explorer.entities.aliases import name_key, org_key
from explorer.entities.annotate import build_index
from explorer.entities.grouping import EventGroup
from explorer.entities.incremental import PeopleByName, full_name_key
from explorer.entities.index import ActorIndex, Entity, MentionRef
from explorer.entities.kinds import ORG, PERSON
from explorer.entities.mentions import DocumentMentions, find_mentions
from explorer.entities.subject import mention_roles, subject_starts
from explorer.entities.regroup import extend_groups
from explorer.events.record import Event


@dataclass(frozen=True, slots=True)
class StoredAnnotation:
    """What :func:`annotate_new` needs of a project's annotation, and no more: every entity's id,
    name, kind and spellings (never its mentions), the groups, and the old events that a new event
    can be grouped with (those near the new documents' dates, and the other members of their groups)."""

    entities: tuple[tuple[str, str, str, Counter], ...]
    groups: tuple[EventGroup, ...] = ()
    events: tuple[Event, ...] = ()

    @classmethod
    def of(cls, index: ActorIndex, groups: Iterable[EventGroup] = (), events: Iterable[Event] = ()) -> StoredAnnotation:
        return cls(tuple((e.id, e.name, e.kind, Counter(e.variants)) for e in index.entities.values()),
                   tuple(groups), tuple(events))


@dataclass(frozen=True, slots=True)
class Link:
    """New evidence a whole annotation would act on but an import does not: ``ids`` (stored entities,
    and the new entity the mentions went to instead) that ``document`` names as one (``reason``
    "cross-link"), or a stored entity the new document takes for another kind ("kind")."""

    ids: tuple[str, ...]
    reason: str
    document: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class AnnotationDelta:
    """What an import adds to a stored annotation (applied by ``Project.extend_annotation``)."""

    documents: tuple[str, ...]  # the new documents' paths
    new_entities: tuple[Entity, ...] = ()
    #: stored entity id -> (new spellings, new mentions)
    extended: dict[str, tuple[Counter, tuple[MentionRef, ...]]] = field(default_factory=dict)
    subjects: dict[str, set[int]] = field(default_factory=dict)
    roles: dict[str, dict[int, frozenset[str]]] = field(default_factory=dict)
    #: (actors, places) of every new document's event, by id
    labels: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    groups: tuple[EventGroup, ...] = ()  # new groups, and stored ones that grew (same id)
    dropped_groups: tuple[str, ...] = ()  # stored groups joined into another by a new event
    links: tuple[Link, ...] = ()

    @property
    def exact(self) -> bool:
        """Whether nothing was left for a whole annotation to decide differently (see the note)."""
        return not self.links


class _Stored:
    """The stored entities, looked up by the names and spellings a new entity may share with them."""

    def __init__(self, stored: StoredAnnotation) -> None:
        self.entities = {i: Entity(i, name, kind, Counter(variants)) for i, name, kind, variants in stored.entities}
        self.people = PeopleByName(e for e in self.entities.values() if e.kind == PERSON)
        self.surnames: dict[str, set[str]] = defaultdict(set)  # a person's surname -> the people
        self.orgs: dict[tuple, set[str]] = defaultdict(set)
        self.places: dict[str, set[str]] = defaultdict(set)
        self.keys: dict[tuple, set[str]] = defaultdict(set)  # any spelling's name key -> entities of any kind
        self.spellings: dict[str, set[str]] = defaultdict(set)  # a spelling as written -> entities
        for e in self.entities.values():
            for spelling in e.variants:  # as written in the documents (a split's source keeps its name, not its spelling)
                self.spellings[spelling].add(e.id)
            for spelling in (e.name, *e.variants):
                words = spelling.replace("-", " ").split()
                self.keys[name_key(words)].add(e.id)
                if e.kind == PERSON:
                    full = full_name_key(spelling)
                    if full is not None:
                        self.surnames[full[-1]].add(e.id)
                elif e.kind == ORG:
                    self.orgs[org_key(words)].add(e.id)
                else:
                    self.places[spelling.casefold()].add(e.id)


def _candidates(local: Entity, stored: _Stored) -> set[str]:
    """The stored entities of the same kind that ``local`` (an entity of the new documents) names."""
    spellings = [local.name, *local.variants]
    # a spelling the project already has, of one entity: that entity (the user's merges and splits
    # moved spellings between entities: "Ines Varga" merged into Tomas Okafor fits no rule of names)
    exact = {i for s in local.variants for i in stored.spellings.get(s, ()) if stored.entities[i].kind == local.kind}
    if len(exact) == 1:
        return exact
    if local.kind == PERSON:
        fulls = [s.replace("-", " ").split() for s in spellings if full_name_key(s) is not None]
        if fulls:
            return {e.id for words in fulls for e in stored.people.fits(words)}
        # a surname or given name alone: the person of that name, else the only person of that surname
        # (several: the bare name's own entity, as a whole run's ``_group_people`` leaves it; never a link)
        same = {i for s in spellings for i in stored.keys.get(name_key(s.split()), ()) if stored.entities[i].kind == PERSON}
        named = {i for i in same if stored.entities[i].name == local.name}
        if len(named) == 1 or len(same) == 1:
            return named if len(named) == 1 else same
        found = set().union(*(stored.surnames.get(k[-1], set()) for k in (name_key(s.split()) for s in spellings) if k))
        return found if len(found) == 1 and not same else set()
    if local.kind == ORG:
        return set().union(*(stored.orgs.get(org_key(s.replace("-", " ").split()), set()) for s in spellings))
    return set().union(*(stored.places.get(s.casefold(), set()) for s in spellings))


def _other_kind(local: Entity, stored: _Stored) -> set[str]:
    """Stored entities of another kind written the same as ``local``'s name (a kind conflict)."""
    return {i for i in stored.keys.get(name_key(local.name.replace("-", " ").split()), ())
            if stored.entities[i].kind != local.kind}


def _adopt_known_names(local: ActorIndex, docs: Sequence[tuple[str, str]], found: Sequence[DocumentMentions],
                       known: _Stored) -> None:
    """Give ``local`` the mentions it left out for want of evidence that the project holds: a name
    written exactly as a spelling of one stored entity ("Kim Jong-un" alone in a new article, which
    a whole run takes for a person because other articles give him a title). The evidence is the
    stored entity's; the mention becomes a local entity of that kind and spelling, matched to it below."""
    for (path, text), mentions in zip(docs, found):
        spans = local.spans(path)
        added = False
        for m in mentions.mentions:
            ids = known.spellings.get(m.text, ())
            if not ids and len(m.words) == 1 and not m.initial:
                # a surname alone, of exactly one stored person (a whole run: a known surname is a person's)
                key = name_key(m.words)
                ids = known.surnames.get(key[-1], set()) if key else set()
            if len(ids) != 1:
                continue
            at = bisect.bisect_left(spans, (m.start, -1))
            if (at < len(spans) and spans[at][0] < m.end) or (at > 0 and spans[at - 1][1] > m.start):
                continue  # (part of) a mention the new documents' own reading kept
            entity = known.entities[next(iter(ids))]
            local_id = f"{entity.kind}:{entity.name}@known"
            mine = local.entities.get(local_id)
            if mine is None:
                mine = Entity(local_id, entity.name, entity.kind)
                local.add(mine)
            ref = MentionRef(path, m.start, m.end, m.text)
            mine.variants[m.text] += 1
            mine.mentions.append(ref)
            local._own(ref, local_id)  # noqa: SLF001 - the index's one way to file a span
            if entity.kind == PERSON:
                roles = mention_roles(text, m.start, m.end)
                if roles:
                    local.roles.setdefault(path, {})[m.start] = roles
            spans = local.spans(path)
            added = True
        if added:
            local.subjects[path] = subject_starts(text, local.spans(path))


def _documents(new: Sequence[Any]) -> list[tuple[str, str]]:
    return [(d.document.path, d.document.text) for d in new]


def annotate_new(stored: StoredAnnotation, new: Sequence[Any]) -> AnnotationDelta:
    """The annotation of the documents ``new`` (``explorer.ingest.ExtractedDocument``: ``document``,
    ``events``) against ``stored``, as a delta; nothing stored is changed."""
    docs = _documents(new)
    if not docs:
        return AnnotationDelta(())
    found = [find_mentions(text) for _, text in docs]
    local = build_index(docs, found)
    known = _Stored(stored)
    _adopt_known_names(local, docs, found, known)
    used = set(known.entities)
    target: dict[str, str] = {}  # local entity id -> the id it goes to
    links: list[Link] = []
    fresh: dict[str, Entity] = {}
    for entity in local.entities.values():
        first_doc = entity.mentions[0].doc if entity.mentions else docs[0][0]
        fits = sorted(_candidates(entity, known))
        if len(fits) == 1:
            target[entity.id] = fits[0]
            continue
        if not fits:
            other = sorted(_other_kind(entity, known))
            if len(other) == 1:  # the stored entity keeps its kind; the new mentions take it
                links.append(Link((other[0],), "kind", first_doc, f"{entity.name} as {entity.kind}"))
                target[entity.id] = other[0]
                continue
        entity_id, n = f"{entity.kind}:{entity.name}", 2
        while entity_id in used:
            entity_id, n = f"{entity.kind}:{entity.name}#{n}", n + 1
        used.add(entity_id)
        target[entity.id] = entity_id
        fresh[entity_id] = Entity(entity_id, entity.name, entity.kind, Counter(entity.variants), list(entity.mentions))
        if len(fits) > 1:  # a new name joining stored entities: reported, the mentions kept apart
            links.append(Link((*fits, entity_id), "cross-link", first_doc, entity.name))
    extended: dict[str, tuple[Counter, list[MentionRef]]] = {}
    for entity in local.entities.values():
        goes = target[entity.id]
        if goes in fresh:
            continue
        spellings, refs = extended.setdefault(goes, (Counter(), []))
        spellings.update(entity.variants)
        refs.extend(entity.mentions)
    view = _view(known, fresh, extended, local)
    paths = {path for path, _ in docs}
    labelled = [view.label(e) for d in new for e in d.events]
    old = [e for e in stored.events if e.doc not in paths]
    grown, dropped = extend_groups(old, stored.groups, labelled)
    return AnnotationDelta(
        tuple(path for path, _ in docs), tuple(fresh.values()),
        {i: (spellings, tuple(refs)) for i, (spellings, refs) in extended.items()},
        {p: set(s) for p, s in local.subjects.items()}, {p: dict(r) for p, r in local.roles.items()},
        {e.id: (e.actors, e.places) for e in labelled}, tuple(grown), tuple(dropped), tuple(links),
    )


def _view(known: _Stored, fresh: dict[str, Entity], extended: dict[str, tuple[Counter, list[MentionRef]]],
          local: ActorIndex) -> ActorIndex:
    """An index of the new documents' mentions under the names they will have in the project (stored
    entities with all their spellings), to label the new events as the extended project will."""
    entities = list(fresh.values())
    for entity_id, (spellings, refs) in extended.items():
        old = known.entities[entity_id]
        entities.append(Entity(entity_id, old.name, old.kind, old.variants + spellings, list(refs)))
    view = ActorIndex(entities)
    view.subjects.update(local.subjects)
    view.roles.update(local.roles)
    return view


__all__ = ["AnnotationDelta", "Link", "StoredAnnotation", "annotate_new"]
