"""The date axis takes the height its labels need: one line at year zoom, two at month and day zoom
(a band with the year or the month above the fine ticks). The line it kept empty at year zoom was
room the lanes lacked on a laptop (the undated-documents bar, a three-row legend)."""

from __future__ import annotations

from datetime import date, datetime, timezone


def _seconds(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp()


def _settle(qtbot, timeline) -> None:
    qtbot.wait(30)
    timeline.plot.repaint()
    qtbot.wait(30)


def test_the_axis_is_one_line_at_year_zoom_and_two_with_a_band(qtbot, window):
    timeline = window.timeline
    line = timeline.axis._metrics.height()
    timeline.set_visible_range(_seconds(date(1950, 1, 1)), _seconds(date(2020, 1, 1)))  # decades: years only
    _settle(qtbot, timeline)
    assert not timeline.axis.last_bands and timeline.axis.last_minor
    year_axis, year_vb = timeline.axis.size().height(), timeline.vb.height()
    assert year_axis < 1.5 * line + 12
    timeline.set_visible_range(_seconds(date(2019, 1, 1)), _seconds(date(2019, 9, 1)))  # months: a year band
    _settle(qtbot, timeline)
    assert timeline.axis.last_bands  # the band line is drawn, and has its room
    assert timeline.axis.size().height() >= 2 * line + 10
    assert timeline.vb.height() < year_vb  # the lanes gave it back
    labels_bottom = timeline.axis.size().height()
    assert labels_bottom > year_axis
