"""The two edits a project applies to the rows it has cached instead of rebuilding them: flags
only (a star, a tag, a note, a lane), and titles and dates only (a retitle, a redate, their undo).

A star toggle or a retitle on a large project then costs the events it touches, not the project.
These are :meth:`Project.set_edits`' fast paths, kept beside the project object: they read and patch
its caches (its rows, each document's rows and resolved events, the edits by document), so they
belong to it and to no other caller.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from explorer.curation.model import EventEdit, SpanKey
from explorer.store.edited_events import replace_flags, with_flags
from explorer.store.project_records import Change, Row

if TYPE_CHECKING:
    from explorer.store.project import Project


def set_flags(project: Project, changes: Sequence[tuple[SpanKey, EventEdit]]) -> bool:
    """Edits that change only curation flags (star, tags, note, lane) of shown rows: the cached
    rows are patched in place, and listeners told which keys changed, so a star toggle costs the
    events it touches, not the project. Returns False (nothing done) for any other edit, or
    when a row's document has no cached rows yet. Works without the full row list (a project
    opened from a file builds rows per document): the documents' rows are what is patched."""
    patched: list[tuple[SpanKey, EventEdit, Row, int | None, int]] = []
    for key, edit in changes:
        old = project._edits.get(key, EventEdit())
        if replace_flags(old, edit) != edit:
            return False  # a date, title, rejection, merge...: the rows are rebuilt
        drafts = project._drafts.get(key.doc_hash)
        found = drafts.get(key) if drafts is not None else None
        doc_rows = project._doc_rows.get(key.doc_hash)
        if found is None or doc_rows is None:
            return False
        in_doc = next((i for i, r in enumerate(doc_rows) if r.key == key), None)
        if in_doc is None or doc_rows[in_doc].event.id != found[0].id:
            return False
        row = doc_rows[in_doc]
        position = None
        if project._rows is not None:
            position = project._row_pos.get(row.event.id)
            if position is None or project._rows[position] is not row:
                return False
        patched.append((key, edit, row, position, in_doc))
    for key, edit, row, position, in_doc in patched:
        project._store_edit(key, edit)
        project._drafts[key.doc_hash][key] = (project._drafts[key.doc_hash][key][0], edit)
        new = replace(row, curation=with_flags(row.curation, edit))
        if position is not None:
            project._rows[position] = new  # type: ignore[index]
            project._by_id[row.event.id] = new
        project._doc_rows[key.doc_hash][in_doc] = new
    project._dirty = True
    change = Change("events", tuple(dict.fromkeys(key.doc_hash for key, _ in changes)),
                    tuple(key for key, _ in changes), in_place=True)
    for listener in list(project._listeners):
        listener(change)
    return True


def set_events(project: Project, changes: Sequence[tuple[SpanKey, EventEdit]]) -> bool:
    """Edits of one document that change only events' titles and dates (a retitle, a redate,
    their undo), where the same rows stay shown: that document's events are resolved again
    (events anchored on a re-dated one follow it), the cached rows of those that changed are
    replaced, and listeners are told which keys were replaced. Returns False (nothing done)
    for any other edit (a rejection, a merge, an added event...): the rows are then rebuilt."""
    if project._rows is None or len({key.doc_hash for key, _ in changes}) != 1:
        return False
    doc_hash = changes[0][0].doc_hash
    drafts, doc_rows = project._drafts.get(doc_hash), project._doc_rows.get(doc_hash)
    if drafts is None or doc_rows is None or doc_hash not in project._docs:
        return False
    doc_edits = dict(project._edits_by_doc.get(doc_hash, {}))
    if any(e.absorbed or e.merged_into or e.added for e in doc_edits.values()):
        return False  # merges look into other documents; an added event's words may move
    for key, edit in changes:
        old = project._edits.get(key, EventEdit())
        same_rest = replace(old, title=edit.title, begin=edit.begin, end=edit.end, date_text=edit.date_text)
        if same_rest != edit or edit.added or key not in drafts:
            return False
        if edit.is_empty:
            doc_edits.pop(key, None)
        else:
            doc_edits[key] = edit
    resolved = project._document_events(project._docs[doc_hash], project._extracted[doc_hash], doc_edits)
    new_drafts = {key: (event, edit) for event, key, edit in resolved}
    if new_drafts.keys() != drafts.keys() or any(new_drafts[k][0].id != drafts[k][0].id for k in drafts):
        return False
    changed = [k for k in drafts if new_drafts[k] != drafts[k]]
    if any(project._by_id.get(drafts[k][0].id) is None for k in changed):
        return False
    for key, edit in changes:
        if edit.is_empty:
            project._edits.pop(key, None)
        else:
            project._edits[key] = edit
    project._edits_by_doc[doc_hash] = doc_edits
    project._drafts[doc_hash] = new_drafts
    del project._doc_rows[doc_hash]
    for row in project._rows_of(doc_hash):
        position = project._row_pos[row.event.id]
        project._rows[position] = row  # type: ignore[index]
        project._by_id[row.event.id] = row
    project._dirty = True
    change = Change("events", (doc_hash,), tuple(changed), replaced=True)
    for listener in list(project._listeners):
        listener(change)
    return True
