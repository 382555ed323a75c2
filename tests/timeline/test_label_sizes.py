"""The labels' sizes live once (explorer.timeline.label_sizes): the timeline's placement at scale 1
lays out exactly what the label engine's defaults do, and at scale 2 what the engine does with every
size doubled."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.timeline import EventsArray, layout_labels
from explorer.timeline import label_sizes as sizes
from explorer.timeline.labels import merge_repeated_titles, stack_labels
from explorer.timeline.lanes import LaneSet
from explorer.timeline.lod import visible_indices
from explorer.timeline.placement import row_layout, stack_rows

DAY = 86400.0


def _crowd(n: int = 60) -> EventsArray:
    days = 11323 + np.random.default_rng(5).integers(0, 40, n)
    titles = [f"Harbour event {i % 7}" for i in range(n)]  # repeated titles, so some merge
    return EventsArray.from_columns(days, days, np.zeros(n, np.int32), np.arange(n), titles,
                                    LaneSet("none", ("all",), ("All",)), priority=np.linspace(0, 1, n))


def _measure(text: str) -> float:
    return 6.0 * len(text)


def _key(boxes) -> list:
    return sorted((round(b.left, 6), round(b.width, 6), b.row, b.text, tuple(b.members)) for b in boxes)


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_placement_uses_the_engine_s_sizes_scaled(scale: float) -> None:
    arr = _crowd()
    x0, x1, width = 11320 * DAY, 11370 * DAY, 1400.0
    idx = visible_indices(arr, 0, x0, x1)
    engine = layout_labels(arr, 0, idx, x0, x1, width, measure=_measure, cell_px=sizes.CELL_PX * scale,
                           gap_px=sizes.GAP_PX * scale, mark_pad_px=sizes.MARK_PAD_PX * scale,
                           max_label_px=sizes.MAX_LABEL_PX * scale, min_label_px=sizes.MIN_LABEL_PX * scale,
                           badge_pad_px=sizes.BADGE_PAD_PX * scale)
    placed = row_layout(arr, 0, idx, x0, x1, width, _measure, scale)
    assert _key(placed) == _key(engine)
    if scale == 1.0:
        assert _key(placed) == _key(layout_labels(arr, 0, idx, x0, x1, width, measure=_measure))
        stacked = stack_labels(arr, engine, 3, arr.priority, x0, x1, width, measure=_measure, idx=idx)
        assert _key(stack_rows(arr, placed, idx, x0, x1, width, 3, _measure)) == \
            _key(merge_repeated_titles(arr, stacked, _measure, width))
