"""Typing starts the filter: a letter or digit typed where it has no meaning of its own (the timeline,
the table, the read-only source text) goes into the event filter box, which takes the focus, so the
rest of the word follows it there.

Before, "Kabul" typed on the timeline went nowhere (the table's type-ahead matched the first column's
dates, and the source text ignored it): the user saw nothing happen and had to find Ctrl+L.

No letter is a timeline command (a lowercase "news" typed on the timeline used to fire N, Note, and
type "ews" into the note): the timeline's one-key commands are symbols no word starts with (* star,
. zoom to selection, 0 + - [ ] / ?; not #, which starts a hashtag), shortcuts that Qt runs before any key press reaches a
widget, and only the keys no shortcut takes arrive here. Keys with Ctrl, Alt or Meta, and a space or other blank, are left alone.
The typed character replaces what the box held, as typing after Ctrl+L (which selects it) does.

Esc in the box so started clears the filter and gives the focus back to the pane the typing came from,
as a browser's type-ahead find bar does (session 36: "canal" typed on the timeline, Esc, then "+ + 0"
went into the box as a new filter, "++0", hiding every event, where the user meant to zoom). A box
reached by Ctrl+L or a click keeps the focus after its first Esc (see ``escape_clears``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

import shiboken6

from explorer.gui.guard import guard_overrides

#: Modifiers that make a key a command rather than text (Shift only changes the letter's case).
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


def starts_filter(event: QKeyEvent) -> bool:
    """Whether ``event`` is text to search for: a printable character typed without a command modifier."""
    text = event.text()
    return (len(text) == 1 and text.isprintable() and not text.isspace()
            and not event.modifiers() & _COMMAND_MODIFIERS)


@guard_overrides
class TypeToFilter(QObject):
    """Sends the text typed in ``panes`` to ``box`` (see the module's docstring)."""

    def __init__(self, box: QLineEdit, panes: Iterable[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self.panes = tuple(panes)
        for pane in self.panes:
            pane.installEventFilter(self)
        #: The pane whose typing the box holds, while the box keeps the focus it took from it.
        self._came_from: QWidget | None = None
        box.installEventFilter(self)  # (after the box's own Esc filter: this one sees the key first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box:
            self._box_event(event)
            return False  # the box's own handling goes on (Esc clears it, see ``escape_clears``)
        if event.type() != QEvent.Type.KeyPress or watched is not QApplication.focusWidget():
            return False  # a key a child ignored, passed up to its pane, is not the pane's own
        if not isinstance(event, QKeyEvent) or not starts_filter(event) or not self.box.isEnabled():
            return False
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.setText(event.text())  # replaces the old filter, as typing over Ctrl+L's selection does
        self._came_from = watched if isinstance(watched, QWidget) else None
        return True

    def _box_event(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FocusOut:
            self._came_from = None
        elif (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
              and event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier
              and self._came_from is not None and self.box.text()):
            pane = self._came_from
            self._came_from = None
            # after the box has cleared itself (the filter gone), the focus back where the typing began
            QTimer.singleShot(0, self.box, lambda: _focus_back(pane))


def _focus_back(pane: QWidget) -> None:
    if shiboken6.isValid(pane) and pane.isVisible():
        pane.setFocus(Qt.FocusReason.OtherFocusReason)
