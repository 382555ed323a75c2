"""Kinds of wrong values the session-eleven fresh articles showed, each checked on our own new
sentences (not the articles' words) and on every day of the week where a weekday is involved:

* a clock time and its day agree: the dots of "p.m." and "Jan." end no clause, so a past verb in a
  coordinated clause after the date (", and the club said it hoped ...") does not pull the day back
  a year while its clock time stays in the document's year;
* a plan reported in a clause after the writer's own future ("Schools will close Monday, and the
  airports said they would suspend flights from Monday evening") is still a plan;
* a weekday that is the deadline of an infinitive ("ordered campers to leave by noon Friday", "if the
  board agreed by Friday to reopen talks") lies ahead, unlike a day by which something was done;
* the participle of a future perfect ("we'll have played Saturday") is no past verb;
* a clock time the writer reports in the past is not on a forecast day named in the sentence before;
* a condition or time clause under a future or a modal ("were likely to buy as soon as trading opened
  Monday", TBAQ's wsj_0340 too) looks ahead.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from tests.temporal.weekdays import NAMES, WEEK
from tests.temporal.weekdays import coming as _coming
from tests.temporal.weekdays import day_of as _day
from tests.temporal.weekdays import latest as _latest


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize(("text", "day", "clock"), [
    ("The offer lapses at 5 p.m. on March 9, and the bank said it wanted more bids.", "March 9", "5 p.m."),
    ("Voting ends at 8 p.m. on Sept. 30, and the commission said it hoped for a high turnout.", "Sept. 30", "8 p.m."),
])
def test_a_clock_time_and_its_day_stay_in_one_year(text: str, day: str, clock: str) -> None:
    dct = date(2024, 3, 4) if day.startswith("March") else date(2024, 9, 20)
    got = _values(text, dct)
    year = str(dct.year)
    assert got[day].startswith(year), got
    assert got[clock].startswith(got[day]), got


def test_a_present_verb_ending_in_eed_is_no_past() -> None:
    # "succeed" is no past verb: next February, not last February (with an initial's dot before it)
    got = _values("Mr. Lund, 61 years old, will succeed Anna K. Berg Feb. 1 as chairman.", date(2023, 10, 20))
    assert got["Feb. 1"] == "2024-02-01", got


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_a_reported_plan_after_the_writers_future_is_still_ahead(dct: date, weekday: int) -> None:
    name = NAMES[weekday]
    text = (f"Courts will stay open as usual, and the unions said they would halt the ferries from "
            f"{name} evening.")
    got = {t.text: t.value for t in tag(text, dct)}
    assert got[f"{name} evening"] == f"{_coming(weekday, dct).isoformat()}TEV", got


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_the_deadline_of_an_infinitive_is_ahead(dct: date, weekday: int) -> None:
    name = NAMES[weekday]
    assert _day(f"Rangers ordered campers to leave the valley by {name}.", name, dct) == _coming(weekday, dct)
    text = f"The nurses called off the walkout, provided the board agreed by {name} to reopen talks."
    assert _day(text, name, dct) == _coming(weekday, dct)


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_a_day_by_which_something_was_done_has_passed(dct: date, weekday: int) -> None:
    name = NAMES[weekday]
    text = f"Only two of the twelve clubs had filed their accounts by {name}, the league said."
    assert _day(text, name, dct) == _latest(weekday, dct)


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_the_future_perfect_looks_ahead(dct: date, weekday: int) -> None:
    # the participle of "will have voted" is no past verb: its "will" says the tense
    name = NAMES[weekday]
    text = f"\"The committee will have voted {name}, whatever happens,\" the clerk said."
    assert _day(text, name, dct) == _coming(weekday, dct)


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_a_clock_time_reported_in_the_past_is_not_on_a_forecast_day(dct: date, weekday: int) -> None:
    name = NAMES[weekday]
    ahead = f"The ferry is expected to dock late {name}, the port said. At 9:40 a.m., the ship was 60 miles offshore."
    assert _values(ahead, dct)["9:40 a.m."] == f"{dct.isoformat()}T09:40"
    # a day that has passed, named in the sentence before, is still the clock time's day
    passed = f"The ferry docked late {name}, the port said. At 9:40 a.m., the ship was 60 miles offshore."
    assert _values(passed, dct)["9:40 a.m."] == f"{_latest(weekday, dct).isoformat()}T09:40"


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_a_condition_under_a_future_looks_ahead(dct: date, weekday: int) -> None:
    # a time or condition clause under "likely to"/"would" puts its verb in the past, yet looks ahead
    name = NAMES[weekday]
    text = f"Dealers said buyers were likely to return as soon as the exchange reopened {name}."
    assert _day(text, name, dct) == _coming(weekday, dct)
    # with no future over it, the same clause tells what happened
    told = f"Dealers said buyers returned as soon as the exchange reopened {name}."
    assert _day(told, name, dct) == _latest(weekday, dct)
