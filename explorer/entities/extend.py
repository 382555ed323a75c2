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

from explorer.entities.aliases import _word_match, is_acronym, name_key, org_key, same_spelling, spelling_block
from explorer.entities.annotate import build_index
from explorer.entities.canonical_names import canonical_name
from explorer.entities.person_evidence import direct_evidence, kind_without_evidence
from explorer.entities.grouping import EventGroup
from explorer.entities.incremental import PeopleByName, full_name_key
from explorer.entities.index import ActorIndex, Entity, MentionRef
from explorer.entities.fold import ascii_lower, fold_token
from explorer.entities.kinds import ORG, PERSON, CorpusVocabulary, clean, is_particle
from explorer.entities.lexicon import SHIP_PREFIXES
from explorer.entities.lone_names import LoneNameEvidence, spelled_words
from explorer.entities.mention import DocumentMentions, Mention
from explorer.entities.mentions import find_mentions
from explorer.entities.people_groups import is_regnal
from explorer.entities.writer_body import WriterReadings
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
    #: the new documents' paragraph and sentence starts that bound a pronoun's reach (``ActorIndex.horizons``)
    horizons: dict[str, tuple[list[int], list[int]]] = field(default_factory=dict)
    #: the new documents' signature lines and speakers' turns (``ActorIndex.writers``)
    writers: dict[str, WriterReadings] = field(default_factory=dict)
    #: the sex each new document gives the people it names (``ActorIndex.sexes``)
    sexes: dict[str, dict[str, str]] = field(default_factory=dict)

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
        self.given: dict[str, set[str]] = defaultdict(set)  # the first word of a person's full name -> the people
        self.orgs: dict[tuple, set[str]] = defaultdict(set)
        self.org_spellings: dict[tuple, set[tuple]] = defaultdict(set)  # ``spelling_block`` -> org keys
        self.places: dict[str, set[str]] = defaultdict(set)
        self.keys: dict[tuple, set[str]] = defaultdict(set)  # any spelling's name key -> entities of any kind
        self.spellings: dict[str, set[str]] = defaultdict(set)  # a spelling as written -> entities
        #: words the stored documents wrote capitalised inside a sentence (a spelling's words after its
        #: first), the part of a whole run's ``CorpusVocabulary.noninitial`` the stored names keep
        self.noninitial: set[str] = set()
        #: a person named in full -> the words of its full names as written (``lone_names.spelled_words``)
        self.spelled: dict[str, set[str]] = {}
        self.full_names: set[tuple] = set()  # the name keys of the stored people's full names
        for e in self.entities.values():
            if e.kind == PERSON:
                fulls = [_words(s) for s in (e.name, *e.variants) if full_name_key(s) is not None]
                if fulls:
                    self.spelled[e.id] = spelled_words(fulls)
            for spelling in e.variants:  # as written in the documents (a split's source keeps its name, not its spelling)
                self.spellings[spelling].add(e.id)
            for spelling in e.variants:
                self.noninitial.update(w.lower() for w in spelling.split()[1:] if w[:1].isupper())
            for spelling in (e.name, *e.variants):
                words = spelling.replace("-", " ").split()
                self.keys[name_key(words)].add(e.id)
                if e.kind == PERSON:
                    full = full_name_key(spelling)
                    if full is not None:
                        self.surnames[full[-1]].add(e.id)
                        self.given[full[0]].add(e.id)
                        self.full_names.add(full)
                elif e.kind == ORG:
                    for key in _org_keys(words):
                        self.orgs[key].add(e.id)
                    self.org_spellings[spelling_block(org_key(words))].add(org_key(words))
                else:
                    self.places[spelling.casefold()].add(e.id)


def _org_keys(words: Sequence[str]) -> list[tuple]:
    """The keys an organisation's spelling is filed and looked up under: its own, and a ship's name
    without its prefix ("USS Maddox" is the "Maddox", as ``aliases.cluster_orgs`` joins them)."""
    keys = [org_key(words)]
    if len(words) >= 2 and words[0].replace(".", "").lower() in SHIP_PREFIXES:
        keys.append(org_key(words[1:]))
    return keys


def _words(spelling: str) -> tuple[str, ...]:
    return tuple(w for w in spelling.split() if not is_particle(w))


