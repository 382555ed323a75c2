"""The Qt-free engine: arrays, level of detail, label layout and clustering, lanes, zoom bounds."""

import subprocess
import sys
from datetime import date

import numpy as np
import pytest

from explorer.timeline import EventsArray, Precision, clamp_range, layout_labels, view_detail
from explorer.timeline.events_array import OPEN_END
from explorer.timeline.labels import overlaps
from explorer.timeline.lanes import PALETTE, LaneSet, assign_lanes
from explorer.timeline.lod import column_counts, visible_indices
from explorer.timeline.zoom import MAX_SPAN_S, MIN_SPAN_S, X_MAX, X_MIN

from .conftest import make_event

DAY = 86400.0


def random_array(n=5000, lanes=3, seed=1, long_spans=True):
    rng = np.random.default_rng(seed)
    b = rng.integers(0, 20000, n)
    e = b + np.where(rng.random(n) < 0.3, rng.integers(0, 400, n), 0)
    if long_spans:
        e[:5] = b[:5] + 15000
    return EventsArray.from_columns(b, e, rng.integers(0, lanes, n), np.arange(n), [f"E{i}" for i in range(n)],
                                    LaneSet("none", tuple("abc"[:lanes]), tuple("ABC"[:lanes])))


def test_engine_imports_no_qt():
    code = ("import sys, explorer.timeline, explorer.timeline.labels, explorer.timeline.lod\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6','shiboken6','pyqtgraph')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_from_events_sorts_classifies_and_keeps_undated(small_events):
    arr = EventsArray.from_events(small_events, "document", {"a.txt": "Doc A"})
    assert arr.lanes.labels == ("Doc A", "b", "c")
    assert len(arr) == 7 and list(arr.undated_row) == [6]
    assert list(arr.undated_counts()) == [0, 1, 0]
    for l in range(arr.n_lanes):
        seg = arr.begin[arr.lane_slice(l)]
        assert np.all(np.diff(seg) >= 0)
    prec = {arr.title(i): Precision(arr.precision[i]) for i in range(len(arr))}
    assert prec["Treaty signed in Geneva"] is Precision.DAY
    assert prec["Negotiations through 1998"] is Precision.YEAR
    assert prec["Summer offensive"] is Precision.SEASON
    assert prec["Occupation 1997-2004"] is Precision.YEARS
    assert prec["Visit to Moscow"] is Precision.RANGE
    i = [arr.title(k) for k in range(len(arr))].index("Sanctions from 2013 onward")
    assert arr.flags[i] & OPEN_END
    j = [arr.title(k) for k in range(len(arr))].index("Summer offensive")
    assert arr.certainty[j] == 1
    # days as epoch seconds: begin is the day start, end the start of the next day
    k = [arr.title(k) for k in range(len(arr))].index("Treaty signed in Geneva")
    assert arr.begin[k] == 920419200.0 and arr.end[k] - arr.begin[k] == DAY


def test_month_precision_and_far_dates():
    evs = [make_event(1, begin=date(2020, 2, 1), end=date(2020, 2, 29)),
           make_event(2, begin=date(1, 1, 1)), make_event(3, begin=date(9999, 12, 31))]
    arr = EventsArray.from_events(evs)
    assert Precision(arr.precision[list(arr.row).index(0)]) is Precision.MONTH
    assert arr.begin.min() == -62135596800.0 and arr.end.max() == X_MAX  # 0001-01-01 and the end of 9999
    assert X_MIN < arr.begin.min()  # the view reaches further back: BC dates


def test_lanes_by_actor_and_single(small_events):
    ev, lane, lanes = assign_lanes(small_events, "actor")
    assert lanes.labels == ("Army", "UN", "(no actor)")
    assert sorted(lane[ev == 5].tolist()) == [0, 1]  # two actors: two lanes
    assert len(ev) == len(small_events) + 1
    arr = EventsArray.from_events(small_events, "none")
    assert arr.n_lanes == 1 and len(arr) == 7
    assert arr.lanes.colors[0] == PALETTE[0]
    with pytest.raises(ValueError):
        assign_lanes(small_events, "colour")


def test_visible_indices_match_brute_force():
    arr = random_array()
    for x0, x1 in [(1000 * DAY, 1300 * DAY), (0, 5 * DAY), (19990 * DAY, 21000 * DAY), (-10 * DAY, -1 * DAY)]:
        for lane in range(arr.n_lanes):
            got = visible_indices(arr, lane, x0, x1)
            s = arr.lane_slice(lane)
            want = np.flatnonzero((arr.begin[s] < x1) & (arr.end[s] > x0)) + s.start
            assert got.tolist() == want.tolist()


def test_density_counts_and_mode_switch():
    arr = random_array(30000)
    wide = view_detail(arr, 0, 20000 * DAY, 1600, mark_limit=2000)
    assert all(d.mode == "density" for d in wide.lanes)
    edges = wide.edges
    s = arr.lane_slice(0)
    counts = column_counts(arr, 0, edges)
    brute = [int(np.sum((arr.begin[s] < b) & (arr.end[s] > a))) for a, b in zip(edges[:-1:97], edges[1::97])]
    assert counts[::97].tolist() == brute
    narrow = view_detail(arr, 5000 * DAY, 5030 * DAY, 1600)
    assert all(d.mode == "marks" for d in narrow.lanes)
    assert narrow.total == sum(len(d.idx) for d in narrow.lanes)


def dense_case():
    """200 events in one lane, ten a day for 20 days, plus isolated events far apart."""
    evs = [make_event(i, title=f"Dense headline number {i}", begin=date(2020, 1, 1 + i // 10)) for i in range(200)]
    evs += [make_event(300 + k, title=f"Isolated {k}", begin=date(2020, 6 + k, 15)) for k in range(3)]
    return EventsArray.from_events(evs, "none")


def test_dense_labels_never_overlap_and_stay_inside():
    arr = dense_case()
    x0, x1 = 1577836800.0 - 5 * DAY, 1577836800.0 + 300 * DAY
    idx = visible_indices(arr, 0, x0, x1)
    boxes = layout_labels(arr, 0, idx, x0, x1, 1200.0)
    assert boxes and not overlaps(boxes)
    for b in boxes:
        assert 0 <= b.left and b.right <= 1200.0
    # every visible event is stood for by exactly one box (no label is lost silently)
    members = np.concatenate([b.members for b in boxes])
    assert sorted(members.tolist()) == sorted(idx.tolist())
    clusters = [b for b in boxes if b.is_cluster]
    assert clusters and sum(b.count for b in clusters) >= 190
    assert {"Isolated 0", "Isolated 1", "Isolated 2"} <= {b.text for b in boxes}
    again = layout_labels(arr, 0, idx, x0, x1, 1200.0)  # deterministic
    assert [(b.left, b.text, b.count) for b in again] == [(b.left, b.text, b.count) for b in boxes]


def test_clusters_expand_when_zooming_in():
    arr = dense_case()
    start = 1577836800.0
    counts = []
    for days in (300, 30, 4):
        x0, x1 = start - DAY, start + days * DAY
        idx = visible_indices(arr, 0, x0, x1)
        boxes = layout_labels(arr, 0, idx, x0, x1, 1600.0)
        assert not overlaps(boxes)
        counts.append((len(boxes), max(b.count for b in boxes)))
    assert counts[0][0] < counts[1][0]  # more boxes as we zoom in
    assert counts[0][1] > counts[1][1] >= counts[2][1]  # the biggest cluster shrinks...
    assert counts[2][1] == 10  # ...down to the ten events sharing one day


def test_labels_at_right_edge_are_not_clipped():
    evs = [make_event(1, title="A long title that cannot fit at the very right", begin=date(2020, 1, 30))]
    arr = EventsArray.from_events(evs, "none")
    x0, x1 = 1577836800.0, 1577836800.0 + 31 * DAY
    boxes = layout_labels(arr, 0, visible_indices(arr, 0, x0, x1), x0, x1, 800.0)
    assert len(boxes) == 1 and boxes[0].right <= 800.0


def test_zoom_bounds():
    a, b = clamp_range(0.0, 10.0)
    assert b - a == pytest.approx(MIN_SPAN_S)
    a, b = clamp_range(-1e13, 1e13)
    assert b - a == pytest.approx(MAX_SPAN_S)
    a, b = clamp_range(X_MIN - 1e9, X_MIN + 1e9)
    assert a == X_MIN
    assert clamp_range(5e9, 4e9) == (4e9, 5e9)


def test_robust_fit_ignores_century_spans_and_far_outliers():
    from explorer.timeline.zoom import fit_range

    day = 86400.0
    rng = np.random.default_rng(1)
    begin = 1.0e9 + rng.random(500) * 3650 * day  # ten busy years around 2001-2011
    end = begin + day
    begin = np.r_[begin, -2.2e9, -5.0e9]  # the 20th century as one span, and one event in 1811
    end = np.r_[end, 0.95e9, -5.0e9 + day]
    x0, x1 = fit_range(begin, end, robust=True)
    assert 0.9e9 < x0 < 1.0e9 and x1 < 1.0e9 + 4000 * 86400 * 1.2
    full = fit_range(begin, end, robust=False)
    assert full[0] < -5.0e9 and full[1] >= end.max()
    assert fit_range(np.zeros(0), np.zeros(0)) is None


def test_robust_fit_of_a_small_folder_leaves_out_one_stray_date():
    """30 news files: 40 events in 1997-1998 and one misread year 1000 (from "1,000"): the first view
    shows the news, not a millennium; with only the news it is the same view."""
    from explorer.timeline.zoom import fit_range

    day = 86400.0
    news = np.arange(40) * 15.0 * day + 10227 * day  # from 1998-01-01, every two weeks
    stray = np.array([-30681 * day])  # 1000-01-01
    begin = np.r_[stray, news]
    x0, x1 = fit_range(begin, begin + day, robust=True)
    assert x0 > 9000 * day and x1 - x0 < 3 * 365 * day
    assert x0 <= news.min() and news.max() + day <= x1  # every piece of news in view
    few = np.r_[stray, news[:10]]  # too few events to call one of them stray
    assert fit_range(few, few + day, robust=True)[0] < -30000 * day


def _lanes(*lanes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Lane-major begin days (as epoch seconds) and ``lane_start`` for these lanes' event days."""
    begin = np.concatenate(lanes) * 86400.0
    return begin, np.r_[0, np.cumsum([len(lane) for lane in lanes])].astype(np.int64)


def test_a_lane_out_of_the_bulk_brings_in_its_nearest_half_not_its_one_recalled_decade():
    """Thirty news articles of 1998 opened on 1947-2007: one article of February 1999 (a day past the
    bulk) also recalls "50 years ago", and its lane widened the first view to both. The lane is
    in view by its own news; the recalled year stays out until 0 shows the full extent."""
    from explorer.timeline.zoom import fit_range

    y1998, feb1999, y1949 = 10227, 10638, -7670  # days since 1970
    news = [y1998 + np.arange(4) * 80 + i for i in range(20)]  # twenty articles, four events each in 1998
    begin, lane_start = _lanes(*news, np.array([y1949, feb1999]))
    x0, x1 = fit_range(begin, begin + 86400.0, robust=True, lane_start=lane_start)
    assert x0 > (y1998 - 400) * 86400.0  # not 1949
    assert x0 <= y1998 * 86400.0 and x1 >= (feb1999 + 1) * 86400.0  # every article's news in view
    full = fit_range(begin, begin + 86400.0, robust=False)
    assert full[0] < y1949 * 86400.0


def test_a_far_lane_is_left_to_its_edge_note_and_the_first_view_is_the_dense_part():
    """An ancient history among modern articles: the view once reached it, and every modern article
    became a sliver at the right edge (WikiWars dropped in: 600 BC to AD 2300). The first view is the
    dense modern part; the ancient lane's events are all before it, which its edge note says
    (:func:`beyond_view`), and the same fit of those events alone shows them."""
    from explorer.timeline.zoom import fit_range

    modern = [np.arange(30) * 200 + 10000 + 40 * i for i in range(12)]  # 1997-2013
    ancient = np.linspace(-912000, -868000, 45).astype(np.int64)  # about 500 BC to 380 BC
    begin, lane_start = _lanes(*modern, ancient)
    x0, x1 = fit_range(begin, begin + 86400.0, robust=True, lane_start=lane_start)
    assert x0 >= 9000 * 86400.0 and x1 >= modern[-1].max() * 86400.0
    assert x0 <= min(m.min() for m in modern) * 86400.0
    far = ancient * 86400.0
    y0, y1 = fit_range(far, far + 86400.0, robust=True)
    assert y0 <= far.min() and y1 >= far.max() and y1 < 0


def test_no_part_is_left_out_without_a_wide_gap_or_a_clear_majority():
    """Two halves of a folder a millennium apart: neither is the dense part, both stay in view; a
    gap narrower than half the range splits nothing."""
    from explorer.timeline.zoom import densest_part

    day = 86400.0
    old, new = np.arange(30) * 100.0 * day - 400000 * day, np.arange(30) * 100.0 * day
    b = np.r_[old, new]
    assert densest_part(b, b + day, float(b.min()), float(b.max() + day)) == (float(b.min()), float(b.max() + day))
    near = np.r_[np.arange(30) * 100.0 * day, np.arange(10) * 100.0 * day + 4000 * day]
    lo, hi = float(near.min()), float(near.max() + day)
    assert densest_part(near, near + day, lo, hi) == (lo, hi)
    # a century recalled in each of six articles is part of their stories, not a far article
    recalled = np.r_[np.arange(6) * 10.0 * day - 300000 * day, np.arange(30) * 100.0 * day]
    lanes = np.r_[np.arange(6), np.arange(30) % 6]
    lo, hi = float(recalled.min()), float(recalled.max() + day)
    assert densest_part(recalled, recalled + day, lo, hi, lanes) == (lo, hi)
    assert densest_part(recalled, recalled + day, lo, hi, np.r_[np.full(6, 6), np.arange(30) % 6])[0] == 0.0


def test_background_events_never_decide_the_first_view():
    """An article whose dated events are vague mentions (salience below the background's, one-year
    mentions of the 1800s the span rule cannot see) is no reason to widen the first view to them; the
    same events scored as salient are (half of the folder is no far stray; a third of it, two
    centuries away, would now be the far era named at the edge, see densest_part)."""
    from explorer.timeline.zoom import fit_range

    news = [10227 + np.arange(30) * 10 + i for i in range(4)]
    begin, lane_start = _lanes(*news, -60000 + np.arange(120) * 1.5)
    background = np.r_[np.full(120, 0.6), np.full(120, 0.05)]
    x0, _ = fit_range(begin, begin + 86400.0, robust=True, lane_start=lane_start, salience=background)
    assert x0 > 10000 * 86400.0
    salient = np.r_[np.full(120, 0.6), np.full(120, 0.6)]
    x0, _ = fit_range(begin, begin + 86400.0, robust=True, lane_start=lane_start, salience=salient)
    assert x0 <= -60000 * 86400.0



def test_a_thin_run_of_recalled_old_years_does_not_decide_the_first_view():
    """Two clusters of news (1990 and 1998) and seven recalled years of 1977-1988 in articles of the
    second: the first view began in 1976, its left third nearly empty. The recalled years are left
    out; a lone recalled year in a small folder, or a run that is a fair share of the events, is not."""
    from explorer.timeline.zoom import fit_range, sparse_tails

    year = 365.2425
    old = [(y - 1970) * year for y in (1977, 1978, 1980, 1984, 1985, 1988, 1988.5)]
    gulf = [20.6 * year + i for i in range(27)]
    news = [28.05 * year + i * 2 for i in range(70)]
    middle = [(y - 1970) * year for y in (21, 24, 25.5, 26, 26.3, 26.6, 27, 27.5, 27.7, 27.9)]
    days = np.array(sorted(old + gulf + middle + news))
    begin = days * 86400.0
    x0, x1 = fit_range(begin, begin + 86400.0, robust=True, lane_start=np.array([0, len(days)]))
    assert x0 > 19 * year * 86400.0 and x1 >= begin.max()
    lo, hi = float(begin.min()), float(begin.max() + 86400.0)
    assert sparse_tails(begin[:19], begin[:19] + 86400.0, lo, hi) == (lo, hi)  # too few to call any stray
    even = np.linspace(lo, hi, 120)
    assert sparse_tails(even, even + 86400.0, float(even.min()), float(even.max() + 86400.0)) == (
        float(even.min()), float(even.max() + 86400.0))  # evenly spread: no end is thin


def test_two_eras_far_apart_open_on_the_larger():
    """A history of 29 events in the third century BC beside 45 events of 1990s news: both eras in one
    axis squeezed every event into two columns; the larger era is the first view (the other lanes
    name it at the edge). With as many events in each, both stay."""
    from explorer.timeline.zoom import densest_part

    day = 86400.0
    ancient = np.arange(29) * 1000.0 * day - 820000 * day
    modern = np.arange(45) * 60.0 * day + 7000 * day
    b = np.r_[ancient, modern]
    lanes = np.r_[np.zeros(29, int), 1 + np.arange(45) % 8]
    lo, hi = float(b.min()), float(b.max() + day)
    assert densest_part(b, b + day, lo, hi, lanes) == (float(modern.min()), float(modern.max() + day))
    even = np.r_[ancient[:29], modern[:29]]
    lo, hi = float(even.min()), float(even.max() + day)
    assert densest_part(even, even + day, lo, hi, np.r_[np.zeros(29, int), np.ones(29, int)]) == (lo, hi)


def test_an_edge_note_names_the_years_of_its_events_not_of_its_remarks_on_other_centuries():
    """A history's note read "◀ 32 events, 867 BC – 1899": its wars of 264-146 BC framed by a remark on
    the ninth century BC and one on the 1800s. The count is every event; the years are those of the
    events that are no long spans (the first view's fit leaves such spans out too)."""
    from explorer.calendar import ordinal, EPOCH_ORDINAL
    from explorer.timeline.lod import beyond_text, beyond_view

    def day(year: int) -> int:
        return ordinal(year, 1, 1) - EPOCH_ORDINAL

    wars = [day(y) for y in (-263, -240, -217, -200, -148, -145)]
    begin = [day(-866)] + wars + [day(1800)] + [day(1998)]
    end = [day(-833)] + [d + 300 for d in wars] + [day(1899) + 364] + [day(1998) + 10]
    arr = EventsArray.from_columns(np.array(begin), np.array(end), np.zeros(len(begin)), np.arange(len(begin)),
                                   [f"E{i}" for i in range(len(begin))], LaneSet("none", ("a",), ("A",)))
    (before,) = beyond_view(arr, 0, day(1990) * DAY, day(2000) * DAY)
    assert beyond_text(before) == "\u25c0 8 events, 264 BC \u2013 146 BC"
    only_spans = EventsArray.from_columns(np.array([day(1800)]), np.array([day(1899) + 364]), np.zeros(1), np.arange(1),
                                          ["E"], LaneSet("none", ("a",), ("A",)))
    (after,) = beyond_view(only_spans, 0, day(1700) * DAY, day(1750) * DAY)
    assert beyond_text(after) == "1 event, 1800 \u2013 1899 \u25b6"
