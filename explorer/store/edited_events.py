"""A document's events and rows with the user's edits applied, as plain functions over its
extraction, its edits and the annotation that labels it.

:class:`~explorer.store.project.Project` caches what these return per document and decides when to
make them again; here is only how an edit changes an event (a title, a date, a date that follows its
re-dated anchor, an event the user added, the saved labels) and what a row shows of its curation.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Mapping, Sequence

from explorer import temporal
from explorer.curation.model import Curation, EventEdit, SpanKey
from explorer.curation.user_spans import read_from, shift_like, value_for_span
from explorer.documents import Document
from explorer.entities.index import ActorIndex
from explorer.events.event_ids import document_key
from explorer.events.record import Event
from explorer.events.titles import make_title
from explorer.ingest.extract import ExtractedDocument
from explorer.sentences import SentenceIndex
from explorer.store.project_records import ProjectDocument, Row

#: The edit of an event the user did not change (one shared instance: rows check it by identity).
NO_EDIT = EventEdit()


#: Edit fields that change a row's curation flags and nothing else (not its event, not which rows show).
FLAG_FIELDS = ("starred", "tags", "note", "lane")


def replace_flags(old: EventEdit, new: EventEdit) -> EventEdit:
    """``old`` with ``new``'s flags: equal to ``new`` exactly when only flags differ."""
    return replace(old, **{name: getattr(new, name) for name in FLAG_FIELDS})


def with_flags(curation: Curation, edit: EventEdit) -> Curation:
    edited = tuple(n for n in ("date", "title", "lane", "merged")
                   if (edit.lane is not None if n == "lane" else n in curation.edited))
    return replace(curation, lane=edit.lane, starred=edit.starred, tags=edit.tags, note=edit.note, edited=edited)


def document_events(
    record: ProjectDocument, extracted: ExtractedDocument, edits: Mapping[SpanKey, EventEdit],
    index: ActorIndex | None, saved: Sequence[Event] | None,
    found: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] | None = None,
) -> list[tuple[Event, SpanKey, EventEdit]]:
    """The document's events, each with its key and edit, in text order, with the ``edits``
    applied and labelled by ``index``; ``saved``: its events as the saved annotation labelled them
    (:meth:`~explorer.store.project.Project.restore_labels`), taken instead of labelling again;
    ``found``: (actors, places) by event id as the annotating worker labelled its extracted events
    (:meth:`~explorer.store.project.Project.set_annotation` ``labels``), taken likewise."""
    base: dict[SpanKey, Event] = dict(zip(event_keys(record.hash, extracted.events), extracted.events))
    sentences: SentenceIndex | None = None
    for key, edit in edits.items():
        if edit.added and key not in base and 0 <= key.start < key.end <= len(record.document.text):
            sentences = sentences or SentenceIndex(record.document.text)
            base[key] = _added_event(record.document, key, sentences)
    key_of_id = {event.id: key for key, event in base.items()}
    for key, edit in edits.items():  # an event added on an expression others hang on takes its id
        if edit.added and key in base:
            key_of_id.setdefault(f"{document_key(record.document)}#{key.start}", key)
    final: dict[SpanKey, Event] = {}

    def resolve(key: SpanKey, seen: frozenset[SpanKey] = frozenset()) -> Event:
        if key in final:
            return final[key]
        event, edit = base[key], edits.get(key, NO_EDIT)
        changes: dict[str, object] = {}
        if edit.title is not None:
            changes["title"] = edit.title
        if edit.begin is not None:
            end = edit.end or edit.begin
            changes.update(
                begin=edit.begin, end=end, value=value_for_span(edit.begin, end), certainty="exact",
                derivation="user", type=event.type if event.type in ("DATE", "TIME") else "DATE",
            )
        elif event.anchor in key_of_id and key_of_id[event.anchor] not in seen and key_of_id[event.anchor] != key:
            anchor_key = key_of_id[event.anchor]
            moved = resolve(anchor_key, seen | {key})
            changes.update(_follow_anchor(event, base[anchor_key], moved))
        final[key] = replace(event, **changes) if changes else event
        return final[key]

    ordered = sorted(base, key=lambda k: (k.start, k.end, -k.act))
    # nothing changed by the user: no event moves, each stands as extracted
    final_event = resolve if edits else base.__getitem__
    if saved is not None and index is not None:
        original = {e.id: e for e in extracted.events}
        by_id = {e.id: e for e in saved}
        return [(_labelled(final_event(key), original, by_id, index), key, edits.get(key, NO_EDIT)) for key in ordered]
    if found is not None and index is not None:
        return [(_found_label(final_event(key), base[key], found, index), key, edits.get(key, NO_EDIT)) for key in ordered]
    return [(_label(index, final_event(key)), key, edits.get(key, NO_EDIT)) for key in ordered]


