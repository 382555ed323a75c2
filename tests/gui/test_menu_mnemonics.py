"""Each menu's Alt letters are its own: with two items on one letter (Edit: S&tar and &Tags, Go:
&First Event and &Find) the letter only moved the highlight between them, so Alt+G, F never found
and Alt+E, T never starred. A walk of the window's real menus, and the keys a user presses."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication, QMenu

from .keys import ALT, K, press, selected


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def test_no_menu_has_two_items_on_one_letter(window):
    menus = window.menuBar().findChildren(QMenu)
    assert len(menus) >= 5
    for menu in menus:
        letters = [(_letter(a.text()), a.text()) for a in menu.actions() if a.text()]
        seen: dict[str, str] = {}
        for letter, text in letters:
            if letter is None:
                continue
            assert letter not in seen, f"{menu.title()}: {seen[letter]!r} and {text!r} share Alt+{letter}"
            seen[letter] = text


def _menu(qtbot, key):
    press(qtbot, key, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    return QApplication.activePopupWidget()


def test_alt_g_then_the_letters_of_first_and_last_event(qtbot, window):
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    every = [window.model.event_at(r) for r in range(window.model.event_count())]
    dated = sorted((e for e in every if e.begin is not None), key=lambda e: e.begin.toordinal())
    qtbot.keyClick(_menu(qtbot, K.Key_G), K.Key_V)  # Go > Last E&vent
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert selected(window).begin == dated[-1].begin
    qtbot.keyClick(_menu(qtbot, K.Key_G), K.Key_I)  # Go > F&irst Event
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert selected(window).begin == dated[0].begin


def test_alt_e_t_stars_the_selected_event(qtbot, window):
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_Right)
    qtbot.keyClick(_menu(qtbot, K.Key_E), K.Key_T)  # Edit > S&tar
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert window.undo_stack.undoText().startswith("Star event")
