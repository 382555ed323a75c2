"""Edits whose expression is gone from its document's text, and what the user does with them.

When a document's text changes, :mod:`explorer.curation.reanchor` moves every edit it can. The rest
are *orphans*: still kept (under the old text's hash), listed with the old sentence and what the edit
did, until the user re-attaches each to a span of the new text (:func:`reattach`) or discards it
(:func:`discard`); both are ordinary undoable commands. The project keeps the old text
(:class:`PreviousText`) as long as an edit points into it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from explorer.curation.commands import EditEvents
from explorer.curation.model import EventEdit, SpanKey
from explorer.curation.reanchor import Reanchor
from explorer.curation.textmap import TOKEN
from explorer.sentences import SentenceIndex

if TYPE_CHECKING:
    from explorer.store.project import Project


@dataclass(frozen=True, slots=True)
class PreviousText:
    """A document's text as it was when the user's edits were made, kept while they point into it."""

    hash: str
    path: str
    title: str
    text: str
    successor: str | None = None  # the hash of the text that replaced it; None: the document was removed


@dataclass(frozen=True, slots=True)
class Orphan:
    key: SpanKey
    edit: EventEdit
    path: str  # the document's file, "" when even its old text is unknown
    expression: str  # the words the edit was on, in the old text
    sentence: str  # the old sentence they stood in
    what: str  # what the edit did, in words
    successor: str | None  # the hash of the document's text now
    suggestion: SpanKey | None = None  # a span of the new text where the expression probably went

    @property
    def name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1] if self.path else self.key.doc_hash[:12]


def describe(edit: EventEdit) -> str:
    """What an edit did, in words: "dated March 2019; starred; tagged legal, draft"."""
    parts = []
    if edit.added:
        parts.append("added by hand")
    if edit.begin is not None:
        parts.append(f"dated {edit.date_text or edit.begin.isoformat()}")
    if edit.title is not None:
        parts.append(f"renamed “{edit.title}”")
    if edit.lane is not None:
        parts.append(f"moved to lane {edit.lane}")
    if edit.rejected:
        parts.append("rejected")
    if edit.starred:
        parts.append("starred")
    if edit.tags:
        parts.append("tagged " + ", ".join(edit.tags))
    if edit.note:
        parts.append(f"note “{' '.join(edit.note.split())[:60]}”")
    if edit.absorbed:
        parts.append(f"merged with {len(edit.absorbed)} other event{'s' if len(edit.absorbed) > 1 else ''}")
    if edit.merged_into is not None:
        parts.append("merged into another event")
    return "; ".join(parts) or "no change"


def list_orphans(project: "Project") -> list[Orphan]:
    """The project's orphaned edits, in document and text order, with a suggestion where one is seen."""
    out = []
    anchors: dict[str, Reanchor | None] = {}
    sentences: dict[str, SentenceIndex] = {}
    for key, edit in sorted(project.orphaned_edits(), key=lambda item: (item[0].doc_hash, item[0].start)):
        previous = project.previous_text(key.doc_hash)
        if previous is None:
            live = project.document(key.doc_hash) if key.doc_hash in {d.hash for d in project.documents()} else None
            text, path, successor = (live.document.text, live.document.path, key.doc_hash) if live else ("", "", None)
        else:
            text, path, successor = previous.text, previous.path, previous.successor
        expression, sentence = text[key.start : key.end], ""
        if key.start == key.end:  # an undated event: its key is the point before its word
            word = TOKEN.match(text, key.start)
            expression = word.group() if word is not None else ""
        if text:
            if key.doc_hash not in sentences:
                sentences[key.doc_hash] = SentenceIndex(text)
            found = sentences[key.doc_hash].at(key.start)
            sentence = text[found.start : found.end] if found else expression
        suggestion = None
        if previous is not None and previous.successor is not None and project.has_document(previous.successor):
            if key.doc_hash not in anchors:
                anchors[key.doc_hash] = _anchor(project, previous)
            placed = anchors[key.doc_hash].place((key.start, key.end), edit.added)  # type: ignore[union-attr]
            span = placed.new or placed.suggestion
            suggestion = SpanKey(previous.successor, *span, key.act) if span else None
        out.append(Orphan(key, edit, path, expression, sentence, describe(edit), successor, suggestion))
    return out


def _anchor(project: "Project", previous: PreviousText) -> Reanchor:
    assert previous.successor is not None
    extracted = project.extracted(previous.successor)
    targets = {(e.timex_start, e.timex_end): e.value for e in extracted.events}
    return Reanchor(previous.text, extracted.document.text, targets, {})


