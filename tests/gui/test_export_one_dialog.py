"""File ▸ Export Image is one dialog: format, title, size and file in one place, remembered for the
next export. It took two (the system's save dialog, then the size), and what had been chosen was
asked again each time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from explorer.gui.export_dialog import ExportOptionsDialog

from .keys import CTRL, K, press


def _no_save_dialog(*_args, **_kwargs):
    raise AssertionError("a second dialog was opened")


def test_one_dialog_picks_format_size_and_file_and_remembers_them(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(_no_save_dialog))
    seen: list[dict] = []

    def fill(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append({"format": dialog.format_box.currentData(), "path": dialog.path_edit.text(),
                     "width": dialog.width_box.value(), "dpi_on": dialog.dpi_box.isEnabled()})
        if len(seen) == 1:  # the first time: SVG picked from the list, a width and a file typed
            dialog.format_box.setFocus()
            qtbot.waitUntil(dialog.format_box.hasFocus)
            while dialog.format_box.currentData() != "svg":
                qtbot.keyClick(dialog.format_box, K.Key_Down)
            assert dialog.path_edit.text().endswith(".svg") and not dialog.dpi_box.isEnabled()
            dialog.width_box.selectAll()
            qtbot.keyClicks(dialog.width_box, "900")
            dialog.path_edit.selectAll()
            qtbot.keyClicks(dialog.path_edit, str(tmp_path / "wars"))  # no extension: the format's
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ExportOptionsDialog, "exec", fill)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_E, CTRL)
    written = tmp_path / "wars.svg"
    assert written.exists() and "<svg" in written.read_text(encoding="utf-8")[:2000]
    assert 'width="900' in written.read_text(encoding="utf-8")[:2000]
    assert seen[0]["format"] == "png" and seen[0]["dpi_on"]
    # the next export offers what was chosen: SVG, 900 px wide, the same folder and file name
    written.unlink()
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_E, CTRL)
    assert seen[1] == {"format": "svg", "path": str(tmp_path / "wars.svg"), "width": 900, "dpi_on": False}
    assert written.exists()
    assert "wars.svg" in window.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None


def test_every_label_of_the_dialog_has_its_field_for_its_alt_key(qtbot):
    """Labels of rows that hold two widgets showed their '&' ("Si&ze") and no Alt key; "Save &to" also took Title's Alt+T."""
    from PySide6.QtWidgets import QLabel

    dialog = ExportOptionsDialog("png", (1000, 600), 300, "A title", path="/tmp/x.png")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {label.text(): label for label in dialog.findChildren(QLabel) if "&" in label.text()}
    assert {"&Format", "&Title", "Si&ze", "&Resolution", "F&ile"} <= set(labels)
    assert all(label.buddy() is not None for label in labels.values())
    assert {labels["Si&ze"].buddy(), labels["F&ile"].buddy()} == {dialog.width_box, dialog.path_edit}


def test_the_width_and_height_sit_together_as_one_size(qtbot):
    """The "×" between them took the row's room: the height box sat at the far right of a wide dialog."""
    dialog = ExportOptionsDialog("png", (1056, 1161), 300, "Timeline of 150 events from 30 documents",
                                 path="/tmp/x.png")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    width, height = dialog.width_box.geometry(), dialog.height_box.geometry()
    assert height.left() - width.right() < 3 * dialog.fontMetrics().horizontalAdvance("\u00d7") + 24
