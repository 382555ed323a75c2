"""Adding files and folders to a project through the one ingest engine, with progress and cancellation.

:func:`import_paths` runs :func:`explorer.ingest.ingest` and adds each document to the project as
it is finished, put in the files' order at the end (:mod:`explorer.ingest.folder_order`), then
(unless told not to) finds the actors, places and groups of the whole project
(:func:`annotate_project`), so a project made on the command line carries what the app shows.
The app runs the same engine in a worker thread and annotates in a child process.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Sequence

from explorer.documents import ReadError
from explorer.entities.extend import annotate_new
from explorer.ingest import Extracted, Progress, Run, Within, annotate, ingest
from explorer.ingest.folder_order import FolderOrder
from explorer.ingest.same_text import SameText
from explorer.store.extending import stored_annotation
from explorer.store.project import Project
from explorer.store.project_records import Change, content_hash


class Cancelled(Exception):
    pass


@dataclass(slots=True)
class ImportReport:
    added: list[str] = field(default_factory=list)  # content hashes of new documents
    updated: list[str] = field(default_factory=list)  # documents already here, extracted again
    problems: list[ReadError] = field(default_factory=list)
    cancelled: bool = False
    duplicates: list[SameText] = field(default_factory=list)  # files holding the text of one read before


def import_paths(
    project: Project,
    paths: Iterable[str | os.PathLike[str]],
    dct: date | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    *,
    annotate_after: bool = True,
    within: Within | None = None,
) -> ImportReport:
    """Add files and folders (recursively) to ``project``; unreadable files are reported, the rest go on.

    A document whose text is already in the project is extracted again (its edits re-apply); one whose
    file changed replaces the old version. Results join the project as they are finished and are in
    input order when it returns, as if they had come so. A file holding the text of another file of
    this import is one document with it (the later file's name kept, as before) and is listed in
    ``duplicates``, neither added nor updated. ``within``: how far through a file (see
    :func:`explorer.ingest.ingest`).
    """
    report = ImportReport()
    existing = {d.hash for d in project.documents()}
    before = set(existing)
    changed: list[str] = []
    reshaped: list[str] = []  # documents extracted again into other events than they had
    order = FolderOrder([])
    read: set[str] = set()

    def found(run: Run) -> None:
        nonlocal order
        order = FolderOrder(run.files)

    def add(path: str, result: Extracted) -> None:
        read.add(path)
        doc_hash = content_hash(result.extracted.document.text)
        arrival = order.arrive(path, doc_hash)
        if not arrival.keep:
            return  # a copy of a text placed before the copy taken already, which replaced it in order
        if doc_hash in existing and project.has_document(doc_hash):
            old_ids = [e.id for e in project.extracted(doc_hash).events]
            if old_ids != [e.id for e in result.extracted.events]:
                reshaped.append(doc_hash)
        if arrival.first:
            (report.updated if doc_hash in existing else report.added).append(doc_hash)
        existing.add(doc_hash)
        project.add_extracted(result.extracted, result.sidecar, result.metadata, notify=False)
        changed.append(doc_hash)

    run = ingest(paths, add, dct=dct, jobs=jobs, progress=progress, cancel=cancel, on_found=found, within=within,
                 in_order=False)
    report.problems = run.problems
    report.cancelled = run.cancelled
    report.added, report.updated = order.in_order(report.added), order.in_order(report.updated)
    report.duplicates = order.copies()
    known = {p.path for p in report.problems}
    project.problems = [p for p in project.problems if p.path not in known and p.path not in read]
    project.problems.extend(report.problems)
    project._changed(Change("documents", tuple(changed)))  # noqa: SLF001 - one notice for the batch
    project.arrange_documents(order.in_order([h for h in dict.fromkeys(changed) if h not in before]))
    if annotate_after and changed:
        # Only the new documents, when the rest is annotated as it stands: no document replaced or
        # removed (their mentions would stay in the index), none extracted again into other events
        # (their groups would point at events gone). A text imported again has the same mentions.
        kept = not reshaped and before <= {d.hash for d in project.documents()}
        annotate_project(project, only=report.added if kept else None)
    return report


def annotate_project(project: Project, only: Sequence[str] | None = None) -> None:
    """Find the actors, places and groups of the documents of ``project`` and keep them in it.

    ``only``: the documents (hashes) new since the project's annotation was made; when it has one,
    just those are annotated and added to it (``explorer.entities.extend``, issue 16), keeping every
    entity's name and the user's edits; otherwise (or with ``only=None``) every document is."""
    if only is not None and project.actor_index is not None:
        if only:
            project.extend_annotation(annotate_new(stored_annotation(project, only), [project.extracted(h) for h in only]))
        return
    found = annotate([project.extracted(d.hash) for d in project.documents()])
    project.set_annotation(found.index, found.groups)
