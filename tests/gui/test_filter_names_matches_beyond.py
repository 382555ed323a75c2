"""A filter typed while the timeline shows a range the user chose keeps that range while a match is
in it; the matches beyond it went unmentioned ("harbour" on sixteen articles: 5 shown, 2 drawn, the
1921 and 2003 ones off to the right with no word of them, h37g-shots/g2-typed.png). Under a filter, a
lane with matches in view now names those beyond at the plot's edge where it is clear of its marks
("1 event, 2010 ▶"), as a lane with none in view always did; a click there goes to them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from explorer.gui.formatting import day_start_seconds

from .keys import K, press, typed


def _notes(timeline, lane: int) -> list[str]:
    timeline.plot.viewport().repaint()
    return [text for b, _rect, text in timeline.item.last_beyond if b.lane == lane]


def test_a_filtered_lane_names_its_matches_beyond_the_view(window, qtbot):
    timeline = window.timeline
    timeline.set_visible_range(day_start_seconds(date(2000, 6, 1)), day_start_seconds(date(2004, 6, 1)))
    alpha = next(lane for lane, name in enumerate(timeline.lane_axis.labels()) if "alpha" in name.lower())
    assert _notes(timeline, alpha) == []  # unfiltered, a lane with events in view says nothing more
    typed(qtbot, window.table_panel.filter, "the")  # the alliance, the treaty, the members: all of alpha's
    qtbot.waitUntil(lambda: window.proxy.filter_text() == "the")
    alpha = next(lane for lane, name in enumerate(timeline.lane_axis.labels()) if "alpha" in name.lower())
    qtbot.waitUntil(lambda: _notes(timeline, alpha) == ["1 event, 2010 \u25b6"])
    x0, x1 = timeline.visible_range()
    assert x1 < day_start_seconds(date(2010, 1, 1))  # the user's range was kept
    _b, rect, _t = next(x for x in timeline.item.last_beyond if x[0].lane == alpha)
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.waitUntil(lambda: timeline.visible_range()[1] > day_start_seconds(date(2010, 6, 1)))
    window.table_panel.filter.setFocus()
    qtbot.waitUntil(window.table_panel.filter.hasFocus)
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: window.proxy.filter_text() == "")
    timeline.set_visible_range(day_start_seconds(date(2000, 6, 1)), day_start_seconds(date(2004, 6, 1)))
    qtbot.waitUntil(lambda: _notes(timeline, alpha) == [])  # no filter: no note beside marks