def _lone_may_join(lone: LoneNameEvidence, doc: str, spelling: str, entity_id: str, stored: _Stored) -> bool:
    """Whether the one-word name ``spelling`` in ``doc`` may be the stored person ``entity_id`` by the
    whole annotation's rule (``lone_names``); a person known only by one word joins by spelling key,
    as a whole run's "person-word" does."""
    spelled = stored.spelled.get(entity_id)
    words = _words(spelling)
    return spelled is None or not words or lone.may_join(doc, ascii_lower(words[-1]), spelled)


def _spelling_may_join(lone: LoneNameEvidence, docs: Iterable[str], spelling: str, entity_id: str, stored: _Stored) -> bool:
    """Whether ``spelling``, a spelling the stored person ``entity_id`` has, may be that person in one of
    ``docs``: a one-word look-alike of its surname ("Huksley" of "Pavel Huxley", given by an article
    that titled it) joins only on evidence in its own article, as in a whole run (``lone_names``); a
    name unlike its words (a user's merge) joins by spelling alone."""
    spelled = stored.spelled.get(entity_id)
    words = _words(spelling)
    if spelled is None or len(words) != 1:
        return True
    written = ascii_lower(words[0])
    if written in spelled or not any(_word_match(fold_token(w), fold_token(written)) for w in spelled):
        return True
    return any(lone.may_join(doc, written, spelled) for doc in docs)


def _regnal_ids(spelling: str, docs: Iterable[str], stored: _Stored, lone: LoneNameEvidence) -> set[str]:
    """The stored person a monarch's one name (``people_groups.is_regnal``: "King Faisal") is, as a
    whole run's ``group_people`` gives it: the one person named in full with it first ("Faisal bin
    Nasser"), else the person known by that one word only; never one whose surname it is ("Saddam
    Hussein" for "King Hussein")."""
    key = name_key(spelling.split())
    if not key:
        return set()
    docs = list(docs)
    given = {i for i in stored.given.get(key[0], ()) if any(_lone_may_join(lone, d, spelling, i, stored) for d in docs)}
    if len(given) == 1:
        return given
    return {i for i in stored.keys.get(key, ()) if stored.entities[i].kind == PERSON and i not in stored.spelled}


def _all_regnal(local: Entity, regnal: frozenset[tuple[str, int]]) -> bool:
    """Whether every mention of ``local`` written in its documents is a monarch's one name."""
    own = [r for r in local.mentions if not r.derived]
    return bool(own) and all((r.doc, r.start) in regnal for r in own)


def _candidates(local: Entity, stored: _Stored, lone: LoneNameEvidence,
                regnal: frozenset[tuple[str, int]] = frozenset()) -> set[str]:
    """The stored entities of the same kind that ``local`` (an entity of the new documents) names;
    ``regnal``: (document, start) of the new documents' monarchs' one names (``people_groups.is_regnal``)."""
    spellings = [local.name, *local.variants]
    if local.kind == PERSON and len(local.name.split()) == 1 and _all_regnal(local, regnal):
        found = _regnal_ids(local.name, {r.doc for r in local.mentions}, stored, lone)
        return found if len(found) == 1 else set()
    # a spelling the project already has, of one entity: that entity (the user's merges and splits
    # moved spellings between entities: "Ines Varga" merged into Tomas Okafor fits no rule of names)
    in_docs = {ref.doc for ref in local.mentions}
    exact = {i for s in local.variants for i in stored.spellings.get(s, ())
             if stored.entities[i].kind == local.kind and _spelling_may_join(lone, in_docs, s, i, stored)}
    if local.kind == PERSON and any(full_name_key(s) is not None for s in spellings):
        # a person the new documents name in full is not one the project knows by one word only
        # ("Minister Huksley"): a whole run would name the old mentions by the new full name, which an
        # import never does, so that is reported (``_known_by_surname_only``), never merged
        exact = {i for i in exact if i in stored.spelled}
    if len(exact) == 1:
        return exact
    if local.kind == ORG and all(is_acronym(s) for s in local.variants):
        # an acronym the project writes for one person or place ("LBJ", "N.J."): a whole run gives
        # every mention of it to that one (``org_groups.names_by_initials``)
        across = {i for s in local.variants for i in stored.spellings.get(s, ()) if stored.entities[i].kind != ORG}
        if len(across) == 1:
            return across
    if local.kind == PERSON:
        fulls = [s.replace("-", " ").split() for s in spellings if full_name_key(s) is not None]
        if fulls:
            return {e.id for words in fulls for e in stored.people.fits(words)}
        # a surname or given name alone: the person of that name, else the only person of that surname
        # (several: the bare name's own entity, as a whole run's ``people_groups.group_people`` leaves it; never a link)
        # (a spelling that only folds into a person's named in full elsewhere: only on evidence, ``lone_names``)
        docs = {ref.doc for ref in local.mentions}
        fits = lambda i: any(_lone_may_join(lone, d, s, i, stored) for d in docs for s in local.variants)  # noqa: E731
        same = {i for s in spellings for i in stored.keys.get(name_key(s.split()), ()) if stored.entities[i].kind == PERSON}
        same = {i for i in same if fits(i)}
        named = {i for i in same if stored.entities[i].name == local.name}
        if len(named) == 1 or len(same) == 1:
            return named if len(named) == 1 else same
        found = set().union(*(stored.surnames.get(k[-1], set()) for k in (name_key(s.split()) for s in spellings) if k))
        found = {i for i in found if fits(i)}
        return found if len(found) == 1 and not same else set()
    if local.kind == ORG:
        keys = [key for s in spellings for key in _org_keys(s.replace("-", " ").split())]
        found = set().union(*(stored.orgs.get(k, set()) for k in keys))
        # else a name spelled otherwise ("Nuremberg Files" / "Nuremburg Files": ``aliases.same_spelling``)
        return found or {i for k in keys for other in stored.org_spellings.get(spelling_block(k), ())
                         if same_spelling(k, other) for i in stored.orgs[other]}
    return set().union(*(stored.places.get(s.casefold(), set()) for s in spellings))


