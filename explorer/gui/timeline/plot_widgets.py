"""The Qt widgets the timeline is made of, each handling its own input.

:class:`TimelineViewBox` (wheel zoom, drag pan, range selection), :class:`PlotWidget` (the graphics
view, telling its size and double-clicks) and :class:`UndatedList` (the undated strip, tooltips made
when hovered). Kept apart from :mod:`explorer.gui.timeline.view`, which wires them together.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QListWidget, QToolTip

from explorer.gui.guard import guard_overrides
from explorer.timeline.zoom import clamp_range, zoom_about


@guard_overrides
class TimelineViewBox(pg.ViewBox):
    """Wheel zooms time around the cursor, drag pans, Shift+drag or right-drag selects a range to zoom to.

    The wheel: up and down zoom around the time under the pointer (out no further than every event,
    as minus on the keyboard), a sideways wheel or swipe pans in time, and Shift+wheel or the wheel
    over the lane names scrolls the lanes. pyqtgraph's own wheel zoom clamps at its bounds about
    the range's middle, which walked the view off the events at each notch past a bound, and it
    zoomed on a sideways swipe and on the lane names."""

    rangeSelected = Signal(float, float)
    #: Shift+wheel: scroll the lanes by this many steps (positive: down, to later lanes).
    laneWheel = Signal(int)
    #: Share of the visible width one notch of a sideways wheel pans (as Shift+arrow does).
    PAN_PER_NOTCH = 0.1

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        #: the drawn events' full extent, None with none drawn (the timeline sets it)
        self.full_range: Callable[[], tuple[float, float] | None] = lambda: None

    def wheelEvent(self, ev, axis=None) -> None:
        delta = ev.delta()
        ev.accept()
        if not delta:
            return
        if ev.modifiers() & Qt.KeyboardModifier.ShiftModifier or axis == 1:  # axis 1: over the lane names
            self.laneWheel.emit(-1 if delta > 0 else 1)
            return
        (x0, x1), _ = self.viewRange()
        if ev.orientation() == Qt.Orientation.Horizontal:  # positive: towards earlier times, as a scroll bar
            shift = -(x1 - x0) * self.PAN_PER_NOTCH * delta / 120.0
            a, b = clamp_range(x0 + shift, x1 + shift)
        else:
            factor = 1.02 ** (delta * self.state["wheelScaleFactor"])
            a, b = zoom_about((x0, x1), factor, self.mapSceneToView(ev.scenePos()).x(), self.full_range())
        if (a, b) == (x0, x1):
            return
        self.setXRange(a, b, padding=0)
        self.sigRangeChangedManually.emit([True, False])

    def mouseDragEvent(self, ev, axis=None) -> None:
        rubber = ev.button() == Qt.MouseButton.RightButton or (
            ev.button() == Qt.MouseButton.LeftButton and ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if not rubber:
            super().mouseDragEvent(ev, axis)
            return
        ev.accept()
        start, now = ev.buttonDownPos(), ev.pos()
        if ev.isFinish():
            self.rbScaleBox.hide()
            if abs(now.x() - start.x()) >= 4:
                a, b = self.mapToView(start).x(), self.mapToView(now).x()
                self.rangeSelected.emit(min(a, b), max(a, b))
        else:
            h = self.boundingRect().height()
            self.updateScaleBox(QPointF(start.x(), 0.0), QPointF(now.x(), h))


@guard_overrides
class PlotWidget(pg.GraphicsLayoutWidget):
    """The plot's view; a left double-click anywhere on it means "fit all".

    (An override returning nothing, on purpose: an event filter returning a bool on every viewport
    event drains ``True``/``False``'s reference count under PySide6 6.12 on CPython 3.11, like the
    ``None`` bug described in :mod:`explorer.gui.workarounds`, and aborts the process.)"""

    doubleClicked = Signal()
    resized = Signal()

    def resizeEvent(self, ev) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(ev)
        self.resized.emit()

    def mouseDoubleClickEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.doubleClicked.emit()
            return
        super().mouseDoubleClickEvent(ev)


@guard_overrides
class UndatedList(QListWidget):
    """The undated strip: an item's tooltip is written when it is hovered, not for each of
    thousands of items whenever the events change."""

    #: Keys the strip keeps for itself while it has the focus: the timeline's own shortcuts on them
    #: (next/previous event in time, first/last event) would otherwise act on the timeline behind it.
    _OWN_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End,
                           Qt.Key.Key_Up, Qt.Key.Key_Down})

    def __init__(self, tooltip_for: Callable[[str], str | None]) -> None:
        super().__init__()
        self._tooltip_for = tooltip_for

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() in self._OWN_KEYS
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        """Entering the strip selects nothing (Tab only passes through it): Qt makes the first item
        current on focus-in, which would select its event; with no undated event selected no item is
        current, so the first arrow key picks the first item."""
        self.blockSignals(True)
        try:
            super().focusInEvent(event)
            if not self.selectedItems():
                self.selectionModel().clearCurrentIndex()
        finally:
            self.blockSignals(False)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ToolTip:
            item = self.itemAt(event.pos())
            event_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            text = self._tooltip_for(event_id) if event_id else None
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
