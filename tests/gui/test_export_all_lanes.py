"""Export Image on more lanes than the window shows at once: the image holds every lane, so its
default height must give each lane the room it has on screen, or no event label is drawn at all (a
folder of twelve histories exported as bare marks under twelve squeezed lane names)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

import explorer.gui.render.export as render_export
from explorer.gui.export_dialog import ExportOptionsDialog


def test_ctrl_e_offers_a_height_that_labels_every_lane(qtbot, lanes_window, monkeypatch, tmp_path):
    timeline = lanes_window.timeline
    assert timeline.lanes_in_view() < 20  # the window scrolls its lanes
    path = tmp_path / "all.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    offered = []

    def accept(dialog):
        offered.append(dialog.options()[0])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", accept)
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


def test_with_every_lane_in_view_the_plot_size_is_offered(qtbot, window):
    timeline = window.timeline
    assert timeline.export_size() == (max(timeline.plot.width(), 400), max(timeline.plot.height(), 300))
