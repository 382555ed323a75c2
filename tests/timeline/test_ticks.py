"""The two-tier date axis's ticks: days are the finest step, a month's name is never a fine label
beside a day number, bands name the year or month above, BC years placed and labelled."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.calendar import ordinal
from explorer.timeline.ticks import EPOCH_ORDINAL, date_ticks, day_at, seconds

DAY = 86400.0


def ticks(a: tuple, b: tuple, width: float = 1000.0):
    return date_ticks(seconds(ordinal(*a)), seconds(ordinal(*b)), width)


def test_day_zoom_labels_days_and_names_the_month_and_year_above():
    t = ticks((2019, 2, 20), (2019, 3, 10))
    assert t.step.unit == "day"
    labels = [text for _, text in t.minor]
    assert all(text.isdigit() for text in labels)  # no "Mar" beside "28"
    i = labels.index("28")
    assert labels[i + 1] == "1"  # Feb 28 then Mar 1
    x28, x1 = t.minor[i][0], t.minor[i + 1][0]
    assert day_at(x28) == ordinal(2019, 2, 28) and day_at(x1) == ordinal(2019, 3, 1)
    assert [text for *_, text in t.bands] == ["February 2019", "March 2019"]
    feb = t.bands[0]
    assert feb[0] == seconds(ordinal(2019, 2, 1)) and feb[1] == seconds(ordinal(2019, 3, 1))


def test_month_zoom_shows_the_year_in_the_band():
    t = ticks((2019, 1, 1), (2019, 12, 31))
    assert t.step.unit == "month"
    assert [text for _, text in t.minor][:3] == ["Jan", "Feb", "Mar"]
    assert [text for *_, text in t.bands] == ["2019"]


@pytest.mark.parametrize("width", [400.0, 2000.0, 20000.0])
def test_the_day_is_the_finest_step(width):
    t = ticks((2019, 3, 1), (2019, 3, 3), width)
    assert t.step.unit == "day" and t.step.size == 1
    assert all(abs((x / DAY) - round(x / DAY)) < 1e-9 for x, _ in t.minor)  # ticks on whole days


@pytest.mark.parametrize("a, b", [((1990, 1, 1), (2020, 1, 1)), ((1, 1, 1), (9999, 1, 1)),
                                  ((2000, 1, 1), (2000, 2, 1)), ((-300, 1, 1), (-200, 1, 1))])
@pytest.mark.parametrize("width", [300.0, 900.0, 1800.0])
def test_labels_fit_between_their_ticks(a, b, width):
    t = ticks(a, b, width)
    xs = [x for x, _ in t.minor]
    assert xs == sorted(xs)
    x0, x1 = seconds(ordinal(*a)), seconds(ordinal(*b))
    scale = width / (x1 - x0)
    inside = [(x, text) for x, text in t.minor if x0 <= x <= x1]
    assert len(inside) >= 2
    for (xa, ta), (xb, _) in zip(inside, inside[1:]):
        assert (xb - xa) * scale >= 7.0 * len(ta)  # the default measure: 7 px a character


def test_bc_years_are_placed_by_ordinal_and_labelled_bc():
    t = ticks((-300, 1, 1), (-200, 1, 1))
    labels = dict((text, x) for x, text in t.minor)
    assert "300 BC" in labels and "250 BC" in labels and "200 BC" in labels
    assert labels["250 BC"] == seconds(ordinal(-249, 1, 1))  # 250 BC is astronomical year -249
    t = ticks((-270, 1, 1), (-258, 1, 1), 600.0)
    labels = dict((text, x) for x, text in t.minor)
    assert labels["264 BC"] == (ordinal(-263, 1, 1) - EPOCH_ORDINAL) * DAY


def test_across_year_zero_there_is_no_year_zero():
    t = ticks((-30, 1, 1), (30, 1, 1))
    labels = [text for _, text in t.minor]
    assert "0" not in labels and "0 BC" not in labels
    assert labels.index("5") == labels.index("5 BC") + 1


def test_bc_events_are_placed_by_their_day_ordinals():
    """Event.begin/end may be ``explorer.calendar.Day`` (another part moves the record to it): the
    engine reads ordinals, so BC days place, sort and span like any other, and none is 'undated'."""
    from datetime import date

    from explorer.calendar import Day
    from explorer.gui.formatting import format_when
    from explorer.timeline import EventsArray

    from .conftest import make_event

    evs = [make_event(0, title="Cannae", begin=Day.of(-215, 8, 2), end=Day.of(-215, 8, 2)),
           make_event(1, title="Second Punic War", begin=Day.of(-217, 1, 1), end=Day.of(-200, 12, 31)),
           make_event(2, title="The day before year 1", begin=Day.of(0, 12, 31), end=Day.of(0, 12, 31)),
           make_event(3, title="Modern", begin=date(2001, 9, 11), end=date(2001, 9, 11))]
    arr = EventsArray.from_events(evs, "none")
    assert len(arr) == 4 and not len(arr.undated_row)
    by_title = {arr.title(i): i for i in range(len(arr))}
    assert arr.begin[by_title["Cannae"]] == seconds(ordinal(-215, 8, 2))
    assert arr.end[by_title["Second Punic War"]] == seconds(ordinal(-199, 1, 1))
    assert arr.begin[by_title["The day before year 1"]] == seconds(0)  # ordinal 0: a day, not "missing"
    assert list(np.argsort(arr.begin)) == [by_title[t] for t in ("Second Punic War", "Cannae", "The day before year 1", "Modern")]
    assert format_when(evs[0].begin, evs[0].end) == "2 Aug 216 BC"
    assert format_when(evs[1].begin, evs[1].end) == "218 BC\u2013201 BC"
