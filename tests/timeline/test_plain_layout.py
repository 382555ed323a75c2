"""The timeline's caches and layout rules as plain functions, tested without Qt: the label cache
(widths and elided titles per font), the rows a lane's labels want, and which lanes are in view."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.timeline.label_cache import LabelCache, rows_wanted
from explorer.timeline.labels import LabelBox, layout_labels
from explorer.timeline.lanes import TOP_MARGIN
from explorer.timeline.lane_fold import first_lane_showing, lane_window
from explorer.timeline.scrolling import MAX_VISIBLE_LANES, MIN_LANE_PX, MIN_LANES_SHOWN, first_lane_at, lanes_in_view


class CountingMeasure:
    """A fixed-pitch font that counts how often it is asked."""

    def __init__(self, pitch: float) -> None:
        self.pitch, self.calls = pitch, 0

    def __call__(self, text: str) -> float:
        self.calls += 1
        return self.pitch * len(text)


def test_a_width_is_measured_once_per_font_and_a_new_font_measures_again():
    cache = LabelCache()
    small, big = CountingMeasure(6.0), CountingMeasure(9.0)
    assert cache.use_font(("Sans", 12), small)
    assert cache.width("Treaty") == 36.0 and cache.width("Treaty") == 36.0 and small.calls == 1
    assert not cache.use_font(("Sans", 12), small)  # the same font keeps what it measured
    assert cache.width("Treaty") == 36.0 and small.calls == 1
    cache.titles["kept"] = ("Trea\u2026", 30.0)
    assert cache.use_font(("Sans", 18), big)  # another size: nothing measured in the old one survives
    assert cache.titles == {} and cache.width("Treaty") == 54.0 and big.calls == 1


def test_rebuilt_events_forget_elided_titles_but_keep_widths():
    cache = LabelCache()
    measure = CountingMeasure(6.0)
    cache.use_font("f", measure)
    cache.width("Flood")
    cache.titles[(3, 100.0)] = ("Flood", 30.0)
    cache.forget_titles()
    assert cache.titles == {} and cache.width("Flood") == 30.0 and measure.calls == 1


def test_past_the_limit_everything_is_dropped_on_the_next_paint():
    cache = LabelCache(limit=3)
    measure = CountingMeasure(1.0)
    cache.use_font("f", measure)
    for text in ("a", "bb", "ccc", "dddd"):
        cache.width(text)
    assert len(cache.widths) == 4
    cache.use_font("f", measure)
    assert cache.widths == {} and cache.titles == {}


def test_a_width_before_any_font_is_an_error_not_a_guess():
    with pytest.raises(RuntimeError):
        LabelCache().width("x")


def test_the_label_engine_fills_the_cache_and_reuses_it():
    """``layout_labels`` keeps its elided titles in the cache it is given: a second layout of the
    same lane at the same zoom measures nothing new."""
    from explorer.timeline.lod import visible_indices
    from tests.timeline.test_label_rows import DAY, crowded

    arr = crowded(12)
    x0, x1 = 11320 * DAY, 11380 * DAY
    idx = visible_indices(arr, 0, x0, x1)
    cache = LabelCache()
    measure = CountingMeasure(6.0)
    cache.use_font("f", measure)
    first = layout_labels(arr, 0, idx, x0, x1, 900.0, measure=cache.width, cache=cache.titles)
    assert cache.titles and first
    calls = measure.calls
    again = layout_labels(arr, 0, idx, x0, x1, 900.0, measure=cache.width, cache=cache.titles)
    assert [(b.text, b.left) for b in again] == [(b.text, b.left) for b in first] and measure.calls == calls


def _box(count: int) -> LabelBox:
    return LabelBox(0, 0.0, 10.0, "t", count, np.arange(count), 0.0, (0.0, 0.0))


def test_rows_wanted_opens_the_biggest_cluster_and_is_capped():
    assert rows_wanted([_box(1), _box(1)], 2, 6) == 1  # every title has its place
    assert rows_wanted([_box(1)], 3, 6) == 2  # two titles found no room: one more row
    assert rows_wanted([_box(1), _box(4)], 5, 6) == 5  # a cluster of four opens into four more rows
    assert rows_wanted([_box(40)], 40, 6) == 6
    assert rows_wanted([], 0, 6) == 1


def test_lanes_in_view_fit_the_height_within_bounds():
    assert lanes_in_view(5, 5 * MIN_LANE_PX) == 5
    assert lanes_in_view(50, 100 * MIN_LANE_PX) == MAX_VISIBLE_LANES
    assert lanes_in_view(50, 0) == MIN_LANES_SHOWN
    assert lanes_in_view(2, 0) == 2
    assert lanes_in_view(50, 7 * MIN_LANE_PX + MIN_LANE_PX - 1) == 7


def _every_lane(lane: int) -> bool:
    return True


def test_scrolling_to_a_lane_moves_as_little_as_possible():
    """Every lane with events in view: four lanes of :data:`MIN_LANE_PX` fit (no lane folds)."""
    area = 4 * MIN_LANE_PX
    assert first_lane_showing(5, 0, 20, _every_lane, area) == 2  # below the view: it becomes the last lane shown
    assert first_lane_showing(1, 3, 20, _every_lane, area) == 1  # above: it becomes the first
    assert first_lane_showing(4, 3, 20, _every_lane, area) == 3  # in view: no move
    assert first_lane_showing(19, 0, 20, _every_lane, area) == 16
    assert first_lane_showing(3, 10, 3, _every_lane, area) == 0


def test_the_lane_window_and_the_first_lane_agree():
    area = 4 * MIN_LANE_PX
    first, shown = lane_window(30, 20, _every_lane, area)
    assert (first, shown) == (16, 4) and first_lane_at(first - TOP_MARGIN) == 16
    assert lane_window(5, 3, _every_lane, area) == (0, 3)
    assert lane_window(-2, 20, _every_lane, area)[0] == 0


class Events:
    """Events by key with actors, counting how often the columns walk them."""

    def __init__(self, actors: list[tuple[str, ...]]) -> None:
        from datetime import date

        from explorer.events.record import Event

        self.events = [Event(id=f"d#{i}", doc="d", title=f"t{i}", sentence="s", sentence_start=0, sentence_end=1,
                             timex="2001", timex_start=0, timex_end=4, value="2001", type="DATE",
                             begin=date(2001, 1, 1), end=date(2001, 12, 31), certainty="exact", actors=a)
                       for i, a in enumerate(actors)]
        self.walks = 0

    def names_by_key(self, kind: str) -> list[tuple[str, ...]]:
        self.walks += 1
        return [getattr(e, kind) for e in self.events]

    def event_by_key(self, key: int):
        return self.events[key]


def test_key_columns_walk_the_events_once_until_forgotten():
    from explorer.timeline.key_columns import KeyColumns

    events = Events([("Ann",), ("Bo", "Ann"), ()])
    columns = KeyColumns(events.names_by_key, events.event_by_key)
    assert columns.names("actor", 3) == [("Ann",), ("Bo", "Ann"), ()]
    assert columns.lane_order("actor", 3)[0] == "Ann"  # the actor of most events first
    first = columns.colouring("actor", 3, np.zeros(3, np.int64), ["d"])
    assert columns.colouring("actor", 3, np.zeros(3, np.int64), ["d"]) is first and events.walks == 1
    events.events[2] = events.events[2].__class__(**{**{f: getattr(events.events[2], f) for f in
                                                      events.events[2].__dataclass_fields__}, "actors": ("Cy",)})
    assert columns.names("actor", 3)[2] == ()  # kept: the events' names are said to change by forget()
    columns.forget()
    assert columns.names("actor", 3)[2] == ("Cy",) and events.walks == 2
    assert columns.colouring("actor", 3, np.zeros(3, np.int64), ["d"]) is not first


def test_more_keys_compute_the_columns_again():
    from explorer.timeline.key_columns import KeyColumns

    events = Events([("Ann",), ("Bo",)])
    columns = KeyColumns(events.names_by_key, events.event_by_key)
    assert len(columns.names("actor", 1)) == 1 and len(columns.names("actor", 2)) == 2 and events.walks == 2
    assert columns.priority(2) is columns.priority(2)
    doc = columns.colouring("document", 2, np.array([0, 1]), ["a", "b"])
    assert columns.colouring("document", 2, np.array([0, 1]), ["a", "b", "c"]) is not doc  # a new document
