"""The actor index: each canonical actor or place, its spellings, and every mention's span, so the app
can list "Qasem Soleimani (Suleimani, Soleimani, Haj Qassim)" and mark each mention in the source pane.

Events carry canonical names only; ``label`` recomputes an event's ``actors``/``places`` from the
mention spans in its sentence, so after a user merges or splits actors the events are relabelled
from the same index.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

from explorer.auxiliaries import BE_FORMS, HAVE_FORMS
from explorer.entities.lexicon import TITLE_HEADS
from explorer.entities.subject import (
    REACH, mention_roles, named_subject, pronoun_horizon, pronoun_horizons, resolve_subject, subject_kind, subject_starts,
)
from explorer.entities.writer_body import WriterReadings, writer_readings
from explorer.events.agents import first_person_subject, is_description, passive_agent, subject_description, title_subject, unknown_name_subject
from explorer.events.clauses import clause_spans
from explorer.events.gender import agrees, sex_in_text
from explorer.events.names import ends_written_alone, written_alone
from explorer.events.possessed import named_owned, owned_one_acts, possessed_subject
from explorer.events.record import Event
from explorer.events.title_subjects import title_own_subject
from explorer.events.told_subjects import told_clause

if TYPE_CHECKING:
    from explorer.entities.mention_table import MentionTable

ACTOR_KINDS = ("person", "org")
#: Pronouns that own the noun after them: "her deputy", "their coach".
_POSSESSIVES = frozenset("his her their its".split())
_POSSESSIVE_LEN = max(map(len, _POSSESSIVES))


def _is_known_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a place: such an "organisation" is never "the company"."""
    from explorer.entities.gazetteer import gazetteer

    return gazetteer().lookup(name) is not None


#: Verbs a city undergoes or is the setting of, rather than acts by: "Hue falls", "Moscow hosts the
#: games", "Athens swelters"; and the auxiliaries of a passive or a state ("Rome is taken"). A capital
#: before one of them is the place, not its government.
_PLACE_UNDERGOES = BE_FORMS | HAVE_FORMS | frozenset(
    "becomes remains stays lies stands sits falls burns floods sinks shakes suffers sees hosts swelters "
    "freezes grows rises gets welcomes awaits faces".split()
)


def _acts_as_government(rest: str) -> bool:
    """Whether ``rest``, the title after a capital's name, opens with a verb of an act in the present
    ("authorizes", "protests", "surrenders"), not a passive or what befalls a place ("is bombed",
    "falls", "hosts"): only an act makes the city stand for its government."""
    verb = rest.split(" ", 1)[0].strip(",;:")
    return verb.isalpha() and verb.islower() and verb.endswith("s") and not verb.endswith("ss") \
        and verb not in _PLACE_UNDERGOES


def _country_subject(title: str, found: list["Entity"]) -> "Entity | None":
    """The country among ``found`` places whose name opens ``title`` as its subject, a lower-case
    word (its verb) right after it ("Germany invades Denmark"), or as the owner of its subject
    ("Germany's army crosses the river": the country's own forces); not one of two ("Germany and Italy
    sign …"). A country's capital before a verb of an act stands for its government as the country's
    name does ("Hanoi authorizes the insurgency", "Moscow protests"; not "Hue falls", "Rome is taken")."""
    from explorer.entities.gazetteer import gazetteer

    for entity in found:
        if not entity.is_place:
            continue
        for name in (entity.name, *entity.variants):
            rest = title[len(name):] if name and title.startswith(name) else ""
            owned = rest.startswith(("'s ", "’s "))
            rest = rest[3:] if owned else rest[1:] if rest.startswith(" ") else ""
            if rest[:1].islower() and not rest.startswith(("and ", "or ")):
                canonical = gazetteer().lookup(entity.name)
                if canonical is not None and gazetteer().is_country(canonical):
                    return entity
                if canonical is not None and gazetteer().is_capital(canonical) and not owned and _acts_as_government(rest):
                    return entity
    return None


def _country_pair(title: str, found: list["Entity"]) -> "tuple[Entity, Entity] | None":
    """Two countries among ``found`` places that open ``title`` joined by "and" as its subject, a
    lower-case word (their verb) right after ("Germany and Slovakia attack Poland", "Australia and New
    Zealand withdraw their soldiers"): both acted, each as its government, as one country opening a
    title does (:func:`_country_subject`). None for any other title."""
    from explorer.entities.gazetteer import gazetteer

    def country_at(text: str) -> "tuple[Entity, str] | None":
        for entity in found:
            if not entity.is_place:
                continue
            for name in (entity.name, *entity.variants):
                if name and text.startswith(name + " "):
                    canonical = gazetteer().lookup(entity.name)
                    if canonical is not None and gazetteer().is_country(canonical):
                        return entity, text[len(name) + 1:]
        return None

    first = country_at(title)
    if first is None or not first[1].startswith("and "):
        return None
    second = country_at(first[1][4:])
    if second is None or second[0] is first[0] or not second[1][:1].islower():
        return None
    return first[0], second[0]


def _named_in(title: str, entity: Entity) -> bool:
    """Whether ``title`` writes the entity's name or one of its spellings as whole words."""
    return any(written_alone(title, name) for name in (entity.name, *entity.variants))


def _owns(subject: str, entity: Entity) -> bool:
    """Whether ``subject`` is a part of the entity or its people: "Shares in Brenner Holdings",
    "Researchers at Uppsala University", "The board of Lumen Foods" (not "a bridge over the Tamsen")."""
    return any(ends_written_alone(subject, name, _OWNER_BEFORE) for name in (entity.name, *entity.variants))


