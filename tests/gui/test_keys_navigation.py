"""Every navigation key of the issue, pressed for real on the focused widget, checked on what the user
sees: the selected event (table row), the source pane's highlighted sentence, the visible range."""

from __future__ import annotations

import pytest

from explorer.gui.formatting import SECONDS_PER_DAY, day_start_seconds

from .keys import ALT, CTRL, SHIFT, K, press, selected


def sentence(window) -> list[str]:
    text = window.source.text.toPlainText()
    return [text[s:e] for s, e, k in window.source.highlighted_ranges() if k == "sentence"]


def on_screen(window, event) -> bool:
    x0, x1 = window.timeline.visible_range()
    start = day_start_seconds(event.begin)
    end = day_start_seconds(event.end or event.begin) + SECONDS_PER_DAY
    return end > x0 and start < x1


@pytest.fixture
def win(window, qtbot):
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    return window


def test_the_timeline_has_the_focus_at_start(window):
    assert window.panes.current() == "timeline" and window.timeline.has_focus_frame()


@pytest.mark.parametrize("forward, backward", [(K.Key_Right, K.Key_Left)])
def test_right_left_step_through_time_and_show_the_sentence(qtbot, win, forward, backward):
    press(qtbot, forward)
    assert selected(win).timex == "1997-2004"
    assert sentence(win) == ["The war of 1997-2004 changed the region."]
    for expected in ["12 January 1998", "March 2001", "5 May 2003", "2010", "2010"]:  # stops at the end
        press(qtbot, forward)
        assert selected(win).timex == expected
    assert sentence(win) == ["Much later, in 2010, the members met again."]
    press(qtbot, backward)
    assert selected(win).timex == "5 May 2003"
    assert win.source.document_path == "/corpus/alpha.txt"
    assert win.timeline.highlight.target()[0] == day_start_seconds(selected(win).begin)
    assert win.timeline.hasFocus()  # the keys keep working


def test_stepping_pans_the_timeline_to_keep_the_event_in_view(qtbot, win):
    tl = win.timeline
    press(qtbot, K.Key_Home)
    first = selected(win)
    tl.zoom(0.02, day_start_seconds(first.begin))  # a narrow view: the next events are off screen
    width = tl.visible_range()[1] - tl.visible_range()[0]
    for _ in range(4):
        press(qtbot, K.Key_Right)
        assert on_screen(win, selected(win)), selected(win).timex
        x0, x1 = tl.visible_range()
        assert x1 - x0 == pytest.approx(width)  # panned, not zoomed


def test_brackets_step_in_text_order_of_the_document(qtbot, win):
    press(qtbot, K.Key_End)  # 2010, in alpha
    press(qtbot, K.Key_BracketLeft)
    assert selected(win).timex == "5 May 2003"
    press(qtbot, K.Key_BracketLeft)
    assert selected(win).timex == "March 2001"
    press(qtbot, K.Key_BracketRight)
    assert selected(win).timex == "5 May 2003"
    assert sentence(win) == ["On 5 May 2003 the treaty was signed in Kabul."]
    # in beta the text order differs from time order, and reaches the undated event
    press(qtbot, K.Key_Home)  # the war, 1997-2004, second in beta's text
    press(qtbot, K.Key_BracketLeft)
    assert selected(win).timex == "12 January 1998"
    press(qtbot, K.Key_BracketRight)
    press(qtbot, K.Key_BracketRight)
    assert selected(win).timex == "Someday"
    assert sentence(win) == ["Someday the archive will open."]


@pytest.mark.parametrize("down, up", [(K.Key_Down, K.Key_Up)])
def test_down_up_change_lane_keeping_the_closest_time(qtbot, win, down, up):
    press(qtbot, K.Key_Home)
    press(qtbot, K.Key_Right)
    press(qtbot, K.Key_Right)  # March 2001, lane 0 (alpha)
    assert selected(win).timex == "March 2001"
    press(qtbot, down)
    assert selected(win).timex == "1997-2004"  # beta's event centred nearest 2001
    assert win.timeline.lanes_of(selected(win)) == [1]
    press(qtbot, down)  # no lane below: stays
    assert selected(win).timex == "1997-2004"
    assert "No lane below" in win.statusBar().currentMessage()
    press(qtbot, up)
    assert selected(win).timex == "March 2001"  # back to the time it started from, not the war's middle


