"""Focus and the action table: Tab / Shift+Tab between panes (visibly marked), Esc, the shortcut
overlay (? / F1) generated from the actions, menus showing every shortcut, focus after dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from explorer.gui.actions import ACTIONS, TIMELINE, key_label

from .keys import CTRL, SHIFT, K, press, selected


def marked(win) -> list[str]:
    """Which panes show a focus frame."""
    out = ["timeline"] if win.timeline.has_focus_frame() else []
    return out + [name for name, frame in win.panes.frames.items() if frame.isVisible()]


@pytest.fixture
def win(window, qtbot):
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    return window


def test_tab_cycles_the_panes_and_marks_the_focused_one(qtbot, win):
    assert marked(win) == ["timeline"]
    press(qtbot, K.Key_Right)  # an event is selected: the table has a current row
    press(qtbot, K.Key_Tab)  # the undated events' strip under the plot (tests/gui/test_undated_keys.py)
    assert win.timeline.undated_list.hasFocus() and marked(win) == ["undated"]
    press(qtbot, K.Key_Tab)
    assert win.table.hasFocus() and marked(win) == ["table"]
    press(qtbot, K.Key_Tab)  # the table does not keep Tab for its cells
    assert win.source.text.hasFocus() and marked(win) == ["source"]
    press(qtbot, K.Key_Tab)  # then the side panel's lists (tests/gui/test_keys_side_panels.py)
    assert win.facets.actors.hasFocus() and marked(win) == ["actors"]
    press(qtbot, K.Key_Tab)
    assert win.facets.places.hasFocus() and marked(win) == ["places"]
    press(qtbot, K.Key_Tab)
    assert win.timeline.hasFocus() and marked(win) == ["timeline"]
    press(qtbot, K.Key_Backtab, SHIFT)
    assert win.facets.places.hasFocus()
    press(qtbot, K.Key_Backtab, SHIFT)
    press(qtbot, K.Key_Backtab, SHIFT)
    assert win.source.text.hasFocus()
    press(qtbot, K.Key_Backtab, SHIFT)
    assert win.table.hasFocus()
    press(qtbot, K.Key_Backtab, SHIFT)
    assert win.timeline.undated_list.hasFocus()
    press(qtbot, K.Key_Backtab, SHIFT)
    assert win.timeline.hasFocus()
    # the frame is really drawn on the table pane
    press(qtbot, K.Key_Tab)
    press(qtbot, K.Key_Tab)
    image = win.table_panel.grab().toImage()
    assert image.pixelColor(0, win.table_panel.height() // 2).name() == "#3b82f6"


def test_tab_from_the_filter_box_and_the_find_bar_does_not_get_stuck(qtbot, win):
    press(qtbot, K.Key_L, CTRL)
    assert win.table_panel.filter.hasFocus() and marked(win) == ["table"]
    press(qtbot, K.Key_Tab)  # into the rows the box filters, right below it (it skipped them)
    assert win.table.hasFocus() and marked(win) == ["table"]
    press(qtbot, K.Key_Tab)
    assert win.source.text.hasFocus()
    press(qtbot, K.Key_L, CTRL)
    press(qtbot, K.Key_Tab, SHIFT)  # back: the pane before the table's
    assert win.timeline.undated_list.hasFocus()
    press(qtbot, K.Key_F, CTRL)
    assert win.search.bar.edit.hasFocus()
    press(qtbot, K.Key_Tab)  # the find bar sits above the timeline: next is the timeline's undated strip
    assert win.timeline.undated_list.hasFocus()


def test_esc_returns_to_the_timeline_from_anywhere(qtbot, win):
    for focus in (win.table, win.source.text, win.table_panel.filter):
        focus.setFocus()
        qtbot.waitUntil(focus.hasFocus)
        press(qtbot, K.Key_Escape)
        assert win.timeline.hasFocus(), focus


def test_question_mark_shows_the_overlay_generated_from_the_actions(qtbot, win):
    press(qtbot, K.Key_Question)
    overlay = win.help_overlay
    assert overlay.isVisible() and overlay.geometry() == win.rect()
    text = overlay.text()
    for spec in ACTIONS:
        for key, scope in spec.keys():
            label = key_label(key) + (" \u25c6" if scope == TIMELINE else "")
            assert label in text, (spec.name, label)
        if spec.keys():
            assert spec.help in text
    assert "\u2192 \u25c6\tNext Event" in text  # arrows drawn as arrows, timeline keys marked
    press(qtbot, K.Key_Question)  # ? closes it again, focus back where it was
    assert not overlay.isVisible() and win.timeline.hasFocus()


def test_f1_opens_the_overlay_from_the_table_and_esc_closes_it(qtbot, win):
    win.table.setFocus()
    before = selected(win)  # (a table taking the focus makes its first row current)
    press(qtbot, K.Key_F1)
    assert win.help_overlay.isVisible() and win.help_overlay.hasFocus()
    press(qtbot, K.Key_Down)  # keys do nothing underneath the overlay
    assert selected(win) is before
    press(qtbot, K.Key_Escape)
    assert not win.help_overlay.isVisible()
    assert win.timeline.hasFocus()  # Esc means "back to the timeline"
    press(qtbot, K.Key_F1)
    press(qtbot, K.Key_F1)
    assert not win.help_overlay.isVisible() and win.timeline.hasFocus()


def test_every_action_is_in_a_menu_with_its_shortcut(win):
    in_menus = {}
    for menu_action in win.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                in_menus[action.objectName()] = action
    for spec in ACTIONS:
        action = in_menus[f"action_{spec.name}"]
        assert action.shortcut() == QKeySequence(spec.shortcut or ""), spec.name
        assert action.text() == spec.text


def test_focus_comes_back_after_the_open_dialog(qtbot, win, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a: ([], "")))
    press(qtbot, K.Key_O, CTRL)
    assert win.timeline.hasFocus()
    press(qtbot, K.Key_Right)
    assert selected(win) is not None  # the keys still act


def test_go_to_date_and_search_leave_the_focus_on_the_timeline(qtbot, win):
    press(qtbot, K.Key_G, CTRL)
    qtbot.keyClicks(win.goto.bar.edit, "2003")
    press(qtbot, K.Key_Return)
    assert win.timeline.hasFocus()
    press(qtbot, K.Key_Slash)
    qtbot.keyClicks(win.search.bar.edit, "kabul")
    press(qtbot, K.Key_Return)
    press(qtbot, K.Key_Escape)
    assert win.timeline.hasFocus()
    press(qtbot, K.Key_Return)  # Enter on the timeline: the found event's sentence, focused
    assert win.source.text.hasFocus() and selected(win).timex == "5 May 2003"


def test_enter_in_the_table_also_shows_the_source(qtbot, win):
    press(qtbot, K.Key_End)
    win.table.setFocus()
    press(qtbot, K.Key_Up)
    press(qtbot, K.Key_Return)
    assert win.source.text.hasFocus() and selected(win).timex == "5 May 2003"
