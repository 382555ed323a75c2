"""Key presses as a user makes them (to the focused widget) and what the user sees selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.gui.event_roles import EVENT_ROLE

K = Qt.Key
NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot, key, modifier=NO) -> None:
    """A key press where the user's keys go: the focused widget."""
    target = QApplication.focusWidget()
    assert target is not None, "the focus is lost"
    qtbot.keyClick(target, key, modifier)


def typed(qtbot, edit, text: str) -> None:
    """``edit`` focused and its text replaced by ``text`` typed key by key over the selected text
    (a Backspace erases it for ""): no empty box on the way, which a filter would act on."""
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, K.Key_Backspace)


def go_to(win, qtbot, phrase: str) -> None:
    """Go to date the user's way: focus the timeline, press G, type the phrase, press Return."""
    win.timeline.setFocus()
    qtbot.waitUntil(win.timeline.hasFocus)
    press(qtbot, K.Key_G, CTRL)
    qtbot.keyClicks(win.goto.bar.edit, phrase)
    press(qtbot, K.Key_Return)


def lanes_by_actor(qtbot) -> None:
    """View > Lanes > By Actor, as a user opens it from the focused window: Alt+V, S, A."""
    press(qtbot, K.Key_V, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), K.Key_S)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None
                    and QApplication.activePopupWidget().objectName() == "menu_lanes")
    qtbot.keyClick(QApplication.activePopupWidget(), K.Key_A)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def selected(window):
    """The event of the table's current row: what the user sees selected."""
    index = window.table.currentIndex()
    return index.data(EVENT_ROLE) if index.isValid() else None


def export_to(monkeypatch, path, look=None) -> None:
    """File > Export Image's one dialog, as a user fills it: the file typed into "Save to" (the format
    follows its extension), anything ``look(dialog)`` does, then Save (``exec`` stands in for the
    modal loop)."""
    from PySide6.QtWidgets import QDialog

    from explorer.gui.export_dialog import ExportOptionsDialog

    def accept(dialog):
        dialog.path_edit.setText(str(path))
        if look is not None:
            look(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", accept)
