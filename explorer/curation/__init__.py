"""The user's corrections (no Qt): edits as undoable commands, keyed to survive re-extraction."""

from explorer.curation.commands import Command, EditEvents, SetDocumentDate, UndoStack
from explorer.curation.model import CURATION_FIELDS, Curation, EventEdit, SpanKey

__all__ = ["Command", "EditEvents", "SetDocumentDate", "UndoStack", "Curation", "EventEdit", "SpanKey", "CURATION_FIELDS"]
