"""Go to date (G) lands on a shown event: one on the date, else the next one after it, selected
and on screen; never an empty stretch with an earlier event selected off screen (with a Filter set
the view used to show the year asked, empty, and select an event years before it)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.gui.formatting import SECONDS_PER_DAY, day_start_seconds

from .keys import CTRL, K, go_to, press, selected


@pytest.fixture
def win(window, qtbot):
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    return window


def set_filter(win, qtbot, text):
    """Ctrl+L, type, Enter: the table keeps the events matching ``text``."""
    press(qtbot, K.Key_L, CTRL)
    qtbot.keyClicks(win.table_panel.filter, text)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: win.proxy.filter_text() == text)



def on_screen(win, day: date) -> bool:
    x0, x1 = win.timeline.visible_range()
    return x0 <= day_start_seconds(day) <= x1


def test_with_a_filter_go_to_date_lands_on_the_next_shown_event(qtbot, win):
    set_filter(win, qtbot, "members")  # only "Much later, in 2010, the members met again."
    assert win.proxy.rowCount() == 1
    messages = []
    win.goto.went.connect(messages.append)
    go_to(win, qtbot, "2003")
    assert selected(win).timex == "2010"
    assert win.timeline.viewport_pos_of(selected(win).id) is not None  # its mark is on screen
    assert on_screen(win, date(2010, 6, 1))
    x0, x1 = win.timeline.visible_range()
    assert x1 - x0 < 3 * 366 * SECONDS_PER_DAY  # about the zoom of the year asked, not the whole span
    assert messages[-1].startswith("No event shown in 2003-01-01 \u2013 2003-12-31; the next: ")


def test_past_the_last_shown_event_it_says_so_and_stays(qtbot, win):
    set_filter(win, qtbot, "members")
    before = win.timeline.visible_range()
    go_to(win, qtbot, "2012")
    bar = win.goto.bar
    assert bar.isVisible()  # the user can type another date
    assert "No event shown on or after 2012-01-01" in bar.message.text()
    assert "filter" in bar.message.text()
    assert win.timeline.visible_range() == before


def test_without_a_filter_an_empty_date_goes_forward_not_back(qtbot, win):
    go_to(win, qtbot, "2005")  # the 1997-2004 war ended a day before; the next event is in 2010
    assert selected(win).timex == "2010"
    assert on_screen(win, date(2010, 6, 1))


def test_an_event_on_the_date_is_selected_and_the_date_shown(qtbot, win):
    go_to(win, qtbot, "May 2003")
    assert selected(win).timex == "5 May 2003"
    assert on_screen(win, date(2003, 5, 1)) and on_screen(win, date(2003, 5, 31))
