"""Two kinds the session-twelve fresh articles (a court calendar, a markets wrap, a school newsletter,
a season recap) showed, checked on sentences of our own.

A calendar entry said with "is"/"are" and a weekday a few plain words later ("sentencing is listed
for Wednesday", "the library is shut on Saturday") is a day to come, on every day of the week; a
charge or a figure said with "is" ("is accused of ... on Saturday", "are down 3 percent on Friday")
is no calendar entry and still looks back.

"over the past year", "during the past month": a preposition of extent makes "the past <unit>" the
stretch of one unit up to now, a duration (TimeML's P1Y, as for "the past two years"); "in the past
year" and "the last week" stay the dated period news annotation gives them."""

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
    "Sentencing in the arson case is listed for {day}.",
    "The branch library is shut on {day} while the roof is mended.",
    "A meeting for families is on {day} in the church hall.",
    "Both defendants are in court on {day}.",
])
def test_a_calendar_entry_with_is_looks_ahead(dct: date, weekday: int, sentence: str) -> None:
    name = NAMES[weekday]
    assert _day(sentence.format(day=name), name, dct) == _coming(weekday, dct)


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
@pytest.mark.parametrize("sentence", [
    "The lodger is accused of starting the fire on {day}.",
    "The gardener, who is 58, was taken to hospital on {day}.",
])
def test_a_charge_or_an_aside_with_is_still_looks_back(dct: date, weekday: int, sentence: str) -> None:
    name = NAMES[weekday]
    assert _day(sentence.format(day=name), name, dct) == _latest(weekday, dct)


@pytest.mark.parametrize("sentence, expression, value", [
    ("Ticket prices have doubled over the past year.", "the past year", "P1Y"),
    ("During the past month the ferry has broken down twice.", "the past month", "P1M"),
    ("Rents in the valley rose sharply over the past decade.", "the past decade", "P10Y"),
    ("The team has not lost at home for the past week.", "the past week", "P1W"),
])
def test_the_past_unit_is_a_stretch_up_to_now(sentence: str, expression: str, value: str) -> None:
    found = {t.text: t for t in tag(sentence, date(2024, 6, 5))}
    assert expression in found, list(found)
    assert (found[expression].type, found[expression].value) == ("DURATION", value)


@pytest.mark.parametrize("sentence, expression", [
    ("Talks dragged on for the last week without a deal.", "the last week"),
    ("The river authority widened its inquiry in the past year.", "the past year"),
])
def test_the_last_week_and_in_the_past_year_stay_dated(sentence: str, expression: str) -> None:
    found = {t.text: t for t in tag(sentence, date(2024, 6, 5))}
    assert found[expression].type == "DATE"


@pytest.mark.parametrize("dct", WEEK[::2], ids=[d.strftime("%a") for d in WEEK[::2]])  # every other report day: kept fast
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
@pytest.mark.parametrize("sentence, ahead", [
    ("On {day}, two of the dockers go on trial over the fire.", True),
    ("On {day}, the farmers' market opens at eight in the square.", True),
    ("{day} morning, the under-twelves play their first final.", True),
    ("On {day}, the harbour master closed the slipway.", False),
    ("On {day}, the council said the new pool opens in May.", False),
    ("The chipmaker fell 4 percent; it reports results on {day}.", True),
    ("Shares of the brewer rose after it reported results on {day}.", False),
])
def test_a_weekday_with_a_fixture_looks_ahead(dct: date, weekday: int, sentence: str,
                                                                        ahead: bool) -> None:
    name = NAMES[weekday]
    text = sentence.format(day=name)
    expression = name + (" morning" if "morning" in text else "")
    found = {t.text: t for t in tag(text, dct)}
    assert expression in found, list(found)
    got = found[expression].begin
    assert got == (_coming(weekday, dct) if ahead else _latest(weekday, dct))
