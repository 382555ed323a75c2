"""With nothing selected, Right and Left start from the events in view, as Down and Up do: not from
the folder's earliest or latest event, which the first view may have left out on purpose (a stray
old year, a recalled century, an ancient history among modern ones). Right on twelve war histories
first shown from 1850 on jumped to 867 BC and moved the view there."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import navigation as nav
from explorer.gui.formatting import day_start_seconds
from explorer.gui.navigation import KEEP_IN_VIEW_MARGIN

from .keys import K, press, selected
from .test_actor_lanes_fit import _news
from .test_keys_navigation_core import ev


def _barely_moved(view: tuple[float, float], before: tuple[float, float]) -> bool:
    """The same zoom, panned at most the keep-in-view margin (the first view's left room is less)."""
    width = before[1] - before[0]
    return abs((view[1] - view[0]) - width) < 1.0 and abs(view[0] - before[0]) <= KEEP_IN_VIEW_MARGIN * width


def _ordinal(day: date) -> int:
    return day.toordinal()


def test_the_first_and_last_event_starting_in_a_range_of_days():
    old = ev("old", date(1949, 1, 1), date(1949, 12, 31))
    span = ev("span", date(1996, 1, 1), date(1999, 12, 31))  # starts before the view, crosses it
    a, b = ev("a", date(1998, 2, 1)), ev("b", date(1998, 3, 5))
    late = ev("late", date(2030, 1, 1))
    order = nav.TimeOrder([late, b, old, a, span])
    lo, hi = _ordinal(date(1997, 6, 1)), _ordinal(date(2001, 1, 1))
    assert order.starting_within(lo, hi, +1) is a and order.starting_within(lo, hi, -1) is b
    assert order.starting_within(lo + 0.5, hi, +1) is a  # a day partly in view counts
    assert order.starting_within(_ordinal(date(1998, 2, 1)) + 0.9, hi, +1) is a
    assert order.starting_within(_ordinal(date(2010, 1, 1)), _ordinal(date(2020, 1, 1)), +1) is None


def test_bc_days_are_found_too():
    """Ordinals before year 1 are negative: the range's first day is rounded down, not toward zero."""
    from explorer.calendar import ordinal

    early = ev("early", None)
    order = nav.TimeOrder([])
    order.events = [early]
    order._keys = [(ordinal(-499, 6, 1), ordinal(-499, 6, 1), "a", 0, "early")]  # 500 BC
    day = ordinal(-499, 6, 1)
    assert order.starting_within(day - 0.5, day + 10, +1) is early
    assert order.starting_within(day + 0.5, day + 10, +1) is early  # the day itself is partly in view
    assert order.starting_within(day + 1.0, day + 10, +1) is None


@pytest.fixture
def news(qtbot, make_window):
    """A window on thirty 1998 articles, one of which recalls 1949, its timeline focused."""
    window = make_window()
    window.add_documents(_news())
    qtbot.waitUntil(lambda: window.timeline.mark_count() == 31)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    return window


def test_right_and_left_on_the_first_view_select_what_it_shows(qtbot, news):
    window, timeline = news, news.timeline
    first_view = timeline.visible_range()
    assert first_view[0] > day_start_seconds(date(1990, 1, 1))  # 1949 is left out of it

    press(qtbot, K.Key_Right)
    assert selected(window).begin == date(1998, 1, 1)  # the first event in view, not 1949
    assert window.source.document_path == "/news/n00.txt"
    assert _barely_moved(timeline.visible_range(), first_view)  # not re-centred, not zoomed in
    assert timeline.highlight.target()[0] == day_start_seconds(date(1998, 1, 1))

    window.selection.clear()
    press(qtbot, K.Key_Left)
    latest = max(e.begin for d in _news() for e in d.events)
    assert selected(window).begin == latest and _barely_moved(timeline.visible_range(), first_view)

    press(qtbot, K.Key_Home)  # the folder's first event is still one key away
    assert selected(window).begin == date(1949, 1, 1)
    x0, x1 = timeline.visible_range()
    assert x0 < day_start_seconds(date(1949, 1, 1)) < x1


def test_with_no_event_in_view_right_goes_to_the_first_of_all(qtbot, news):
    news.timeline.set_visible_range(day_start_seconds(date(1960, 1, 1)), day_start_seconds(date(1970, 1, 1)))
    press(qtbot, K.Key_Right)
    assert selected(news).begin == date(1949, 1, 1)
