"""Edits as commands, and the undo stack that runs them (no Qt).

Each command is a small object with ``do(state)``, ``undo(state)`` and a ``label`` for the Edit menu
("Reject event “Flood hits the valley”"). The state is the project (anything with the methods of
:class:`CurationState`). The GUI wraps :class:`UndoStack` in a ``QUndoStack`` later; the logic stays
here, after glue's ``core/command.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable, Protocol, Sequence

from explorer.curation.model import EventEdit, SpanKey


class CurationState(Protocol):
    def get_edit(self, key: SpanKey) -> EventEdit: ...
    def set_edit(self, key: SpanKey, edit: EventEdit) -> None: ...
    def set_edits(self, changes: Sequence[tuple[SpanKey, EventEdit]]) -> None: ...
    def document_user_date(self, doc_hash: str) -> date | None: ...
    def set_document_date(self, doc_hash: str, when: date | None) -> None: ...


class Command:
    label: str  # what the Edit menu shows: "Undo <label>"

    def do(self, state: CurationState) -> None:
        raise NotImplementedError

    def undo(self, state: CurationState) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class EditEvents(Command):
    """Replace the edits of one or more events; undo puts the previous ones back.

    Every per-event edit (date, title, lane, reject, restore, star, tags, note, add, merge) is this
    command with different before/after values, so undo is exact by construction.
    """

    label: str
    before: tuple[tuple[SpanKey, EventEdit], ...]
    after: tuple[tuple[SpanKey, EventEdit], ...]

    def do(self, state: CurationState) -> None:
        state.set_edits(self.after)

    def undo(self, state: CurationState) -> None:
        state.set_edits(self.before)


@dataclass(frozen=True)
class SetDocumentDate(Command):
    """Give a document its date; its relative and underspecified expressions re-resolve at once."""

    label: str
    doc_hash: str
    before: date | None
    after: date | None

    def do(self, state: CurationState) -> None:
        state.set_document_date(self.doc_hash, self.after)

    def undo(self, state: CurationState) -> None:
        state.set_document_date(self.doc_hash, self.before)


class EntityOperation(Protocol):
    """An edit of who is who (``explorer.entities.commands``: merge, split, ungroup), in place on the
    project's actor index or groups; ``record`` says what was done in names, set by ``do``."""

    label: str
    record: dict

    def do(self) -> None: ...
    def undo(self) -> None: ...


class EntityState(Protocol):
    def do_entity_edit(self, operation: EntityOperation) -> None: ...
    def undo_entity_edit(self, operation: EntityOperation) -> None: ...


@dataclass(frozen=True)
class EditEntities(Command):
    """A merge, split or ungroup as a core command, on the same stack as the curation edits: the
    project does it on its index or groups, keeps it (saved, and done again on a new annotation),
    and tells its listeners (every event's actors and places follow). The history stays in memory."""

    operation: EntityOperation

    @property
    def label(self) -> str:  # type: ignore[override]
        return self.operation.label

    def do(self, state: EntityState) -> None:  # type: ignore[override]
        state.do_entity_edit(self.operation)  # the project keeps it, re-applied on a new annotation

    def undo(self, state: EntityState) -> None:  # type: ignore[override]
        state.undo_entity_edit(self.operation)


class UndoStack:
    """A linear history with a clean mark (the state last saved).

    ``push`` runs the command; ``undo``/``redo`` move through the history. Listeners are plain
    callables called with no arguments after every change, for menus to refresh their labels.
    """

    def __init__(self, state: CurationState) -> None:
        self._state = state
        self._commands: list[Command] = []
        self._index = 0  # commands[:index] are done
        self._clean = 0
        self._listeners: list[Callable[[], None]] = []

    def push(self, command: Command) -> None:
        command.do(self._state)
        del self._commands[self._index :]
        if self._clean > self._index:
            self._clean = -1  # the saved state can no longer be reached by undo/redo
        self._commands.append(command)
        self._index += 1
        self._notify()

    def undo(self) -> None:
        if not self.can_undo:
            raise IndexError("nothing to undo")
        self._index -= 1
        self._commands[self._index].undo(self._state)
        self._notify()

    def redo(self) -> None:
        if not self.can_redo:
            raise IndexError("nothing to redo")
        self._commands[self._index].do(self._state)
        self._index += 1
        self._notify()

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    @property
    def undo_label(self) -> str:
        return self._commands[self._index - 1].label if self.can_undo else ""

    @property
    def redo_label(self) -> str:
        return self._commands[self._index].label if self.can_redo else ""

    @property
    def index(self) -> int:
        return self._index

    def __len__(self) -> int:
        return len(self._commands)

    def set_clean(self) -> None:
        self._clean = self._index
        self._notify()

    @property
    def is_clean(self) -> bool:
        return self._clean == self._index

    def clear(self) -> None:
        self._commands.clear()
        self._index = self._clean = 0
        self._notify()

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()