def _other_kind(local: Entity, stored: _Stored, lone: LoneNameEvidence) -> set[str]:
    """Stored entities of another kind written the same as ``local``'s name (a kind conflict). A
    one-word name that only folds into the surname of a person named in full elsewhere is no
    such conflict ("the heights of Marye" and "Virgin Mary"): the rule of ``lone_names``."""
    words = local.name.replace("-", " ").split()
    found = {i for i in stored.keys.get(name_key(words), ()) if stored.entities[i].kind != local.kind}
    if len(words) != 1:
        return found
    # a one-word name the new documents alone take for an organisation, which a whole run takes for
    # the person of that surname (``kinds.resolve_single`` knows the corpus's surnames)
    key = name_key(words)
    if key and local.kind != PERSON:
        found |= stored.surnames.get(key[-1], set())
    docs = {ref.doc for ref in local.mentions}
    return {i for i in found if stored.entities[i].kind != PERSON
            or any(_lone_may_join(lone, d, s, i, stored) for d in docs for s in local.variants)}


def _known_by_surname_only(local: Entity, stored: _Stored) -> list[str]:
    """Stored people with no full name whose one word is the surname of ``local``'s full names."""
    surnames = {k[-1] for k in (full_name_key(s) for s in (local.name, *local.variants)) if k is not None}
    return sorted(i for k in surnames for i in stored.keys.get((k,), ())
                  if stored.entities[i].kind == PERSON and i not in stored.spelled)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    at = bisect.bisect_left(spans, (start, -1))
    return (at < len(spans) and spans[at][0] < end) or (at > 0 and spans[at - 1][1] > start)


def _lone_evidence(local: ActorIndex, docs: Sequence[tuple[str, str]], found: Sequence[DocumentMentions]) -> LoneNameEvidence:
    """What the new documents show of their people (``lone_names``): the mentions their own reading
    takes for people, those it leaves out, and every one-word name (a whole run takes a one-word name
    for a person when other articles give it as a surname, which the new documents alone cannot know:
    "He told Kowalsky" is an organisation to them, a person to a whole run)."""
    people = {(r.doc, r.start) for e in local.entities.values() if e.kind == PERSON for r in e.mentions}
    chosen = []
    for (path, _), mentions in zip(docs, found):
        spans = local.spans(path)
        chosen.extend((path, m) for m in mentions.mentions
                      if (path, m.start) in people or len(m.words) == 1 or not _overlaps(spans, m.start, m.end))
    return LoneNameEvidence(chosen)


