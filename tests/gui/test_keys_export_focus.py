"""Ctrl+E from the keyboard: the image is written, the user is told, and focus comes back."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from explorer.gui.export_dialog import ExportOptionsDialog

from .keys import export_to


def test_focus_returns_to_the_timeline_after_export_and_the_status_bar_says_so(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "view.png"

    def focus_elsewhere(dialog):
        # While a real dialog is open, focus leaves the timeline; where it lands after the dialog
        # closes depends on the window manager. Move it somewhere else to stand for that.
        window.table.setFocus()
        qtbot.waitUntil(window.table.hasFocus)

    export_to(monkeypatch, path, focus_elsewhere)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert path.exists() and path.stat().st_size > 0
    qtbot.waitUntil(window.timeline.hasFocus)
    assert "view.png" in window.statusBar().currentMessage()


def test_focus_returns_after_a_cancelled_export(qtbot, window, monkeypatch, tmp_path):
    def cancel(dialog):
        dialog.path_edit.setText(str(tmp_path / "never.png"))
        window.timeline.setFocus()  # focus moved while the dialog was up
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportOptionsDialog, "exec", cancel)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.table.hasFocus)
    assert not list(tmp_path.iterdir())


def _ctrl_e_says(qtbot, window, monkeypatch) -> list[str]:
    """Ctrl+E pressed where the focus is; what the message boxes said (no export dialog may open)."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _parent, _title, text, *a: said.append(text)))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    return said


def test_export_with_nothing_opened_says_so_instead_of_a_dialog_for_a_blank_image(qtbot, make_window, monkeypatch):
    window = make_window()
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    said = _ctrl_e_says(qtbot, window, monkeypatch)  # the conftest fails the test if the dialog opens
    assert len(said) == 1 and "nothing to export" in said[0] and "Ctrl+O" in said[0]
    qtbot.waitUntil(window.timeline.hasFocus)  # and the keys go on working where they were


def test_export_with_every_event_filtered_away_says_the_filter_hides_them(qtbot, window, monkeypatch):
    from .keys import typed

    typed(qtbot, window.table_panel.filter, "zzqxj")
    qtbot.waitUntil(lambda: window.timeline.mark_count() == 0)
    said = _ctrl_e_says(qtbot, window, monkeypatch)
    assert len(said) == 1 and "filters hide them all" in said[0]
    assert window.table_panel.filter.hasFocus()


def test_events_that_arrived_this_turn_are_not_called_nothing_to_export(qtbot, make_window, corpus, monkeypatch):
    """Ctrl+E while an import's batch was still to be drawn said the filters hid every event, over a
    timeline that showed them a moment later."""
    window = make_window()
    window.table_panel.filter.setText("treaty")
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    window.add_documents(corpus)  # no turn of the event loop before the key
    assert window.timeline.nothing_to_export() == ""
