"""The user's edits, each built as an undoable command with its Edit-menu label.

Every function reads the current state from the project, builds the command, and returns it without
running it: ``project.apply(reject(project, event_id))`` does it, ``project.undo_stack.undo()``
takes it back. Dates typed in words go through our own tagger (:func:`explorer.temporal.parse_date_phrase`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Iterable

from explorer import temporal
from explorer.calendar import Day, calendar_day, parse_day
from explorer.curation.commands import EditEvents, SetDocumentDate
from explorer.curation.model import SpanKey
from explorer.temporal.normalize import bc_span

if TYPE_CHECKING:
    from explorer.store.project import Project

LABEL_CHARS = 40


class DateNeeded(ValueError):
    """The words given (or selected) are not a date the tagger understands: ask the user for one."""


def _quote(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > LABEL_CHARS:
        text = text[: LABEL_CHARS - 1].rstrip() + "…"
    return f"“{text}”"


def parse_date(text: str, reference: date | None = None, *, before_year_one: bool = False) -> tuple[date | Day, date | Day]:
    """A phrase in words ("March 2019") or an ISO day to the inclusive span it names.

    ``before_year_one``: the caller takes the event record's days, so "264 BC", "the 3rd century BC",
    "March 44 BC", an expanded ISO day ("-0263-03-01") or a TIMEX3 value ("BC0264", what the edit
    dialog shows for such an event) are read too, through the tagger's own grammar, and their days
    come as :func:`~explorer.calendar.calendar_day` gives them (``Day`` before year 1, else ``date``).
    Without it (a document's date, which the tagger needs as a ``date``) they are refused in words
    that say why."""
    stripped = text.strip()
    try:
        day = date.fromisoformat(stripped)
        return day, day
    except ValueError:
        pass
    if before_year_one:
        span = _before_year_one(stripped, reference)
        if span is not None:
            return span
    parsed = temporal.parse_date_phrase(stripped, reference)
    if parsed is None:
        if not before_year_one and _before_year_one(stripped, reference) is not None:
            raise DateNeeded(f"{text!r} is before year 1: give a date from year 1 on")
        raise DateNeeded(f"not a date: {text!r}")
    return parsed


def _before_year_one(text: str, reference: date | None) -> tuple[date | Day, date | Day] | None:
    """The span of a phrase, ISO day or TIMEX3 value that names days before year 1, else None."""
    try:
        day = parse_day(text)
        return day, day
    except ValueError:
        pass
    span = bc_span(text) or temporal.parse_date_phrase(text, reference, before_year_one=True)
    if span is None or not isinstance(span[0], Day):
        return None
    return calendar_day(span[0].toordinal()), calendar_day(span[1].toordinal())


def _edit(project: "Project", event_id: str, label: str, **changes: object) -> EditEvents:
    key = project.row(event_id).key
    before = project.get_edit(key)
    return EditEvents(label, ((key, before),), ((key, before.with_(**changes)),))


def _title(project: "Project", event_id: str) -> str:
    return _quote(project.event(event_id).title)


def redate(
    project: "Project", event_id: str, phrase: str | None = None, *, span: tuple[date | Day, date | Day] | None = None
) -> EditEvents:
    """Give an event the date typed in words (parsed against its document's date), or an explicit span.

    Events anchored on it ("two weeks later") follow."""
    if span is None:
        if phrase is None:
            raise DateNeeded("give a phrase or a span")
        reference = project.document(project.row(event_id).key.doc_hash).document.date
        span = parse_date(phrase, reference, before_year_one=True)
    label = f"Date event {_title(project, event_id)} {phrase or span[0].isoformat()}"
    return _edit(project, event_id, label, begin=span[0], end=span[1], date_text=phrase)


def clear_date(project: "Project", event_id: str) -> EditEvents:
    return _edit(project, event_id, f"Restore extracted date of {_title(project, event_id)}", begin=None, end=None, date_text=None)


def retitle(project: "Project", event_id: str, title: str) -> EditEvents:
    return _edit(project, event_id, f"Rename event {_title(project, event_id)}", title=title)


def set_lane(project: "Project", event_id: str, lane: str | None) -> EditEvents:
    return _edit(project, event_id, f"Move event {_title(project, event_id)} to lane {_quote(lane or 'default')}", lane=lane)


def reject(project: "Project", event_id: str) -> EditEvents:
    return _edit(project, event_id, f"Reject event {_title(project, event_id)}", rejected=True)


def restore(project: "Project", event_id: str) -> EditEvents:
    return _edit(project, event_id, f"Restore event {_title(project, event_id)}", rejected=False)


def star(project: "Project", event_id: str, starred: bool = True) -> EditEvents:
    verb = "Star" if starred else "Unstar"
    return _edit(project, event_id, f"{verb} event {_title(project, event_id)}", starred=starred)


def set_tags(project: "Project", event_id: str, tags: Iterable[str]) -> EditEvents:
    clean = tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
    return _edit(project, event_id, f"Tag event {_title(project, event_id)}", tags=clean)


def add_tag(project: "Project", event_id: str, tag: str) -> EditEvents:
    return set_tags(project, event_id, (*project.curation(event_id).tags, tag))


def remove_tag(project: "Project", event_id: str, tag: str) -> EditEvents:
    return set_tags(project, event_id, [t for t in project.curation(event_id).tags if t != tag])


def annotate(project: "Project", event_id: str, note: str) -> EditEvents:
    return _edit(project, event_id, f"Annotate event {_title(project, event_id)}", note=note)


def add_event(
    project: "Project", doc_hash: str, start: int, end: int, *, span: tuple[date | Day, date | Day] | None = None,
    title: str | None = None,
) -> EditEvents:
    """An event from text selected in the source pane: the date is parsed from the selection, or given.

    Raises :class:`DateNeeded` when the selection is not a date and no span was given (ask for one)."""
    record = project.document(doc_hash)
    text = record.document.text
    if not 0 <= start < end <= len(text):
        raise ValueError(f"selection {start}..{end} is outside the document")
    selection = text[start:end]
    if span is None:
        span = parse_date(selection, record.document.date, before_year_one=True)
    key = SpanKey(doc_hash, start, end)
    before = project.get_edit(key)
    after = before.with_(added=True, begin=span[0], end=span[1], date_text=selection, rejected=False, title=title)
    return EditEvents(f"Add event {_quote(title or selection)}", ((key, before),), ((key, after),))


def merge(project: "Project", keep_id: str, other_id: str) -> EditEvents:
    """Fold ``other`` into ``keep``: one event remains, listing both sources; undo separates them."""
    if keep_id == other_id:
        raise ValueError("cannot merge an event with itself")
    keep, other = project.row(keep_id), project.row(other_id)
    keep_before, other_before = project.get_edit(keep.key), project.get_edit(other.key)
    absorbed = tuple(dict.fromkeys((*keep_before.absorbed, other.key, *other_before.absorbed)))
    keep_after = keep_before.with_(absorbed=absorbed)
    if not keep.event.is_dated and other.event.is_dated and other.event.begin and not keep_before.has_date:
        keep_after = keep_after.with_(begin=other.event.begin, end=other.event.end)
    label = f"Merge {_quote(other.event.title)} into {_quote(keep.event.title)}"
    return EditEvents(
        label,
        ((keep.key, keep_before), (other.key, other_before)),
        ((keep.key, keep_after), (other.key, other_before.with_(merged_into=keep.key, absorbed=()))),
    )


def set_document_date(project: "Project", doc_hash: str, when: date | str | None) -> SetDocumentDate:
    """Set (or, with ``None``, clear) a document's date; a string is parsed like a typed date."""
    if isinstance(when, str):
        when = parse_date(when)[0]
    record = project.document(doc_hash)
    label = f"Set date of {_quote(record.document.title)} to {when.isoformat()}" if when else f"Clear date of {_quote(record.document.title)}"
    return SetDocumentDate(label, doc_hash, record.user_date, when)