def _home_of_person(description: str, entity: Entity) -> bool:
    """Whether ``entity`` is where the person ``description`` tells of lives or works ("a farmer from
    Kelby", "the teacher at Low Garth"), not a body they belong to: the description's head is a person's
    noun or role and the name has no body's or company's last word ("a spokesman from Kelby Council",
    "a driver at Tarn Ferries" are the body's people, who act for it)."""
    from explorer.entities.aliases import is_company_name
    from explorer.events.names import PERSON_ROLES
    from explorer.events.titles.words import BODY_WORDS

    head = description.split()[-1].lower() if description else ""
    last = entity.name.split()[-1].lower() if entity.name.split() else ""
    return head in PERSON_ROLES and last not in BODY_WORDS and not is_company_name(entity.name)


#: What stands before the name of the whole a subject is part of: "Shares in ", "The board of the ".
#: A place phrase opening a sentence, up to its comma: "At Marlow, ", "In the port city of Ardmore, ".
_OPENING_PLACE = re.compile(r"\s*(?:In|At|Across|Throughout|Around|Near|Outside|Inside|Along|Beyond|Back\s+in)\s+"
                            r"((?:the\s+(?:[a-z-]+\s+){0,3}of\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s")
_OWNER_BEFORE = re.compile(r"\b(?:in|at|of|from)\s+(?:the\s+)?\Z")


def _name_as_modifier(title: str, sentence: str, clause_start: int, entity: Entity) -> str | None:
    """The title's described subject when ``entity``'s name only modifies its common-noun head ("The
    Dunmore council", "the Ostby plant", "Kelby county officials" -> that description), else None.
    The name then says which council or plant; the description is who acted. A name ending the
    subject ("The opposition Renewal Party") or a capitalised head ("The Kelby Falcons") is the actor
    itself."""
    description = subject_description(title, sentence, clause_start)
    if not description or not _named_in(description, entity):
        return None
    head = description.split()[-1]
    if not head.isalpha() or not head.islower() or any(_named_in(head, Entity("", name, "")) for name in (entity.name, *entity.variants)):
        return None
    tail = description
    for name in sorted((entity.name, *entity.variants), key=len, reverse=True):
        if name and name in description:
            tail = description[description.index(name) + len(name):]
            break
    words = tail.split()
    if len(words) > 1 and words[0].isdigit():
        words = words[1:]  # "the Merel 4 satellite": a number after the name is the name's own (a model's)
    # the name must come before a lower-case head with nothing but common words after it
    return description if words and all(w.isalpha() and w.islower() for w in words) else None


def _with_told_subject(title: str, actors: tuple[str, ...], found: list["Entity"]) -> tuple[str, ...]:
    """``actors`` with the subject of the clause a title tells through its teller ("X says growers had
    lost a third of their harvest": growers): first when the told clause tells a past act, the event's
    happening; after the teller when it tells what will be (``explorer.events.told_subjects``)."""
    told = told_clause(title)
    if told is None:
        return actors
    clause, past = told
    named = named_subject(clause, found)
    subject = named.name if named is not None else subject_description(clause)
    if not subject or subject.lower() in (a.lower() for a in actors):
        return actors
    return (subject, *actors) if past or not actors else (actors[0], subject, *actors[1:])


