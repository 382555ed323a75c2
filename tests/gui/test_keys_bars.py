"""Find (/ or Ctrl+F, Enter / F3 / Shift+F3) and go to date (G), by real key presses."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from explorer.gui.formatting import SECONDS_PER_DAY, day_start_seconds

from .keys import CTRL, NO, SHIFT, K, press, selected


@pytest.fixture
def win(window, qtbot):
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    return window


def emphasised_timexes(win) -> set[str]:
    ids = win.timeline.emphasis()
    assert ids is not None
    return {win.model.event_at(win.model.row_of(i)).timex for i in ids}


@pytest.mark.parametrize("key, modifier", [(K.Key_Slash, NO), (K.Key_F, CTRL)])
def test_find_highlights_matches_and_enter_f3_step_through_them(qtbot, win, key, modifier):
    press(qtbot, key, modifier)
    bar = win.search.bar
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "CH")  # March, much, changed, archive: case-insensitive
    assert emphasised_timexes(win) == {"1997-2004", "March 2001", "2010", "Someday"}
    assert win.proxy.rowCount() == 6  # search filters nothing
    assert "4 matches" in bar.message.text()
    press(qtbot, K.Key_Return)
    assert selected(win).timex == "1997-2004"  # first match in time
    assert bar.edit.hasFocus() and "1 of 4" in bar.message.text()
    press(qtbot, K.Key_F3)
    assert selected(win).timex == "March 2001"
    press(qtbot, K.Key_Return)
    assert selected(win).timex == "2010"
    press(qtbot, K.Key_Return)
    assert selected(win).timex == "Someday"  # undated matches come last, shown in table and source
    assert win.source.document_path == "/corpus/beta.txt"
    press(qtbot, K.Key_Return)
    assert selected(win).timex == "1997-2004"  # wraps
    press(qtbot, K.Key_F3, SHIFT)
    assert selected(win).timex == "Someday"
    press(qtbot, K.Key_Return, SHIFT)
    assert selected(win).timex == "2010"


def test_find_narrows_as_you_type_and_esc_clears_it(qtbot, win):
    press(qtbot, K.Key_Slash)
    qtbot.keyClicks(win.search.bar.edit, "kabul")
    assert emphasised_timexes(win) == {"5 May 2003"}
    qtbot.keyClicks(win.search.bar.edit, "x")
    assert win.timeline.emphasis() == set() and win.search.bar.message.text() == "No match"
    press(qtbot, K.Key_Backspace)
    press(qtbot, K.Key_Return)
    assert selected(win).timex == "5 May 2003"
    press(qtbot, K.Key_Escape)
    assert win.timeline.emphasis() is None and not win.search.bar.isVisible()
    assert win.timeline.hasFocus()
    assert selected(win).timex == "5 May 2003"  # Esc keeps the selection


def test_f3_works_from_the_table_after_the_bar_was_closed(qtbot, win):
    press(qtbot, K.Key_F, CTRL)
    qtbot.keyClicks(win.search.bar.edit, "talks")
    press(qtbot, K.Key_Tab)  # on past the undated strip to the table; the search stays
    press(qtbot, K.Key_Tab)
    assert win.table.hasFocus()
    press(qtbot, K.Key_F3)
    assert selected(win).timex == "March 2001" and win.table.hasFocus()


def test_f3_without_a_search_opens_the_bar(qtbot, win):
    press(qtbot, K.Key_F3)
    assert win.search.bar.isVisible() and win.search.bar.edit.hasFocus()


def test_g_goes_to_a_date_typed_in_words(qtbot, win):
    press(qtbot, K.Key_G, CTRL)
    bar = win.goto.bar
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "March 2001")
    press(qtbot, K.Key_Return)
    x0, x1 = win.timeline.visible_range()
    march, april = day_start_seconds(date(2001, 3, 1)), day_start_seconds(date(2001, 4, 1))
    assert x0 < march < april < x1 and (x1 - x0) < 2 * (april - march)
    assert selected(win).timex == "March 2001"  # the event on that date, selected
    assert not bar.isVisible() and win.timeline.hasFocus()
    assert "2001-03-01" in win.statusBar().currentMessage()


@pytest.mark.parametrize("phrase, begin, end, nearest", [
    ("the 1990s", date(1990, 1, 1), date(1999, 12, 31), "1997-2004"),
    ("May 2003", date(2003, 5, 1), date(2003, 5, 31), "5 May 2003"),
])
def test_g_phrases(qtbot, win, phrase, begin, end, nearest):
    press(qtbot, K.Key_G, CTRL)
    qtbot.keyClicks(win.goto.bar.edit, phrase)
    press(qtbot, K.Key_Return)
    x0, x1 = win.timeline.visible_range()
    assert x0 < day_start_seconds(begin) and day_start_seconds(end) + SECONDS_PER_DAY < x1
    assert selected(win).timex == nearest
    assert win.timeline.hasFocus()


def test_g_with_words_that_are_no_date_says_so_and_esc_returns(qtbot, win):
    before = win.timeline.visible_range()
    press(qtbot, K.Key_G, CTRL)
    qtbot.keyClicks(win.goto.bar.edit, "purple elephants")
    press(qtbot, K.Key_Return)
    bar = win.goto.bar
    assert bar.isVisible() and bar.edit.hasFocus()
    assert "no date I can read" in bar.message.text()
    assert win.timeline.visible_range() == before
    press(qtbot, K.Key_Escape)
    assert not bar.isVisible() and win.timeline.hasFocus()


def test_find_matches_actors_and_places(qtbot, make_window, corpus):
    doc = corpus[0]
    events = tuple(dataclasses.replace(e, actors=("Hamid Karzai",), places=("Afghanistan",)) if "treaty" in e.sentence
                   else e for e in doc.events)
    corpus[0] = dataclasses.replace(doc, events=events)
    win = make_window()
    win.add_documents(corpus)
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 5)
    win.timeline.setFocus()
    press(qtbot, K.Key_Slash)
    qtbot.keyClicks(win.search.bar.edit, "karzai")
    assert emphasised_timexes(win) == {"5 May 2003"}
    win.search.bar.edit.clear()
    qtbot.keyClicks(win.search.bar.edit, "afghan")
    press(qtbot, K.Key_Return)
    assert selected(win).timex == "5 May 2003"
