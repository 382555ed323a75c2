"""A rule must hold for every word of the kind it was written for, not only for the words it was seen with.

Our figures on TimeML text nobody tuned on trail those on the text rules were written from, so each
rule's reach is checked here as a property: the same sentence with any weekday, any month (full or
abbreviated), any small count and any document date must give the same span and the value the
calendar says. A rule fitted to one phrase ("Thursday", "Sept.", "three months") fails these. The
sentences are our own, in three registers: a wire report, a company's results and a broadcast.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view
from tests.property_examples import examples

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (("January", 1), ("February", 2), ("March", 3), ("April", 4), ("June", 6), ("July", 7),
          ("August", 8), ("September", 9), ("October", 10), ("November", 11), ("December", 12),
          ("Jan.", 1), ("Feb.", 2), ("Aug.", 8), ("Sept.", 9), ("Oct.", 10), ("Nov.", 11), ("Dec.", 12))
COUNTS = (("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9))
UNITS = (("days", "D"), ("weeks", "W"), ("months", "M"), ("years", "Y"))

DCTS = st.dates(min_value=date(1988, 1, 1), max_value=date(2024, 12, 31))


def _found(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_view(tag(text, dct))]


@settings(max_examples=examples(30), deadline=None)
@given(dct=DCTS, day=st.sampled_from(range(7)))
def test_a_weekday_in_past_reporting_is_the_latest_such_day_up_to_the_document_date(dct: date, day: int) -> None:
    text = f"Dockworkers walked off the job {WEEKDAYS[day]}, a union spokesman said."
    expected = dct - timedelta(days=(dct.weekday() - day) % 7)
    assert _found(text, dct) == [(WEEKDAYS[day], expected.isoformat())]


@settings(max_examples=examples(30), deadline=None)
@given(dct=DCTS, day=st.sampled_from(range(7)))
def test_a_weekday_in_a_plan_is_the_next_such_day_from_the_document_date(dct: date, day: int) -> None:
    text = f"The council will vote on the budget {WEEKDAYS[day]}, the mayor's office said."
    expected = dct + timedelta(days=(day - dct.weekday()) % 7)
    assert _found(text, dct) == [(WEEKDAYS[day], expected.isoformat())]


@settings(max_examples=examples(30), deadline=None)
@given(dct=DCTS, month=st.sampled_from(MONTHS), day=st.integers(min_value=1, max_value=28))
def test_a_yearless_day_told_in_the_past_is_the_latest_such_day_up_to_the_document_date(
        dct: date, month: tuple[str, int], day: int) -> None:
    name, number = month
    text = f"The refinery shut down on {name} {day} and restarted last week."
    year = dct.year if (number, day) <= (dct.month, dct.day) else dct.year - 1
    found = _found(text, dct)
    assert found[0] == (f"{name} {day}", date(year, number, day).isoformat())
    assert [t for t, _ in found[1:]] == ["last week"]


@settings(max_examples=examples(20), deadline=None)
@given(dct=DCTS, count=st.sampled_from(COUNTS), unit=st.sampled_from(UNITS))
def test_a_counted_stretch_keeps_its_span_and_count_for_any_number_and_unit(
        dct: date, count: tuple[str, int], unit: tuple[str, str]) -> None:
    (word, n), (unit_word, code) = count, unit
    assert _found(f"Revenue climbed 6% in the {word} {unit_word} to the end of the period.", dct) == \
        [(f"the {word} {unit_word}", f"P{n}{code}")]
    assert _found(f"And we'll have more on that story in the next {word} {unit_word}, here on the evening news.", dct) == \
        [(f"the next {word} {unit_word}", f"P{n}{code}")]


@settings(max_examples=examples(20), deadline=None)
@given(dct=DCTS, count=st.sampled_from(COUNTS))
def test_weeks_ago_is_the_week_that_many_weeks_before_the_document_date(dct: date, count: tuple[str, int]) -> None:
    word, n = count
    year, week, _ = (dct - timedelta(weeks=n)).isocalendar()
    assert _found(f"The walkout began {word} weeks ago, and talks have stalled since.", dct) == \
        [(f"{word} weeks ago", f"{year}-W{week:02d}")]
