"""No Python exception may leave a Qt override: PySide6 6.12 segfaults when one does inside another
Python override (pyqtgraph's ``GraphicsView.paintEvent`` → ``TimelineItem.paint``). Each test here
either reproduces a crash seen by users or raises inside one kind of override (paint, data, an event
handler, a slot) and checks the exception is reported and the app goes on working."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from shiboken6 import Shiboken
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

import explorer.gui
from explorer.gui.guard import GUARDED, foreign_overrides

from .keys import K, press, selected


def _all_gui_classes() -> list[type]:
    classes = []
    for info in pkgutil.walk_packages(explorer.gui.__path__, "explorer.gui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, Shiboken.Object):  # Qt classes
                classes.append(cls)
    return classes


def test_every_qt_override_in_the_gui_is_guarded(qapp):
    """The boundary cannot drift: a new ``paint`` or ``keyPressEvent`` without the guard fails here."""
    from PySide6.QtCore import QThread

    missing = []
    for cls in _all_gui_classes():
        for name in foreign_overrides(cls):
            if name == "run" and issubclass(cls, QThread):
                continue  # the top of its own thread: nothing of ours is below it on the stack
            if not getattr(vars(cls)[name], GUARDED, False):
                missing.append(f"{cls.__module__}.{cls.__qualname__}.{name}")
    assert not missing, f"Qt overrides without @guard_overrides: {missing}"


def _shown(window) -> int:
    window.timeline.plot.grab()  # a real paint of the timeline, labels included
    return window.timeline.mark_count()


@pytest.mark.parametrize("first", [K.Key_Right, K.Key_Home])
def test_reject_the_first_event_by_keyboard_then_repaint(qtbot, window, first):
    """Right (or Home) then Delete segfaulted: the label layout asked for the removed row's title."""
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, first)
    chosen = selected(window)
    assert chosen is not None
    before = _shown(window)
    press(qtbot, K.Key_Delete)
    # the very next paint, before any other event-loop turn, draws the events as they are now
    assert _shown(window) == before - 1
    model, arr = window.model, window.timeline.arr
    for box in window.timeline.item.last_labels:
        if not box.is_cluster:  # each title is drawn at its own event's date
            event = model.event_by_key(int(arr.row[box.members[0]]))
            assert event.id != chosen.id
            assert event.title.startswith(box.text.rstrip("\u2026"))
    assert window.project_ctl is not None and window.isVisible()


def test_an_exception_in_paint_is_reported_and_the_app_goes_on(qtbot, window, monkeypatch):
    """Inside pyqtgraph's own Python ``paintEvent``: the case that segfaulted."""
    def broken(*args, **kwargs):
        raise IndexError("tuple index out of range")

    monkeypatch.setattr(window.timeline.item, "_row_layout", broken)  # the label layout paint calls
    with qtbot.capture_exceptions() as caught:
        window.timeline.plot.grab()
        window.timeline.plot.viewport().repaint()
    assert any(isinstance(e[1], IndexError) for e in caught)
    monkeypatch.undo()
    window.timeline.plot.grab()
    assert window.timeline.item.last_labels, "painting works again once the cause is gone"


def test_an_exception_in_data_is_reported_and_the_table_goes_on(qtbot, window, monkeypatch):
    model = window.model

    def broken(*args, **kwargs):
        raise KeyError("gone")

    monkeypatch.setattr(model, "_display", broken)
    with qtbot.capture_exceptions() as caught:
        window.table.viewport().repaint()
    assert any(isinstance(e[1], KeyError) for e in caught)
    monkeypatch.undo()
    assert window.table.model().index(0, 0).data() is not None


def test_an_exception_in_an_event_handler_is_reported_and_the_app_goes_on(qtbot, window, monkeypatch):
    """A wheel over the plot: Qt → pyqtgraph's Python handlers → our ViewBox's ``wheelEvent``."""
    vb = window.timeline.vb

    def broken(*args, **kwargs):
        raise ValueError("bad scale")

    monkeypatch.setattr(vb, "setXRange", broken)  # what the wheel zoom calls
    viewport = window.timeline.plot.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)

    def wheel() -> None:
        ev = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120),
                         Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(viewport, ev)

    with qtbot.capture_exceptions() as caught:
        wheel()
    assert any(isinstance(e[1], ValueError) for e in caught)
    monkeypatch.undo()
    before = window.timeline.visible_range()
    wheel()
    assert window.timeline.visible_range() != before, "the wheel zooms again"


def test_an_exception_in_a_slot_is_reported_and_the_app_goes_on(qtbot, window):
    def broken(*args) -> None:
        raise RuntimeError("slot failed")

    window.selection.eventChanged.connect(broken)
    window.timeline.setFocus()
    with qtbot.capture_exceptions() as caught:
        press(qtbot, K.Key_Right)
    assert any(isinstance(e[1], RuntimeError) for e in caught)
    window.selection.eventChanged.disconnect(broken)
    first = selected(window)
    press(qtbot, K.Key_Right)
    assert selected(window) is not None and selected(window) != first


def test_the_error_message_is_non_modal_shown_once_and_enter_closes_it(qtbot, window):
    from PySide6.QtWidgets import QMessageBox

    from explorer.gui import app as app_module

    try:
        raise IndexError("shown once")
    except IndexError as exc:
        err = exc
    for _ in range(3):  # the same failure in every repaint: one message
        app_module.excepthook(type(err), err, err.__traceback__)
    qtbot.waitUntil(lambda: bool(app_module._error_boxes))
    boxes = [b for b in app_module._error_boxes if b.isVisible()]
    assert len(boxes) == 1
    box = boxes[0]
    assert not box.isModal()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Close)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.isVisible()
