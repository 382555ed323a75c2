"""Key presses as a user makes them (to the focused widget) and what the user sees selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.gui.event_model import EVENT_ROLE

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


def selected(window):
    """The event of the table's current row: what the user sees selected."""
    index = window.table.currentIndex()
    return index.data(EVENT_ROLE) if index.isValid() else None