def event_keys(doc_hash: str, events: Sequence[Event]) -> list[SpanKey]:
    """Each event's key: its expression's span, and for acts sharing one expression their place counted
    from the last (:class:`~explorer.curation.model.SpanKey`), so that no act hides another."""
    later: dict[tuple[int, int], int] = {}
    acts: list[int] = []
    for e in reversed(events):
        span = (e.timex_start, e.timex_end)
        acts.append(later.get(span, 0))
        later[span] = acts[-1] + 1
    return [SpanKey(doc_hash, e.timex_start, e.timex_end, act) for e, act in zip(events, reversed(acts))]


def document_rows(drafts: Mapping[SpanKey, tuple[Event, EventEdit]],
                  lookup: Callable[[SpanKey], Event | None]) -> list[Row]:
    """The rows of a document's events (``drafts``: :func:`document_events` by key) with their
    curation; ``lookup`` finds the event of a key in any document (a merge's other events)."""
    rows = []
    for key, (event, edit) in drafts.items():
        if edit is NO_EDIT:  # most events: nothing the user changed (a fast path, same row)
            rows.append(Row(event, Curation(sources=(event.id,), source_docs=(event.doc,)), key))
            continue
        absorbed = [e for e in (lookup(k) for k in edit.absorbed) if e is not None]
        edited = tuple(
            name for name, on in (
                ("date", edit.has_date), ("title", edit.title is not None), ("lane", edit.lane is not None),
                ("merged", bool(absorbed)),
            ) if on
        )
        curation = Curation(
            lane=edit.lane, starred=edit.starred, tags=edit.tags, note=edit.note, rejected=edit.rejected,
            added=edit.added, sources=(event.id, *(e.id for e in absorbed)),
            source_docs=tuple(dict.fromkeys((event.doc, *(e.doc for e in absorbed)))), edited=edited,
        )
        hidden = edit.merged_into is not None and lookup(edit.merged_into) is not None
        rows.append(Row(event, curation, key, hidden))
    return rows


def _label(index: ActorIndex | None, event: Event) -> Event:
    return index.label(event) if index is not None else event


def _found_label(event: Event, extracted: Event, found: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]],
                 index: ActorIndex | None) -> Event:
    """The event with the worker's label of its extracted record, when the user kept its title
    (a label reads the title); else (a new title, an added event) labelled now."""
    pair = found.get(event.id)
    if pair is None or event.title != extracted.title:
        return _label(index, event)
    return _with_label(event, pair)


def _labelled(event: Event, original: Mapping[str, Event], saved: Mapping[str, Event], index: ActorIndex | None) -> Event:
    """The event with its saved label: the labelled record itself when the user changed nothing
    in it; an event the user added has none, so it is labelled now."""
    labelled = saved.get(event.id)
    if labelled is None:
        return _label(index, event)
    if event is original.get(event.id):
        return labelled
    return _with_label(event, (labelled.actors, labelled.places))


def _with_label(event: Event, pair: tuple[tuple[str, ...], tuple[str, ...]]) -> Event:
    return event if pair == (event.actors, event.places) else replace(event, actors=pair[0], places=pair[1])


def _follow_anchor(event: Event, anchor_before: Event, anchor_now: Event) -> dict[str, object]:
    """Re-resolve an anchored event ("two weeks later") when its anchor's date changed."""
    if anchor_now.begin is None or (anchor_now.begin, anchor_now.end) == (anchor_before.begin, anchor_before.end):
        return {}
    # the expression read again with the anchor as its reference, on any year (a BC re-date too)
    parsed = read_from(temporal.parse_date_phrase, event.timex, anchor_now.begin)
    if parsed is not None:
        begin, end = parsed
    elif event.begin is not None and event.end is not None and anchor_before.begin is not None:
        begin, end = shift_like(event.begin, event.end, anchor_before.begin, anchor_now.begin)
    else:
        return {}
    certainty = event.certainty if event.certainty != "undated" else "inferred"
    return {"begin": begin, "end": end, "value": value_for_span(begin, end), "certainty": certainty}


def _added_event(doc: Document, key: SpanKey, sentences: SentenceIndex) -> Event:
    """An event the user made from a selection; the date comes from its edit."""
    sentence = sentences.at(key.start)
    s_start, s_end = (sentence.start, sentence.end) if sentence else (key.start, key.end)
    s_start, s_end = min(s_start, key.start), max(s_end, key.end)
    text = doc.text[s_start:s_end]
    return Event(
        id=f"{document_key(doc)}#{key.start}-{key.end}",
        doc=doc.path,
        title=make_title(text, key.start - s_start, key.end - s_start),
        sentence=text,
        sentence_start=s_start,
        sentence_end=s_end,
        timex=doc.text[key.start : key.end],
        timex_start=key.start,
        timex_end=key.end,
        value="",
        type="DATE",
        begin=None,
        end=None,
        certainty="undated",
        derivation="user",
    )
