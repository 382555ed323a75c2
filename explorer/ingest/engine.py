"""The one ingest engine: paths → documents → tagged events → actors, places and groups.

Every route runs this: ``explorer extract`` (a project never written), ``extract --project`` and the
app's import (``explorer.store.importing`` adds the results to a project; the app calls it from a
worker thread). Listing the files, reading, dating and tagging them on the one pool
(:mod:`explorer.ingest.pool`), progress and cancellation are here; what to do with each finished
document is the caller's ``on_document``. Who and where needs the whole corpus ("Zarif" in one
article is "Mohammad Javad Zarif" in another), so it is a second step, :func:`annotate`, over all
the documents of the project (in the app, :func:`annotate_in_background`, on the pool module too).
"""

from __future__ import annotations

import os
import threading
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Callable, Iterable, Sequence

from explorer.documents import ReadError, find_documents
from explorer.entities.annotation import Annotation, annotate_documents
from explorer.entities.extend import AnnotationDelta, StoredAnnotation, annotate_new
from explorer.ingest.extract import Extracted, ExtractedDocument, extract_file, failed
from explorer.ingest.document_progress import Cancelled
from explorer.ingest.folder_order import FolderOrder
from explorer.ingest.pool import BackgroundTask, run_items

#: progress(done, total, path): once per file, read or failed, in the order they are given.
Progress = Callable[[int, int, str], None]
#: within(path, fraction): how far through the file being read (0..1), while it is read.
Within = Callable[[str, float], None]


@dataclass(slots=True)
class Run:
    """One ingest: the files found, the problems met (listing included), whether it was cancelled."""

    files: list[str] = field(default_factory=list)
    problems: list[ReadError] = field(default_factory=list)
    done: int = 0
    cancelled: bool = False


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    on_document: Callable[[str, Extracted], None],
    *,
    dct: date | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    on_found: Callable[[Run], None] | None = None,
    on_problem: Callable[[ReadError], None] | None = None,
    within: Within | None = None,
    in_order: bool = True,
) -> Run:
    """Read, date and tag every file under ``paths`` (folders recursively), calling
    ``on_document(path, result)`` for each in the files' order, in the calling thread; with
    ``in_order=False``, as each is finished (held back a second at most by the ones before it), a
    file much bigger than the others started first on several workers and last in this process
    (:func:`~explorer.ingest.pool.run_items`: the app shows each article once read, whatever is
    still being read before it; :class:`~explorer.ingest.folder_order.FolderOrder` puts it in its
    place), and ``run.problems`` are then put back in the files' order at the end.

    ``on_found(run)`` is called once the files are listed (``run.files``, ``run.problems`` so far);
    ``on_problem`` for each file that could not be read (listed or read), which also joins
    ``run.problems``. Setting ``cancel`` stops the run; documents finished before it are kept.
    ``within(path, fraction)`` tells how far through a file being read it is (in this process or a
    worker's, several files at once with several workers), and ``cancel`` also stops a file halfway
    (it is then dropped).
    """
    files, problems = find_documents(paths)
    run = Run(files=files, problems=list(problems))
    if on_found is not None:
        on_found(run)
    if on_problem is not None:
        for problem in problems:
            on_problem(problem)
    work: Callable[..., Extracted | ReadError] = partial(extract_file, dct=dct)
    reports: Callable[[int, float], None] | None = None
    if within is not None or cancel is not None:
        # how far through each file, from a worker process too, and a cancel that stops a file halfway
        work = partial(_extract_reporting, dct=dct)
        reports = (lambda index, fraction: within(files[index], fraction)) if within is not None else _ignore
    try:
        sizes = None if in_order else [_size(path) for path in files]
        for index, result in run_items(work, files, jobs, cancel, failed, reports, ordered=in_order, sizes=sizes):
            run.done += 1
            if isinstance(result, ReadError):
                run.problems.append(result)
                if on_problem is not None:
                    on_problem(result)
            else:
                on_document(files[index], result)
            if progress is not None:
                progress(run.done, len(files), files[index])
    except Cancelled:
        pass  # stopped inside a file: that file is dropped, the finished ones are kept
    run.cancelled = bool(cancel is not None and cancel.is_set() and run.done < len(files))
    if not in_order:  # as an in-order run lists them: the listing's first, then the files' order
        run.problems.sort(key=FolderOrder(files).problem_key)
    return run


def _size(path: str) -> int:
    """A file's size, how long it takes to read roughly (0 when it cannot be told: read first)."""
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _extract_reporting(path: str, report: Callable[[float], None], dct: date | None) -> Extracted | ReadError:
    """:func:`extract_file` telling ``report`` how far it is (which raises :class:`Cancelled` at a
    cancel); a top-level function, so a worker process can run it."""
    return extract_file(path, dct, report)


def _ignore(index: int, fraction: float) -> None:
    """No one shows how far a file is (a cancel alone asked for the reports)."""


def annotate(documents: Sequence[ExtractedDocument]) -> Annotation:
    """Actors, places and groups of a whole corpus: the index, the groups and each event's labels.
    Pure Python and picklable, so the app can run it in a child process."""
    return annotate_documents(documents)


def annotate_in_background(documents: Sequence[ExtractedDocument] | Callable[[], Sequence[ExtractedDocument]],
                           sending: Callable[[], AbstractContextManager[object]] | None = None,
                           ) -> BackgroundTask[Annotation]:
    """:func:`annotate` on the engine's pool module, in a child process: the app's import stays
    responsive while a corpus is annotated (see :class:`~explorer.ingest.pool.BackgroundTask`). The
    child loads the gazetteer first. ``documents`` may be a function giving them, called on the
    sending thread: the app starts the child when an import starts, so that its start and the
    gazetteer cost nothing once the documents are read (the function waits for them)."""
    if callable(documents):
        return BackgroundTask(_annotate_list, sending=sending, prepare=documents, warm=_warm_entities)
    return BackgroundTask(_annotate_list, list(documents), sending, warm=_warm_entities)


def _annotate_list(documents: object) -> Annotation:
    return annotate_documents(documents)  # type: ignore[arg-type]


def annotate_new_in_background(stored: StoredAnnotation | Callable[[], StoredAnnotation],
                               documents: Sequence[ExtractedDocument],
                               sending: Callable[[], AbstractContextManager[object]] | None = None,
                               ) -> BackgroundTask[AnnotationDelta]:
    """Only ``documents`` (new to a project) annotated against its stored annotation, in a child
    process as :func:`annotate_in_background` (see :mod:`explorer.entities.extend`). ``stored`` may
    be a function making it: it is then called on the thread that sends the payload, never the
    caller's (at 1M events gathering it takes seconds; the app's GUI thread must not wait), while
    the child loads the gazetteer."""
    documents = list(documents)
    if callable(stored):
        build = stored
        return BackgroundTask(_annotate_new_pair, sending=sending, prepare=lambda: (build(), documents),
                              warm=_warm_entities)
    return BackgroundTask(_annotate_new_pair, (stored, documents), sending, warm=_warm_entities)


def _warm_entities() -> None:
    """What every annotation run loads first (the gazetteer, seconds on a busy machine), loaded in
    the child while the parent still makes and sends the payload."""
    from explorer.entities.gazetteer import gazetteer

    gazetteer()


def _annotate_new_pair(payload: object) -> AnnotationDelta:
    stored, documents = payload  # type: ignore[misc]
    return annotate_new(stored, documents)
