"""Three forward-looking clauses whose date the tagger read from the wrong side (session seventeen's
fresh sentences): "the end of the quarter" still to come is the current quarter's, not the end of
the last quarter completed that a results report's "the quarter" names; a month labelling the
possessor's thing ("its April lows") is the nearest one, whatever the future verb says of the
testing; a place said to be open or closed in the present, beside a weekday, is a notice for the
days ahead."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

JUNE = date(1993, 6, 16)  # a Wednesday in the second quarter
WED = date(2026, 3, 11)


def _values(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(("text", "value"), [
    ("Profits will improve by the end of the quarter.", "1993-Q2"),
    ("The company expects to close the sale by the end of the quarter.", "1993-Q2"),
    ("Analysts said shares could recover before the end of the quarter.", "1993-Q2"),
    # told of the past, the end is the last quarter's
    ("Debt at the end of the quarter was $2 billion.", "1993-Q1"),
    ("By the end of the quarter, debt had risen to $2 billion.", "1993-Q1"),
])
def test_the_end_of_the_quarter(text: str, value: str) -> None:
    assert _values(text, JUNE) == [("the end of the quarter", value)]


@pytest.mark.parametrize(("text", "month", "value"), [
    ("The market could test its April lows.", "April", "1993-04"),
    ("The board will revisit its March proposal at the meeting.", "March", "1993-03"),
    ("Traders will watch their May figures closely.", "May", "1993-05"),
    # not a possessor's thing: the plan's month
    ("The agency will publish a report in April.", "April", "1994-04"),
])
def test_a_month_labelling_the_possessors_thing(text: str, month: str, value: str) -> None:
    assert (month, value) in _values(text, JUNE)


@pytest.mark.parametrize(("text", "expected"), [
    ("sat 2am-4am the gym is closed for cleaning", [("sat 2am", "2026-03-14T02:00"), ("4am", "2026-03-14T04:00")]),
    ("the gym is closed sat 2am-4am", [("sat 2am", "2026-03-14T02:00"), ("4am", "2026-03-14T04:00")]),
    ("Markets are closed Friday for the holiday.", [("Friday", "2026-03-13")]),
    ("The library is open Sunday for the first time.", [("Sunday", "2026-03-15")]),
    ("The museum was closed Monday.", [("Monday", "2026-03-09")]),
    ("The office is closed since Monday.", [("Monday", "2026-03-09")]),
])
def test_open_or_closed_beside_a_weekday(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, WED) == expected
