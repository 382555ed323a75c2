"""A feast kept for several days read in a year said around it ("That Hanukkah", after a year the
story told; "Ramadan last year") spans the feast's days, as the feast read any other way does
("Hanukkah 2019", "Hanukkah" alone): before, these two paths gave its first day only, so an event
in that week was drawn on one day. A one-day holiday stays one day. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag

DCT = date(2022, 5, 18)


def _feast(text: str, name: str) -> tuple[str, int]:
    t = next(t for t in tag(text, DCT) if t.text == name)
    assert isinstance(t.begin, date) and isinstance(t.end_day, date)
    return t.value, (t.end_day - t.begin).days + 1


def _stated(name: str, year: int) -> tuple[str, int]:
    return _feast(f"The family lit candles on the pier during {name} {year}.", f"{name} {year}")


@pytest.mark.parametrize("name", ["Hanukkah", "Passover", "Ramadan"])
def test_that_feast_after_a_told_year_spans_its_days(name: str) -> None:
    got = _feast(f"In 2019 the family moved to the coast. That {name} they gathered on the pier.", name)
    assert got == _stated(name, 2019)
    assert got[1] > 1


@pytest.mark.parametrize("name", ["Hanukkah", "Passover", "Ramadan"])
def test_feast_last_year_spans_its_days(name: str) -> None:
    got = _feast(f"The shop sold out of candles during {name} last year.", name)
    assert got == _stated(name, 2021)
    assert got[1] > 1


@pytest.mark.parametrize("text,name", [
    ("In 2019 the family moved to the coast. That Christmas they opened a bakery.", "Christmas"),
    ("Turkeys sold out before Thanksgiving last year.", "Thanksgiving"),
])
def test_a_one_day_holiday_stays_one_day(text: str, name: str) -> None:
    assert _feast(text, name)[1] == 1