def _starting_within(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``spans`` (sorted) that start in ``[start, end)``, found by bisection: what
    ``[(a, b) for a, b in spans if start <= a < end]`` gives, without reading a long document's
    every mention for each clause (under cProfile, 800 KB: 21 s of 330 s)."""
    return spans[bisect.bisect_left(spans, (start, -math.inf)):bisect.bisect_left(spans, (end, -math.inf))]


@dataclass(frozen=True, slots=True)
class MentionRef:
    doc: str
    start: int
    end: int
    text: str
    derived: bool = False  # a pronoun standing for the actor


class Entity:
    """One actor or place: its id, canonical name, kind, spellings (with counts) and mentions.

    A restored index (:meth:`ActorIndex.from_columns`) gives each entity its mentions as a slice of
    the saved columns (``source``): the ``MentionRef`` list is made the first time ``mentions`` is
    read, for this entity alone, so opening a project makes no object per mention (2.5M at 1M events).
    """

    __slots__ = ("id", "name", "kind", "variants", "_mentions", "_source")
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value (as the dataclass it was)

    def __init__(self, id: str, name: str, kind: str, variants: Counter | None = None,
                 mentions: list[MentionRef] | None = None, *, source: Callable[[], list[MentionRef]] | None = None) -> None:
        self.id, self.name, self.kind = id, name, kind
        self.variants: Counter = Counter() if variants is None else variants
        self._mentions: list[MentionRef] | None = ([] if source is None else None) if mentions is None else mentions
        self._source = source if mentions is None else None

    @property
    def mentions(self) -> list[MentionRef]:
        if self._mentions is None:
            self._mentions = self._source() if self._source is not None else []
            self._source = None
        return self._mentions

    @mentions.setter
    def mentions(self, value: list[MentionRef]) -> None:
        self._mentions, self._source = value, None

    @property
    def source(self) -> Callable[[], list[MentionRef]] | None:
        """The saved columns' slice still standing for the mentions (None once they were made)."""
        return self._source if self._mentions is None else None

    @property
    def is_place(self) -> bool:
        return self.kind == "place"

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if not isinstance(other, Entity):
            return NotImplemented
        return ((self.id, self.name, self.kind) == (other.id, other.name, other.kind)
                and self.variants == other.variants and self.mentions == other.mentions)

    def __repr__(self) -> str:
        return f"Entity(id={self.id!r}, name={self.name!r}, kind={self.kind!r}, variants={self.variants!r})"

    def __getstate__(self) -> tuple:
        return (self.id, self.name, self.kind, self.variants, self._mentions, self._source)

    def __setstate__(self, state: tuple) -> None:
        self.id, self.name, self.kind, self.variants, self._mentions, self._source = state


#: A title opening with a name of two to four capitalised words before a lower-case verb: "Ada Brenn joins".
_SUPPLIED_NAME = re.compile(r"((?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+) (?=[a-z])")


class ActorIndex:
    def __init__(self, entities: Iterable[Entity] = (), table: MentionTable | None = None) -> None:
        """``table``: the saved mentions of ``entities`` as columns (see :meth:`from_columns`); each
        document's spans are then read from it when that document is first looked at."""
        self.entities: dict[str, Entity] = {}
        self._owner: dict[tuple[str, int], str] = {}
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._table = table
        self._loaded: set[str] = set()  # documents whose spans were read from the table
        #: Per document, the offsets of mentions in subject position (opening a sentence or clause),
        #: for whom a later "she" or "the company" stands; empty when unknown (any mention will do).
        self.subjects: dict[str, set[int]] = {}
        #: Per document, the role nouns written beside each person's mention ("the designer Elsa
        #: Kvist"), by the mention's offset, for whom a later "the designer" stands; empty when unknown.
        self.roles: dict[str, dict[int, frozenset[str]]] = {}
        #: Per document, where its paragraphs and its sentences start, which bound how far back a
        #: pronoun subject looks (``subject.pronoun_horizon``); empty when unknown (``REACH`` then).
        self.horizons: dict[str, tuple[list[int], list[int]]] = {}
        #: Per document, the lines that may name the body it is written by and the speakers' turns
        #: (``entities.writer_body``), for whom a title's "We" stands; empty when unknown ("we" then).
        self.writers: dict[str, WriterReadings] = {}
        #: Per document, the sex its text gives each person it names (``events.gender.sex_in_text``), by
        #: name, so that "He" is never taken for a woman ("Agnes Oldin …. She …. He conducted"); a
        #: person whose sex the text does not tell is missing (either pronoun may stand for them).
        self.sexes: dict[str, dict[str, str]] = {}
        if table is not None:
            self.entities = {entity.id: entity for entity in entities}
            return
        # In bulk, as ``add`` would one by one, but each document's spans sorted once at the end
        # (an insort per mention was half of restoring a saved index: 2 s at 250k mentions).
        owner, spans = self._owner, self._spans
        for entity in entities:
            self.entities[entity.id] = entity
            for ref in entity.mentions:
                key = (ref.doc, ref.start)
                if key not in owner:
                    spans.setdefault(ref.doc, []).append((ref.start, ref.end))
                owner[key] = entity.id
        for doc_spans in spans.values():
            doc_spans.sort()

    @classmethod
    def from_columns(cls, entities: Iterable[tuple[str, str, str, Counter]], table: MentionTable) -> ActorIndex:
        """The index saved as columns: ``entities`` (id, name, kind, spellings) in the table's entity
        order. No ``MentionRef`` is made until an entity's mentions are read."""
        from explorer.entities.mention_table import TableSlice

        bounds = table.bounds.tolist()
        return cls((Entity(i, name, kind, variants, source=TableSlice(table, bounds[n], bounds[n + 1]))
                    for n, (i, name, kind, variants) in enumerate(entities)), table)

    @property
    def table(self) -> MentionTable | None:
        """The saved columns this index was restored from (None: built from mentions)."""
        return self._table

    def has_readings(self, doc: str) -> bool:
        """Whether ``doc``'s subject starts, roles and pronoun bounds are known (an annotation or an
        import found them; a saved index keeps none: :meth:`read_documents` finds them again)."""
        return doc in self.horizons

    def read_documents(self, texts: Mapping[str, tuple[str, Sequence[tuple[int, int]]]],
                       sexes_read: Mapping[str, Mapping[str, str | None]] | None = None) -> None:
        """Find the readings of the documents ``texts`` ({path: (text, sentence spans)}) from their
        text and the mentions the index holds, as an annotation finds them
        (``entities.annotate.build_index``): where subjects start, the roles written beside each
        person named (not beside a pronoun standing for one), where paragraphs and sentences start.
        They are functions of the text and of the mention spans, which a merge or a split leaves as
        they were, so a project file need not keep them: a reopened project reads a document again
        when an edit first relabels it (``Project.do_entity_edit``). All at once: the names of any
        number of documents are one pass over a saved index's columns. ``sexes_read``: the sex the text gives
        some persons of a document, {path: {name: sex or None}}, already read (an annotation resolving
        pronouns reads it first): not read again."""
        for doc, (text, sentences) in texts.items():
            self.subjects[doc] = subject_starts(text, self.spans(doc))  # (the spans loaded: owners known)
            self.horizons[doc] = pronoun_horizons(text, sentences)
            self.writers[doc] = writer_readings(text)
            self.roles.pop(doc, None)
            self.sexes[doc] = {}
        for doc, start, end in self._names_in(set(texts)):
            owner = self._owner.get((doc, start))
            if owner is None or self.entities[owner].kind != "person":
                continue
            if found := mention_roles(texts[doc][0], start, end):
                self.roles.setdefault(doc, {})[start] = found
            name, sexes = self.entities[owner].name, self.sexes[doc]
            if name not in sexes:
                read = (sexes_read or {}).get(doc, {})
                sexes[name] = read[name] if name in read else sex_in_text(name, texts[doc][0])
        for sexes in (self.sexes[doc] for doc in texts):
            for name in [n for n, sex in sexes.items() if sex is None]:
                del sexes[name]

    def _names_in(self, docs: set[str]) -> Iterable[tuple[str, int, int]]:
        """(document, start, end) of the mentions of ``docs`` that are names, not pronouns. A restored
        index's are its saved columns' rows (a merge or a split moves a mention, never makes one;
        only an import adds some, to documents it brings with their readings)."""
        if self._table is not None:
            return self._table.names_in(docs)
        return [(ref.doc, ref.start, ref.end) for entity in self.entities.values()
                for ref in entity.mentions if ref.doc in docs and not ref.derived]

    def _load(self, doc: str) -> None:
        """Read ``doc``'s spans from the saved columns the first time it is looked at or edited."""
        if self._table is None or doc in self._loaded:
            return
        self._loaded.add(doc)
        found = self._table.doc_spans(doc)
        if found:
            self._spans[doc] = [(start, end) for start, end, _ in found]
            self._owner.update(((doc, start), owner) for start, _, owner in found)

    def add(self, entity: Entity) -> None:
        self.entities[entity.id] = entity
        for ref in entity.mentions:
            self._own(ref, entity.id)

    def _own(self, ref: MentionRef, entity_id: str) -> None:
        self._load(ref.doc)
        if (ref.doc, ref.start) not in self._owner:
            bisect.insort(self._spans.setdefault(ref.doc, []), (ref.start, ref.end))
        self._owner[(ref.doc, ref.start)] = entity_id

    def extend(self, entity_id: str, refs: Iterable[MentionRef], spellings: Counter) -> None:
        """Give an existing entity a new document's mentions and spellings (an incremental import,
        :mod:`explorer.entities.extend`): its name, kind and id stay, and so every other document's
        labels. Only this entity's saved mentions are made (to append to them)."""
        entity = self.entities[entity_id]
        entity.variants.update(spellings)
        refs = list(refs)
        entity.mentions.extend(refs)
        for ref in refs:
            self._own(ref, entity_id)

    def remove(self, entity_id: str) -> Entity:
        entity = self.entities.pop(entity_id)
        for ref in entity.mentions:
            self._load(ref.doc)
            if self._owner.get((ref.doc, ref.start)) == entity_id:
                del self._owner[(ref.doc, ref.start)]
                spans = self._spans[ref.doc]
                spans.remove((ref.start, ref.end))
        return entity

    def _doc_spans(self, doc: str) -> list[tuple[int, int]]:
        self._load(doc)
        return self._spans.get(doc, [])

    def entity_at(self, doc: str, offset: int) -> Entity | None:
        """The entity mentioned at ``offset`` of ``doc`` (for clicks in the source pane)."""
        spans = self._doc_spans(doc)
        i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
        if i >= 0 and spans[i][0] <= offset < spans[i][1]:
            return self.entities.get(self._owner[(doc, spans[i][0])])
        return None

    def find(self, name: str) -> Entity | None:
        """The entity whose canonical name or one of whose spellings is ``name``."""
        for entity in self.entities.values():
            if entity.name == name or name in entity.variants:
                return entity
        return None

    def in_range(self, doc: str, start: int, end: int) -> list[Entity]:
        """Entities mentioned in ``doc[start:end]``, in order of first mention, each once."""
        spans = self._doc_spans(doc)
        out: list[Entity] = []
        seen: set[str] = set()
        for k in range(bisect.bisect_left(spans, (start, -1)), len(spans)):  # no copy of the list's tail
            span = spans[k]
            if span[0] >= end:
                break
            entity_id = self._owner[(doc, span[0])]
            if entity_id not in seen:
                seen.add(entity_id)
                out.append(self.entities[entity_id])
        return out

    def spans(self, doc: str) -> list[tuple[int, int]]:
        """The (start, end) of every mention in ``doc``, in text order."""
        return list(self._doc_spans(doc))

    def mentions_in(self, doc: str) -> list[tuple[int, int, str]]:
        """(start, end, kind) of every mention span in ``doc`` in text order, kind "place" or
        "actor" (its owner's), pronouns standing for a person included: the source pane's marks,
        read for one document (no pass over every entity's mentions)."""
        entities = self.entities
        return [(start, end, "place" if entities[self._owner[(doc, start)]].is_place else "actor")
                for start, end in self._doc_spans(doc)]

    def mention_count(self, entity: Entity) -> int:
        """How many mentions ``entity`` has, without making them."""
        source = entity.source
        return len(source) if source is not None else len(entity.mentions)  # type: ignore[arg-type]

    def named_before(self, doc: str, offset: int, reach: int = REACH) -> list[tuple[int, Entity]]:
        """(offset, entity) of the mentions in ``doc`` within ``reach`` characters before ``offset``."""
        spans = self._doc_spans(doc)
        low = bisect.bisect_left(spans, (offset - reach, -1))
        high = bisect.bisect_left(spans, (offset, -1))
        return [(start, self.entities[self._owner[(doc, start)]]) for start, _ in spans[low:high]]

    def label(self, event: Event) -> Event:
        """Actors and places of the event's own clause (see ``explorer.events.clauses``): a sentence
        reporting two visits gives each visit its own visitor and destination. When the clause's
        subject is a pronoun or a description ("She retires", "The company moves"), the actor it
        stands for comes first (see ``explorer.entities.subject``); a description that stands for
        no name ("The theatre opens") is itself the first actor (``explorer.events.agents``)."""
        spans = clause_spans(event.sentence, event.sentence_start, event.timex_start, event.timex_end)
        found: list[Entity] = []
        for start, end in spans:
            found += [e for e in self.in_range(event.doc, start, end) if e not in found]
        # a name the title gives from elsewhere in the sentence ("…, organisers announced today" titled
        # "Organisers announce the Riverside Festival will return") is of the happening too
        found += [e for e in self.in_range(event.doc, event.sentence_start, event.sentence_end)
                  if e not in found and _named_in(event.title, e)]
        stands_for = self.subject_stands_for(event, spans)
        told_by = stands_for  # whom the title's description or pronoun was read to stand for
        if stands_for is None:
            # the title opens with a name: one of the clause's own ("The chief executive of Lumen Foods,
            # Maria Kowal, resigned" -> "Maria Kowal resigns") or one named before it
            stands_for = named_subject(event.title, found + [e for _, e in self.named_before(event.doc, event.sentence_start)])
        clause_start = min(start for start, _ in spans) - event.sentence_start
        whole = title_subject(event.title, event.sentence, clause_start)  # the title's whole subject
        modified = None
        if stands_for is not None and not stands_for.is_place:
            modified = _name_as_modifier(event.title, event.sentence, clause_start, stands_for)
            owner = self._possessor_of(event.doc, stands_for, spans)
            found = [stands_for] + [e for e in found if e is not stands_for and e is not owner]
        actors = tuple(e.name for e in found if e.kind != "place")
        places = tuple(e.name for e in found if e.kind == "place")
        country = None
        if modified is not None:
            # "The Dunmore council approves the plan": the name only says which council; the council acted
            actors = (modified, *actors[1:])
        elif (country := _country_subject(event.title, found)) is not None:
            # "Portugal signs the treaty", "Britain imposes sanctions": a country opening the title before
            # its verb acted, as its government; it stays a place of the event too
            actors = (country.name, *(a for a in actors if a != country.name))
        elif (pair := _country_pair(event.title, found)) is not None:
            # "Germany and Slovakia attack Poland": two countries acted together, each as its government
            country = pair[0]
            names = tuple(e.name for e in pair)
            actors = (*names, *(a for a in actors if a not in names))
        elif stands_for is None or stands_for.is_place:
            # "The theatre opens", "Talks are suspended": the clause's agent is a description that
            # stands for no name; it is the actor a reader names (see ``explorer.events.agents``)
            description = subject_description(event.title, event.sentence, clause_start, lone_word=not actors)
            if description and first_person_subject(event.title) is not None \
                    and description.split()[0].lower() not in ("i", "we", "my", "our", "us", "me"):
                # "We drive home" read from a log's "Packed the car, said goodbye … and drove home": the
                # title's writer acted, not the words before the joined verb (read below as a title's "we")
                description = None
            agent = passive_agent(event.title) if description else None
            if agent and not any(e.kind != "place" and _named_in(agent, e) for e in found):
                # "The old school is bought by the parish council": the described agent acted, not the subject
                actors = (agent, *actors)
            elif description and any(e.kind != "place" and _name_as_modifier(event.title, event.sentence, clause_start, e)
                                     for e in found):
                # "A Drusan patrol boat fires on a carrier", "The Merel 4 satellite fails": a name (a people's,
                # a product's) only says which boat; the boat acted, as "the Dunmore council" does above
                actors = (description, *actors)
            elif description and not any(e.kind != "place" and _named_in(description, e) for e in found):
                # "Shares in Brenner Holdings rose": the name the subject holds comes first, then the description
                # (not a place a person is "from" or "at", which the index took for a body: "The farmer at
                # Low Garth dies" is the farmer's death, Low Garth where he farmed)
                owners = tuple(e.name for e in found if e.kind != "place" and _owns(whole or "", e)
                               and not _home_of_person(description, e))
                actors = (*owners, description, *(a for a in actors if a not in owners))
            elif description is None and (writer := first_person_subject(event.title)) is not None:
                # "We open a food bank", "I land at the airport": the writer (or the writer's body) acted;
                # a notice's "we" is the body that signs it ("We will close the clubhouse": the club)
                body = self.writing_body(event) if writer == "we" else None
                actors = (body.name, *(a for a in actors if a != body.name)) if body is not None else (writer, *actors)
            elif description is None and not any(_named_in(event.title.split(" ", 3)[0], e) for e in found):
                # "Norland imposes duties on cloth": a name the index did not know is still who acted
                unknown = unknown_name_subject(event.title, event.sentence, clause_start)
                if unknown and unknown.split()[0].lower() not in TITLE_HEADS \
                        and not any(unknown.split()[-1] in e.name.split() for e in found):
                    # ("President Lincoln", "General Dung": an office before a name the index knows, kept)
                    actors = (unknown, *actors)
        if told_by is not None and not told_by.is_place and modified is None and country is None and actors[:1] == (told_by.name,):
            # "The band stops performing" -> Salt Lanterns, then "the band": the clause's own words for
            # who acted follow the name they stand for, so the actor shows what the text says as well
            # as whom it means (a description counts for no centrality and makes no lane)
            said = subject_description(event.title, event.sentence, clause_start)
            if said and not _named_in(said, told_by) and said.lower() not in (a.lower() for a in actors):
                actors = (actors[0], said, *actors[1:])
        if stands_for is not None and not stands_for.is_place and modified is None and country is None \
                and actors[:1] == (stands_for.name,) and (agent := passive_agent(event.title)) \
                and not any(e.kind != "place" and _named_in(agent, e) for e in found):
            # "Arthur Penn is chosen by the county education committee": the described agent acted, the
            # one named underwent it (as for a described subject, below the name's rules)
            actors = (agent, *actors)
        actors = _with_told_subject(event.title, actors, found)
        # (a country's own forces or government are the country: "Germany's army crosses the river")
        owned = possessed_subject(whole, event.title) if country is None else None
        named = named_owned(whole, event.title) if owned is None else None
        if named and (first := next((a for a in actors if named.startswith(a)), None)) is not None:
            # "Ivo Marsh's brother Anton Marsh sells it": the brother, named, acted
            actors = (first, *(a for a in actors if a != first))
        if owned is not None and (named_before := _named_before_apposition(event.sentence, owned, actors)):
            # "Hafez al-Assad, his father, seized power": the owned description is the name's apposition,
            # so the name acted and the description is no actor of its own
            actors = (named_before, *(a for a in actors if a != named_before))
        elif owned is not None:
            # "The fund's board dismisses him": the owned one acted, its owner (kept after it) only says
            # whose; "Her memoir appears": an owned thing follows its owner (``explorer.events.possessed``)
            same = next((a for a in actors if a.lower() == owned.lower()), owned)  # ("yesterday's session")
            rest = tuple(a for a in actors if a is not same)
            actors = (same, *rest) if owned_one_acts(owned) or not rest else (rest[0], same, *rest[1:])
        if not actors and (said := title_own_subject(event.title, event.sentence)) is not None \
                and not any(e.is_place and _named_in(said, e) for e in found):
            # "Part of the roof collapses", "Parliament passes the act" (a name the index read as a common
            # word): no rule named an actor, but the title says who acted; never a place that undergoes
            actors = (said,)
        actors = self._with_title_subject(event, whole, actors, found)
        if told_by is None and stands_for is None and (pronoun := _UNRESOLVED_PRONOUN.match(
                _from_framed_pronoun(event.title, event.sentence, clause_start))) is not None:
            # "They sail from Velden", "It lands safely": a pronoun that stands for no one the rules can find
            # is itself who acted (a description, as "we" is), before the names the clause merely mentions
            said = pronoun.group(1).lower()
            actors = (said, *(a for a in actors if a.lower() != said))
        opening = _OPENING_PLACE.match(event.sentence)
        if opening is not None and len(actors) > 1:
            # "At Marlow, the harbour master closed the port", "In the port city of Ardmore, dock workers
            # walked out": a name only in the place phrase the sentence opens with is where, not who
            where = [a for a in actors[1:] if a[:1].isupper() and a in opening.group(1)
                     and a.lower() not in event.title.lower() and event.sentence.count(a) == 1]
            actors = tuple(a for a in actors if a not in where)
            places = (*places, *(a for a in where if a not in places))
        return replace(event, actors=actors, places=places)

    def _with_title_subject(self, event: Event, whole: str | None, actors: tuple[str, ...],
                            found: list[Entity]) -> tuple[str, ...]:
        """``actors`` with the one the title's subject names first, when none of them is named in it:
        "Dovany accuses Kestria" had the actors (Kestria), "Professor Lys joins the University of
        Brenmoor" (University of Brenmoor). The subject names a known entity of the clause or of the text
        before it by its last word ("Lys": Hanna Lys), or, a name the index does not know, itself
        (capitalised words: "Dovany"). A pronoun, a description or a quantity is left to the rules
        above, which read it as standing for someone or as itself."""
        if not whole:
            return self._with_supplied_subject(event, actors)
        if not event.title.startswith(whole.strip(" ,")):
            return actors  # (a subject read off the sentence, not the title's own opening)
        words = [w.strip(",;:’'").lower() for w in whole.split()]
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
        given = self._given_name_subject(event, whole, actors, found)
        if given is not None:
            return given
        if not words or any(set(_name_words(a)) & set(words) for a in actors):
            return actors  # ("Saddam", "Chiang" name Saddam Hussein, Chiang Kai-shek)
        caps = whole.split()
        if caps[0].lower() in _NOT_NAMES or _NOT_NAME_WORD.fullmatch(caps[0].strip(",")) \
                or not all(w[:1].isupper() or w.lower() in ("of", "de", "von", "van", "al-", "and") for w in caps) \
                or caps[0].lower() in ("the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "his", "her", "its", "their") \
                or len(caps) > 5:
            return actors
        known = [e for e in found if e.kind != "place"] + [
            e for _, e in self.named_before(event.doc, event.sentence_start) if e.kind != "place"]
        match = next((e for e in known if _last_word(e.name) == words[-1]), None)
        if match is not None:
            return (match.name, *(a for a in actors if a != match.name))
        place = next((e for e in found if e.is_place and _last_word(e.name) == words[-1]), None)
        rest = event.title[len(whole.strip(" ,")):].split()[:2]
        undergoes = bool(rest) and (rest[0] in ("is", "are", "was", "were") and len(rest) > 1
                                    and re.fullmatch(r"[a-z]+(?:ed|en|wn|ught|ung|lt|pt)", rest[1]) is not None
                                    or rest[0] in _WHERE_VERBS)
        if place is not None and not undergoes:
            # a place that acted ("Velmaria sends two ships"), not one that undergoes or is where
            # something happens ("Rome is captured", "Lima hosts the summit"): those are no actors
            return (place.name, *(a for a in actors if a != place.name))
        if place is not None:
            return actors
        if actors or len(caps) > 4 or len(caps) == 1 and (words[0] in _NOT_NAMES or words[0].endswith("ly")):
            return actors  # (a name the index does not know only when no actor was found at all)
        return (whole.strip(" ,"),)

    def _given_name_subject(self, event: Event, whole: str, actors: tuple[str, ...],
                            found: list[Entity]) -> tuple[str, ...] | None:
        """The actors with the one person first whom a title's lone given name names ("Agnes opens a
        library" after "Agnes Holt founded the school": Agnes Holt), or None. A lone capitalised word
        in "-s" ("Agnes", "Ines") was read as a plural description ("agnes"), and the rule below
        matches a name by its last word only; a given name names the one person of the text before
        (or of the clause) whose full name opens with it, when only one does."""
        word = whole.strip(" ,")
        if not re.fullmatch(r"[A-Z][a-z]+", word) or word.lower() in _NOT_NAMES:
            return None
        if any(a != word and not is_description(a) and word.lower() in _name_words(a) for a in actors):
            return None  # (named already, by its given name or in full)
        people = {e.name: e for e in found + [e for _, e in self.named_before(event.doc, event.sentence_start)]
                  if e.kind != "place" and len(e.name.split()) > 1 and e.name.split()[0] == word}
        if len(people) != 1:
            return None
        name = next(iter(people))
        return (name, *(a for a in actors if a != name and a.lower() != word.lower()))

    def _with_supplied_subject(self, event: Event, actors: tuple[str, ...]) -> tuple[str, ...]:
        """``actors`` with the name the title opens with first, when the sentence itself does not hold
        it: a title that took its subject from the text before ("Curriculum vitae: Ada Brenn" …
        "March 2020: Joined Solvern Ltd" -> "Ada Brenn joins Solvern Ltd"; a log's keeper) names who
        acted, where the sentence's own capitalised words ("Joined Solvern Ltd") do not."""
        m = _SUPPLIED_NAME.match(event.title)
        if m is None or m.group(1) in event.sentence or m.group(1).split()[0].lower() in _NOT_NAMES:
            return actors
        name = m.group(1)[4:] if m.group(1).startswith("The ") else m.group(1)
        if any(_name_words(a) and set(_name_words(a)) <= set(name.lower().split()) for a in actors):
            return actors
        return (name, *actors)

    def writing_body(self, event: Event) -> Entity | None:
        """For whom the writer's "we" stands (``entities.writer_body``): the one organisation the
        event's document names at the start of a masthead, "From:" or signature line; in a speaker's
        turn of a transcript, the body the text says the speaker speaks for. None when it names none or
        several, or when the "We" is quoted (someone else's "we")."""
        readings = self.writers.get(event.doc)
        if not readings:
            return None
        starts, turns = readings
        self._load(event.doc)
        turn = next((body for start, end, body in turns if start <= event.sentence_start < end), None)
        if turn is not None:
            owner = self._owner.get((event.doc, turn))
            return self.entities[owner] if owner is not None and self.entities[owner].kind == "org" else None
        we = re.search(r"\bWe\b", event.sentence)
        said = event.sentence[:we.start()] if we else event.sentence
        if said.count("“") > said.count("”") or said.count('"') % 2:
            return None
        bodies: dict[str, Entity] = {}
        for line in starts:
            # of a line's bodies the last, which the others belong to ("From: Customer Services, Tollbridge Water Ltd")
            owners = [o for o in (self._owner.get((event.doc, start)) for start in line)
                      if o is not None and self.entities[o].kind == "org"]
            if owners:
                bodies[owners[-1]] = self.entities[owners[-1]]
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _possessor_of(self, doc: str, subject: Entity, spans: list[tuple[int, int]]) -> Entity | None:
        """Whom a possessive pronoun just before ``subject``'s mention stands for ("Her deputy, Per
        Holm, was convicted": her), when that pronoun is the possessor's only mention in the clause:
        the possessor says whose deputy, and did not act."""
        # Both entities' mention lists are only read for a pronoun-long mention just before the
        # subject's: a frequent actor has hundreds of thousands of mentions (1M events: reading them
        # for every event relabelled made a merge of the top actor cost 2.75 ms an event).
        subject_starts: set[int] | None = None
        for start, end in spans:
            mentions = [(a, b, self._owner[(doc, a)]) for a, b in _starting_within(self._doc_spans(doc), start, end)]
            for k, (a, b, owner_id) in enumerate(mentions[:-1]):
                after = mentions[k + 1]
                if owner_id == subject.id or b - a > _POSSESSIVE_LEN or after[2] != subject.id or after[0] - b > 40:
                    continue
                owner = self.entities[owner_id]
                ref = next((r for r in owner.mentions if r.doc == doc and r.start == a), None)
                if ref is None or not ref.derived or ref.text.lower() not in _POSSESSIVES:
                    continue
                if subject_starts is None:
                    subject_starts = {ref.start for ref in subject.mentions if ref.doc == doc}
                if after[0] not in subject_starts:
                    continue
                if sum(1 for _, _, o in mentions if o == owner_id) == 1:
                    return owner
        return None

    def subject_stands_for(self, event: Event, spans: list[tuple[int, int]] | None = None) -> Entity | None:
        """Whom the title's pronoun or description subject stands for ("She retires", "The company
        moves"; see :func:`explorer.entities.subject.resolve_subject`), or None. ``spans``: the event's
        clause spans when known."""
        if spans is None:
            spans = clause_spans(event.sentence, event.sentence_start, event.timex_start, event.timex_end)
        subjects = self.subjects.get(event.doc)
        roles = self.roles.get(event.doc, {})
        offset = min(start for start, _ in spans)
        is_subject_at = (lambda at: at in subjects) if subjects is not None else (lambda at: True)

        sexes = self.sexes.get(event.doc, {})

        title = _from_framed_pronoun(event.title, event.sentence, offset - event.sentence_start)

        def resolve(before: list[tuple[int, Entity]]) -> Entity | None:
            return resolve_subject(title, before, is_subject_at,
                                   roles_at=lambda at: roles.get(at, frozenset()), is_place=_is_known_place,
                                   sex_of=lambda entity: sexes.get(entity.name))

        kind = subject_kind(title)
        if kind is None or kind[1] or event.doc not in self.horizons:
            return resolve(self.named_before(event.doc, offset))
        # a pronoun ("He resigned", "It collapsed") stands for someone just read about: named in its
        # paragraph or the one before; further back only for the one actor of its kind the story has
        # named as a subject since then (an article about one company, a profile of one person)
        pronoun = title.split(" ", 1)[0]

        def told(before: list[tuple[int, Entity]]) -> set[str]:
            # (a person the text gives the other sex is not "another of that kind" for a "she": "Olav
            # Rask, her predecessor, said …" leaves Vera Lind the one woman told as a subject)
            return {e.id for at, e in before if e.kind == kind[0] and is_subject_at(at) and not _is_known_place(e.name)
                    and (kind[0] != "person" or agrees(sexes.get(e.name), pronoun))}

        reach = min(REACH, offset - pronoun_horizon(*self.horizons[event.doc], offset))
        near = self.named_before(event.doc, offset, reach)
        if reach >= REACH or told(near):
            return resolve(near)
        # no subject of its kind since then: the one named further back as a subject, if the reader
        # has met them again since (named in passing: "… married the architect Peeter Lind") or the story
        # names no other of that kind as a subject
        wide = self.named_before(event.doc, offset)
        found = resolve(wide)
        if found is None:
            return None
        return found if found.id in {e.id for _, e in near} or told(wide) == {found.id} else None

    def people(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == "person"]

    def actors(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind != "place"]

    def places(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == "place"]


def _from_framed_pronoun(title: str, sentence: str, clause_start: int) -> str:
    """``title`` from its subject on when a framing phrase puts a personal pronoun after the title's
    first word ("Together they open the shop", "Two days later they seize the town hall", "Under the
    new director it opens a school" -> "They open …", "It opens …"): the pronoun stands for someone
    as it would opening the title; else ``title`` itself."""
    whole = title_subject(title, sentence, clause_start)
    if whole is None or whole.lower() not in ("he", "she", "it", "they") or title.lower().startswith(whole.lower() + " "):
        return title
    found = re.search(rf"\b{whole}\s", title, re.IGNORECASE)
    if found is None or found.start() == 0:
        return title
    rest = title[found.start():]
    return rest[:1].upper() + rest[1:]


#: Capitalised words opening a sentence that are no one's name ("There remains …", "Further …").
_NOT_NAMES = frozenset("there here further then thus meanwhile however later earlier also still instead "
                       "together finally eventually initially afterwards elsewhere".split())
#: A capitalised first word that is a preposition, a day, a month or a number: never a name's start
#: ("For Harbourline Ferries makes …", "Thursday acquits …", "One is rescued").
_NOT_NAME_WORD = re.compile(
    r"(?i)(?:for|in|on|at|by|from|with|after|before|during|to|of|since|until|as|when|while|if|but|and|or|so|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)"
)
#: Verbs by which a place is where something happens, not who acted ("Lima hosts the summit").
_WHERE_VERBS = frozenset("hosts host sees see witnesses lies stands houses falls fall".split())
_NAME_FILLERS = frozenset("the of and de von van al".split())


#: A title opening on a personal pronoun and its verb: "They sail from Velden", "It lands safely".
#: Not "It snowed", "It was a cold day", "It is proposed that …": the weather's or an empty "it" is no one.
_UNRESOLVED_PRONOUN = re.compile(
    r"(He|She|They|It(?!\s+(?:is|was|isn’t|wasn’t|isn't|wasn't|seems|appears|remains|becomes|rains|snows|freezes|thaws|pours|drizzles|"
    r"hails|blows|clears|stays|turns|gets|looks|feels|takes|emerges|transpires|happens|follows|means|matters)\b))"
    r"\s+(?=[a-z])"
)


def _name_words(name: str) -> list[str]:
    """The words of a name that tell it, in lower case ("Hanna Lys" -> ["hanna", "lys"])."""
    return [w.strip(",;:’'") for w in name.lower().split() if w not in _NAME_FILLERS]


def _last_word(name: str) -> str:
    """The last word of a name, as the title's subject is compared with it ("Hanna Lys" -> "lys")."""
    words = name.lower().split()
    return words[-1].strip(",;:’'") if words else ""


def _named_before_apposition(sentence: str, owned: str, actors: tuple[str, ...]) -> str | None:
    """The actor whose name the owned description follows as an apposition ("Hafez al-Assad, his
    father, seized power" -> "Hafez al-Assad"), or None: the description then says who the named
    one is, and is not a second actor beside the name."""
    for actor in actors:
        if re.search(re.escape(actor) + r",\s+" + re.escape(owned) + r"\s*,", sentence, re.IGNORECASE):
            return actor
    return None
