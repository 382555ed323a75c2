"""Edits that follow their expressions when a document's text changes (the file was edited on disk).

:func:`explorer.curation.reanchor.carry_edits` says where each edit's expression went; here the
project's edits are moved there, the merges that point at a moved edit follow it, and the old text
is kept for the edits whose expression is gone (listed as orphans until the user re-attaches or
discards them). :func:`follow` then sends an undo of an older edit to where its key went.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

from explorer.curation.model import EventEdit, SpanKey
from explorer.curation.orphans import PreviousText
from explorer.curation.reanchor import carry_edits
from explorer.ingest.extract import ExtractedDocument
from explorer.store.project_records import ProjectDocument, content_hash

if TYPE_CHECKING:
    from explorer.store.project import Project


def carry_edits_to(project: Project, old: ProjectDocument, old_extracted: ExtractedDocument, new: ExtractedDocument) -> None:
    """Move the edits on ``old`` to the text that replaced it; keep ``old``'s text for the rest."""
    new_hash = content_hash(new.document.text)
    edits = {k: e for k, e in project._edits.items() if k.doc_hash == old.hash}
    moves = carry_edits(edits, old.document.text, new.document.text, new_hash, old_extracted.events, new.events)
    moves = {a: b for a, b in moves.items() if b not in project._edits}  # an edit already there wins
    for a, b in moves.items():
        project._edits[b] = project._edits.pop(a)
        project._moved[a] = b
        project._moved.pop(b, None)
    if moves:
        for key, edit in project._edits.items():  # merges that point at a moved edit follow it
            if edit.merged_into in moves or any(k in moves for k in edit.absorbed):
                project._edits[key] = follow_edit(edit, project._docs, project._moved)
                project._drafts.pop(key.doc_hash, None)  # its rows were built with the old reference
                project._doc_rows.pop(key.doc_hash, None)
    project._edits_by_doc = {}
    for key, edit in project._edits.items():
        project._edits_by_doc.setdefault(key.doc_hash, {})[key] = edit
    if len(moves) < len(edits):
        project._previous[old.hash] = PreviousText(old.hash, old.document.path, old.document.title, old.document.text, new_hash)


def follow(key: SpanKey, docs: Mapping[str, ProjectDocument], moved: Mapping[SpanKey, SpanKey]) -> SpanKey:
    """Where an edit's key went when its text changed (an undo of an older edit lands there);
    a key into a text that is in the project (again, or as another file) stays where it is."""
    seen = {key}
    while key.doc_hash not in docs and key in moved and moved[key] not in seen:
        key = moved[key]
        seen.add(key)
    return key


def follow_edit(edit: EventEdit, docs: Mapping[str, ProjectDocument], moved: Mapping[SpanKey, SpanKey]) -> EventEdit:
    if edit.merged_into is None and not edit.absorbed:
        return edit
    merged_into = follow(edit.merged_into, docs, moved) if edit.merged_into is not None else None
    return edit.with_(merged_into=merged_into, absorbed=tuple(follow(k, docs, moved) for k in edit.absorbed))
