"""A filter typed while the timeline shows a range the user chose: kept while a match is in it;
with none in it, the view moves to the matches (the user panned away, typed a filter and saw an
empty plot, its matches only named at the edge), and clearing the filter gives the user's range
back, unless the user moved the view since."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from .keys import CTRL, SHIFT, K, press


def _t(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp()


def _in_view(timeline, day: date) -> bool:
    x0, x1 = timeline.visible_range()
    return x0 <= _t(day) <= x1


def _events_in_view(timeline) -> list[str]:  # noqa: ANN001
    """The titles of the drawn events whose days meet the shown range."""
    x0, x1 = timeline.visible_range()
    model = timeline.model
    events = [model.event_by_key(model.key_of(i)) for i in timeline.drawn_event_ids()]
    return [e.title for e in events if _t(e.begin) <= x1 and _t(e.end) + 86400 >= x0]


def _away_from_every_event(qtbot, win, pans: int):  # noqa: ANN001
    """Zoomed in with +, then panned with Shift+Left (``pans`` < 0) or Shift+Right until no event
    is in view."""
    timeline = win.timeline
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    for _ in range(4):
        press(qtbot, K.Key_Plus)
    for _ in range(abs(pans)):
        press(qtbot, K.Key_Left if pans < 0 else K.Key_Right, SHIFT)
    assert not _events_in_view(timeline)
    return timeline.visible_range()


def _filter(qtbot, win, text: str) -> None:  # noqa: ANN001
    press(qtbot, K.Key_L, CTRL)
    qtbot.waitUntil(win.table_panel.filter.hasFocus)
    qtbot.keyClicks(win.table_panel.filter, text)
    qtbot.waitUntil(lambda: win.proxy.filter_text() == text)
    win.timeline.refresh()


@pytest.mark.parametrize(("words", "day", "pans"), [
    ("Kabul", date(2003, 5, 5), -90),
    ("members met", date(2010, 7, 1), -120),
    ("first contacts", date(1998, 1, 12), 80),
])
def test_a_filter_with_no_match_in_view_shows_its_matches_and_clearing_it_gives_the_range_back(
        qtbot, window, words, day, pans):
    timeline = window.timeline
    panned = _away_from_every_event(qtbot, window, pans)
    _filter(qtbot, window, words)
    assert timeline.mark_count() == 1
    assert _in_view(timeline, day), f"{words!r}: its match is not in view"
    assert len(_events_in_view(timeline)) == 1
    press(qtbot, K.Key_Escape)  # in the Filter box, the first Esc empties it
    qtbot.waitUntil(lambda: window.proxy.filter_text() == "")
    timeline.refresh()
    assert timeline.visible_range() == pytest.approx(panned, rel=1e-9, abs=1.0)


@pytest.mark.parametrize(("words", "day"), [("Kabul", date(2003, 5, 5)), ("region", date(2004, 6, 1))])
def test_a_filter_with_a_match_in_view_keeps_the_users_range(qtbot, window, words, day):
    timeline = window.timeline
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    for _ in range(2):
        press(qtbot, K.Key_Plus)
    chosen = timeline.visible_range()
    assert _in_view(timeline, day), [datetime.fromtimestamp(x, timezone.utc) for x in chosen]
    _filter(qtbot, window, words)
    assert timeline.visible_range() == pytest.approx(chosen, rel=1e-9, abs=1.0)


def test_a_view_moved_after_the_filter_stays_where_the_user_put_it_when_it_is_cleared(qtbot, window):
    timeline = window.timeline
    panned = _away_from_every_event(qtbot, window, 90)
    _filter(qtbot, window, "Kabul")
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_Minus)  # the user's own view again
    chosen = timeline.visible_range()
    window.table_panel.filter.setFocus()
    qtbot.waitUntil(window.table_panel.filter.hasFocus)
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: window.proxy.filter_text() == "")
    timeline.refresh()
    assert timeline.visible_range() == pytest.approx(chosen, rel=1e-9, abs=1.0)
    assert timeline.visible_range() != pytest.approx(panned, rel=1e-9, abs=1.0)
