"""The extraction pipeline shared by the command line and the app: paths in, documents and events out.

Deciding a document's date has a fixed precedence, so users can always override what we guess:
``--dct`` (given) > sidecar ``NAME.meta.json`` > header, byline or dateline > inferred from the text >
unknown.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from explorer import temporal
from explorer.documents import Document, ReadError, find_documents, read_document
from explorer.events.build import build_events
from explorer.events.record import Event
from explorer.temporal.document_date import printed_document_date
from explorer.temporal.timex import Timex

#: Below this many documents the process pool costs more than it saves.
PARALLEL_THRESHOLD = 8


@dataclass(frozen=True, slots=True)
class ExtractedDocument:
    document: Document
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...]


@dataclass(slots=True)
class Corpus:
    """What an extraction produced: documents in input order, and the files that could not be read."""

    documents: list[ExtractedDocument] = field(default_factory=list)
    problems: list[ReadError] = field(default_factory=list)
    #: Set by ``explorer.entities.annotate_corpus``: the corpus's actors and places, and its events
    #: grouped across documents (``ActorIndex`` and ``list[EventGroup]``).
    actors: object | None = None
    groups: list = field(default_factory=list)

    @property
    def events(self) -> list[Event]:
        return [event for doc in self.documents for event in doc.events]

    def document(self, path: str) -> ExtractedDocument | None:
        for extracted in self.documents:
            if extracted.document.path == path:
                return extracted
        return None


def read_sidecar(path: str) -> dict[str, str]:
    """``article.meta.json`` (or ``article.txt.meta.json``) beside the article, if present."""
    base, _ = os.path.splitext(path)
    for candidate in (f"{base}.meta.json", f"{path}.meta.json"):
        if os.path.isfile(candidate):
            try:
                data = json.loads(Path(candidate).read_text(encoding="utf-8"))
            except (OSError, ValueError) as err:
                raise ReadError(candidate, f"unreadable metadata: {err}") from err
            if isinstance(data, dict):
                return {k: str(v) for k, v in data.items() if v is not None}
    return {}


def _sidecar_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        parsed = temporal.parse_date_phrase(text)
        return parsed[0] if parsed else None


def date_document(doc: Document, dct: date | None = None, sidecar: dict[str, str] | None = None) -> Document:
    """Give ``doc`` its date by the precedence above."""
    sidecar = sidecar or {}
    if sidecar.get("title"):
        doc = Document(doc.path, doc.text, sidecar["title"], doc.date, doc.date_source)
    if dct is not None:
        return doc.with_date(dct, "given")
    if sidecar.get("date"):
        when = _sidecar_date(sidecar["date"])
        if when is not None:
            return doc.with_date(when, "sidecar")
    printed = printed_document_date(doc.text)
    if printed is not None:
        return doc.with_date(*printed)
    inferred = temporal.infer_document_date(doc.text)
    if inferred is not None:
        return doc.with_date(inferred, "inferred")
    return doc.with_date(None, "unknown")


def extract_document(doc: Document, dct: date | None = None, sidecar: dict[str, str] | None = None) -> ExtractedDocument:
    doc = date_document(doc, dct, sidecar)
    timexes = temporal.tag(doc.text, doc.date, dct_inferred=doc.date_source == "inferred")
    return ExtractedDocument(doc, tuple(timexes), tuple(build_events(doc, timexes)))


def _extract_path(args: tuple[str, date | None]) -> ExtractedDocument | ReadError:
    path, dct = args
    try:
        return extract_document(read_document(path), dct, read_sidecar(path))
    except ReadError as err:
        return err


def iter_extract(paths: Sequence[str], dct: date | None = None, jobs: int | None = None) -> Iterator[ExtractedDocument | ReadError]:
    """Extract each path, in input order, on all cores when there are enough documents."""
    work = [(path, dct) for path in paths]
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(work) >= PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(_extract_path, work, chunksize=4)
    else:
        for item in work:
            yield _extract_path(item)


def extract_paths(
    paths: Iterable[str | os.PathLike[str]],
    dct: date | None = None,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Corpus:
    files, problems = find_documents(paths)
    corpus = Corpus(problems=list(problems))
    for done, result in enumerate(iter_extract(files, dct, jobs), start=1):
        if isinstance(result, ReadError):
            corpus.problems.append(result)
        else:
            corpus.documents.append(result)
        if progress:
            progress(done, len(files))
    from explorer.entities import annotate_corpus  # who and where needs the whole corpus

    return annotate_corpus(corpus)
