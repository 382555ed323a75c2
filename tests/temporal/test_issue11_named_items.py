"""Issue 11's named items that an audit of session fourteen found still broken, each in sentences of
our own and several phrasings: a scheduled present looks forward ("work begins in June", "the vote
is Tuesday"), a clock time written after a day is no year ("on 12 May 2020 at 1930"), a set's clock
time does not take the sentence's full stop; "the next week" after a dated past clause is the week
after, and with no document date a weekday told after a dated past clause is the one after it."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import date_document
from explorer.temporal import tag
from tests.temporal.weekdays import NAMES, WEEK
from tests.temporal.weekdays import coming as _coming
from tests.temporal.weekdays import day_of as _day


def _values(text: str, dct: date | None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize("sentence, expression, value", [
    ("Work begins in June, the chair said.", "June", "2021-06"),
    ("Construction starts in January, the mayor told reporters.", "January", "2022-01"),
    ("The trial opens in February.", "February", "2022-02"),
    ("Repairs begin in late November, the council said on Monday.", "late November", "2021-11"),
    ("The new rules take effect from January, ministers said.", "January", "2022-01"),
    # a past verb keeps the month behind the report
    ("The shop opened in February, the owner said.", "February", "2021-02"),
    ("The season ended in January after a long run.", "January", "2021-01"),
])
def test_a_scheduled_present_with_a_month_looks_forward(sentence: str, expression: str, value: str) -> None:
    assert _values(sentence, date(2021, 3, 10))[expression] == value  # a Wednesday


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
@pytest.mark.parametrize("sentence", [
    "The vote is {day}.",
    "The final hearings are {day}, the clerk said.",
    "The count is {day}, organisers say.",
])
def test_a_weekday_after_a_present_copula_is_the_coming_one(dct: date, weekday: int, sentence: str) -> None:
    name = NAMES[weekday]
    assert _day(sentence.format(day=name), name, dct) == _coming(weekday, dct)


@pytest.mark.parametrize("sentence, expression, value", [
    ("The vote is Tues.", "Tues", "2021-03-16"),
    ("The deadline is Fri. and no later.", "Fri", "2021-03-12"),
    ("The match is next Sat.", "next Sat", "2021-03-13"),
])
def test_a_shortened_weekday_after_a_present_copula_is_the_coming_one(sentence: str, expression: str, value: str) -> None:
    assert _values(sentence, date(2021, 3, 10))[expression] == value  # a Wednesday


def test_the_copula_naming_todays_weekday_is_today() -> None:
    assert _values("Today is Wednesday.", date(2021, 3, 10))["Wednesday"] == "2021-03-10"


@pytest.mark.parametrize("sentence, clock, value", [
    ("Two boats collided on 12 May 2020 at 1930 outside the harbour.", "1930", "2020-05-12T19:30"),
    ("The shop reopened on 3 June at 1815, the owner said.", "1815", "2020-06-03T18:15"),
    ("Crews sailed on Tuesday at 1415.", "1415", "2021-03-09T14:15"),
    ("The last train left at 1745 on 4 March 2019.", "1745", "2019-03-04T17:45"),
    ("The raid began on May 12 at 2145 hours.", "2145 hours", "2020-05-12T21:45"),
])
def test_four_figures_after_a_day_and_at_are_a_clock_time(sentence: str, clock: str, value: str) -> None:
    got = _values(sentence, date(2021, 3, 10))
    assert got[clock] == value
    assert not any(v == clock[:4] for v in got.values())  # never the year


@pytest.mark.parametrize("sentence", [
    "The hall was built in 1930 and sold by 1930.",
    "On 5 June at 1930 prices the house cost little.",
])
def test_four_figures_that_are_years_stay_years(sentence: str) -> None:
    assert "1930" in _values(sentence, date(2021, 3, 10)).values()


@pytest.mark.parametrize("sentence, span, value", [
    ("Crews worked every night at 10pm.", "every night at 10pm", "XXXX-XX-XXT22:00"),
    ("She ran every morning at 7 am. Then she slept.", "every morning at 7 am", "XXXX-XX-XXT07:00"),
    ("The doors open each evening at 9pm.", "each evening at 9pm", "XXXX-XX-XXT21:00"),
    ("He phoned every morning at 7 a.m.", "every morning at 7 a.m.", "XXXX-XX-XXT07:00"),
])
def test_a_set_at_a_clock_time_leaves_the_full_stop(sentence: str, span: str, value: str) -> None:
    assert _values(sentence, date(2021, 3, 10)) == {span: value}


@pytest.mark.parametrize("sentence, span, value", [
    ("The owners met on 2 April 1887, and the next week the first grain went to market.", "the next week", "1887-W14"),
    ("The owners met on 2 April 1887. The next week the first grain went to market.", "The next week", "1887-W14"),
    ("The ferry sank on 9 October 1911 and the next week divers reached it.", "the next week", "1911-W42"),
    # an extent stays a stretch of time
    ("The owners met on 2 April 1887 and fixed the price for the next week.", "the next week", "P1W"),
    ("Prices will rise over the next week.", "the next week", "P1W"),
    ("A ruling is expected within the next week.", "the next week", "P1W"),
])
def test_the_next_week_after_a_dated_clause_is_the_week_after(sentence: str, span: str, value: str) -> None:
    assert _values(sentence, date(2024, 9, 12))[span] == value


@pytest.mark.parametrize("text, weekday, value", [
    ("The builders met on 1 March 2021 to settle the price. On Tuesday the builders signed.", "Tuesday", "2021-03-02"),
    ("The builders met on 1 March 2021 and on Tuesday they signed.", "Tuesday", "2021-03-02"),
    ("The council voted on 4 May 2019. On Friday the contract was signed.", "Friday", "2019-05-10"),
    ("The club was founded on 3 June 2015. It played its first match on Sunday.", "Sunday", "2015-06-07"),
    # a report names the day it was said on; its weekday may lie before it
    ("The minister said on 2 March 2021 that prices fell on Monday.", "Monday", "2021-03-01"),
])
def test_a_weekday_told_after_a_dated_past_clause_with_no_document_date(text: str, weekday: str, value: str) -> None:
    doc = date_document(Document("story.txt", text, "story", None, "unknown"))
    assert doc.date_source in ("inferred", "unknown")
    found = {t.text: t.value for t in tag(doc.text, doc.date, dct_inferred=doc.date_source == "inferred")}
    assert found[weekday] == value


@pytest.mark.parametrize("sentence, span, value", [
    # TimeBank marks the day alone ("in the early hours of [Thursday morning]"), as the s11 inventory does
    ("High winds brought lines down in the early hours of Tuesday.", "Tuesday", "2023-02-07"),
    ("Gusts peaked in the small hours of Monday, forecasters said.", "Monday", "2023-02-06"),
    ("The fire began in the early hours of 3 May 1941.", "3 May 1941", "1941-05-03"),
    ("The crowd stayed until the early hours of Sunday morning.", "Sunday morning", "2023-02-05TMO"),
    ("We talked into the wee hours of Sunday.", "Sunday", "2023-02-05"),
])
def test_the_early_hours_of_a_day_are_that_day_not_hours(sentence: str, span: str, value: str) -> None:
    assert _values(sentence, date(2023, 2, 8)) == {span: value}  # a Wednesday; no "hours" duration (short texts are read as posts)


@pytest.mark.parametrize("sentence, ends", [
    # told in the past: the season that has ended, over the new year
    ("The season ran from December into May.", ("2019-12", "2020-05")),
    ("The ski lifts ran from December to April, the operator said.", ("2019-12", "2020-04")),
    ("The strike lasted from November until February.", ("2020-11", "2021-02")),
    # the present and the future read on from the first end
    ("The festival runs from December into May.", ("2020-12", "2021-05")),
    ("The season will run from December into May.", ("2021-12", "2022-05")),
])
def test_a_season_told_from_december_into_may_rolls_over_the_new_year(sentence: str, ends: tuple[str, str]) -> None:
    (season,) = tag(sentence, date(2021, 3, 10))
    assert tuple(p.value for p in season.parts) == ends


@pytest.mark.parametrize("sentence, span, value", [
    ("The fiscal year ended badly for the firm.", "The fiscal year", "2019"),
    ("The fiscal year starts well, analysts say.", "The fiscal year", "2019"),
    ("Sales fell in the fiscal year, the company said.", "the fiscal year", "2019"),
    ("Drivers are paid $22 per hour.", "per hour", "PT1H"),
    ("Parking costs £3.50 per hour in the centre.", "per hour", "PT1H"),
    ("Calls cost 10 cents per minute.", "per minute", "PT1M"),
])
def test_the_fiscal_year_and_a_rate_per_unit(sentence: str, span: str, value: str) -> None:
    assert _values(sentence, date(2019, 7, 3)) == {span: value}


@pytest.mark.parametrize("sentence", [
    "The car went 60 miles per hour.",  # a speed, no set
    "Staff get an annual bonus.",  # TimeBank leaves the adjective unmarked (see the s14 README)
])
def test_a_speed_and_the_adjective_annual_are_no_time(sentence: str) -> None:
    assert _values(sentence, date(2019, 7, 3)) == {}


def test_a_fiscal_year_given_by_its_end_is_that_date() -> None:
    # not the report's year: twelve months up to the date (TimeML P1Y, as "for the fiscal year ended
    # March 31" reads and TBAQ marks "the year ended March 31")
    assert _values("The fiscal year ended March 31.", date(2019, 7, 3)) == {"The fiscal year": "P1Y",
                                                                          "March 31": "2019-03-31"}
