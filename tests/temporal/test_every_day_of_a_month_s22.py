"""A set of one day of the year ("every 16 August", "each May 3", "every July 4th") is that day of every
year, ``XXXX-08-16``, as TimeML and the readable gold write it; before, the day stood inside the span
but the value said only the month (issue #11, session 22). A figure after the month is no day. Sentences
of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


@pytest.mark.parametrize("dct", [date(2024, 1, 2), date(2025, 8, 16), date(2023, 12, 31)])
@pytest.mark.parametrize("text, phrase, value", [
    ("Pilgrims climb the hill every 15 August.", "every 15 August", "XXXX-08-15"),
    ("The town fair is held every 2 June.", "every 2 June", "XXXX-06-02"),
    ("The lodge meets each March 21 at noon.", "each March 21", "XXXX-03-21"),
    ("Fireworks light the bay every July 4th.", "every July 4th", "XXXX-07-04"),
    ("Leap-day babies celebrate every 29 February.", "every 29 February", "XXXX-02-29"),
])
def test_a_set_of_one_day_of_the_year_keeps_its_day(text: str, phrase: str, value: str, dct: date) -> None:
    assert (phrase, "SET", value) in [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize("text, phrase, value", [
    ("Every August 4,000 walkers cross the moor.", "Every August", "XXXX-08"),  # a figure, not a day
    ("Each June 5% of the herd is sold.", "Each June", "XXXX-06"),
    ("Every May the hedges flower.", "Every May", "XXXX-05"),
    ("Every 31 April nothing happens.", "Every 31 April", "XXXX-04"),  # no such day: the month alone
])
def test_a_set_of_a_month_stays_a_month(text: str, phrase: str, value: str) -> None:
    assert (phrase, "SET", value) in [(t.text, t.type, t.value) for t in tag(text, date(2024, 5, 1))]


@pytest.mark.parametrize("text, phrase, value", [
    ("The ferry stops running every April 31, the timetable jokes.", "every April", "XXXX-04"),  # no such day
    ("The ferry stops running every September 31st.", "every September", "XXXX-09"),
    ("The ferry stops running every February 29th.", "every February 29th", "XXXX-02-29"),
    ("Rents rise every May 3rd, said the agent.", "every May 3rd", "XXXX-05-03"),
    ("Rents rise every May 07 by law.", "every May 07", "XXXX-05-07"),
])
def test_a_day_after_the_month_is_read_as_any_day_of_a_month(text: str, phrase: str, value: str) -> None:
    """The day after the month is :data:`blocks.DAY`, checked by ``valid_day`` as every date is."""
    assert (phrase, "SET", value) in [(t.text, t.type, t.value) for t in tag(text, date(2024, 5, 1))]
