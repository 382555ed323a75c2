"""At a 640×480 window the legend folds to a few rows and never takes the lanes' room (session 35's
review: coloured by actor, its rows of names covered most of the plot). The key is still read: the
entries shown, then "+N more"; the exported image keeps the whole key."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from explorer.gui.render.figure import LEGEND_ROW_PX


def _rect(item):
    return item.mapRectToScene(QRectF(QPointF(0, 0), item.size()))


def test_at_640_by_480_the_legend_folds_and_the_lanes_keep_their_room(annotated_window, qtbot):
    win = annotated_window
    timeline = win.timeline
    win.findChild(type(win.actions["quit"]), "action_colour_actor").trigger()
    assert timeline.colour_mode() == "actor"
    names = [text for kind, _, text in timeline.legend.entries() if kind == "lane"]
    assert len(names) >= 4
    win.resize(640, 480)
    qtbot.wait(80)
    timeline.plot.repaint()
    qtbot.wait(50)
    legend, vb = timeline.legend, timeline.vb
    top, bottom = legend.last_extent
    assert legend.size().height() <= max(2 * LEGEND_ROW_PX + 4, 0.25 * timeline.plot.height()), \
        (legend.size().height(), timeline.plot.height())
    assert vb.height() >= 0.5 * timeline.plot.height(), (vb.height(), timeline.plot.height())
    assert _rect(legend).top() >= _rect(vb).bottom()  # below the lanes, not across them
    assert bottom - top <= legend.size().height() + 2  # nothing drawn past its own room
    shown = legend.shown_entries()
    if len(shown) < len(legend.entries()):
        assert any(kind == "text" and text.startswith("+") for kind, _, text in shown)  # says what it left out
    # back at a roomy size the whole key returns
    win.resize(1400, 900)
    qtbot.wait(80)
    assert [t for k, _, t in legend.shown_entries() if k == "lane"] == names
