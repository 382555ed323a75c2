"""The tags / certainty / documents / date-range mask of an EventFilter, in numpy
(explorer/curation/mask.py), against EventFilter.matches asked event by event: random events and
curations (tags, merged sources from other documents, no curation, an end before the begin),
random filters, then edits of some keys."""

from __future__ import annotations

import random
from datetime import date, timedelta
from types import SimpleNamespace

import numpy as np
import pytest

from explorer.curation.filters import EventFilter
from explorer.curation.mask import FilterColumns, needs_columns
from explorer.curation.model import Curation
from explorer.events.record import Event

DOCS = ["/a.txt", "/b.txt", "/ç.txt", "/d.txt"]
TAGS = ["war", "peace", "ÉTÉ", "x"]


def event(rng: random.Random, i: int) -> Event:
    doc = rng.choice(DOCS)
    begin = None if rng.random() < 0.1 else date(2000, 1, 1) + timedelta(days=rng.randrange(60))
    end = None if begin is None or rng.random() < 0.5 else begin + timedelta(days=rng.randrange(-5, 20))
    certainty = "undated" if begin is None else rng.choice(["exact", "inferred"])
    return Event(id=f"e{i}", doc=doc, title="t", sentence="s", sentence_start=0, sentence_end=1, timex="x",
                 timex_start=0, timex_end=1, value="", type="DATE", begin=begin, end=end, certainty=certainty)


def curation(rng: random.Random, e: Event) -> Curation | None:
    r = rng.random()
    if r < 0.05:
        return None
    docs = (e.doc,) if r < 0.8 else tuple(dict.fromkeys((e.doc, *rng.sample(DOCS, 2))))
    tags = tuple(rng.sample(TAGS, rng.randrange(3))) if rng.random() < 0.3 else ()
    return Curation(tags=tags, sources=(e.id,), source_docs=docs)


def random_filter(rng: random.Random) -> EventFilter:
    since = date(2000, 1, 1) + timedelta(days=rng.randrange(60)) if rng.random() < 0.4 else None
    until = date(2000, 1, 1) + timedelta(days=rng.randrange(60)) if rng.random() < 0.4 else None
    return EventFilter(
        tags=frozenset(rng.sample(TAGS + ["none"], rng.randrange(3))) if rng.random() < 0.5 else frozenset(),
        certainty=frozenset(rng.sample(["exact", "inferred", "undated", "other"], rng.randrange(3))),
        docs=frozenset(rng.sample(DOCS + ["/e.txt"], rng.randrange(3))) if rng.random() < 0.5 else frozenset(),
        since=since, until=until, rejected=None)


def reference(f: EventFilter, events, curations) -> list[bool]:
    return [c is not None and f.matches(SimpleNamespace(event=e, curation=c)) for e, c in zip(events, curations)]


def coarse_dates(f: EventFilter, events) -> np.ndarray:
    """The caller's part (the model's day columns): dated, and the column end (never before the begin)."""
    keep = np.ones(len(events), bool)
    for i, e in enumerate(events):
        if f.since is None and f.until is None:
            continue
        if e.begin is None:
            keep[i] = False
            continue
        end = max(e.end or e.begin, e.begin)
        keep[i] = (f.since is None or end >= f.since) and (f.until is None or e.begin <= f.until)
    return keep


@pytest.mark.parametrize("seed", range(6))
def test_the_mask_equals_matches_event_by_event_through_edits(seed):
    rng = random.Random(seed)
    events = [event(rng, i) for i in range(300)]
    curations = [curation(rng, e) for e in events]
    cols = FilterColumns()
    cols.extend(events[:200], curations[:200])
    cols.extend(events[200:], curations[200:])
    assert len(cols) == 300
    for round_ in range(3):
        for _ in range(40):
            f = random_filter(rng)
            if not needs_columns(f):
                assert cols.mask(f, 0, 300).all()
                continue
            got = cols.mask(f, 0, 300) & coarse_dates(f, events)
            assert got.tolist() == reference(f, events, curations), f
            a, b = sorted(rng.sample(range(301), 2))
            assert (cols.mask(f, a, b) & coarse_dates(f, events[a:b])).tolist() == reference(f, events[a:b], curations[a:b])
        for k in rng.sample(range(300), 30):  # edits: new records, new curations, curations gone
            events[k] = event(rng, k)
            curations[k] = curation(rng, events[k])
            cols.set(k, events[k], curations[k])


