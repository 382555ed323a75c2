"""Where the view goes when a selected event is off screen: panned at the kept zoom, or zoomed to
the event and its neighbours when the panned view would be mostly empty."""

from __future__ import annotations

import numpy as np

from explorer.calendar import EPOCH_ORDINAL, SECONDS_PER_DAY, ordinal
from explorer.timeline.zoom import FILLED_SHARE, range_to_show

YEAR = 365.2425 * SECONDS_PER_DAY


def _at(year: int, month: int = 6, day: int = 1) -> float:
    return (ordinal(year, month, day) - EPOCH_ORDINAL) * SECONDS_PER_DAY


def _days(years: list[int]) -> tuple[np.ndarray, np.ndarray]:
    begin = np.array([_at(y) for y in years])
    return begin, begin + SECONDS_PER_DAY


def test_an_event_on_screen_never_moves_the_view():
    begin, end = _days([1914, 1939, 1950])
    view = (_at(1900), _at(1960))
    assert range_to_show(begin[1], end[1], view, begin, end) is None


def test_a_modern_event_selected_from_a_zoomed_out_ancient_view_is_shown_among_its_neighbours():
    ancient = list(range(-500, -300, 10))  # astronomical years: 501 BC to 311 BC
    modern = list(range(1861, 2012, 5))
    begin, end = _days(ancient + modern)
    view = (_at(-1700), _at(-100))  # sixteen centuries wide, over the ancient history
    target = len(ancient) + modern.index(1916)
    x0, x1 = range_to_show(begin[target], end[target], view, begin, end)
    assert x0 < begin[target] < x1
    assert x1 - x0 < 0.3 * (view[1] - view[0])  # zoomed in: not 1200-2600 with the wars in a corner
    inside = (begin >= x0) & (end <= x1)
    shown = begin[inside]
    assert inside.sum() >= 20 and shown.max() - shown.min() >= FILLED_SHARE * (x1 - x0)  # neighbours fill it
    assert not inside[: len(ancient)].any()


def test_a_view_the_events_fill_is_only_panned_keeping_the_readers_zoom():
    begin, end = _days(list(range(1800, 2000, 2)))
    view = (_at(1800), _at(1850))
    target = list(range(1800, 2000, 2)).index(1950)
    x0, x1 = range_to_show(begin[target], end[target], view, begin, end)
    assert abs((x1 - x0) - (view[1] - view[0])) < SECONDS_PER_DAY
    assert abs((x0 + x1) / 2 - begin[target]) < YEAR


def test_a_lone_event_far_from_any_other_is_centred_not_blown_up_to_its_day():
    begin, end = _days([1947, 1984, 1986, 1988, 1990, 1995, 1998])
    view = (_at(1983), _at(2001))
    x0, x1 = range_to_show(begin[0], end[0], view, begin, end)
    assert abs((x1 - x0) - (view[1] - view[0])) < SECONDS_PER_DAY and x0 < begin[0] < x1


def test_a_century_wide_mention_does_not_count_as_filling_the_view():
    begin, end = _days(list(range(1900, 1915)) + [1200])
    end[-1] = _at(1299, 12, 31)  # the 13th century, a background bar
    view = (_at(500), _at(1300))
    target = 10  # 1910, off screen to the right
    x0, x1 = range_to_show(begin[target], end[target], view, begin, end)
    assert x1 - x0 < 100 * YEAR and x0 < begin[target] < x1


def test_an_event_on_screen_but_hugging_an_edge_is_moved_off_it_at_the_same_zoom():
    """The first view leaves less room at its left than the keep-in-view margin: selecting its first
    event had re-centred the view and zoomed in to the event's neighbours."""
    begin, end = _days(list(range(1990, 2000)))
    view = (_at(1990, 3), _at(2002))
    width = view[1] - view[0]
    x0, x1 = range_to_show(begin[0], end[0], view, begin, end, margin=0.05)
    assert abs((x1 - x0) - width) < 1.0  # the zoom kept
    assert abs(x0 - (end[0] - 0.05 * width)) < 1.0  # just far enough off the left edge
    x0, x1 = range_to_show(begin[-1], end[-1], (_at(1988), _at(1999, 6, 20)), begin, end, margin=0.05)
    assert x0 > _at(1988) and abs(x1 - 0.05 * (x1 - x0) - begin[-1]) < 1.0  # the right edge likewise
