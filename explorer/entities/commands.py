"""User edits of who is who and what goes with what, as commands with ``do``/``undo`` and a label
(a ``QUndoStack`` in the app can drive them; the logic stays here, free of Qt)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

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

    @property
    def label(self) -> str:
        return f"Merge {len(self.others)} into {self.index.entities[self.target].name}"

    def do(self) -> None:
        target = self.index.entities[self.target]
        self._before = Counter(target.variants)
        self._saved = [self.index.remove(entity_id) for entity_id in self.others]
        for entity in self._saved:
            target.variants.update(entity.variants)
            for ref in entity.mentions:
                target.mentions.append(ref)
                self.index._own(ref, target.id)

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

    @property
    def label(self) -> str:
        return f"Split {self.name} from {self.index.entities[self.source].name}"

    def do(self) -> None:
        source = self.index.entities[self.source]
        moving = [r for r in source.mentions if r.text in self.variants]
        source.mentions[:] = [r for r in source.mentions if r.text not in self.variants]
        counts = Counter({v: source.variants.pop(v) for v in self.variants if v in source.variants})
        self.new_id = self.new_id or f"{source.kind}:{self.name}#split"
        self.index.add(Entity(self.new_id, self.name, source.kind, counts, moving))

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

    @property
    def label(self) -> str:
        return "Ungroup events"

    def do(self) -> None:
        for i, group in enumerate(self.groups):
            if group.id == self.group_id:
                self._removed = (i, self.groups.pop(i))
                return

    def undo(self) -> None:
        if self._removed is not None:
            self.groups.insert(*self._removed)
            self._removed = None
