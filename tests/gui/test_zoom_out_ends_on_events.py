"""Minus pressed again and again ends on every event, centred, and says so: it had gone on widening
around the view's middle into centuries of empty years (a folder of 1990-2021 news at 1700-2300)."""

from __future__ import annotations

from explorer.timeline.zoom import ZOOM_OUT_ROOM

from .keys import K, press


def test_minus_stops_at_every_event_in_view_and_says_so(qtbot, window):
    timeline = window.timeline
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_End)  # the latest event selected: the zoom goes around it while it can
    full = timeline.fit_range(robust=False)
    widths = []
    for _ in range(12):
        press(qtbot, K.Key_Minus)
        x0, x1 = timeline.visible_range()
        widths.append(x1 - x0)
    assert max(widths) <= ZOOM_OUT_ROOM * (full[1] - full[0]) * 1.001
    assert widths[-1] == widths[-2]  # the last presses change nothing...
    assert "Every event is in view" in window.statusBar().currentMessage()  # ...and the user is told why
    timeline.plot.repaint()
    area = timeline.plot.viewport().rect()
    for event_id in timeline.drawn_event_ids():  # every mark on screen, none at the plot's edge
        pos = timeline.viewport_pos_of(event_id)
        assert pos is not None and area.contains(pos), event_id
        assert area.width() * 0.1 < pos.x() < area.width() * 0.9, (event_id, pos.x(), area.width())


def test_minus_with_nothing_selected_does_not_widen_into_empty_years(qtbot, window):
    """Nothing selected, the view on the last events: Minus widened around the view's middle, half of
    the new width past the last event (a folder 420 BC-2027 went from 1090-2170 to 370-2530)."""
    timeline = window.timeline
    window.selection.clear()
    full = timeline.fit_range(robust=False)
    width = (full[1] - full[0]) / 3
    timeline.set_visible_range(full[1] - width * 0.8, full[1] + width * 0.2)  # the latest events, a little after
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_Minus)
    x0, x1 = timeline.visible_range()
    assert x1 - x0 > width * 1.5  # it zoomed out ...
    assert x1 <= full[1] + 1e-6 * (x1 - x0)  # ... towards the hidden events, no further than their full fit
