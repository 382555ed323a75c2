"""Adding files and folders to a project, on all cores, with progress per document and cancellation.

The GUI runs :func:`import_paths` in a worker thread, shows ``progress`` in a bar and sets the
``cancel`` event from its Cancel button; documents finished before the cancel are kept.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Mapping

from explorer import children
from explorer.documents import ReadError, find_documents
from explorer.documents.reader import read_with_metadata
from explorer.pipeline import PARALLEL_THRESHOLD, ExtractedDocument, extract_document, read_sidecar
from explorer.store.project import Change, Project, content_hash

#: progress(done, total, path): called once per document, finished or failed, in completion order.
Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    pass


@dataclass(slots=True)
class ImportReport:
    added: list[str] = field(default_factory=list)  # content hashes of new documents
    updated: list[str] = field(default_factory=list)  # documents already here, extracted again
    problems: list[ReadError] = field(default_factory=list)
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class Imported:
    extracted: ExtractedDocument
    sidecar: Mapping[str, str]
    metadata: Mapping[str, str]


def import_one(path: str, dct: date | None = None) -> Imported | ReadError:
    """Read one file (any supported kind) and extract its events; a failure comes back as a value."""
    try:
        doc, metadata = read_with_metadata(path)
        sidecar = {k: v for k, v in metadata.items() if k in ("date", "title") and v}
        sidecar.update(read_sidecar(path))
        return Imported(extract_document(doc, dct, sidecar), sidecar, metadata)
    except ReadError as err:
        return err


def _work(args: tuple[str, date | None]) -> Imported | ReadError:
    return import_one(*args)


def import_paths(
    project: Project,
    paths: Iterable[str | os.PathLike[str]],
    dct: date | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportReport:
    """Add files and folders (recursively) to ``project``; unreadable files are reported, the rest go on.

    A document whose text is already in the project is extracted again (its edits re-apply); one whose
    file changed replaces the old version. Results join the project in input order.
    """
    files, problems = find_documents(paths)
    report = ImportReport(problems=list(problems))
    results: dict[int, Imported | ReadError] = {}
    total = len(files)
    jobs = jobs or os.cpu_count() or 1

    def finished(index: int, result: Imported | ReadError) -> None:
        results[index] = result
        if progress:
            progress(len(results), total, files[index])

    if jobs > 1 and total >= PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(max_workers=jobs, **children.pool_options()) as pool:
            pending: dict[Future[Imported | ReadError], int] = {}
            queue = iter(enumerate(files))
            for index, path in queue:  # keep a bounded number in flight so cancel is quick
                pending[pool.submit(_work, (path, dct))] = index
                if len(pending) >= jobs * 2:
                    break
            while pending:
                done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in done:
                    finished(pending.pop(future), future.result())
                if cancel is not None and cancel.is_set():
                    report.cancelled = True
                    for future in pending:
                        future.cancel()
                    break
                for index, path in queue:
                    pending[pool.submit(_work, (path, dct))] = index
                    if len(pending) >= jobs * 2:
                        break
    else:
        for index, path in enumerate(files):
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            finished(index, _work((path, dct)))

    changed: list[str] = []
    existing = {d.hash for d in project.documents()}
    for index in sorted(results):
        result = results[index]
        if isinstance(result, ReadError):
            report.problems.append(result)
            continue
        doc_hash = content_hash(result.extracted.document.text)
        (report.updated if doc_hash in existing else report.added).append(doc_hash)
        existing.add(doc_hash)
        project.add_extracted(result.extracted, result.sidecar, result.metadata, notify=False)
        changed.append(doc_hash)
    known = {p.path for p in report.problems}
    project.problems = [p for p in project.problems if p.path not in known and p.path not in {files[i] for i in results}]
    project.problems.extend(report.problems)
    project._changed(Change("documents", tuple(changed)))
    return report
