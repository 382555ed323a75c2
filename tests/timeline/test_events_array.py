"""EventsArray construction details."""

from __future__ import annotations

import numpy as np
import pytest


@pytest.mark.parametrize("lanes, days", [(1, 10), (7, 20_000), (1200, 3_000_000), (20_000, 3_000_000)])
def test_per_lane_running_max_and_sort_match_a_loop_over_lanes(lanes, days):
    """The whole-array version (and its fallback when lanes stacked end to end would lose float64
    precision: the last case) against the plain per-lane loop."""
    from explorer.timeline.events_array import _per_lane_cummax_and_sorted

    rng = np.random.default_rng(lanes)
    n = 30_000
    lane = np.sort(rng.integers(0, lanes, n)).astype(np.int32)
    end = rng.integers(-days, days, n) * 86400.0
    end = end[np.lexsort((rng.random(n), lane))]
    starts = np.searchsorted(lane, np.arange(lanes + 1))
    cummax, ends_sorted = _per_lane_cummax_and_sorted(end, lane, starts)
    for l in range(lanes):
        s, e = starts[l], starts[l + 1]
        assert (cummax[s:e] == np.maximum.accumulate(end[s:e])).all()
        assert (ends_sorted[s:e] == np.sort(end[s:e])).all()