def test_home_end_first_and_last(qtbot, win):
    press(qtbot, K.Key_End)
    assert selected(win).timex == "2010"
    press(qtbot, K.Key_Home)
    assert selected(win).timex == "1997-2004"


def test_ctrl_end_and_ctrl_home_go_to_the_last_and_first_event_as_end_and_home_do(qtbot, win):
    """Ctrl+End and Ctrl+Home, the table's and a text's keys for the end and the start, did nothing
    on the timeline: the selection stayed where it was."""
    events = [win.model.event_at(r) for r in range(win.model.rowCount())]
    dated = sorted((e for e in events if e.begin is not None), key=lambda e: (e.begin, e.end or e.begin))
    press(qtbot, K.Key_Right)
    press(qtbot, K.Key_End, CTRL)
    last = selected(win)
    assert last is not None and (last.end or last.begin) == max(e.end or e.begin for e in dated)
    assert sentence(win) and on_screen(win, last)
    press(qtbot, K.Key_Home, CTRL)
    first = selected(win)
    assert first is not None and first.begin == dated[0].begin and first.id != last.id
    assert sentence(win) and on_screen(win, first)
    press(qtbot, K.Key_End)
    assert selected(win).id == last.id  # the same event as End's


def test_plus_minus_zoom_around_the_selected_event(qtbot, win):
    tl = win.timeline
    press(qtbot, K.Key_Right)
    press(qtbot, K.Key_Right)  # 12 Jan 1998, a point
    event = selected(win)
    mid = day_start_seconds(event.begin) + SECONDS_PER_DAY / 2
    x0, x1 = tl.visible_range()
    left_share = (mid - x0) / (x1 - x0)
    press(qtbot, K.Key_Plus)
    a, b = tl.visible_range()
    assert b - a == pytest.approx((x1 - x0) / 2)
    assert (mid - a) / (b - a) == pytest.approx(left_share)  # the event stays where it was on screen
    press(qtbot, K.Key_Equal)
    assert tl.visible_range()[1] - tl.visible_range()[0] == pytest.approx((x1 - x0) / 4)
    press(qtbot, K.Key_Minus)
    press(qtbot, K.Key_Minus)
    assert tl.visible_range() == pytest.approx((x0, x1))


def test_plus_without_selection_zooms_around_the_centre(qtbot, win):
    tl = win.timeline
    x0, x1 = tl.visible_range()
    press(qtbot, K.Key_Plus)
    a, b = tl.visible_range()
    assert (a + b) / 2 == pytest.approx((x0 + x1) / 2) and b - a == pytest.approx((x1 - x0) / 2)


def test_zero_fits_all_and_z_zooms_to_the_selection(qtbot, win):
    tl = win.timeline
    fitted = tl.visible_range()
    press(qtbot, K.Key_End)  # 2010, a year
    press(qtbot, K.Key_Period)
    x0, x1 = tl.visible_range()
    start, end = day_start_seconds(selected(win).begin), day_start_seconds(selected(win).end) + SECONDS_PER_DAY
    assert x0 < start and end < x1 and (x1 - x0) < (end - start) * 2
    press(qtbot, K.Key_0)
    assert tl.visible_range() == pytest.approx(fitted)


def test_shift_arrows_pan_a_tenth(qtbot, win):
    tl = win.timeline
    x0, x1 = tl.visible_range()
    press(qtbot, K.Key_Right, SHIFT)
    assert tl.visible_range() == pytest.approx((x0 + (x1 - x0) / 10, x1 + (x1 - x0) / 10))
    assert selected(win) is None  # panning selects nothing
    press(qtbot, K.Key_Left, SHIFT)
    press(qtbot, K.Key_Left, SHIFT)
    assert tl.visible_range() == pytest.approx((x0 - (x1 - x0) / 10, x1 - (x1 - x0) / 10))


