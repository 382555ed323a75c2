"""Equal titles close together in one lane are shown once with their count, as a cluster is: a lane
showed "... visits ..." three times stacked over one spot (one happening told in three sentences)."""

from __future__ import annotations

import numpy as np

from explorer.timeline import EventsArray
from explorer.timeline.labels import overlaps
from explorer.timeline.lanes import LaneSet
from explorer.timeline.lod import visible_indices
from explorer.timeline.placement import row_layout, stack_rows

DAY = 86400.0
START = 11323  # 2001-01-01 in days since 1970


def measure(text: str) -> float:
    return 6.5 * len(text)


def shown(days: list[int], titles: list[str], rows: int = 4, width: float = 900.0, span_days: int = 60,
          priority: list[float] | None = None):
    arr = EventsArray.from_columns(np.asarray(days), np.asarray(days), np.zeros(len(days), np.int32),
                                   np.arange(len(days)), titles, LaneSet("none", ("all",), ("All",)),
                                   priority=None if priority is None else np.asarray(priority))
    x0 = (START - 3) * DAY
    x1 = x0 + span_days * DAY
    idx = visible_indices(arr, 0, x0, x1)
    return stack_rows(arr, row_layout(arr, 0, idx, x0, x1, width, measure), idx, x0, x1, width, rows, measure)


def texts(boxes) -> list[str]:
    return [b.caption if b.is_cluster else b.text for b in boxes]


def test_three_copies_on_neighbouring_days_show_once_with_their_count():
    visit = "The envoy visits the capital"
    boxes = shown([START, START + 1, START + 1, START + 30],
                  [visit, visit, f"  {visit} ", "Talks end without a deal"])
    assert texts(boxes).count(visit) == 1  # once, whatever the rows could have held
    merged = next(b for b in boxes if b.is_cluster and b.caption == visit)
    assert merged.text == "3" and sorted(merged.members.tolist()) == [0, 1, 2]
    assert "Talks end without a deal" in texts(boxes)
    assert not overlaps(boxes)


def test_different_titles_still_stack_and_far_copies_stay_apart():
    boxes = shown([START, START + 1, START + 1], ["Floods close the port", "Ferries stop", "Schools shut"])
    assert sorted(texts(boxes)) == ["Ferries stop", "Floods close the port", "Schools shut"]
    apart = shown([START, START + 40], ["Markets reopen", "Markets reopen"], width=900.0)
    assert texts(apart) == ["Markets reopen", "Markets reopen"]  # 600 px apart: two moments, two labels


def test_a_title_a_cluster_already_shows_as_its_caption_joins_the_cluster():
    visit = "The envoy visits the capital"
    days = [START + 20, START + 20, START + 20, START + 20, START + 21]
    titles = [visit, "Talks resume", "A treaty is drafted", "Envoys meet again", visit]
    # zoomed out, one day's events cluster; the two copies are the most salient: one opens upwards,
    # the other stays the cluster's caption
    boxes = shown(days, titles, rows=2, span_days=400, priority=[1.0, 0.1, 0.1, 0.1, 0.9])
    assert texts(boxes).count(visit) == 1
    assert sum(b.count for b in boxes) <= len(days) and not overlaps(boxes)
    members = np.concatenate([b.members for b in boxes]).tolist()
    assert len(members) == len(set(members))  # every event in one label at most
