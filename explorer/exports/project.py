"""Exporting a project: the events with the user's edits applied, rejected ones left out unless asked.

CSV, JSON and JSON Lines carry the event record's fields (``Event.to_dict``, so a field added to
the record flows into every format) followed by the curation columns
(:data:`~explorer.curation.model.CURATION_FIELDS`: lane, starred, tags, note, ...); TimelineJS and
iCalendar carry the same record in each slide or VEVENT. In CSV a list is a JSON array. TimelineJS and
iCalendar use them where those formats have a place (group, categories). TimeML is one file per
document, ``NAME.tml`` in a folder, with the edited values in the TIMEX3 tags.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import replace
from typing import TextIO

from explorer.curation.model import CURATION_FIELDS
from explorer.events.record import FIELDS
from explorer.exports.ics import fits_ics, write_ics
from explorer.exports.timelinejs import write_timelinejs
from explorer.exports.timeml import to_timeml
from explorer.store.project import Project
from explorer.store.project_records import Row
from explorer.temporal.timex import Timex

#: Formats written to one stream; "timeml" writes a folder (see :func:`write_timeml_folder`).
STREAM_FORMATS = ("csv", "json", "jsonl", "timelinejs", "ics")
FORMATS = (*STREAM_FORMATS, "timeml")


def csv_cells(record: dict) -> dict:
    """List fields (actors, places, tags, sources, ...) as JSON arrays: read back with ``json.loads``
    whatever the names contain (a "; " join could not tell "Smith; Jones" from two names)."""
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for k, v in record.items()}


def export_rows(project: Project, include_rejected: bool = False) -> list[Row]:
    return [row for row in project.rows() if include_rejected or not row.curation.rejected]


def _record(row: Row) -> dict:
    return {**row.event.to_dict(), **row.curation.to_dict()}


def write_project(project: Project, out: TextIO, fmt: str, include_rejected: bool = False) -> int:
    """Write the project's events to ``out``; returns how many were written."""
    rows = export_rows(project, include_rejected)
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(_record(row), ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump([_record(row) for row in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=[*FIELDS, *CURATION_FIELDS], lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(csv_cells(_record(row)))
    elif fmt in ("timelinejs", "ics"):
        curations = {row.event.id: row.curation for row in rows}
        title = os.path.splitext(os.path.basename(project.path or "Timeline"))[0]
        writer_fn = write_timelinejs if fmt == "timelinejs" else write_ics
        writer_fn([row.event for row in rows], out, curations, title)
        if fmt == "ics":
            return sum(1 for row in rows if fits_ics(row.event))  # what the calendar holds, not what was asked
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return len(rows)


def document_timexes(project: Project, doc_hash: str, include_rejected: bool = False) -> list[Timex]:
    """The document's expressions with the user's edits: edited values, added events, rejected ones out."""
    extracted = project.extracted(doc_hash)
    # one expression per span: a second act told on the same date (``act`` > 0) adds no expression
    rows = {(r.key.start, r.key.end): r for r in project.rows(include_hidden=True)
            if r.key.doc_hash == doc_hash and r.key.act == 0}
    out: list[tuple[int | None, Timex]] = []  # (index in the extraction, expression)
    for index, timex in enumerate(extracted.timexes):
        row = rows.pop((timex.start, timex.end), None)
        if row is not None:
            if (row.curation.rejected and not include_rejected) or row.hidden:
                continue
            timex = replace(timex, value=row.event.value or timex.value, begin=row.event.begin, end_day=row.event.end,
                            derivation=row.event.derivation)
        out.append((index, timex))
    for (start, end), row in rows.items():  # added by hand
        if row.hidden or (row.curation.rejected and not include_rejected):
            continue
        event = row.event
        out.append((None, Timex(start, end, event.timex, event.type, event.value, event.mod, event.begin, event.end,
                                event.certainty, event.derivation)))
    out.sort(key=lambda item: (item[1].start, item[1].end))
    # ``anchor`` indexes the list: point it at the anchor's new place (None when the anchor was left out)
    new_index = {old: new for new, (old, _) in enumerate(out) if old is not None}
    return [replace(t, anchor=new_index.get(t.anchor) if t.anchor is not None else None) for _, t in out]


def write_timeml_folder(project: Project, folder: str | os.PathLike[str], include_rejected: bool = False) -> list[str]:
    """One ``NAME.tml`` per document in ``folder`` (created if needed); returns the paths written."""
    folder = os.fspath(folder)
    os.makedirs(folder, exist_ok=True)
    written: list[str] = []
    used: set[str] = set()
    for record in project.documents():
        key = os.path.splitext(record.document.name)[0] or "document"  # the user's file name, not the id prefix
        name, n = key, 1
        while name in used:
            n += 1
            name = f"{key}-{n}"
        used.add(name)
        path = os.path.join(folder, f"{name}.tml")
        xml = to_timeml(record.document.text, document_timexes(project, record.hash, include_rejected), record.document.date, name,
                        date_source=record.document.date_source)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(xml)
        written.append(path)
    return written
