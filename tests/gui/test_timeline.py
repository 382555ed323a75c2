"""The timeline as a user drives it: wheel zoom around the cursor, drag to pan, hover tooltips,
and what is (and is not) drawn."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from explorer.gui.formatting import day_start_seconds


def time_at(timeline, viewport_x: int) -> float:
    scene = timeline.plot.mapToScene(QPoint(viewport_x, 10))
    return timeline.vb.mapSceneToView(scene).x()


def wheel(widget, pos: QPoint, steps: int) -> None:
    global_pos = widget.mapToGlobal(pos)
    event = QWheelEvent(QPointF(pos), QPointF(global_pos), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def mouse(widget, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_initial_range_fits_every_dated_event(window):
    x0, x1 = window.timeline.visible_range()
    assert x0 < day_start_seconds(date(1997, 1, 1))  # the earliest: the 1997-2004 war
    assert x1 > day_start_seconds(date(2011, 1, 1))  # the latest: the end of 2010
    assert x1 - x0 < 30 * 365 * 86400  # and not absurdly wide


def test_undated_events_are_in_the_table_but_not_on_the_timeline(window):
    ids = set(window.timeline.drawn_event_ids())
    undated = [window.model.event_at(r) for r in range(window.model.rowCount()) if window.model.event_at(r).begin is None]
    assert [e.timex for e in undated] == ["Someday"]
    assert undated[0].id not in ids
    assert window.model.rowCount() == 6 and len(ids) == 5
    assert "6 events (1 undated)" in window.status_text()


def test_wheel_zooms_in_around_the_cursor(qtbot, window):
    timeline = window.timeline
    vp = timeline.plot.viewport()
    pos = QPoint(int(vp.width() * 0.7), vp.height() // 2)
    under_cursor = time_at(timeline, pos.x())
    before = timeline.visible_range()
    wheel(vp, pos, 2)
    after = timeline.visible_range()
    assert after[1] - after[0] < 0.9 * (before[1] - before[0])
    assert time_at(timeline, pos.x()) == pytest.approx(under_cursor, abs=(after[1] - after[0]) * 0.01)
    wheel(vp, pos, -4)
    assert timeline.visible_range()[1] - timeline.visible_range()[0] > before[1] - before[0]


def test_dragging_pans_in_time_only(qtbot, window):
    timeline = window.timeline
    vp = timeline.plot.viewport()
    before = timeline.visible_range()
    y_before = timeline.vb.viewRange()[1]
    start = QPoint(vp.width() // 2, vp.height() // 2 + 17)
    mouse(vp, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 11):
        mouse(vp, QEvent.Type.MouseMove, start + QPoint(-20 * step, 15 * step), Qt.MouseButton.LeftButton)
    mouse(vp, QEvent.Type.MouseButtonRelease, start + QPoint(-200, 150), Qt.MouseButton.NoButton)
    after = timeline.visible_range()
    width = before[1] - before[0]
    assert after[0] > before[0] + width * 0.1  # dragged left: later times come into view
    assert after[1] - after[0] == pytest.approx(width, rel=1e-6)
    assert timeline.vb.viewRange()[1] == pytest.approx(y_before)


def test_hovering_a_mark_shows_title_date_and_source(qtbot, window):
    timeline = window.timeline
    event = next(window.model.event_at(r) for r in range(window.model.rowCount())
                 if window.model.event_at(r).timex == "12 January 1998")
    pos = timeline.viewport_pos_of(event.id)
    qtbot.mouseMove(timeline.plot.viewport(), pos)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    tip = QToolTip.text()
    assert event.title in tip and "1998-01-12" in tip and "Beta regional report" in tip


def test_ensure_visible_pans_only_when_needed(window):
    timeline = window.timeline
    event = window.model.event_at(0)
    timeline.set_visible_range(day_start_seconds(date(1990, 1, 1)), day_start_seconds(date(2020, 1, 1)))
    assert timeline.ensure_visible(event) is False
    timeline.set_visible_range(day_start_seconds(date(1900, 1, 1)), day_start_seconds(date(1910, 1, 1)))
    assert timeline.ensure_visible(event) is True
    x0, x1 = timeline.visible_range()
    assert x0 <= day_start_seconds(event.begin) <= x1
    assert x1 - x0 == pytest.approx(day_start_seconds(date(1910, 1, 1)) - day_start_seconds(date(1900, 1, 1)))


def test_lanes_are_labelled_with_document_titles(window):
    labels = window.timeline.lane_axis.labels()
    assert labels == ("Alpha alliance history", "Beta regional report")


def test_filter_narrows_table_and_timeline(qtbot, window):
    qtbot.keyClicks(window.table_panel.filter, "kabul")
    qtbot.waitUntil(lambda: window.timeline.mark_count() == 1)
    assert window.proxy.rowCount() == 1
    assert "shown" in window.status_text()


def test_each_filter_keystroke_draws_its_own_marks_from_the_reused_buffers(qtbot, window):
    """Issue 16: the timeline writes each filter's narrowing into buffers made with its full array
    (warm memory on the first keystroke); one narrowing overwrites the last, so what is drawn must
    still be exactly the events the table shows after each keystroke, and back to all of them."""
    import numpy as np

    timeline = window.timeline
    every = timeline.mark_count()
    for text, shown in (("kabul", 1), ("", every), ("the", None), ("", every)):
        window.table_panel.filter.clear()
        qtbot.keyClicks(window.table_panel.filter, text)
        qtbot.keyClick(window.table_panel.filter, Qt.Key.Key_Return)
        if shown is not None:
            qtbot.waitUntil(lambda: timeline.mark_count() == shown)
        qtbot.waitUntil(lambda: not timeline._rebuild_timer.isActive())
        shown_keys = {window.model.key_of_row(window.proxy.mapToSource(window.proxy.index(r, 0)).row())
                      for r in range(window.proxy.rowCount())}
        dated = {k for k in shown_keys if window.model.event_by_key(k).begin is not None}
        assert set(np.unique(timeline.arr.row).tolist()) == dated and dated
        if text:
            assert np.shares_memory(timeline.arr.begin, timeline._subset_buffers.begin)
