"""The bisected searches that keep a long document's extraction linear give what the plain filters
over every date or mention gave (explorer.events.spans_within, explorer.entities.index)."""

from __future__ import annotations

import random

from explorer.entities.index import _starting_within
from explorer.events.spans_within import SpansWithin
from explorer.temporal.timex import Timex


def _timex(start: int, end: int) -> Timex:
    return Timex(text="x" * max(end - start, 0), start=start, end=end, type="DATE", value="2020")


def _plain(timexes, lo, hi):
    return [(t.start - lo, t.end - lo) for t in timexes if lo <= t.start and t.end <= hi]


def test_dates_within_a_stretch_are_those_of_the_plain_filter_in_order() -> None:
    rng = random.Random(7)
    for _ in range(200):
        starts = sorted(rng.randrange(0, 300) for _ in range(rng.randrange(0, 30)))
        timexes = [_timex(s, s + rng.randrange(0, 25)) for s in starts]
        within = SpansWithin(timexes)
        for _ in range(20):
            lo = rng.randrange(0, 320)
            hi = lo + rng.randrange(0, 80)
            assert within(lo, hi) == _plain(timexes, lo, hi)


def test_dates_out_of_order_are_filtered_whole() -> None:
    timexes = [_timex(50, 60), _timex(10, 20), _timex(12, 12)]
    within = SpansWithin(timexes)
    assert within(0, 70) == _plain(timexes, 0, 70) == [(50, 60), (10, 20), (12, 12)]
    assert within(11, 30) == [(1, 1)]


def test_mentions_starting_within_a_clause_are_those_of_the_plain_filter() -> None:
    rng = random.Random(3)
    for _ in range(200):
        spans = sorted({(s, s + rng.randrange(1, 12)) for s in (rng.randrange(0, 200) for _ in range(rng.randrange(0, 25)))})
        for _ in range(20):
            start = rng.randrange(0, 210)
            end = start + rng.randrange(0, 60)
            assert _starting_within(spans, start, end) == [(a, b) for a, b in spans if start <= a < end]


def test_told_after_the_first_date_of_a_paragraph_is_told_after_a_date() -> None:
    from explorer.events.story_time import first_dated_of_paragraphs, told_after_a_date, told_after_first_date

    rng = random.Random(11)
    for _ in range(300):
        n = rng.randrange(1, 40)
        paragraph_of, p = [], -1
        for _ in range(n):
            roll = rng.random()
            p = p + 1 if roll < 0.3 else p
            paragraph_of.append(-1 if roll > 0.9 else max(p, 0))
        dated = {j: [] for j in rng.sample(range(n), rng.randrange(0, n + 1))}
        first = first_dated_of_paragraphs(dated, paragraph_of)
        for i in range(n):
            assert told_after_first_date(i, first, paragraph_of) == told_after_a_date(i, dated.keys(), paragraph_of)
