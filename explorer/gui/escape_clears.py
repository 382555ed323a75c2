"""Esc in a text box that holds text clears it first; Esc in the empty box goes on to the window.

The window's Esc ("Back to Timeline") is a window shortcut: pressed in the Filter box it moved the
focus to the timeline and left the filter narrowing the table and the timeline, the words still in
the box, out of sight of a user who meant "never mind". As in a browser's find bar and most filter
fields, the first Esc now empties the box (the filter is gone at once) and the focus stays there; a
second Esc, in the empty box, is the window's, back to the timeline. Enter keeps the filter and goes
on as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from explorer.gui.guard import guard_overrides


@guard_overrides
class EscapeClears(QObject):
    """Event filter for a :class:`QLineEdit`: a plain Esc with text in the box claims the key (its
    ``ShortcutOverride``, so no window shortcut takes it), clears the box and calls ``cleared``."""

    def __init__(self, edit: QLineEdit, cleared: Callable[[], None]) -> None:
        super().__init__(edit)
        self._edit = edit
        self._cleared = cleared
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._edit and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
                and event.modifiers() == Qt.KeyboardModifier.NoModifier and self._edit.text()):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key comes to the box, not to the window's Esc
                return True
            if event.type() == QEvent.Type.KeyPress:
                self._edit.clear()
                self._cleared()
                return True
        return False
