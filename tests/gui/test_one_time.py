"""The model hands the timeline day ordinals (any year), and the timeline draws each event at
exactly its days; its actor lanes are the engine's."""

from __future__ import annotations

from pathlib import Path

from explorer.calendar import EPOCH_ORDINAL, SECONDS_PER_DAY
from explorer.gui.palette import COLORS
from explorer.ingest import extract_paths
from explorer.timeline.events_array import NO_DAY
from explorer.timeline.lanes import PALETTE, assign_lanes
from tests.core.test_bc_dates import HISTORY


def test_one_palette_for_lanes_legend_and_table() -> None:
    assert [c.name() for c in COLORS] == list(PALETTE)


def test_model_columns_are_day_ordinals_and_the_timeline_draws_them_exactly(qtbot, make_window, tmp_path: Path) -> None:
    path = tmp_path / "punic.txt"
    path.write_text(HISTORY + "\nThe museum opened on 3 May 1985.\n", encoding="utf-8")
    win = make_window()
    win.add_documents(extract_paths([path], jobs=1).documents)
    qtbot.waitUntil(lambda: win.timeline.mark_count() >= 8)
    model, view = win.model, win.timeline
    cols = model.time_arrays()
    events = [model.event_by_key(k) for k in range(len(cols.begin))]
    for k, e in enumerate(events):
        if e.begin is None:
            assert cols.begin[k] == NO_DAY
        else:
            assert (cols.begin[k], cols.end[k]) == (e.begin.toordinal(), (e.end or e.begin).toordinal())
    assert (cols.begin[cols.begin != NO_DAY] < 0).any()  # BC days: ordinals before year 1
    arr = view.arr
    for i, k in enumerate(arr.row.tolist()):
        e = events[k]
        assert arr.begin[i] == (e.begin.toordinal() - EPOCH_ORDINAL) * SECONDS_PER_DAY
        assert arr.end[i] == ((e.end or e.begin).toordinal() - EPOCH_ORDINAL + 1) * SECONDS_PER_DAY


def test_actor_lanes_on_screen_are_the_engines(annotated_window) -> None:
    win = annotated_window
    win.timeline_menus.set_lane_mode("actor")
    win.timeline.refresh()
    shown = [win.timeline.lane_name(i) for i in range(win.timeline.lane_count())]
    events = [win.model.event_by_key(k) for k in range(len(win.model.time_arrays().begin))]
    _ev, _lane, lanes = assign_lanes(events, "actor")
    assert shown == list(lanes.labels)
    assert len(shown) > 2
