"""File ▸ Export Image's options dialog shows the whole suggested title: at 1366x768 its box was
about 190 px wide and showed only the title's last words ("…of 1,117 events from 12 documents"), so
what would be printed over the picture could not be read before saving."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.gui.export_dialog import ExportOptionsDialog

from .keys import export_to


def shown_title(edit) -> bool:
    """Whether the line edit shows all of its text (nothing scrolled out at either end)."""
    return edit.fontMetrics().horizontalAdvance(edit.text()) <= edit.contentsRect().width() - 8


def test_ctrl_e_shows_the_whole_title_and_exports_what_is_typed(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "view.png"
    seen = {}

    def look(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        edit = dialog.title_edit
        seen["title"] = edit.text()
        seen["whole"] = shown_title(edit)
        seen["start"] = edit.cursorPosition() == 0
        qtbot.keyClick(edit, Qt.Key.Key_End)
        qtbot.keyClicks(edit, " (draft)")
        seen["typed"] = edit.text()
        dialog.hide()

    export_to(monkeypatch, path, look)
    titles = []
    real_export = window.timeline.export_image

    def export_image(*args, **kwargs):
        titles.append(kwargs.get("title"))
        return real_export(*args, **kwargs)

    monkeypatch.setattr(window.timeline, "export_image", export_image)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert path.exists() and path.stat().st_size > 0
    assert seen["title"], "a title is suggested"
    assert seen["whole"], f"the box hides part of {seen['title']!r}"
    assert seen["start"]
    assert titles == [seen["typed"]] and seen["typed"].endswith(" (draft)")


def test_a_title_too_long_for_the_screen_shows_its_start(qtbot):
    long_title = "An account of the wars of the republic and the empire, " * 6
    dialog = ExportOptionsDialog("png", (1000, 600), 300, long_title)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366
    assert dialog.title_edit.cursorPosition() == 0