def test_alt_arrows_go_back_and_forward_through_selections(qtbot, win):
    press(qtbot, K.Key_Home)
    press(qtbot, K.Key_End)
    press(qtbot, K.Key_BracketLeft)  # 2003
    press(qtbot, K.Key_Left, ALT)
    assert selected(win).timex == "2010"
    press(qtbot, K.Key_Left, ALT)
    assert selected(win).timex == "1997-2004"
    press(qtbot, K.Key_Right, ALT)
    assert selected(win).timex == "2010"
    # from the table too (a window-wide key), and a click is history as well
    win.table.setFocus()
    press(qtbot, K.Key_Right, ALT)
    assert selected(win).timex == "5 May 2003"
    assert win.table.hasFocus()


def test_navigation_respects_the_filter(qtbot, win):
    win.proxy.set_filter_text("alpha")  # only alpha's events (its document name matches)
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 3)
    press(qtbot, K.Key_Home)
    assert selected(win).timex == "March 2001"
    press(qtbot, K.Key_Down)  # beta is filtered out: no lane below
    assert selected(win).timex == "March 2001"
    press(qtbot, K.Key_End)
    press(qtbot, K.Key_Right)
    assert selected(win).timex == "2010"
    assert win.proxy.filter_text() == "alpha"  # never cleared by navigation


def test_enter_shows_the_sentence_in_the_source_and_focuses_it(qtbot, win):
    press(qtbot, K.Key_Right)
    press(qtbot, K.Key_Right)  # 12 January 1998, beta
    press(qtbot, K.Key_Return)
    edit = win.source.text
    assert edit.hasFocus() and win.panes.current() == "source"
    assert sentence(win) == ["A report from 12 January 1998 describes the first contacts."]
    cursor = edit.textCursor().position()
    assert edit.toPlainText().index("12 January 1998") <= cursor <= edit.toPlainText().index("describes")
    assert edit.viewport().rect().contains(edit.cursorRect().center())
    # the text keeps its own keys: arrows move the cursor, into the next sentence's event
    for _ in range(len("12 January 1998 describes the first contacts. The war of ")):
        press(qtbot, K.Key_Right)
    assert selected(win).timex == "1997-2004" and edit.hasFocus()


def test_single_keys_do_not_act_in_the_table_or_the_text(qtbot, win):
    press(qtbot, K.Key_End)  # 2010
    win.table.setFocus()
    x = win.timeline.visible_range()
    for key in (K.Key_NumberSign, K.Key_Period, K.Key_Slash, K.Key_Question, K.Key_0, K.Key_Plus, K.Key_BracketLeft):
        press(qtbot, key)
    assert not win.goto.bar.isVisible() and not win.search.bar.isVisible()
    assert not win.help_overlay.isVisible()
    # there they are text: the first starts the filter, the others follow it into the box
    # (tests/gui/test_type_to_filter.py); the first Esc empties it, and the table is as it was
    assert win.table_panel.filter.hasFocus() and win.table_panel.filter.text() == "#./?0+["
    press(qtbot, K.Key_Escape)
    assert win.table_panel.filter.text() == ""
    win.table.setFocus()
    qtbot.waitUntil(lambda: win.table.hasFocus() and selected(win) is not None)
    assert win.timeline.visible_range() == pytest.approx(x)
    assert selected(win).timex == "2010"  # none of those keys moved the selection
    # the table's own keys still work: Up moves to the previous row (sorted by date)
    press(qtbot, K.Key_Up)
    assert selected(win).timex == "5 May 2003"
    assert win.table.hasFocus()
    # and in the text, Right moves the cursor rather than the selection in time
    win.source.text.setFocus()
    before = win.source.text.textCursor().position()
    press(qtbot, K.Key_Right)
    assert win.source.text.textCursor().position() == before + 1
