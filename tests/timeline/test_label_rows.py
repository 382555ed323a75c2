"""Labels stacked into rows within a lane: clusters open by importance (salience where the records
have it), what stays clustered shows its most important member's title, nothing overlaps."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from explorer.timeline import EventsArray, layout_labels
from explorer.timeline.events_array import DEFAULT_SALIENCE, salience_column
from explorer.timeline.labels import ELLIPSIS, overlaps, stack_labels
from explorer.timeline.lanes import LaneSet
from explorer.timeline.lod import visible_indices

DAY = 86400.0


def crowded(n: int = 40, seed: int = 2, important: int | None = None) -> EventsArray:
    """``n`` day events crowded in a month of 2001; ``important``: one of them with salience 1."""
    rng = np.random.default_rng(seed)
    days = 11323 + rng.integers(0, 30, n)  # 2001-01-01 + up to a month
    titles = [f"Event number {i} in the crowd" for i in range(n)]
    priority = None
    if important is not None:
        priority = np.full(n, 0.1)
        priority[important] = 1.0
    return EventsArray.from_columns(days, days, np.zeros(n, np.int32), np.arange(n), titles,
                                    LaneSet("none", ("all",), ("All",)), priority=priority)


def _layout(arr, rows, width=900.0, span_days=60):
    x0 = 11320 * DAY
    x1 = x0 + span_days * DAY
    idx = visible_indices(arr, 0, x0, x1)
    one = layout_labels(arr, 0, idx, x0, x1, width)
    return one, stack_labels(arr, one, rows, arr.priority, x0, x1, width, idx=idx)


@pytest.mark.parametrize("rows", [1, 2, 4])
@pytest.mark.parametrize("seed", range(4))
def test_rows_never_overlap_and_every_event_is_accounted_for_once(rows, seed):
    arr = crowded(seed=seed)
    one, boxes = _layout(arr, rows)
    assert not overlaps(boxes)
    assert all(0 <= b.row < rows for b in boxes)
    members = np.concatenate([b.members for b in boxes])
    assert len(members) == len(set(members.tolist()))  # no event both titled and in a cluster
    clustered = sum(b.count for b in one if b.is_cluster)
    assert sum(1 for b in boxes if not b.is_cluster) >= sum(1 for b in one if not b.is_cluster)
    if rows > 1 and clustered:
        assert sum(1 for b in boxes if not b.is_cluster) > sum(1 for b in one if not b.is_cluster)


def test_more_rows_show_more_titles():
    arr = crowded(60)
    shown = [sum(1 for b in _layout(arr, rows)[1] if not b.is_cluster) for rows in (1, 2, 3, 5)]
    assert shown == sorted(shown) and shown[-1] > shown[0]


def test_the_most_salient_member_gets_a_title_first():
    for important in (3, 17, 31):
        arr = crowded(40, important=important)
        _, boxes = _layout(arr, 2)
        titled = {int(arr.row[b.members[0]]) for b in boxes if not b.is_cluster}  # source rows
        captions = [b.caption for b in boxes if b.is_cluster]
        assert important in titled or any(c.rstrip(ELLIPSIS) and arr.titles[important].startswith(c.rstrip(ELLIPSIS))
                                          for c in captions)


def test_a_zoomed_out_cluster_shows_its_most_important_members_title():
    arr = crowded(40, important=22)
    x0 = 10000 * DAY  # decades: the month is one cluster
    x1 = x0 + 9000 * DAY
    idx = visible_indices(arr, 0, x0, x1)
    one = layout_labels(arr, 0, idx, x0, x1, 900.0)
    assert len(one) == 1 and one[0].is_cluster and one[0].caption == ""
    (box,) = stack_labels(arr, one, 1, arr.priority, x0, x1, 900.0)
    assert box.count == 40 and box.text == "40"
    assert box.caption == arr.titles[22]
    assert box.width > box.pill > 0


def test_salience_is_read_where_the_records_have_it():
    assert salience_column([SimpleNamespace(title="a"), SimpleNamespace(title="b")]) is None
    col = salience_column([SimpleNamespace(salience=0.9), SimpleNamespace(), SimpleNamespace(salience=None)])
    assert col.tolist() == [0.9, DEFAULT_SALIENCE, DEFAULT_SALIENCE]


def test_a_cluster_takes_in_a_less_important_title_to_show_its_most_important_member():
    """Zoomed out, a cluster whose caption has no room because a less important title starts just
    after its badge takes that title in: the badge counts it and the caption is the important one."""
    days = np.array([1000, 1000, 1019, 1100])  # at 4/3 px a day: the third starts 25 px after the pair
    titles = ["Minor thing", "Important visit", "Less important talk", "Far later"]
    priority = np.array([0.2, 0.9, 0.3, 0.5])
    arr = EventsArray.from_columns(days, days, np.zeros(4, np.int32), np.arange(4), titles,
                                   LaneSet("none", ("all",), ("All",)), priority=priority)
    x0, x1, width = 900 * DAY, 1200 * DAY, 400.0
    one = layout_labels(arr, 0, np.arange(4), x0, x1, width)
    assert [b.count for b in one] == [2, 1, 1]  # the pair's badge, then two titles
    boxes = stack_labels(arr, one, 1, priority, x0, x1, width, idx=np.arange(4))
    assert not overlaps(boxes)
    [cluster] = [b for b in boxes if b.is_cluster]
    assert cluster.count == 3 and cluster.text == "3" and cluster.caption == "Important visit"
    assert [b.text for b in boxes if not b.is_cluster] == ["Far later"]
    # without saliences nothing is taken in: the pair keeps its badge, the title stays
    plain = stack_labels(arr, one, 1, None, x0, x1, width, idx=np.arange(4))
    assert [b.count for b in plain] == [2, 1, 1]


def test_a_one_row_lane_titles_a_badge_the_right_edge_leaves_no_room_after():
    """Zoomed out, a lane of one label row whose crowd sits at the plot's right edge showed a bare
    count ("124"): the caption would have been cut by the edge. The most important member's title
    now stands before the badge, where the room is."""
    n = 40
    days = np.r_[10000, 11323 + np.arange(n - 1) % 20]  # one event long before, a crowd at the end
    titles = [f"Event number {i} in the crowd" for i in range(n)]
    priority = np.full(n, 0.1)
    priority[7] = 1.0
    arr = EventsArray.from_columns(days, days, np.zeros(n, np.int32), np.arange(n), titles,
                                   LaneSet("none", ("all",), ("All",)), priority=priority)
    x0, x1, width = 9990 * DAY, 11345 * DAY, 900.0
    idx = visible_indices(arr, 0, x0, x1)
    one = layout_labels(arr, 0, idx, x0, x1, width)
    boxes = stack_labels(arr, one, 1, arr.priority, x0, x1, width, idx=idx)
    assert not overlaps(boxes)
    badge = next(b for b in boxes if b.is_cluster)
    assert badge.caption_left and badge.caption == titles[7]  # the most important title, before it
    assert badge.right - badge.pill > badge.left + badge.width / 2  # the count badge ends the box
    assert badge.count == n - 1 and badge.text == str(n - 1)  # the crowd, the far event apart
    members = np.concatenate([b.members for b in boxes])
    assert sorted(members.tolist()) == list(range(n))


@pytest.mark.parametrize("rows", [4, 5, 6])
def test_an_opened_cluster_stacks_its_titles_by_importance_whatever_rows_the_lane_gets(rows):
    """Four events of one week, zoomed out to decades: one cluster. However many rows the lane's
    height gives it (enough to open it), the most important title stands nearest the marks (row 0)
    and each row up holds a less important one. Opened upwards, the least important had been left
    in row 0 when the lane got four rows, and row 0 stood empty when it got five."""
    days = np.array([7000, 7001, 7002, 7004, 11000])
    titles = ["Night march begins", "River crossed at dawn", "Garrison surrenders", "Days of rain", "Much later"]
    priority = np.array([0.3, 0.4, 0.9, 0.1, 0.5])  # the earliest is not the most important
    arr = EventsArray.from_columns(days, days, np.zeros(5, np.int32), np.arange(5), titles,
                                   LaneSet("none", ("all",), ("All",)), priority=priority)
    x0, x1, width = 6900 * DAY, 11500 * DAY, 900.0
    one = layout_labels(arr, 0, np.arange(5), x0, x1, width)
    assert [b.count for b in one] == [4, 1]
    boxes = stack_labels(arr, one, rows, priority, x0, x1, width, idx=np.arange(5))
    assert not overlaps(boxes) and not any(b.is_cluster for b in boxes)
    week = sorted((b.row, b.text) for b in boxes if b.text != "Much later")
    assert week == [(0, "Garrison surrenders"), (1, "River crossed at dawn"), (2, "Night march begins"),
                    (3, "Days of rain")]
