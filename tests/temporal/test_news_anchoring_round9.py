"""Which reference and which side of it a news expression is read from, in our own sentences and on
several document dates (session nine of issue 11): irregular past verbs mark the past like "-ed" ones,
a headline's "to" + verb is a plan, "the next May" is the May after the time just told, and a report's
second "a year earlier" names the same comparison period as its first."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from tests.temporal.weekdays import NAMES, WEEK
from tests.temporal.weekdays import coming as _coming
from tests.temporal.weekdays import day_of as _day
from tests.temporal.weekdays import latest as _latest

DCTS = [date(2021, 3, 10), date(2016, 1, 28), date(1999, 4, 2)]


def _values(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, narrative=False)]


@pytest.mark.parametrize("dct", DCTS, ids=str)
@pytest.mark.parametrize("verb", ["sold", "withdrew", "built", "taught", "swore", "overtook"])
def test_an_irregular_past_verb_puts_a_later_month_in_the_year_before(dct: date, verb: str) -> None:
    """ "The group sold the plant in June", written in March: last June, as "closed the plant in June"."""
    assert _values(f"The group {verb} the plant in June.", dct) == [("June", f"{dct.year - 1}-06")]


@pytest.mark.parametrize("dct", DCTS, ids=str)
@pytest.mark.parametrize("verb", ["will sell", "plans to sell", "is expected to sell"])
def test_the_same_month_ahead_stays_in_the_report_year(dct: date, verb: str) -> None:
    assert _values(f"The group {verb} the plant in June.", dct) == [("June", f"{dct.year}-06")]


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_a_headline_infinitive_is_a_plan(dct: date, weekday: int) -> None:
    name = NAMES[weekday]
    text = f"Minister to visit farms in the north {name}\n\nThe minister will meet farmers and the mayor."
    assert _day(text, name, dct) == _coming(weekday, dct)
    lower = f"back to work {name.lower()} after the long break"
    assert _day(lower, name.lower(), dct) == _coming(weekday, dct)


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_a_headline_in_the_past_or_a_place_after_to_is_no_plan(dct: date, weekday: int) -> None:
    name = NAMES[weekday]
    assert _day(f"Minister visited farms in the north {name}\n\nThe visit was short.", name, dct) == _latest(weekday, dct)
    assert _day(f"Record crowd at the road to the coast {name}\n\nTraffic was slow.", name, dct) == _latest(weekday, dct)


@pytest.mark.parametrize("dct", DCTS, ids=str)
@pytest.mark.parametrize("text, value", [
    ("The festival moved to Leeds in 1998. The next May it returned to York.", "1999-05"),
    ("In June 2004 the festival moved to Leeds. The next May it returned to York.", "2005-05"),
    ("The festival moved to Leeds on Sept. 3, 2007, and the next May it returned to York.", "2008-05"),
    ("The festival will move to Leeds in 2030. The next May it returns to York.", "2031-05"),
])
def test_the_next_month_is_after_the_time_just_told(dct: date, text: str, value: str) -> None:
    got = dict(_values(text, dct))
    assert got["next May"] == value, got


@pytest.mark.parametrize("dct", DCTS, ids=str)
def test_next_month_without_the_still_counts_from_the_report(dct: date) -> None:
    text = "The festival moved to Leeds in 1998. It returns to York next May."
    year = dct.year if dct.month < 5 else dct.year + 1
    assert dict(_values(text, dct))["next May"] == f"{year}-05"


@pytest.mark.parametrize("dct", [date(2019, 10, 24), date(2008, 11, 3)], ids=str)
def test_a_second_year_earlier_in_a_report_is_the_same_quarter(dct: date) -> None:
    text = ("Acme said third-quarter profit rose to $5 million from $3 million a year earlier. "
            "Sales climbed to $80 million from $70 million a year earlier.")
    year = dct.year - 1
    assert [v for e, v in _values(text, dct) if e == "a year earlier"] == [f"{year}-Q3", f"{year}-Q3"]


@pytest.mark.parametrize("dct", [date(2019, 10, 24), date(2008, 11, 3)], ids=str)
def test_a_story_of_years_still_steps_back_each_time(dct: date) -> None:
    """No comparison of figures: each "a year earlier" is a year before the one just told."""
    text = "The mill closed in 1990. A year earlier, its owner had died. A year earlier, a fire had hit it."
    assert [v for e, v in _values(text, dct) if e == "A year earlier"] == ["1989", "1988"]
    still = ("Acme said third-quarter profit rose to $5 million from $3 million a year earlier, "
             "and from $2 million a year earlier still.")
    year = dct.year - 1
    assert [v for e, v in _values(still, dct) if e == "a year earlier"] == [f"{year}-Q3", f"{year - 1}-Q3"]


@pytest.mark.parametrize("dct", DCTS, ids=str)
@pytest.mark.parametrize("clock, value", [("01:00", "01:00"), ("1 a.m.", "01:00"), ("02:20", "02:20"), ("4.45am", "04:45")])
def test_the_small_hours_of_that_night_are_the_next_day(dct: date, clock: str, value: str) -> None:
    """ "The fire broke out on 14 April 1987. At 02:20 that night the roof fell": 15 April, while "that
    night" is still the night of the 14th."""
    text = f"The fire broke out on 14 April 1987. At {clock} that night the roof fell in."
    got = dict(_values(text, dct))
    assert got[clock] == f"1987-04-15T{value}", got
    assert got["that night"] == "1987-04-14TNI", got


