"""A feast kept for several days and told in the future while it is under way is the one under way, not
next year's (issue #11, session 22): "the Hanukkah lights will be lit each night" on its fourth day.
Hanukkah and Passover run eight days from their first (lunar_feasts.py); a future occasion's verb
("will be lit") takes the feast that has not ended yet. Sentences of our own; each report day of the
feast is tried, and the days just after it, when the next one is meant."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from explorer.temporal import tag
from explorer.temporal.lunar_feasts import feast_day, feast_last_day

FUTURE_SHAPES = [
    "The {h} lights will be lit in the square each night.",
    "The {h} market will stay open until the weekend.",
    "{h} celebrations will continue through Friday.",
    "Families will gather for {h} meals this week.",
]
FEASTS = [("Hanukkah", "hanukkah", 2024), ("Hanukkah", "hanukkah", 2027), ("Passover", "passover", 2025),
          ("Passover", "passover", 2026)]


def _feast(text: str, name: str, dct: date):
    found = [t for t in tag(text, dct) if name in t.text]
    assert found, [(t.text, t.value) for t in tag(text, dct)]
    return found[0]


@pytest.mark.parametrize("name, key, year", FEASTS)
@pytest.mark.parametrize("shape", FUTURE_SHAPES)
def test_a_future_told_during_the_feast_is_the_feast_under_way(name: str, key: str, year: int, shape: str) -> None:
    first = feast_day(key, year)
    assert first is not None
    for day in range(1, 8):  # the second to the eighth day: begun, not ended
        dct = first + timedelta(days=day)
        t = _feast(shape.format(h=name), name, dct)
        assert t.begin == first, (dct, t)
        assert t.end_day == first + timedelta(days=7), (dct, t)  # the eight days, for the timeline


@pytest.mark.parametrize("name, key, year", FEASTS)
def test_a_future_told_after_the_feast_is_next_years(name: str, key: str, year: int) -> None:
    first = feast_day(key, year)
    assert first is not None
    dct = first + timedelta(days=10)
    t = _feast(FUTURE_SHAPES[0].format(h=name), name, dct)
    assert isinstance(t.begin, date) and t.begin > dct, (dct, t)


@pytest.mark.parametrize("key", ["hanukkah", "passover"])
def test_eight_days_are_kept(key: str) -> None:
    first = feast_day(key, 2030)
    assert first is not None and feast_last_day(key, first) == first + timedelta(days=7)


@pytest.mark.parametrize("key", ["diwali", "yomkippur", "roshhashanah", "lunarnewyear", "eidalfitr"])
def test_a_feast_named_for_its_day_stays_one_day(key: str) -> None:
    first = feast_day(key, 2030)
    assert first is not None and feast_last_day(key, first) == first