def _references(project: "Project", key: SpanKey) -> list[tuple[SpanKey, EventEdit]]:
    """Edits that point at ``key`` (merges): they must follow it."""
    return [(k, e) for k, e in project.edits().items() if k != key and (e.merged_into == key or key in e.absorbed)]


def _repoint(edit: EventEdit, old: SpanKey, new: SpanKey | None) -> EventEdit:
    merged_into = edit.merged_into if edit.merged_into != old else new
    absorbed = tuple(k for k in (new if k == old else k for k in edit.absorbed) if k is not None)
    return edit.with_(merged_into=merged_into, absorbed=absorbed)


def _combine(here: EventEdit, incoming: EventEdit) -> EventEdit:
    """The orphan's changes over whatever the target span already has."""
    changes = {}
    default = EventEdit()
    for f in fields(EventEdit):
        value = getattr(incoming, f.name)
        if value != getattr(default, f.name):
            changes[f.name] = value
    if here.tags and incoming.tags:
        changes["tags"] = tuple(dict.fromkeys((*here.tags, *incoming.tags)))
    return here.with_(**changes)


def reattach(project: "Project", key: SpanKey, target: SpanKey) -> EditEvents:
    """Put the orphaned edit at ``key`` on the span ``target`` (of the document's new text): on the
    event there, or the one event whose expression lies in or over it; on words that are no event,
    the edit becomes an event added by hand (it would show nowhere otherwise)."""
    edit = project.get_edit(key)
    if edit.is_empty:
        raise KeyError(f"no edit at {key}")
    if not project.has_document(target.doc_hash):
        raise KeyError(f"no document {target.doc_hash[:12]} in the project")
    text = project.document(target.doc_hash).document.text
    if not 0 <= target.start < target.end <= len(text):
        raise ValueError(f"span {target.start}..{target.end} is outside the document")
    moved = edit
    events = {row.key for row in project.rows(include_hidden=True) if row.key.doc_hash == target.doc_hash}
    if target not in events:
        over = [k for k in events if k.start < target.end and max(k.end, k.start + 1) > target.start]
        if len(over) == 1:
            target = over[0]
        else:
            moved = edit.with_(added=True)
    before = [(key, edit), (target, project.get_edit(target))]
    after = [(key, EventEdit()), (target, _combine(project.get_edit(target), moved))]
    for ref, ref_edit in _references(project, key):
        before.append((ref, ref_edit))
        after.append((ref, _repoint(ref_edit, key, target)))
    point = TOKEN.match(text, target.start) if target.start == target.end else None
    words = point.group() if point is not None else " ".join(text[target.start : target.end].split())
    return EditEvents(f"Re-attach edit ({describe(edit)}) to “{words[:40]}”", tuple(before), tuple(after))


def discard(project: "Project", key: SpanKey) -> EditEvents:
    """Drop an orphaned edit (undo brings it back, with its old text)."""
    edit = project.get_edit(key)
    before = [(key, edit)]
    after = [(key, EventEdit())]
    for ref, ref_edit in _references(project, key):
        before.append((ref, ref_edit))
        after.append((ref, _repoint(ref_edit, key, None)))
    return EditEvents(f"Discard orphaned edit ({describe(edit)})", tuple(before), tuple(after))


def report(orphans: list[Orphan], texts: "Project | None" = None) -> list[str]:
    """The orphans in words, for the command line: a count, then one line each."""
    if not orphans:
        return []
    n = len(orphans)
    lines = [
        f"{n} edit{'s' if n > 1 else ''} lost {'their' if n > 1 else 'its'} expression when "
        f"{'their documents' if len({o.key.doc_hash for o in orphans}) > 1 else 'the document'} changed; "
        f"kept with the old text until re-attached or discarded in the app (View \u25b8 Orphaned Edits):"
    ]
    for orphan in orphans:
        sentence = " ".join(orphan.sentence.split())
        line = f"  {orphan.name}: {orphan.what}, on \u201c{orphan.expression}\u201d in \u201c{sentence}\u201d"
        if orphan.suggestion is not None and texts is not None and texts.has_document(orphan.suggestion.doc_hash):
            now = texts.document(orphan.suggestion.doc_hash).document.text[orphan.suggestion.start : orphan.suggestion.end]
            line += f" (the new text has \u201c{now}\u201d there)"
        elif orphan.successor is None:
            line += " (the document is no longer in the project)"
        lines.append(line)
    return lines
