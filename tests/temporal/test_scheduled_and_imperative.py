"""Which side of the report a weekday or a yearless date lands on in news, for sentences of our own
on every day of the week: a present tense after the weekday is a schedule ("the last stage on Sunday
ends ..."), an instruction looks ahead ("Send your entries by Friday"), "took the next three" is
past, and a participle in an aside ("the buses, suspended since the storm, run again ...") dates
only what the aside says."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from tests.temporal.weekdays import NAMES, WEEK
from tests.temporal.weekdays import coming as _coming
from tests.temporal.weekdays import day_of as _day
from tests.temporal.weekdays import latest as _latest


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
@pytest.mark.parametrize("sentence", [
    "The closing round on {day} ends with a sprint along the seafront.",
    "The harvest fair on {day} opens at nine with a parade of tractors.",
    "Today's walk covers eleven miles, and the last leg on {day} finishes at the abbey.",
])
def test_a_present_tense_after_the_weekday_is_a_schedule(dct: date, weekday: int, sentence: str) -> None:
    name = NAMES[weekday]
    assert _day(sentence.format(day=name), name, dct) == _coming(weekday, dct)


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
@pytest.mark.parametrize("sentence", [
    "Send your entries to the club secretary by {day} evening.",
    "Please bring a packed lunch and stout boots on {day}.",
    "Book a table at the café before {day} evening.",
])
def test_an_instruction_looks_ahead(dct: date, weekday: int, sentence: str) -> None:
    name = NAMES[weekday]
    got = {t.text: t for t in tag(sentence.format(day=name), dct)}
    expression = next(text for text in got if text.startswith(name))
    assert got[expression].begin == _coming(weekday, dct)


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_the_next_ones_after_a_past_verb_are_past(dct: date, weekday: int) -> None:
    name = NAMES[weekday]
    text = f"The visitors took the next two frames, although a power cut on {name} stopped play for an hour."
    assert _day(text, name, dct) == _latest(weekday, dct)


def test_a_participle_aside_dates_only_the_aside() -> None:
    dct = date(2025, 3, 7)
    text = "The island ferries, suspended since the storm in January, sail daily until the end of October."
    values = {t.text: t.value for t in tag(text, dct)}
    assert values["January"] == "2025-01"
    assert values["the end of October"] == "2025-10"


def test_the_aside_participle_still_dates_a_date_inside_it() -> None:
    dct = date(2021, 3, 10)
    text = "The ferry, withdrawn in November, sails again in April."
    values = {t.text: t.value for t in tag(text, dct)}
    assert values["November"] == "2020-11"
