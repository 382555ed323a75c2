"""User edits of who is who and what goes with what, as commands with ``do``/``undo`` and a label
(a ``QUndoStack`` in the app can drive them; the logic stays here, free of Qt).

Each edit also has a ``record``: what the user did in names, not ids ("merge Lavrov into Sergei
Lavrov"), set when it is done. A new annotation (after more articles are imported) has new ids: a
project keeps its user's edits and ``rebind``s each to the new index by those names, then does it
again, so merges and splits survive, and an edit still on the undo stack undoes on the index shown.
:func:`from_record` makes an edit from a saved record.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from explorer.entities.grouping import EventGroup
from explorer.entities.index import ActorIndex, Entity


@dataclass(slots=True)
class MergeActors:
    """Make ``others`` spellings of ``target``."""

    index: ActorIndex
    target: str
    others: tuple[str, ...]
    _saved: list[Entity] = field(default_factory=list)
    _before: Counter | None = None
    record: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"Merge {len(self.others)} into {self.index.entities[self.target].name}"

    def do(self) -> None:
        target = self.index.entities[self.target]
        self.record = {"op": "merge", "into": target.name, "names": [self.index.entities[i].name for i in self.others]}
        self._before = Counter(target.variants)
        self._saved = [self.index.remove(entity_id) for entity_id in self.others]
        for entity in self._saved:
            target.variants.update(entity.variants)
            for ref in entity.mentions:
                target.mentions.append(ref)
                self.index._own(ref, target.id)

    def rebind(self, index: ActorIndex, groups: list[EventGroup]) -> bool:
        """Point this merge (by its record's names) at ``index``; False if it no longer applies."""
        target = index.find(self.record.get("into", ""))
        others = tuple(dict.fromkeys(
            e.id for e in (index.find(n) for n in self.record.get("names", ())) if e is not None and target is not None and e.id != target.id
        ))
        if target is None or not others:
            return False
        self.index, self.target, self.others, self._saved, self._before = index, target.id, others, [], None
        return True

    def undo(self) -> None:
        target = self.index.entities[self.target]
        moved = {(r.doc, r.start) for e in self._saved for r in e.mentions}
        target.mentions[:] = [r for r in target.mentions if (r.doc, r.start) not in moved]
        target.variants.clear()
        target.variants.update(self._before or {})
        for entity in self._saved:
            self.index.add(entity)
        self._saved = []


@dataclass(slots=True)
class SplitActor:
    """Give the mentions spelled ``variants`` their own actor, named ``name``."""

    index: ActorIndex
    source: str
    variants: tuple[str, ...]
    name: str
    new_id: str = ""
    record: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"Split {self.name} from {self.index.entities[self.source].name}"

    def do(self) -> None:
        source = self.index.entities[self.source]
        self.record = {"op": "split", "from": source.name, "variants": list(self.variants), "name": self.name}
        moving = [r for r in source.mentions if r.text in self.variants]
        source.mentions[:] = [r for r in source.mentions if r.text not in self.variants]
        counts = Counter({v: source.variants.pop(v) for v in self.variants if v in source.variants})
        self.new_id = self.new_id or f"{source.kind}:{self.name}#split"
        self.index.add(Entity(self.new_id, self.name, source.kind, counts, moving))

    def rebind(self, index: ActorIndex, groups: list[EventGroup]) -> bool:
        source = index.find(self.record.get("from", ""))
        variants = tuple(v for v in self.record.get("variants", ()) if source is not None and v in source.variants)
        if source is None or not variants or len(variants) == len(source.variants):
            return False
        self.index, self.source, self.variants, self.new_id = index, source.id, variants, ""
        return True

    def undo(self) -> None:
        split = self.index.remove(self.new_id)
        source = self.index.entities[self.source]
        source.variants.update(split.variants)
        for ref in split.mentions:
            source.mentions.append(ref)
            self.index._own(ref, source.id)


@dataclass(slots=True)
class Ungroup:
    """Undo the automatic grouping of one happening: its events stand alone again."""

    groups: list[EventGroup]
    group_id: str
    _removed: tuple[int, EventGroup] | None = None
    record: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return "Ungroup events"

    def do(self) -> None:
        for i, group in enumerate(self.groups):
            if group.id == self.group_id:
                self._removed = (i, self.groups.pop(i))
                self.record = {"op": "ungroup", "events": list(group.event_ids)}
                return

    def rebind(self, index: ActorIndex, groups: list[EventGroup]) -> bool:
        events = set(self.record.get("events", ()))
        for group in groups:
            if len(events.intersection(group.event_ids)) >= 2:
                self.groups, self.group_id, self._removed = groups, group.id, None
                return True
        return False

    def undo(self) -> None:
        if self._removed is not None:
            self.groups.insert(*self._removed)
            self._removed = None


EntityEdit = MergeActors | SplitActor | Ungroup


def from_record(record: dict[str, Any]) -> EntityEdit | None:
    """An edit made from a saved record, bound to nothing yet (``rebind`` it before ``do``)."""
    op = record.get("op")
    edit: EntityEdit
    if op == "merge":
        edit = MergeActors(ActorIndex(), "", ())
    elif op == "split":
        edit = SplitActor(ActorIndex(), "", (), str(record.get("name", "")))
    elif op == "ungroup":
        edit = Ungroup([], "")
    else:
        return None
    edit.record = dict(record)
    return edit


def replay(index: ActorIndex, groups: list[EventGroup], records: Iterable[dict[str, Any]]) -> int:
    """Apply a user's recorded edits, in order, to a new annotation (names are looked up again;
    an edit whose names or events are gone is skipped). Returns how many applied."""
    applied = 0
    for record in records:
        edit = from_record(record)
        if edit is not None and edit.rebind(index, groups):
            edit.do()
            applied += 1
    return applied