def test_an_end_before_the_begin_is_judged_by_the_end():
    e = Event(id="e", doc="/a.txt", title="t", sentence="s", sentence_start=0, sentence_end=1, timex="x",
              timex_start=0, timex_end=1, value="", type="DATE", begin=date(2000, 1, 10), end=date(2000, 1, 2),
              certainty="exact")
    cols = FilterColumns()
    cols.extend([e], [Curation(source_docs=("/a.txt",))])
    assert cols.mask(EventFilter(since=date(2000, 1, 5), rejected=None), 0, 1).tolist() == [False]
    assert cols.mask(EventFilter(since=date(2000, 1, 2), rejected=None), 0, 1).tolist() == [True]


# -- the columns made from columns (a project opened from its file holds no record per event) --------


def _same_columns(a: FilterColumns, b: FilterColumns) -> None:
    """Two filter columns say the same of every key: certainty and document by value, and the
    unusual keys aside (codes may be numbered differently)."""
    assert len(a) == len(b)
    for field, codes in (("certainty", "_certainty_codes"), ("doc", "_doc_codes")):
        names_a = {c: v for v, c in getattr(a, codes).items()}
        names_b = {c: v for v, c in getattr(b, codes).items()}
        assert [names_a[c] for c in getattr(a, field).tolist()] == [names_b[c] for c in getattr(b, field).tolist()], field
    assert a.tags == b.tags and a.other_docs == b.other_docs and a.odd_dates == b.odd_dates
    assert a.uncurated == b.uncurated


def test_columns_from_stored_rows_and_given_records_equal_the_records_ones():
    """Random events (an end before the begin, undated, several documents) packed as a project file
    packs them, taken as stored rows in another order, some keys given as records instead (edited
    documents), some keys with a curation: the same columns and masks as from the records."""
    from explorer.curation.mask import key_columns
    from explorer.store.columns import pack
    from explorer.store.stored_events import StoredEvents

    rng = random.Random(7)
    stored_events = [event(rng, i) for i in range(400)]
    stored = StoredEvents(pack(stored_events), len(stored_events))
    rows = np.asarray(rng.sample(range(400), 300), np.int64)
    given_at = set(rng.sample(range(300), 40))  # keys whose record is given, not a stored row
    records, given = [], []
    for key, row in enumerate(rows.tolist()):
        if key in given_at:
            rows[key] = -1
            records.append(event(rng, 1000 + key))
            given.append((key, records[-1]))
        else:
            records.append(stored_events[row])
    records += [event(rng, 2000 + k) for k in range(50)]  # keys past the stored ones (an import)
    rows = np.concatenate([rows, np.full(50, -1, np.int64)])
    given += [(300 + k, records[300 + k]) for k in range(50)]
    curations = [Curation(sources=(e.id,), source_docs=(e.doc,)) for e in records]
    edited: dict[int, Curation] = {}
    for key in rng.sample(range(350), 60):
        cur = curation(rng, records[key]) or Curation(starred=True, sources=(records[key].id,), source_docs=(records[key].doc,))
        curations[key] = edited[key] = cur
    by_records = FilterColumns()
    by_records.extend(records[:120], curations[:120])
    by_records.extend(records[120:], curations[120:])
    by_columns = FilterColumns()
    for a, b in ((0, 120), (120, 350)):  # extended in two runs, as keys arrive
        by_columns.extend_columns(key_columns(stored, rows[a:b], [(k, e) for k, e in given if a <= k < b], a,
                                              {k: c for k, c in edited.items() if a <= k < b}))
    assert by_records.odd_dates and by_records.tags and by_records.other_docs  # each kind of unusual key
    _same_columns(by_records, by_columns)
    for _ in range(60):
        f = random_filter(rng)
        assert by_columns.mask(f, 0, 350).tolist() == by_records.mask(f, 0, 350).tolist(), f


