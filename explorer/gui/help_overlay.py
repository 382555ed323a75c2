"""The shortcut overlay (F1 or ?): a translucent panel over the window listing every action with its
keys, generated from the action table (:func:`explorer.gui.actions.overlay_rows`) so it cannot drift.
Esc, ?, F1 or a click closes it; the focus goes back where it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from explorer.gui.actions import OverlayRow, overlay_rows
from explorer.gui.guard import guard_overrides

COLUMNS = 3
_SHADE = QColor(20, 24, 32, 150)
_TIMELINE_MARK = "\u25c6"  # marks keys that act only with the timeline focused (plain text)
_LEGEND = (f"{_TIMELINE_MARK} keys act when the timeline has focus; the others anywhere in the window. "
           "Tab moves between panes, Esc returns to the timeline. Close with Esc, ? or F1.")


@guard_overrides
class HelpOverlay(QWidget):
    def __init__(self, window: QWidget, rows: Sequence[OverlayRow] | None = None) -> None:
        super().__init__(window)
        self.setObjectName("helpOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._window = window
        self._previous_focus: QWidget | None = None
        self.rows = list(rows if rows is not None else overlay_rows())

        panel = QFrame(self)
        panel.setObjectName("helpPanel")
        panel.setStyleSheet("QFrame#helpPanel { background: rgba(255,255,255,245); border-radius: 10px; }")
        title = QLabel("<b style='font-size:15pt'>Keyboard shortcuts</b>", panel)
        columns = QHBoxLayout()
        columns.setSpacing(28)
        self.group_labels: list[QLabel] = []
        for column in _columns(self.rows, COLUMNS):
            box = QVBoxLayout()
            box.setSpacing(10)
            for menu, rows in column:
                label = QLabel(_group_html(menu, rows), panel)
                label.setTextFormat(Qt.TextFormat.RichText)
                box.addWidget(label)
                self.group_labels.append(label)
            box.addStretch(1)
            columns.addLayout(box)
        footer = QLabel(
            f"<span style='color:#1d4ed8; background:#dbeafe'><b>&nbsp;Blue&nbsp;</b></span> keys "
            f"({_TIMELINE_MARK}) act when the timeline has focus (Tab moves between panes, Esc returns "
            "to the timeline); the table and the text keep their own keys. Grey keys work anywhere. "
            "A word typed on the timeline, the table or the text goes into the filter (no letter is a command). "
            "Close with Esc, ? or F1.", panel)
        footer.setWordWrap(True)
        footer.setStyleSheet("color: #555;")
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 18, 24, 16)
        inner.addWidget(title)
        inner.addLayout(columns)
        inner.addWidget(footer)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 30, 40, 30)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)
        self.footer = footer
        window.installEventFilter(self)
        self.hide()

    def text(self) -> str:
        """What the overlay says, as plain text (one line per action)."""
        lines = []
        for row in self.rows:
            keys = " / ".join(f"{k} {_TIMELINE_MARK}" if on_timeline else k for k, on_timeline in row.keys)
            lines.append(f"{keys}\t{row.text}\t{row.help}")
        return "\n".join(lines) + "\n" + _LEGEND

    # -- showing ---------------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.isVisible():
            self.close_overlay()
        else:
            self.open_overlay()

    def open_overlay(self) -> None:
        focus = QApplication.focusWidget()
        self._previous_focus = focus if focus is not None and focus is not self else None
        self.setGeometry(self._window.rect())
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_overlay(self, restore_focus: bool = True) -> None:
        if not self.isVisible():
            return
        self.hide()
        target = self._previous_focus
        self._previous_focus = None
        if restore_focus and target is not None and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- events ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._window.rect())
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Question, Qt.Key.Key_F1):
            self.close_overlay()
            return
        event.accept()  # the overlay is modal in spirit: other keys do nothing underneath

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close_overlay()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), _SHADE)
        painter.end()


def _columns(rows: Sequence[OverlayRow], count: int) -> list[list[tuple[str, list[OverlayRow]]]]:
    """Menu groups in order, split into ``count`` columns of about equal height (groups whole)."""
    groups: list[tuple[str, list[OverlayRow]]] = []
    for row in rows:
        if not groups or groups[-1][0] != row.menu:
            groups.append((row.menu, []))
        groups[-1][1].append(row)
    total = sum(len(g) + 2 for _, g in groups)
    columns: list[list[tuple[str, list[OverlayRow]]]] = [[]]
    height = 0
    for group in groups:
        size = len(group[1]) + 2
        if columns[-1] and height + size / 2 > total / count and len(columns) < count:
            columns.append([])
            height = 0
        columns[-1].append(group)
        height += size
    return columns


def _chip(key: str, on_timeline: bool) -> str:
    """A key cap: blue ones act when the timeline has focus, grey ones anywhere in the window."""
    colour, background = ("#1d4ed8", "#dbeafe") if on_timeline else ("#222", "#eceef2")
    return (f"<span style='color:{colour}; background:{background}; font-weight:bold'>"
            f"&nbsp;{escape(key)}&nbsp;</span>")


def _group_html(menu: str, rows: Sequence[OverlayRow]) -> str:
    cells = []
    for row in rows:
        keys = " ".join(_chip(k, on_timeline) for k, on_timeline in row.keys)
        cells.append(f"<tr><td style='padding:2px 10px 2px 0; white-space:nowrap'>{keys}</td>"
                     f"<td style='padding:2px 0'>{escape(row.text)}</td></tr>")
    return (f"<div style='color:#3b82f6; font-weight:bold; margin-bottom:4px'>{escape(menu)}</div>"
            f"<table cellspacing='0'>{''.join(cells)}</table>")
