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


def test_with_many_lanes_the_axis_and_legend_leave_the_lanes_the_plots_height(qtbot, lanes_window):
    """Twenty lanes at year zoom: what the plot gives to anything but lanes is the axis's one line,
    the legend's rows at 16 px and the layout's margins; the lanes in view are what that height
    holds. (A two-line axis and 18 px legend rows took 23 px more: a lane of five on a laptop.)"""
    from explorer.gui.render.figure import LEGEND_ROW_PX
    from explorer.timeline.scrolling import MIN_LANE_PX

    timeline = lanes_window.timeline
    _settle(qtbot, timeline)
    assert not timeline.axis.last_bands
    rows = timeline.legend._rows
    line = timeline.axis._metrics.height()
    overhead = timeline.plot.height() - timeline.vb.height()
    assert overhead <= (line + 10) + (rows * LEGEND_ROW_PX + 6) + 16, (overhead, rows)
    assert timeline.lanes_in_view() == min(20, max(3, int(timeline.vb.height() // MIN_LANE_PX)))
