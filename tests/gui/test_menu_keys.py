"""An open menu gets its plain keys: Alt+F then S is File > Save, not the timeline's S (Star). At
1366x768 on the sample, Alt+F, S starred the selected event and left the File menu open; the next
keys typed (a file name) then picked other items of it ("o": Open…)."""

from PySide6.QtWidgets import QApplication, QFileDialog

from .keys import ALT, K, press, selected


def open_menu(qtbot, key):
    press(qtbot, key, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    return QApplication.activePopupWidget()


def test_alt_f_s_saves_and_stars_nothing(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append(a) or ("", "")))  # Save As…, cancelled
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_Right)
    event = selected(window)
    assert event is not None
    edits = window.undo_stack.count()
    menu = open_menu(qtbot, K.Key_F)
    assert menu.title() == "&File"
    with qtbot.waitSignal(window.actions["save"].triggered, timeout=2000):
        qtbot.keyClick(menu, K.Key_S)
    assert asked, "Save of an untitled project asks where"
    assert window.undo_stack.count() == edits, "S in the open menu starred the event"
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)  # the menu closed


def test_s_stars_again_once_the_menu_is_closed(qtbot, window):
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_Right)
    edits = window.undo_stack.count()
    menu = open_menu(qtbot, K.Key_E)
    qtbot.keyClick(menu, K.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_Asterisk)
    assert window.undo_stack.count() == edits + 1
    assert window.undo_stack.undoText().startswith("Star event")


def test_a_letter_in_the_timelines_context_menu_picks_its_item_not_the_shortcut_behind(qtbot, window, monkeypatch):
    """Right-click on the timeline, then T: the menu's S&tar, not the timeline's T (Tags…) behind it."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QInputDialog

    asked = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: asked.append(a) or ("", False)))
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_Right)
    assert selected(window) is not None
    edits = window.undo_stack.count()
    plot = window.timeline.plot
    pos = QPoint(5, 5)  # no mark there: the menu is for the selected event
    target = plot.viewport() if hasattr(plot, "viewport") else plot
    qtbot.mouseClick(target, Qt.MouseButton.RightButton, pos=pos)
    # the platform follows a real right press with a context-menu event; QTest's click does not
    QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, target.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: getattr(window, "context_menu", None) is not None and window.context_menu.isVisible())
    qtbot.keyClick(window.context_menu, K.Key_T)
    qtbot.waitUntil(lambda: window.undo_stack.count() == edits + 1)
    assert window.undo_stack.undoText().startswith("Star event")
    assert not asked, "T in the open context menu opened the Tags dialog behind it"
