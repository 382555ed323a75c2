"""One document through the engine: a file read, dated and tagged into an :class:`ExtractedDocument`.

Deciding a document's date has one fixed precedence for every kind of file, so users can always
override what we guess and the same file gets the same date by every route:
``--dct`` (given) > sidecar ``NAME.meta.json`` > header, byline or dateline of the text (or a date
stamp opening its first line) > the file
format's own metadata (HTML ``<meta>``/JSON-LD, PDF and DOCX properties) > a full date in the file's
name > inferred from the text > unknown.
The text comes before the format's metadata because the metadata of a saved page is often the
page's (a script's build date, a later update), while the dateline is what the reader sees and what
the article's relative dates hang on.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from explorer import temporal
from explorer.documents import Document, ReadError, find_documents
from explorer.documents.page_furniture import date_stamp
from explorer.documents.reader import printable_path, read_with_metadata
from explorer.events.record import Event
from explorer.ingest.sign_off_dates import sign_off_date, yearless_sign_off_date
from explorer.ingest.document_progress import DocumentProgress
from explorer.ingest.one_copy import OneCopy
from explorer.ingest.pool import run_in_order
from explorer.temporal.document_date import dating_progress, filename_date, printed_document_date
from explorer.temporal.per_text import reporting_readings
from explorer.temporal.timex import Timex

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ExtractedDocument:
    document: Document
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...]
    #: The names the document mentions (``explorer.entities.DocumentMentions``), found where it was
    #: extracted (in a worker) for its title rules and handed on so that the corpus's annotation does
    #: not find them again; ``None`` when not found there (a document read back from a project).
    mentions: Any = field(default=None, compare=False, repr=False)


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


def sidecar_or_warning(path: str) -> tuple[dict[str, str], str | None]:
    """:func:`read_sidecar`, but a sidecar that cannot be read costs only its hints: the article is
    read without them and the warning says which file was ignored and why. A broken ``.meta.json``
    used to skip the article itself, reported under the sidecar's name, so the article vanished."""
    try:
        return read_sidecar(path), None
    except ReadError as err:
        return {}, f"its metadata file {printable_path(os.path.basename(err.path))} was ignored ({err.reason})"


def _sidecar_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        parsed = temporal.parse_date_phrase(text)
        return parsed[0] if parsed else None


def date_document(
    doc: Document, dct: date | None = None, sidecar: Mapping[str, str] | None = None,
    metadata: Mapping[str, str] | None = None, progress: Callable[[float], None] | None = None,
) -> Document:
    """Give ``doc`` its date by the precedence above (``metadata``: what the file format says);
    ``progress(fraction)`` is told how far the dating got while it reads the whole text (a big
    document's inferred date takes a fifth of its extraction)."""
    with reporting_readings(doc.text, dating_progress(progress) if progress is not None else None):
        return _dated(doc, dct, sidecar or {}, metadata)


def _dated(doc: Document, dct: date | None, sidecar: Mapping[str, str],
           metadata: Mapping[str, str] | None) -> Document:
    """``doc`` dated by the first rule of the precedence above that gives a date."""
    if sidecar.get("title"):
        doc = Document(doc.path, doc.text, sidecar["title"], doc.date, doc.date_source)
    if dct is not None:
        return doc.with_date(dct, "given")
    if sidecar.get("date"):
        when = _sidecar_date(sidecar["date"])
        if when is not None:
            return doc.with_date(when, "sidecar")
    printed = printed_document_date(doc.text, doc.path)
    if printed is not None:
        return doc.with_date(*printed)
    stamped = date_stamp(doc.text)
    when = _sidecar_date(stamped) if stamped else None
    if when is not None:  # "date 2020-10-21 A team will visit …": the page's stamp before its first line
        return doc.with_date(when, "header")
    if metadata and metadata.get("date"):
        when = _sidecar_date(metadata["date"])
        if when is not None:
            return doc.with_date(when, "metadata")
    named = filename_date(doc.path, doc.text)
    if named is not None:
        return doc.with_date(named, "filename")
    signed = sign_off_date(doc.text)
    if signed is not None:  # "Best wishes,\nMaria\n14 March 2024": a letter's date at its end (sign_off_dates)
        return doc.with_date(signed, "inferred")
    signed = yearless_sign_off_date(doc.text)
    if signed is not None:  # "— Tom, 14 March": the year from what the letter reports (sign_off_dates)
        return doc.with_date(signed, "inferred")
    inferred = temporal.infer_document_date(doc.text)
    if inferred is not None:
        return doc.with_date(inferred, "inferred")
    return doc.with_date(None, "unknown")


