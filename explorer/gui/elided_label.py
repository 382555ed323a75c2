"""A one-line label that never widens its window: what does not fit is cut with an ellipsis.

Why: a plain QLabel's minimum width is its whole text. The status bar's counts grow as the user
works ("… · 1 shown · the selected event is hidden by the filter"), and a main window's minimum width
takes in its status bar's: at a 640 x 480 window typing a word in the filter box (or pressing Ctrl+G,
which made the counts line relayout) widened the window by itself to 785 px, past the screen edge the
user had put it against. This label asks for its whole text (its size hint) but accepts a few
characters (its minimum), paints what fits, and shows the whole text in its tool tip when it is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from explorer.gui.guard import guard_overrides
from explorer.gui.plain_text import plain_tooltip

#: The fewest average characters the label keeps when its window is made small.
MIN_CHARS = 12


@guard_overrides
class ElidedLabel(QLabel):
    """A plain-text, one-line QLabel whose minimum width is :data:`MIN_CHARS` characters; ``text()``
    is always the whole text, the painted one is elided on the right when it does not fit."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # may shrink below its hint
        self.setSizePolicy(policy)
        self._own_tip = ""

    def set_note(self, note: str) -> None:
        """The label's own tool tip, plain text; the whole text comes before it while it is cut."""
        self._own_tip = note
        self._update_tip()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        fm = self.fontMetrics()
        width = min(hint.width(), fm.averageCharWidth() * MIN_CHARS + fm.horizontalAdvance("\u2026"))
        return QSize(width, hint.height())

    def is_cut(self) -> bool:
        """Whether the text shown is shorter than the text (cut with an ellipsis)."""
        return self.displayed_text() != self.text()

    def displayed_text(self) -> str:
        """What the label paints: the text, or as much of it as fits followed by an ellipsis."""
        room = self.contentsRect().width() - 2 * self.margin()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, max(0, room))

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.displayed_text()
        if shown == self.text():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        try:
            rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(rect, int(self.alignment()) | int(Qt.TextFlag.TextSingleLine), shown)
        finally:
            painter.end()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        whole = self.text() if self.is_cut() else ""
        tip = plain_tooltip("\n".join(t for t in (whole, self._own_tip) if t))
        if tip != self.toolTip():
            self.setToolTip(tip)