def _adopt_known_names(local: ActorIndex, docs: Sequence[tuple[str, str]], found: Sequence[DocumentMentions],
                       known: _Stored, lone: LoneNameEvidence, regnal: frozenset[tuple[str, int]]) -> None:
    """Give ``local`` the mentions it left out for want of evidence that the project holds: a name
    written exactly as a spelling of one stored entity ("Kim Jong-un" alone in a new article, which
    a whole run takes for a person because other articles give him a title). The evidence is the
    stored entity's; the mention becomes a local entity of that kind and spelling, matched to it below."""
    # a name opening a sentence is one by a whole run's rule (``kinds.clean``) when the corpus writes it
    # inside a sentence too: "Zarif met ..." beside a stored "Javad Zarif"
    vocab = CorpusVocabulary.of(found)
    vocab = CorpusVocabulary(vocab.lower_words, vocab.noninitial | known.noninitial)
    for (path, text), mentions in zip(docs, found):
        spans = local.spans(path)
        added = False
        for m in mentions.mentions:
            ids = {i for i in known.spellings.get(m.text, ()) if _spelling_may_join(lone, (path,), m.text, i, known)}
            if (path, m.start) in regnal:
                ids &= _regnal_ids(m.text, (path,), known, lone)
            elif not ids and len(m.words) == 1 and (not m.initial or clean(m, vocab) is not None):
                # a surname alone, of exactly one stored person (a whole run: a known surname is a person's)
                key = name_key(m.words)
                ids = known.surnames.get(key[-1], set()) if key else set()
                ids = {i for i in ids if _lone_may_join(lone, path, m.text, i, known)}
            if len(ids) != 1:
                continue
            if _overlaps(spans, m.start, m.end):
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


def _split_by_document(local: ActorIndex, found_at: dict[tuple[str, int], Mention], known: _Stored,
                       lone: LoneNameEvidence, regnal: frozenset[tuple[str, int]]) -> None:
    """Cut a one-word name of the new documents where its documents disagree on whether it is a stored
    person named in full. The new documents' own reading puts "Huksley" of two articles into one
    entity; a whole run gives each article's "Huksley" to the stored "Pavel Huxley" only on that
    article's evidence (``lone_names``), and the articles left out keep the name apart: as a person
    if they show evidence of one (``person_evidence.direct_evidence``), else as what a name without it is
    (``person_evidence.kind_without_evidence``); a name they took for another kind keeps that kind."""
    for entity in list(local.entities.values()):
        if any(full_name_key(s) is not None for s in (entity.name, *entity.variants)):
            continue
        by_doc: dict[str, list[MentionRef]] = defaultdict(list)
        for ref in entity.mentions:
            by_doc[ref.doc].append(ref)
        if len(by_doc) < 2:
            continue
        goes = {doc: _target(_part(entity, refs), known, lone, regnal) for doc, refs in by_doc.items()}
        named = {i for i in goes.values() if i is not None and i in known.spelled}
        if len(named) != 1 or set(goes.values()) == named:
            continue
        joining = {doc for doc, i in goes.items() if i in named}
        local.remove(entity.id)
        local.add(_part(entity, [r for d in joining for r in by_doc[d]], f"{entity.id}@joined"))
        rest = [r for d in by_doc if d not in joining for r in by_doc[d]]
        said = [found_at[(r.doc, r.start)] for r in rest if not r.derived and (r.doc, r.start) in found_at]
        if entity.kind != PERSON or direct_evidence(said):
            local.add(_part(entity, rest, f"{entity.id}@apart"))
            continue
        for kind in {kind_without_evidence(m) for m in said} - {""}:
            refs = [r for r in rest if not r.derived and kind_without_evidence(found_at[(r.doc, r.start)]) == kind]
            part = _part(entity, refs, f"{entity.id}@{kind}")
            local.add(Entity(part.id, canonical_name(kind, part.variants), kind, part.variants, part.mentions))


def _split_regnal(local: ActorIndex, known: _Stored, lone: LoneNameEvidence, regnal: frozenset[tuple[str, int]]) -> None:
    """Cut a one-word name of the new documents into its monarch's mentions ("King Hussein") and the
    rest ("Hussein told reporters") when the two go to different stored people. The new documents'
    own reading keeps one name of one document together; a whole run groups each mention by its own
    rule (``people_groups.group_people``): the monarch's only by a given name, the rest by surname too."""
    for entity in list(local.entities.values()):
        if entity.kind != PERSON or any(full_name_key(s) is not None for s in (entity.name, *entity.variants)):
            continue
        kings = [r for r in entity.mentions if (r.doc, r.start) in regnal]
        rest = [r for r in entity.mentions if (r.doc, r.start) not in regnal]
        if not kings or not any(not r.derived for r in rest):
            continue
        crowned, others = _part(entity, kings, f"{entity.id}@regnal"), _part(entity, rest)
        if _target(crowned, known, lone, regnal) == _target(others, known, lone, regnal):
            continue
        local.remove(entity.id)
        local.add(others)
        local.add(crowned)


