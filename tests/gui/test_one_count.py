"""One count of events everywhere: the status bar, the exported image's title and its caption.

With sources grouped (the same happening reported by several articles), the status bar counted every
report (146 on thirty TimeBank articles) while the image of the same view said 142: a group is one
row of the table and one mark of the timeline, so it counts once everywhere; the status bar also says
how many reports there are in all."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import explorer.gui.render.export as render_export

from .keys import export_to

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _status_events(window) -> int:
    return int(re.search(r"documents?, ([\d,]+) events?", window.status_text()).group(1).replace(",", ""))


def _export(window, qtbot, monkeypatch, path) -> tuple[str, str]:
    """Ctrl+E as a user does it; returns the image's (title, caption)."""
    export_to(monkeypatch, path)
    seen = {}
    original = render_export.render_figure

    def render(fig, out, dpi=96):
        written = original(fig, out, dpi)
        seen["title"], seen["caption"] = fig.title, fig.legend.note_text
        return written

    monkeypatch.setattr(render_export, "render_figure", render)
    window.timeline.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, CTRL)
    assert path.exists()
    return seen["title"], seen["caption"]


def test_grouped_sources_count_once_in_the_status_bar_and_the_image(annotated_window, qtbot, monkeypatch, tmp_path):
    win = annotated_window
    groups = win.model.groups()
    assert groups  # the corpus has the same happening from several articles
    reports = win.model.event_count()
    rows = win.proxy.rowCount()
    assert rows < reports  # a collapsed group is one row
    assert _status_events(win) == rows
    assert f"({reports} reports in all)" in win.status_text()
    title, caption = _export(win, qtbot, monkeypatch, tmp_path / "grouped.png")
    assert f"Timeline of {rows} events" in title
    assert not caption or f" of {rows} events" in caption
    # a group's sources listed as rows (Ctrl+Shift+E): each counts, in the status bar and the image
    win.selection.select_event(groups[0].event_ids[0])
    qtbot.keyClick(win.table, Qt.Key.Key_E, CTRL | SHIFT)
    expanded = win.proxy.rowCount()
    assert expanded == rows + groups[0].sources - 1
    assert _status_events(win) == expanded
    qtbot.wait(50)  # the timeline redraws on the next turn of the event loop, as for a user
    title, _ = _export(win, qtbot, monkeypatch, tmp_path / "expanded.png")
    assert f"Timeline of {expanded} events" in title


def test_without_groups_every_event_counts(window, qtbot):
    """Without groups the status bar is as before: every event, the undated ones said."""
    assert window.status_text().startswith("2 documents, 6 events (1 undated)")
    assert "reports" not in window.status_text()
