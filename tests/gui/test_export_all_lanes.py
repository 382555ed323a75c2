"""Export Image on more lanes than the window shows at once: the image holds every lane, so its
default height must give each lane the room it has on screen, or no event label is drawn at all (a
folder of twelve histories exported as bare marks under twelve squeezed lane names)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import explorer.gui.render.export as render_export

from .keys import export_to


def test_ctrl_e_offers_a_height_that_labels_every_lane(qtbot, lanes_window, monkeypatch, tmp_path):
    timeline = lanes_window.timeline
    assert timeline.lanes_in_view() < 20  # the window scrolls its lanes
    path = tmp_path / "all.png"
    offered = []
    export_to(monkeypatch, path, lambda dialog: offered.append(dialog.options()[0]))
    drawn: dict[str, set[int]] = {}
    original = render_export.render_figure

    def render(fig, out, dpi=96):
        written = original(fig, out, dpi)
        drawn["lanes"] = {b.lane for b in fig.item.last_labels}
        return written

    monkeypatch.setattr(render_export, "render_figure", render)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert path.exists() and path.stat().st_size > 0
    (width, height), = offered
    assert width == max(timeline.plot.width(), 400)
    assert height > timeline.plot.height()  # taller than the window's plot: it holds all 20 lanes
    assert drawn["lanes"] == set(range(20))  # and every lane has its event labels


def test_with_every_lane_in_view_the_plot_width_and_at_least_its_height_are_offered(qtbot, window):
    timeline = window.timeline
    width, height = timeline.export_size()
    assert width == max(timeline.plot.width(), 400) and height >= max(timeline.plot.height(), 300)


def test_an_image_of_the_sample_at_1366x768_labels_its_lanes_as_the_screen_does(make_window, qtbot, monkeypatch, tmp_path):
    """Every lane in view, but the figure's title, legend and caption took room the screen's legend
    does not: the sample's five lanes came out of Ctrl+E with marks and not one label."""
    from pathlib import Path

    win = make_window()
    win.resize(1366, 768)
    with qtbot.waitSignal(win.loadFinished, timeout=60_000):
        win.open_paths([str(Path(__file__).resolve().parents[2] / "data")])
    timeline = win.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() > 0)
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    timeline.plot.grab()
    on_screen = {b.lane for b in timeline.item.last_labels}
    assert on_screen and timeline.lanes_in_view() == timeline.lane_count()
    path = tmp_path / "sample.png"
    export_to(monkeypatch, path)
    drawn: dict[str, set[int]] = {}
    original = render_export.render_figure

    def render(fig, out, dpi=96):
        written = original(fig, out, dpi)
        drawn["lanes"] = {b.lane for b in fig.item.last_labels}
        return written

    monkeypatch.setattr(render_export, "render_figure", render)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert path.exists()
    assert drawn["lanes"] >= on_screen  # every lane labelled on screen is labelled in the image
