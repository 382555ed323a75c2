"""Tab reaches every panel a user can see: the Actors and Places lists (only Ctrl+Shift+A reached
them before, so a user who did not know that shortcut could not filter by an actor without the
mouse), and the Filters panel while it is open; a closed panel is skipped."""

from __future__ import annotations

import pytest

from .keys import CTRL, SHIFT, K, press


@pytest.fixture
def win(annotated_window, qtbot):
    annotated_window.timeline.setFocus()
    qtbot.waitUntil(annotated_window.timeline.hasFocus)
    return annotated_window


def tab_to(qtbot, widget, limit: int = 8) -> int:
    """Press Tab until ``widget`` has the focus; how many presses it took."""
    for n in range(1, limit + 1):
        press(qtbot, K.Key_Tab)
        if widget.hasFocus():
            return n
    raise AssertionError(f"{widget.objectName()} never got the focus with Tab")


def test_tab_reaches_the_actors_list_and_an_arrow_there_filters_the_timeline(qtbot, win):
    facets = win.facets
    assert facets.actors.count() > 1
    before = win.timeline.mark_count()
    assert tab_to(qtbot, facets.actors) == 3  # timeline, table, source, then the Actors list
    assert win.panes.frames["actors"].isVisible()  # the list is marked as the focused pane
    assert facets.actors.currentItem() is not None  # a row to start from, nothing filtered yet
    assert facets.actors.selectedItems() == [] and win.timeline.mark_count() == before
    press(qtbot, K.Key_Down)
    picked = facets.actors.currentItem().text()
    assert facets.actors.selectedItems() and win.filter_chip.isVisible()
    qtbot.waitUntil(lambda: win.timeline.mark_count() < before)
    assert picked.split("  (")[0] in win.filter_chip.text()


def test_tab_reaches_the_places_list_then_comes_back_round_to_the_timeline(qtbot, win):
    places = win.facets.places
    assert tab_to(qtbot, places) == 4
    assert win.panes.frames["places"].isVisible() and not win.panes.frames["actors"].isVisible()
    press(qtbot, K.Key_Tab)
    assert win.timeline.hasFocus()
    press(qtbot, K.Key_Backtab, SHIFT)  # and back the other way
    assert places.hasFocus()
    press(qtbot, K.Key_Backtab, SHIFT)
    assert win.facets.actors.hasFocus()


def test_tab_from_the_actor_search_box_goes_into_the_list_it_narrowed(qtbot, win):
    facets = win.facets
    facets.search.setFocus()
    qtbot.waitUntil(facets.search.hasFocus)
    name = facets.actors.item(0).text().split("  (")[0]
    qtbot.keyClicks(facets.search, name[:4])
    press(qtbot, K.Key_Tab)
    assert facets.actors.hasFocus()  # not the table: Tab from the box leads into its list


def test_an_open_filters_panel_is_in_the_cycle_and_a_closed_one_is_not(qtbot, win):
    press(qtbot, K.Key_F, CTRL | SHIFT)  # open the Filters panel; its first field has the focus
    assert win.filters.isVisible() and win.filters.starred.hasFocus()
    press(qtbot, K.Key_Tab)  # the last pane: round to the timeline
    assert win.timeline.hasFocus()
    press(qtbot, K.Key_Backtab, SHIFT)
    assert win.filters.starred.hasFocus() and win.panes.frames["filters"].isVisible()
    press(qtbot, K.Key_F, CTRL | SHIFT)  # closed again
    assert not win.filters.isVisible()
    win.timeline.setFocus()
    qtbot.waitUntil(win.timeline.hasFocus)
    press(qtbot, K.Key_Backtab, SHIFT)
    assert win.facets.places.hasFocus()  # the closed panel is skipped


def test_a_closed_actors_panel_is_skipped(qtbot, win):
    win.facets.hide()
    assert tab_to(qtbot, win.timeline) == 3  # table, source, and round to the timeline
