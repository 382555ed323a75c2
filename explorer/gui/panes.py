"""The panes the keyboard moves between (Tab / Shift+Tab): timeline, its undated strip while it is
shown, table, source text, then the
Actors and Places lists, and the Filters and Orphaned Edits panels while they are shown (a side
panel that only a shortcut reached was out of reach for a user who did not know the shortcut).
A hidden pane is skipped. A widget that leads into a pane (the actor search box above the Actors
list) counts as in it, without being its target: Tab from it goes to that pane's target.

Tab is a window action, so it cycles panes from anywhere, including from inside the table (whose own
Tab would walk cells forever) and the filter box; the table's cells are walked with the arrows.
A focus widget outside the panes (a search bar) counts as the timeline: Tab goes to the table.

The focused pane is marked by a frame: the timeline draws its own; the other panes get a
:class:`FocusFrame` in the same colour, laid over them and transparent to the mouse.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget
from explorer.gui.guard import guard_overrides

#: The focus frame's width and colour, one for every pane (the timeline draws its own with them).
FRAME_PX = 2
FRAME_COLOR = QColor("#3b82f6")


def paint_focus_frame(widget: QWidget) -> None:
    """The focus frame drawn just inside ``widget``'s edge: the timeline paints it on itself, the
    other panes on their :class:`FocusFrame`, so the focused pane looks the same whichever it is."""
    painter = QPainter(widget)
    pen = QPen(FRAME_COLOR, FRAME_PX)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    half = FRAME_PX / 2
    painter.drawRect(widget.rect().toRectF().adjusted(half, half, -half, -half))
    painter.end()


@dataclass(frozen=True, slots=True)
class Pane:
    name: str
    container: QWidget  #: what counts as "in the pane" and is framed
    target: QWidget  #: what gets the focus
    own_frame: bool = False  #: the pane marks its focus itself
    #: Widgets outside ``container`` that count as in the pane (not framed); Tab from one of them
    #: goes to ``target``.
    also: tuple[QWidget, ...] = ()

    def holds(self, widget: QWidget | None) -> bool:
        """Whether ``widget`` is in the pane."""
        if widget is None:
            return False
        return any(w is widget or w.isAncestorOf(widget) for w in (self.container, *self.also))

    def leads_in(self, widget: QWidget | None) -> bool:
        """Whether ``widget`` is one of the pane's ``also`` widgets (or inside one)."""
        return widget is not None and any(w is widget or w.isAncestorOf(widget) for w in self.also)

    def shown(self) -> bool:
        """Whether the pane can take the focus: a closed side panel is skipped."""
        return self.target.isVisible()


@guard_overrides
class FocusFrame(QWidget):
    """A frame drawn over a pane's edge while it has the focus."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__(pane)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._pane = pane
        pane.installEventFilter(self)
        self.setGeometry(pane.rect())
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._pane and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._pane.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_focus_frame(self)


class PaneCycle(QObject):
    #: The pane holding the focus changed: its name, or "" when none does.
    paneChanged = Signal(str)

    def __init__(self, panes: list[Pane], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panes: list[Pane] = []
        self.frames: dict[str, FocusFrame] = {}
        for pane in panes:
            self.add(pane)
        self._current = ""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def add(self, pane: Pane) -> None:
        """Append a pane to the cycle (a side panel made after the window's three)."""
        self.panes.append(pane)
        if not pane.own_frame:
            self.frames[pane.name] = FocusFrame(pane.container)

    def pane(self, name: str) -> Pane:
        return next(p for p in self.panes if p.name == name)

    def current(self) -> str:
        """The name of the pane holding the focus, or "": the innermost one when panes nest (the
        undated strip is a pane inside the timeline's widget)."""
        focus = QApplication.focusWidget()
        holding = [pane for pane in self.panes if pane.holds(focus)]
        for pane in holding:
            if not any(other is not pane and pane.container.isAncestorOf(other.container) for other in holding):
                return pane.name
        return ""

    def focus(self, name: str) -> None:
        self.pane(name).target.setFocus(Qt.FocusReason.TabFocusReason)

    def focus_next(self) -> None:
        self._cycle(+1)

    def focus_previous(self) -> None:
        self._cycle(-1)

    def _cycle(self, delta: int) -> None:
        names = [p.name for p in self.panes]
        current = self.current()
        if current and delta > 0 and self.pane(current).leads_in(QApplication.focusWidget()):
            self.focus(current)  # from the actor search box into the Actors list
            return
        index = names.index(current) if current in names else 0  # outside the panes: as the timeline
        for step in range(1, len(names) + 1):
            pane = self.panes[(index + delta * step) % len(names)]
            if pane.shown():
                self.focus(pane.name)
                return

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        current = self.current()
        if new is None and not current:
            return  # the window lost the focus (a dialog): keep the mark where it was
        for name, frame in self.frames.items():
            frame.setVisible(name == current)
            if name == current:
                frame.raise_()
        if current != self._current:
            self._current = current
            self.paneChanged.emit(current)


def toggle_panel(panel: QWidget, focus: QWidget) -> None:
    """Show a side panel with the keyboard in ``focus``, or hide it: one shortcut opens and closes."""
    if panel.isVisible():
        panel.hide()
        return
    panel.show()
    panel.raise_()
    focus.setFocus()
