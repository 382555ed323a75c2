"""Session 26 of issue 11: kinds found in fifteen short texts of genres besides news, written and
annotated before the tagger was run on them (``fresh_genres_s26/``: a programme, a fixture list, a
lab notebook, a changelog, a tribunal's chronology, an itinerary, museum labels, minutes, a letter,
a podcast page, a forum post, an abstract, a weather outlook, a market diary, an oral history).
Sentences here are our own and vary the words of each kind."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

DCT = date(2025, 10, 16)


def _found(text: str, dct: date | None = DCT) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in timeml_view(tag(text, dct))}


@pytest.mark.parametrize("text, expression, value", [
    ("She appealed within the five working days allowed.", "the five working days", "P5D"),
    ("Allow ten business days for delivery.", "ten business days", "P10D"),
    ("Refunds are paid within 14 calendar days of the request.", "14 calendar days", "P14D"),
    ("The shares fell for three trading days in a row.", "three trading days", "P3D"),
    ("Objections must be lodged within twenty-one (21) working days.", "twenty-one (21) working days", "P21D"),
    ("The survey takes two working weeks.", "two working weeks", "P2W"),
])
def test_a_count_of_working_or_business_days_is_that_many_days(text: str, expression: str, value: str) -> None:
    """ "five working days": the kind of day counted stands between the count and the unit; read
    alone, "days" was a vague duration (PXD) and the count was lost."""
    assert _found(text)[expression] == ("DURATION", value)


@pytest.mark.parametrize("text, expression", [
    ("The hearing took place over four days.", "four days"),
    ("The trial will take place over three weeks in the spring.", "three weeks"),
    ("The festival, taking place over two days, sold out.", "two days"),
])
def test_over_after_take_place_is_no_more_than(text: str, expression: str) -> None:
    """ "took place over four days": "over" is the preposition spreading the happening across the
    days (left out of the span, no "more than"), as after "paid" or "spread"."""
    found = {t.text: t for t in tag(text, DCT)}
    assert expression in found and found[expression].mod is None


def test_over_after_a_verb_of_lasting_stays_more_than() -> None:
    assert "over four days" in _found("The strike lasted over four days.")


@pytest.mark.parametrize("text", [
    "I top it up every other day at the moment.",
    "At the moment the road is shut to lorries.",
    "For the moment, the café stays open until six.",
    "We are rather busy at the moment, so replies may be slow.",
])
def test_at_the_moment_is_the_writers_present(text: str) -> None:
    assert _found(text)["the moment"] == ("DATE", "PRESENT_REF")


@pytest.mark.parametrize("text", [
    "The glass shattered at the moment of impact.",
    "At the moment the doors opened, the crowd surged forward.",
    "She paused for a moment and went on.",
])
def test_the_moment_of_a_happening_is_no_present(text: str) -> None:
    assert "the moment" not in _found(text) and "a moment" not in _found(text)


@pytest.mark.parametrize("text, year", [
    ("Sampler. Wool on linen, dated 1794.", "1794"),
    ("The estate map is dated 1610 and shows the mill.", "1610"),
    ("A letter dated 1822 was found in the wall.", "1822"),
])
def test_a_year_after_dated_is_a_year(text: str, year: str) -> None:
    """A label's or a catalogue's "dated 1794": a year before 1900 needs a word of time before it to be
    told from a count, and "dated" is one."""
    assert _found(text, None)[year] == ("DATE", year)


@pytest.mark.parametrize("text, ends", [
    ("Oil lamp. Roman, 1st–2nd century AD.", ["00", "01"]),
    ("A 3rd to 4th century villa lay under the car park.", ["02", "03"]),
    ("Brooch, Anglo-Saxon, 7th-8th century.", ["06", "07"]),
])
def test_two_ordinals_sharing_one_singular_century(text: str, ends: list[str]) -> None:
    """A label says the noun once, in the singular: each ordinal is a century of its own (the first was
    lost, or read as a day of the month)."""
    assert [t.value for t in timeml_view(tag(text, None))] == ends


@pytest.mark.parametrize("text, day, value", [
    ("Eastwick Cricket Club: 2025 fixtures\n\nSat 26 April – v Marlow (H)\nSun 4 May – v Holmbury (A)",
     "Sun 4 May", "2025-05-04"),
    ("Harbour Rowing Club: the 2026 timetables\n\nRegatta: 13 June\nNight race: 4 July", "4 July", "2026-07-04"),
    ("Town band: the 2024 schedules are out. First concert on 2 March.", "2 March", "2024-03-02"),
])
def test_a_year_before_its_schedules_dates_the_listed_days(text: str, day: str, value: str) -> None:
    """ "2025 fixtures", "the 2026 timetables": a year's calendar named by its year, never a count of
    2025 fixtures; with no document date, the days it lists are that year's."""
    assert _found(text, None)[day] == ("DATE", value)


def test_a_count_of_things_is_still_no_year() -> None:
    assert "2000" not in _found("The orchard lost 2000 trees in the storm.", None)