def extract_document(
    doc: Document, dct: date | None = None, sidecar: Mapping[str, str] | None = None,
    metadata: Mapping[str, str] | None = None, progress: Callable[[float], None] | None = None,
) -> ExtractedDocument:
    """``progress(fraction)``: how far through this document (0..1), told while it is extracted so a
    big one shows it is moving; it may raise :class:`~explorer.ingest.document_progress.Cancelled`."""
    from explorer.entities.document_entities import DocumentEntities
    from explorer.entities.title_group import name_group_titles
    from explorer.entities.title_person import name_pronoun_titles
    from explorer.entities.title_described_person import name_described_person_titles
    from explorer.entities.title_body import name_body_titles
    from explorer.entities.title_writer import name_writer_titles
    from explorer.events.build import build_events  # not imported with the module: `explorer tag` dates documents only

    steps = DocumentProgress(progress, len(doc.text)) if progress is not None else None
    dating = steps.start("date") if steps is not None else None
    length = len(doc.text)
    doc = date_document(doc, dct, sidecar, metadata,
                        (lambda fraction: dating(int(fraction * length))) if dating is not None else None)
    timexes = temporal.tag(doc.text, doc.date, dct_inferred=doc.date_source == "inferred",
                           progress=steps.start("tag") if steps is not None else None)
    events = build_events(doc, timexes, steps.start if steps is not None else None)
    # finding the document's names (for the pronoun titles, and handed on for the corpus's annotation)
    # is most of this pass: it tells how far it has read
    reached = steps.start("titles") if steps is not None else None
    entities = DocumentEntities.for_titles(doc.path, doc.text, events, reached)  # indexed once, only if a rule below asks
    events = name_pronoun_titles(entities, events)  # "He loses …" -> "Enver Pasha loses …"
    events = name_described_person_titles(entities, events)  # "He is released" -> "The 29-year-old man is released"
    events = name_group_titles(entities, events)  # "They attack …" -> "The rebels attack …"
    events = name_body_titles(entities, events)  # "It pays a bonus" -> "Valdmark pays a bonus"
    events = name_writer_titles(entities, events)  # "We report the incident" -> "Brightwell reports the incident"
    mentions = entities.mentions  # found here, while the pass's progress is told, if no title rule asked
    if steps is not None:
        steps.finish()
    same = OneCopy()  # what a project keeps and a worker sends: one copy of each repeated value
    return ExtractedDocument(doc, same.timexes(timexes), same.events(events), mentions)


@dataclass(frozen=True, slots=True)
class Extracted:
    """One file through the engine: its extraction, its sidecar file's hints (kept by a project so a
    re-extraction dates it alike) and what its format said about it (title, date, author, ...)."""

    extracted: ExtractedDocument
    sidecar: Mapping[str, str]
    metadata: Mapping[str, str]


def extract_file(path: str, dct: date | None = None,
                 progress: Callable[[float], None] | None = None) -> Extracted | ReadError:
    """Read one file of any supported kind, date it by the rule above and tag it; a file that cannot
    be read comes back as a value, and so does a bug in one document (the others go on). A cancel
    (:class:`~explorer.ingest.document_progress.Cancelled`, raised by ``progress``) is no exception
    of the file's and goes through."""
    try:
        doc, metadata = read_with_metadata(path)
        sidecar, warning = sidecar_or_warning(path)
        if warning:
            log.warning("%s: %s", printable_path(path), warning)
            metadata = {**metadata, "warning": "; ".join(filter(None, (metadata.get("warning"), warning)))}
        return Extracted(extract_document(doc, dct, sidecar, metadata, progress), sidecar, metadata)
    except ReadError as err:
        return err
    except Exception as err:  # noqa: BLE001 - reported as this file's problem, never the whole run's
        return failed(path, err)


def failed(path: str, err: BaseException) -> ReadError:
    """A document the program failed on (or whose worker died), as a problem the user is shown."""
    return ReadError(path, f"could not be processed ({type(err).__name__}: {err})")


def iter_extract(
    paths: Sequence[str], dct: date | None = None, jobs: int | None = None, cancel=None,
) -> Iterator[Extracted | ReadError]:
    """Extract each path, in input order, on the engine's one pool (:mod:`explorer.ingest.pool`)."""
    for _, result in run_in_order(partial(extract_file, dct=dct), paths, jobs, cancel, failed):
        yield result


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
            corpus.documents.append(result.extracted)
        if progress:
            progress(done, len(files))
    from explorer.entities import annotate_corpus  # who and where needs the whole corpus

    return annotate_corpus(corpus)
