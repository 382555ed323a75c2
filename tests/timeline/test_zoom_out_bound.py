"""Zooming out ends on every event, never on empty years: see :func:`explorer.timeline.zoom.zoom_out_range`."""

from __future__ import annotations

import pytest

from explorer.calendar import EPOCH_ORDINAL, SECONDS_PER_DAY, ordinal
from explorer.timeline.zoom import ZOOM_OUT_ROOM, zoom_out_range

YEAR = 365.2425 * SECONDS_PER_DAY


def _at(year: int) -> float:
    return (ordinal(year, 1, 1) - EPOCH_ORDINAL) * SECONDS_PER_DAY


FULL = (_at(1990), _at(2021))  # the full fit of a folder of news


def test_a_narrow_view_widens_around_its_centre():
    view = (_at(2000), _at(2004))
    width = view[1] - view[0]
    assert zoom_out_range(view, 2.0, None, FULL) == pytest.approx((view[0] - width / 2, view[1] + width / 2))


def test_a_selected_event_keeps_its_place_on_screen():
    view = (_at(2000), _at(2004))
    centre = _at(2001)
    a, b = zoom_out_range(view, 2.0, centre, FULL)
    assert (centre - a) / (b - a) == pytest.approx((centre - view[0]) / (view[1] - view[0]))
    assert b - a == pytest.approx(2 * (view[1] - view[0]))


def test_past_the_events_the_view_is_all_of_them_centred():
    view = (_at(1995), _at(2020))  # 25 years: one more step would show 50, more than the events need
    a, b = zoom_out_range(view, 2.0, _at(2015), FULL)
    assert b - a == pytest.approx(ZOOM_OUT_ROOM * (FULL[1] - FULL[0]))
    assert (a + b) / 2 == pytest.approx((FULL[0] + FULL[1]) / 2)
    assert a < FULL[0] and FULL[1] < b


def test_a_view_already_wider_than_that_is_centred_on_the_events_and_never_narrowed():
    view = (_at(1700), _at(2300))
    a, b = zoom_out_range(view, 2.0, None, FULL)
    assert b - a == pytest.approx(view[1] - view[0])
    assert (a + b) / 2 == pytest.approx((FULL[0] + FULL[1]) / 2)
    assert zoom_out_range((a, b), 2.0, None, FULL) == pytest.approx((a, b))  # the end: nothing moves


def test_with_no_event_it_is_a_plain_zoom():
    view = (_at(2000), _at(2010))
    assert zoom_out_range(view, 2.0, None, None) == pytest.approx((_at(1995), _at(2015)), abs=YEAR)


def test_the_wheel_keeps_the_pointers_time_in_place_up_to_the_bounds():
    from explorer.timeline.zoom import MAX_SPAN_S, MIN_SPAN_S, zoom_about

    view, pointer = (_at(2000), _at(2004)), _at(2003)
    share = (pointer - view[0]) / (view[1] - view[0])
    a, b = zoom_about(view, 0.5, pointer, FULL)
    assert b - a == pytest.approx((view[1] - view[0]) / 2)
    assert (pointer - a) / (b - a) == pytest.approx(share)
    a, b = zoom_about(view, 1e-9, pointer, FULL)  # past the narrowest view: stopped there, same place
    assert b - a == pytest.approx(MIN_SPAN_S) and (pointer - a) / (b - a) == pytest.approx(share)
    a, b = zoom_about(view, 1e6, pointer, None)  # no event: stopped at the widest, same place
    assert b - a == pytest.approx(MAX_SPAN_S) and (pointer - a) / (b - a) == pytest.approx(share)
    assert zoom_about(view, 50.0, pointer, FULL) == pytest.approx(zoom_out_range(view, 50.0, pointer, FULL))


def test_with_nothing_selected_a_widened_view_moves_towards_the_events_it_hides():
    """A folder from 420 BC to 2027 fitted on 1090-2170 and zoomed out went to 370-2530 around the
    view's middle: five centuries of empty future, the oldest events still out of sight (z-minus.png)."""
    full = (_at(1), _at(2025))
    view = (_at(1100), _at(2100))
    a, b = zoom_out_range(view, 2.0, None, full)
    assert b - a == pytest.approx(2 * (view[1] - view[0]))
    assert b == pytest.approx(full[1])  # no further than the events' full fit
    assert a < _at(600)  # what was hidden on the left comes in
    a2, b2 = zoom_out_range((_at(1), _at(1500)), 1.5, None, (_at(1000), _at(4000)))  # the mirror case
    assert a2 == pytest.approx(_at(1000))
    centre = _at(2000)  # a selected event keeps its place: no move
    a3, b3 = zoom_out_range(view, 2.0, centre, full)
    assert (centre - a3) / (b3 - a3) == pytest.approx((centre - view[0]) / (view[1] - view[0]))


def test_at_the_widest_view_the_shift_still_brings_the_hidden_events_in():
    """Three thousand years is the widest view: the second Minus on 420 BC-2027 was cut to it about
    the view's middle (-160-2840), the oldest events out of sight though the width held them all."""
    from explorer.timeline.zoom import MAX_SPAN_S

    full = (_at(1) - 517 * YEAR, _at(2419))  # the events' full fit, its margin included
    a, b = zoom_out_range((_at(258), _at(2419)), 2.0, None, full)
    assert b - a == pytest.approx(MAX_SPAN_S)
    assert a <= full[0] + YEAR and b >= full[1] - YEAR  # every event in view
