"""The mouse wheel on the timeline as a user moves it: zooming in and out around the pointer up to
the zoom bounds, a sideways wheel or swipe, and the wheel over the lane names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from explorer.timeline.zoom import MIN_SPAN_S, ZOOM_OUT_ROOM

from .test_timeline import time_at


def turn(widget, pos: QPoint, notches: int, sideways: bool = False) -> None:
    """Turn the wheel ``notches`` (positive: away from the user, or to the left sideways) at ``pos``."""
    delta = QPoint(120 * notches, 0) if sideways else QPoint(0, 120 * notches)
    event = QWheelEvent(QPointF(pos), QPointF(widget.mapToGlobal(pos)), QPoint(0, 0), delta,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _at(timeline, share: float) -> QPoint:
    vp = timeline.plot.viewport()
    return QPoint(int(vp.width() * share), vp.height() // 3)


@pytest.mark.parametrize("share", [0.15, 0.8])
def test_wheeling_out_ends_on_every_event_wherever_the_pointer_is(window, share):
    """Sixty notches out from a folder of 1990s news had walked the view to years 7000-9999."""
    timeline = window.timeline
    full = timeline.fit_range(robust=False)
    for _ in range(30):
        turn(timeline.plot.viewport(), _at(timeline, share), -3)
    x0, x1 = timeline.visible_range()
    assert x1 - x0 <= ZOOM_OUT_ROOM * (full[1] - full[0]) * 1.001
    for event_id in timeline.drawn_event_ids():  # every mark on screen
        pos = timeline.viewport_pos_of(event_id)
        assert pos is not None and timeline.plot.viewport().rect().contains(pos), event_id


def test_wheeling_in_past_the_narrowest_view_keeps_the_time_under_the_pointer(window):
    timeline = window.timeline
    pos = _at(timeline, 0.75)
    under = time_at(timeline, pos.x())
    for _ in range(40):  # far past three days wide
        turn(timeline.plot.viewport(), pos, 3)
    x0, x1 = timeline.visible_range()
    assert x1 - x0 == pytest.approx(MIN_SPAN_S)
    assert time_at(timeline, pos.x()) == pytest.approx(under, abs=0.02 * MIN_SPAN_S)
    turn(timeline.plot.viewport(), pos, -1)  # and back out around the same time
    assert time_at(timeline, pos.x()) == pytest.approx(under, abs=0.02 * MIN_SPAN_S)


def test_a_sideways_wheel_pans_in_time_and_does_not_zoom(window):
    timeline = window.timeline
    x0, x1 = timeline.visible_range()
    turn(timeline.plot.viewport(), _at(timeline, 0.5), 1, sideways=True)  # to the left: earlier
    a, b = timeline.visible_range()
    assert b - a == pytest.approx(x1 - x0, rel=1e-9)
    assert a == pytest.approx(x0 - 0.1 * (x1 - x0), rel=1e-9)
    turn(timeline.plot.viewport(), _at(timeline, 0.5), -2, sideways=True)  # to the right: later
    assert timeline.visible_range()[0] == pytest.approx(x0 + 0.1 * (x1 - x0), rel=1e-9)


def test_the_wheel_over_the_lane_names_scrolls_the_lanes(lanes_window):
    timeline = lanes_window.timeline
    x_before = timeline.visible_range()
    names = timeline.lane_axis.sceneBoundingRect()
    pos = timeline.plot.mapFromScene(names.center())
    turn(timeline.plot.viewport(), pos, -1)
    assert timeline.first_lane() == 3  # a wheel notch down: three lanes down, as Shift+wheel
    assert timeline.visible_range() == pytest.approx(x_before)  # time did not zoom
    turn(timeline.plot.viewport(), pos, 1)
    assert timeline.first_lane() == 0
