"""An untitled import asks to save on quitting only while a change of the user's is still there: a
star taken back with Ctrl+Z asked "Save the changes to Untitled before closing it?" with nothing
to save (and Ctrl+Q then seemed not to quit)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from explorer.gui import save_prompt

CTRL = Qt.KeyboardModifier.ControlModifier


def _asked(monkeypatch) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(save_prompt, "ask_to_save", question)
    return asked


def _key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_a_star_taken_back_leaves_nothing_to_save(qtbot, window, monkeypatch):
    asked = _asked(monkeypatch)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    _key(qtbot, window, Qt.Key.Key_Right)
    assert window.selection.current_event() is not None
    _key(qtbot, window, Qt.Key.Key_Asterisk)  # star
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Untitled*"))
    _key(qtbot, window, Qt.Key.Key_Z, CTRL)  # and take it back
    qtbot.waitUntil(lambda: not window.windowTitle().startswith("Untitled*"))
    with qtbot.waitSignal(window.closed, timeout=5000):
        _key(qtbot, window, Qt.Key.Key_Q, CTRL)
    assert asked == []


def test_a_star_kept_is_still_asked_about(qtbot, window, monkeypatch):
    asked = _asked(monkeypatch)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    _key(qtbot, window, Qt.Key.Key_Right)
    _key(qtbot, window, Qt.Key.Key_Asterisk)
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Untitled*"))
    _key(qtbot, window, Qt.Key.Key_Q, CTRL)
    assert len(asked) == 1 and "Save the changes to Untitled" in asked[0]
    assert window.isVisible()  # Cancel kept the window and the star



@pytest.mark.parametrize("key, answer", [(Qt.Key.Key_N, save_prompt.DISCARD), (Qt.Key.Key_S, save_prompt.SAVE)])
def test_the_save_prompt_answers_its_alt_keys(qtbot, key, answer):
    """The prompt the controller shows (``ask_to_save``'s box, which tests elsewhere answer for it):
    every button names its Alt key, and the key presses it."""
    box = save_prompt.save_box(None, "Unsaved changes", "Save the changes to Untitled before closing it?")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    assert sorted(b.text() for b in box.buttons()) == ["&Save", "Cancel", "Do&n't Save"]
    with qtbot.waitSignal(box.buttonClicked, timeout=2000):
        qtbot.keyClick(box, key, Qt.KeyboardModifier.AltModifier)
    assert box.standardButton(box.clickedButton()) == answer