@pytest.mark.parametrize("dct", DCTS, ids=str)
@pytest.mark.parametrize("text, clock, value", [
    ("The fire broke out on 14 April 1987. At 23:10 that night the roof fell in.", "23:10", "1987-04-14T23:10"),
    ("The fire broke out on 14 April 1987. At 01:00 the roof fell in.", "01:00", "1987-04-14T01:00"),
    ("The fire broke out on 14 April 1987. At 06:30 that morning the crews left.", "06:30", "1987-04-14T06:30"),
])
def test_an_evening_time_or_one_with_no_night_stays_on_the_day(dct: date, text: str, clock: str, value: str) -> None:
    assert dict(_values(text, dct))[clock] == value


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
@pytest.mark.parametrize("clock, value", [("06:00 today", "06:00"), ("10:30 today", "10:30")])
def test_a_clock_time_that_names_today_is_on_the_report_day(dct: date, weekday: int, clock: str, value: str) -> None:
    """ "A warning, issued on Sunday evening, was lifted at 06:00 today": today's 06:00, not Sunday's."""
    text = f"A flood warning, issued on {NAMES[weekday]} evening, will be lifted at {clock}."
    got = dict(_values(text, dct))
    assert got[clock] == f"{dct.isoformat()}T{value}", got


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_the_night_after_a_named_day_or_an_evening_time_is_that_days(dct: date, weekday: int) -> None:
    name = NAMES[weekday]
    day = _latest(weekday, dct).isoformat()
    text = f"The storm reached the coast on {name} and moved inland during the night."
    assert dict(_values(text, dct))["the night"] == f"{day}TNI"
    text = (f"The trawler sank 40 miles out at about 10 p.m. on {name}. "
            "Strong winds hampered the search through the night.")
    assert dict(_values(text, dct))["the night"] == f"{day}TNI"


@pytest.mark.parametrize("dct", DCTS, ids=str)
def test_the_night_after_a_morning_time_is_not_its_night(dct: date) -> None:
    """A time before noon says nothing of which night follows: "the night" stays where it was."""
    text = "The trawler left at 6 a.m. on 3 March 1999. Strong winds hampered the search through the night."
    assert dict(_values(text, dct))["the night"] != "1999-03-03TNI"


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
@pytest.mark.parametrize("present, past", [
    ("The vote takes place on {}.", "The vote took place on {}."),
    ("Voters go to the polls on {}.", "Voters went to the polls on {}."),
    ("The final is held on {}.", "The final was held on {}."),
    ("The exhibition closes on {}.", "The exhibition closed on {}."),
])
def test_a_fixture_told_in_the_present_is_ahead(dct: date, weekday: int, present: str, past: str) -> None:
    name = NAMES[weekday]
    assert _day(present.format(name), name, dct) == _coming(weekday, dct)
    assert _day(past.format(name), name, dct) == _latest(weekday, dct)
