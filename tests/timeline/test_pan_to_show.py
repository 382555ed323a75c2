"""Panning to show a selected event keeps the zoom and the event on screen, and never leaves most of
the view past the last (or before the first) event drawn: centring a modern event in a view three
millennia wide had shown 500 to 3300, mostly empty."""

from __future__ import annotations

import pytest

from explorer.timeline.zoom import pan_to_show

YEAR = 365.2425 * 86400.0


def _y(year: float) -> float:
    return (year - 1970) * YEAR


def test_an_event_already_in_view_does_not_move_it():
    assert pan_to_show(_y(1900), _y(2000), _y(1950), _y(1951), 5 * YEAR, (_y(1000), _y(2010))) is None


@pytest.mark.parametrize("event, data", [(1990, (-1200, 2030)), (2029, (-1200, 2030)), (1950, (-900, 1960))])
def test_the_last_events_are_shown_without_an_empty_future(event, data):
    x0, x1 = _y(-2000), _y(800)  # 2,800 years wide, the event off screen to the right
    new0, new1 = pan_to_show(x0, x1, _y(event), _y(event + 1), 0.05 * (x1 - x0), (_y(data[0]), _y(data[1])))
    assert new1 - new0 == pytest.approx(x1 - x0)  # the zoom is kept
    assert new0 < _y(event) and _y(event + 1) < new1  # the event is on screen
    # nothing much past the last day drawn (or than the margin that keeps the event off the edge)
    assert new1 <= max(_y(data[1]) + 0.021 * (x1 - x0), _y(event + 1) + 0.051 * (x1 - x0))
    assert new1 < _y(2300)  # not 500 to 3300


def test_the_first_events_are_shown_without_an_empty_past():
    x0, x1 = _y(1500), _y(2000)
    new0, new1 = pan_to_show(x0, x1, _y(1020), _y(1021), 0.05 * (x1 - x0), (_y(1000), _y(2010)))
    assert new0 >= _y(1000) - 0.021 * (x1 - x0) and new0 < _y(1020) and new1 - new0 == pytest.approx(x1 - x0)


def test_without_the_data_range_the_event_is_centred():
    new0, new1 = pan_to_show(_y(1900), _y(2000), _y(2100), _y(2101), 5 * YEAR)
    assert (new0 + new1) / 2 == pytest.approx(_y(2100.5))


def test_a_view_wider_than_everything_drawn_shows_all_of_it_in_the_middle():
    x0, x1 = _y(-2000), _y(800)
    new0, new1 = pan_to_show(x0, x1, _y(1950), _y(1951), 0.05 * (x1 - x0), (_y(1000), _y(2020)))
    assert new0 < _y(1000) and _y(2020) < new1 and (new0 + new1) / 2 == pytest.approx(_y(1510), abs=0.03 * YEAR * 2800)
