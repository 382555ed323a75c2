"""Esc in the Filter box empties it first (the filter is gone from the table and the timeline, the
focus stays in the box); a second Esc, in the empty box, goes back to the timeline as anywhere else.
Before, the first Esc went to the timeline and left the filter narrowing both, the words out of
sight. Enter in the box keeps the filter; Enter on a table row shows its sentence in the source."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from .keys import CTRL, K, press, selected


def _focused(qtbot, window):
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)


def test_esc_in_the_filter_box_empties_it_then_goes_back_to_the_timeline(qtbot, window):
    _focused(qtbot, window)
    box, timeline = window.table_panel.filter, window.timeline
    press(qtbot, K.Key_L, CTRL)
    assert box.hasFocus()
    qtbot.keyClicks(box, "treaty")
    qtbot.waitUntil(lambda: timeline.mark_count() == 1 and window.table.model().rowCount() == 1)
    press(qtbot, K.Key_Escape)
    assert box.text() == "" and box.hasFocus()  # emptied, the focus kept for typing again
    qtbot.waitUntil(lambda: timeline.mark_count() == 5)
    press(qtbot, K.Key_Escape)  # the empty box: the window's Esc
    assert timeline.hasFocus()


def test_enter_in_the_filter_box_keeps_the_filter_and_esc_elsewhere_leaves_it(qtbot, window):
    _focused(qtbot, window)
    box, timeline = window.table_panel.filter, window.timeline
    press(qtbot, K.Key_L, CTRL)
    qtbot.keyClicks(box, "treaty")
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: timeline.mark_count() == 1)
    press(qtbot, K.Key_Down)  # into the rows found
    assert window.table.hasFocus()
    press(qtbot, K.Key_Escape)  # from the table: back to the timeline, the filter kept
    assert timeline.hasFocus() and box.text() == "treaty"
    qtbot.wait(50)
    assert timeline.mark_count() == 1


def test_enter_on_a_table_row_shows_its_sentence_in_the_source(qtbot, window):
    _focused(qtbot, window)
    press(qtbot, K.Key_Home)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    press(qtbot, K.Key_Down)
    event = selected(window)
    press(qtbot, K.Key_Return)
    assert QApplication.focusWidget() is window.source.text
    cursor = window.source.text.textCursor()  # the source shows this event: the cursor is in its sentence
    assert event.sentence_start <= cursor.selectionStart() <= cursor.selectionEnd() <= event.sentence_end
    assert window.source.text.toPlainText()[event.sentence_start:event.sentence_end] == event.sentence


def test_esc_after_typing_on_the_timeline_clears_and_gives_the_timeline_its_keys_back(qtbot, window):
    """Type-to-find from the timeline, then Esc: the filter is gone and the timeline has the focus, so
    "+" zooms (session 36: "+", "+", "0" went into the box as a filter "++0" that hid every event)."""
    _focused(qtbot, window)
    box, timeline = window.table_panel.filter, window.timeline
    press(qtbot, K.Key_T)  # a letter typed on the timeline starts the filter
    assert box.hasFocus() and box.text() == "t"
    for key in (K.Key_R, K.Key_E, K.Key_A, K.Key_T, K.Key_Y):
        press(qtbot, key)
    qtbot.waitUntil(lambda: box.text() == "treaty" and timeline.mark_count() == 1)
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(timeline.hasFocus)
    assert box.text() == ""
    qtbot.waitUntil(lambda: timeline.mark_count() == 5)
    before = timeline.visible_range()
    press(qtbot, K.Key_Plus)
    assert box.text() == "" and timeline.visible_range() != before  # the key zoomed, typed nothing
