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