def test_columns_of_a_saved_project_with_edits_equal_the_records_ones(tmp_path, generated_project):
    """A generated project (the real pipeline) with a star, tags, a rejection, a merge and a date
    set with its end before its begin, saved and opened: its unedited documents' keys taken as the
    stored rows (as the window takes them), the edited documents' as their records; the columns
    made from that equal those made from every row's record and curation, and so do the masks."""
    from explorer.curation import edits
    from explorer.curation.mask import key_columns
    from explorer.store import Project

    path = generated_project(tmp_path / "gen.tlproj", 800, 3)
    project = Project.open(path)
    ids = [e.id for e in project.events()]
    project.apply(edits.star(project, ids[10]))
    project.apply(edits.set_tags(project, ids[200], ["war", "ÉTÉ"]))
    project.apply(edits.set_tags(project, ids[201], ["peace"]))
    project.apply(edits.reject(project, ids[300]))
    project.apply(edits.merge(project, ids[400], ids[700]))
    project.apply(edits.redate(project, ids[500], span=(date(2001, 5, 10), date(2001, 5, 2))))
    project.save(tmp_path / "edited.tlproj")
    project = Project.open(tmp_path / "edited.tlproj")
    stored = project.stored_events()
    assert stored is not None

    records, curations, rows, given, edited = [], [], [], [], {}
    edited_ids = project.edited_curations()
    for record in project.documents():
        doc_rows = project.rows_of_document(record.hash)
        span = project.stored_rows(record.hash)
        for i, row in enumerate(doc_rows):
            key = len(records)
            records.append(row.event)
            curations.append(row.curation)
            rows.append(span[0] + i if span is not None else -1)
            if span is None:
                given.append((key, row.event))
            if row.event.id in edited_ids:
                edited[key] = edited_ids[row.event.id]
    assert 0 < len(given) < len(records) // 2  # most keys are stored rows
    assert set(edited_ids) >= {ids[10], ids[200], ids[201], ids[300], ids[400], ids[500]}
    by_records = FilterColumns()
    by_records.extend(records, curations)
    by_columns = FilterColumns()
    by_columns.extend_columns(key_columns(stored, np.asarray(rows, np.int64), given, 0, edited))
    _same_columns(by_records, by_columns)
    assert set(by_records.tags) and set(by_records.other_docs) and set(by_records.odd_dates)
    rng = random.Random(3)
    docs = sorted({e.doc for e in records})
    filters = [EventFilter(tags=frozenset({"war"}), rejected=None), EventFilter(tags=frozenset({"peace", "x"}), rejected=None),
               EventFilter(certainty=frozenset({"exact"}), rejected=None), EventFilter(certainty=frozenset({"inferred"}), rejected=None),
               EventFilter(docs=frozenset({docs[0]}), rejected=None), EventFilter(docs=frozenset(docs[1:3]), rejected=None),
               EventFilter(since=date(2001, 5, 5), rejected=None), EventFilter(until=date(1990, 1, 1), rejected=None)]
    for _ in range(20):
        since = date(1900, 1, 1) + timedelta(days=rng.randrange(40000))
        filters.append(EventFilter(since=since, until=since + timedelta(days=rng.randrange(5000)),
                                   docs=frozenset(rng.sample(docs, 2)) if rng.random() < 0.3 else frozenset(), rejected=None))
    for f in filters:
        got = by_columns.mask(f, 0, len(records))
        assert got.tolist() == by_records.mask(f, 0, len(records)).tolist(), f
        dated = coarse_dates(f, records)
        assert (got & dated).tolist() == reference(f, records, curations), f