def _target(local: Entity, known: _Stored, lone: LoneNameEvidence, regnal: frozenset[tuple[str, int]]) -> str | None:
    """The one stored entity ``local`` goes to (one of its kind, else one of another kind), if any."""
    fits = _candidates(local, known, lone, regnal)
    if not fits:
        fits = _other_kind(local, known, lone)
    return next(iter(fits)) if len(fits) == 1 else None


def _part(entity: Entity, refs: list[MentionRef], entity_id: str | None = None) -> Entity:
    """``entity`` with only the mentions ``refs`` (and their spellings)."""
    variants = Counter(r.text for r in refs if not r.derived)
    name = entity.name if entity.name in variants else canonical_name(entity.kind, variants)
    return Entity(entity_id or entity.id, name, entity.kind, variants, list(refs))


def _documents(new: Sequence[Any]) -> list[tuple[str, str]]:
    return [(d.document.path, d.document.text) for d in new]


def annotate_new(stored: StoredAnnotation, new: Sequence[Any]) -> AnnotationDelta:
    """The annotation of the documents ``new`` (``explorer.ingest.ExtractedDocument``: ``document``,
    ``events``) against ``stored``, as a delta; nothing stored is changed."""
    docs = _documents(new)
    if not docs:
        return AnnotationDelta(())
    found = [d.mentions if getattr(d, "mentions", None) is not None else find_mentions(text)
             for d, (_, text) in zip(new, docs)]  # found where extracted, when they were
    known = _Stored(stored)
    local = build_index(docs, found, known.full_names)
    lone = _lone_evidence(local, docs, found)
    regnal = frozenset((path, m.start) for (path, text), mentions in zip(docs, found)
                       for m in mentions.mentions if is_regnal(m, text))
    _adopt_known_names(local, docs, found, known, lone, regnal)
    found_at = {(path, m.start): m for (path, _), mentions in zip(docs, found) for m in mentions.mentions}
    _split_by_document(local, found_at, known, lone, regnal)
    _split_regnal(local, known, lone, regnal)
    used = set(known.entities)
    target: dict[str, str] = {}  # local entity id -> the id it goes to
    links: list[Link] = []
    fresh: dict[str, Entity] = {}
    for entity in local.entities.values():
        first_doc = entity.mentions[0].doc if entity.mentions else docs[0][0]
        fits = sorted(_candidates(entity, known, lone, regnal))
        if entity.kind != ORG:
            # an acronym the project holds as an organisation that the new documents spell out as this
            # person or place ("LBJ" beside "Lyndon B. Johnson"): a whole run re-kinds it, an import reports it
            orgs = sorted({i for s in entity.variants if is_acronym(s) for i in known.spellings.get(s, ())
                           if known.entities[i].kind == ORG})
            links.extend(Link((i, *fits[:1]), "kind", first_doc, f"{known.entities[i].name} as {entity.kind}") for i in orgs)
        if len(fits) == 1:
            target[entity.id] = fits[0]
            if entity.kind == PERSON and len(entity.name.split()) == 1:
                # the same one word stored as another kind ("Berglound" an organisation in an article
                # that never says it is a person): a whole run may now take those for the person, which
                # would re-kind and merge a stored entity; an import reports it instead
                other = sorted(i for i in known.keys.get(name_key(entity.name.split()), ()) if known.entities[i].kind != PERSON)
                links.extend(Link((i, fits[0]), "kind", first_doc, f"{entity.name} as {entity.kind}") for i in other)
            continue
        if not fits:
            other = sorted(_other_kind(entity, known, lone))
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
        elif entity.kind == PERSON:
            # a new full name of a stored person known only by one word ("Minister Huksley"): a whole run
            # may give the old mentions to the new name, which an import never does to old events
            lone_ones = _known_by_surname_only(entity, known)
            if lone_ones:
                links.append(Link((*lone_ones, entity_id), "cross-link", first_doc, entity.name))
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
        dict(local.horizons), dict(local.writers), {p: dict(s) for p, s in local.sexes.items()},
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
    view.horizons.update(local.horizons)  # the new events are labelled with the reach a whole annotation gives
    view.writers.update(local.writers)
    view.sexes.update(local.sexes)
    return view


__all__ = ["AnnotationDelta", "Link", "StoredAnnotation", "annotate_new"]
