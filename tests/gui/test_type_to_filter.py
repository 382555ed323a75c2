"""Typing a word where letters have no meaning of their own (the timeline, the table, the source
text) starts the filter: the box takes the focus and the text, and the table and the timeline narrow
to the matching events. No letter is a timeline command (see test_typing_on_timeline.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from explorer.gui.event_roles import EVENT_ROLE

from .keys import CTRL, NO, SHIFT, K, press


def type_word(qtbot, word: str) -> None:
    """``word`` typed key by key where the focus is at each key, a capital with Shift as a keyboard sends it."""
    for char in word:
        target = QApplication.focusWidget()
        assert target is not None, "the focus is lost"
        qtbot.keyClick(target, char, SHIFT if char.isupper() else NO)


def _focus(win, qtbot, pane: str) -> None:
    win.timeline.setFocus()
    qtbot.waitUntil(win.timeline.hasFocus)
    press(qtbot, K.Key_Right)  # an event selected: the table has a current row, the source its text
    target = {"timeline": win.timeline, "table": win.table, "source": win.source.text}[pane]
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)


@pytest.mark.parametrize("pane", ["timeline", "table", "source"])
def test_typing_a_word_starts_the_filter_with_it(window, qtbot, pane):
    _focus(window, qtbot, pane)
    type_word(qtbot, "Kabul")
    box = window.table_panel.filter
    assert box.hasFocus() and box.text() == "Kabul"
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)  # the one event in Kabul, in the table...
    assert "Kabul" in window.proxy.index(0, 0).data(EVENT_ROLE).sentence
    qtbot.waitUntil(lambda: window.timeline.mark_count() == 1)  # ...and on the timeline


def test_modified_keys_and_blanks_do_nothing_to_the_filter(window, qtbot):
    _focus(window, qtbot, "timeline")
    before = window.selection.current_event()
    press(qtbot, K.Key_B, CTRL)  # a command key, no text: nothing typed
    press(qtbot, K.Key_Space)
    assert window.timeline.hasFocus() and window.table_panel.filter.text() == ""
    assert window.selection.current_event().id == before.id


def test_no_letter_is_a_timeline_command_any_more(window, qtbot):
    """l and h were Next and Previous Event (as the arrows): "later" typed on the timeline moved the
    selection and filtered on "ater". Now the word goes whole into the box."""
    _focus(window, qtbot, "timeline")
    type_word(qtbot, "later")
    assert window.table_panel.filter.hasFocus() and window.table_panel.filter.text() == "later"
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    assert "later" in window.proxy.index(0, 0).data(EVENT_ROLE).sentence


def test_typing_replaces_an_earlier_filter_as_typing_after_ctrl_l_does(window, qtbot):
    box = window.table_panel.filter
    box.setText("treaty")
    _focus(window, qtbot, "table")
    type_word(qtbot, "2010")
    assert box.hasFocus() and box.text() == "2010"
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
