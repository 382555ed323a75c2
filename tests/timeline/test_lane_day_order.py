"""The marks' (lane, day) order by one packed stable sort is lexsort's, ties and all (issue 16:
the two lexsorts were 0.27 s of opening 1M events)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.timeline import events_array
from explorer.timeline.events_array import EventsArray, LaneSet, lane_day_order

DAY = st.one_of(st.integers(-40, 40), st.integers(-(2**31), 2**31 - 1), st.integers(-(2**40), 2**40))


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), DAY), max_size=60))
def test_the_order_is_lexsorts(entries: list[tuple[int, int]]) -> None:
    lane = np.array([a for a, _ in entries], np.int32)
    day = np.array([d for _, d in entries], np.int64)
    assert lane_day_order(lane, day).tolist() == np.lexsort((day, lane)).tolist()


def test_marks_in_range_are_not_lexsorted(monkeypatch) -> None:  # noqa: ANN001
    """The packed sort is the one taken for ordinary days (a regression to lexsort fails here)."""
    def no_lexsort(*_a, **_k):
        raise AssertionError("lexsort")

    rng = np.random.default_rng(3)
    lane = np.sort(rng.integers(0, 50, 5000)).astype(np.int32)
    day = rng.integers(-800_000, 800_000, 5000)  # BC and AD days, many repeated
    want = np.lexsort((day, lane))
    monkeypatch.setattr(events_array.np, "lexsort", no_lexsort)
    assert lane_day_order(lane, day).tolist() == want.tolist()
    arr = EventsArray.from_columns(day, day + rng.integers(0, 40, 5000), lane, np.arange(5000), [""] * 5000,
                                   LaneSet("document", tuple(f"d{i}" for i in range(50)), tuple(f"d{i}" for i in range(50))))
    assert np.all(np.diff(arr.lane) >= 0) and len(arr) == 5000
    for a, b in zip(arr.lane_start[:-1].tolist(), arr.lane_start[1:].tolist()):
        assert np.all(np.diff(arr.begin[a:b]) >= 0)  # by start within each lane
        ends = arr.end[arr.end_order[a:b]]
        assert np.all(np.diff(ends) >= 0) and sorted(arr.end_order[a:b].tolist()) == list(range(a, b))
