"""What the plot gives to anything but lanes: the date axis, the legend's rows (16 px, compact) and
the layout's margins. Each row taken from the plot is lane room: at 18 px a three-row legend cost a
laptop's timeline (tb-nd by actor, with the undated-documents bar) a lane of six."""

from __future__ import annotations


def test_with_many_lanes_the_legend_leaves_the_lanes_the_plots_height(qtbot, lanes_window):
    from explorer.gui.render.figure import LEGEND_ROW_PX
    from explorer.timeline.scrolling import MIN_LANE_PX

    timeline = lanes_window.timeline
    qtbot.wait(30)
    timeline.plot.repaint()
    qtbot.wait(30)
    rows = timeline.legend._rows
    overhead = timeline.plot.height() - timeline.vb.height() - timeline.axis.size().height()
    assert overhead <= (rows * LEGEND_ROW_PX + 6) + 14, (overhead, rows)
    assert timeline.lanes_in_view() == min(20, max(3, int(timeline.vb.height() // MIN_LANE_PX)))
