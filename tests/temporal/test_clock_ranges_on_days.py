"""Clock ranges as listings and newsletters write them, on sentences of our own (session twelve's
school newsletter had "3.45-7 p.m." with its first end lost):

- the first end shares the second's am/pm however the am/pm is written ("3.45-7 p.m."), and a range
  joined by a word needs its "from"/"between" ("from 2:30 to 4 pm", "between 10 and 11.30 a.m.");
- both ends of a clock range written before its day are times of that day ("2:30-4 pm on Saturday"),
  as a single clock time is;
- a fixture that "runs" or "goes on trial/sale" on a weekday, or is given a clock range before the
  weekday, is the coming day.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from tests.temporal.weekdays import NAMES, WEEK
from tests.temporal.weekdays import coming as _coming


def _values(text: str, dct: date | None = date(2024, 3, 6)) -> dict[str, str]:
    """Each expression's value, a range's ends apart (as TimeML marks them)."""
    return {p.text: p.value for t in tag(text, dct) for p in (t.parts or (t,))}


@pytest.mark.parametrize("text, first, second", [
    ("The open evening is 3.45-7 p.m. in the hall.", ("3.45", "T15:45"), ("7 p.m.", "T19:00")),
    ("The surgery is open 9.30-11 a.m. for walk-ins.", ("9.30", "T09:30"), ("11 a.m.", "T11:00")),
    ("The jumble sale runs from 2:30 to 4 pm in the scout hut.", ("2:30", "T14:30"), ("4 pm", "T16:00")),
    ("Visiting is between 10 and 11.30 a.m. each day.", ("10", "T10:00"), ("11.30 a.m.", "T11:30")),
])
def test_the_first_end_shares_the_am_or_pm(text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    got = _values(text)
    for expression, clock in (first, second):
        assert expression in got and got[expression].endswith(clock), got


@pytest.mark.parametrize("text", ["Rovers won 3 to 2 pm kick-off viewers' delight.", "The vote was 6 and 4 pm."])
def test_numbers_joined_by_a_word_without_from_are_no_range(text: str) -> None:
    got = _values(text)
    assert not any(k in got for k in ("3", "6")), got


@pytest.mark.parametrize("text, day", [
    ("The plant sale opens 2:30-4 pm on March 9.", "2024-03-09"),
    ("The clinic is open between 10 and 11.30 a.m. on 12 March.", "2024-03-12"),
])
def test_both_ends_of_a_range_before_a_date_are_on_it(text: str, day: str) -> None:
    got = _values(text)
    clocks = [v for k, v in got.items() if "T" in v]
    assert len(clocks) == 2 and all(v.startswith(day) for v in clocks), got


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
@pytest.mark.parametrize("sentence", [
    "The book sale runs from 2:30 to 4 pm on {day} in the library.",
    "Two of the accused go on trial on {day}.",
    "The tickets go on sale on {day}.",
])
def test_a_fixture_with_a_range_or_a_run_looks_ahead(dct: date, weekday: int, sentence: str) -> None:
    name = NAMES[weekday]
    found = {p.text: p for t in tag(sentence.format(day=name), dct) for p in (t.parts or (t,))}
    assert found[name].begin == _coming(weekday, dct)
    clocks = [t for t in found.values() if t.type == "TIME"]
    assert all(t.begin == found[name].begin for t in clocks)
