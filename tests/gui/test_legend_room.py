"""What the plot gives to anything but lanes: the date axis, the legend and the layout's margins.
Each pixel taken from the plot is lane room (on a laptop with the undated-documents bar, a lane of
six), so the check is on what the user sees: the legend's room is what it draws, the axis's is its
one line of years, and the lanes in view are drawn whole inside the view box."""

from __future__ import annotations

from datetime import date, datetime, timezone

from PySide6.QtCore import QPointF, QRectF


def _seconds(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp()


def _rect(item):
    """Where ``item`` is laid out, in the scene (an axis's bounding rect reaches past it)."""
    return item.mapRectToScene(QRectF(QPointF(0, 0), item.size()))


def _settle(qtbot, timeline) -> None:
    qtbot.wait(30)
    timeline.plot.repaint()
    qtbot.wait(30)


def test_with_many_lanes_the_legend_and_axis_leave_the_lanes_the_plots_height(qtbot, lanes_window):
    timeline = lanes_window.timeline
    _settle(qtbot, timeline)
    legend, axis, vb = timeline.legend, timeline.axis, timeline.vb
    top, bottom = legend.last_extent
    drawn = bottom - top
    assert drawn > 0
    assert legend.size().height() - drawn <= 10, (legend.size().height(), drawn)  # no empty row kept
    # below the lanes, in order: the axis, the legend; nothing overlaps
    assert _rect(axis).top() >= _rect(vb).bottom() - 0.5
    assert _rect(legend).top() >= _rect(axis).bottom()
    assert not axis.last_bands  # the first view spans years: one line of labels
    line = axis._metrics.height()
    overhead = timeline.plot.height() - vb.height()
    assert overhead <= line + drawn + 24, (overhead, line, drawn)  # margins and gaps: 24 px in all
    # every lane in view is drawn whole in the view box, and they fill it
    heights = [h for _, h in timeline.item.last_lane_rows.values()]
    assert len(heights) == timeline.lanes_in_view() < timeline.lane_count()
    assert abs(sum(heights) - vb.height()) <= 0.2 * vb.height() / len(heights)


def test_the_axis_draws_below_the_lanes_not_across_the_bottom_lanes_marks(qtbot, lanes_window):
    """The axis paints in its bounding rect; pyqtgraph's default tick length (-5) stretched that rect
    5 px up into the view box, so the axis line and the years crossed the bottom lane's day marks."""
    timeline = lanes_window.timeline
    _settle(qtbot, timeline)
    axis, vb = timeline.axis, timeline.vb
    drawn = axis.mapRectToScene(axis.boundingRect())
    assert drawn.top() >= _rect(vb).bottom() - 0.5, (drawn, _rect(vb))
    bottom_lane = max(timeline.item.last_lane_rows)
    mark_y = timeline.item.last_geometry[4][bottom_lane]  # the bottom lane's marks, in the scene
    assert mark_y + 4 < drawn.top()  # a day dot (radius 4) clear of the axis line


# The date axis takes the height its labels need: one line at year zoom, two at month and day zoom
# (a band with the year or the month above the fine ticks).
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
