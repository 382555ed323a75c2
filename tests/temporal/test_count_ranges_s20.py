"""Issue 11, session 20: a range of counts of one unit is two durations, as the readable TimeML
quarters mark it ("<two> to <six days>", "<ten> or <fifteen years>"): the first count takes the unit
said after the second. "a day or two" is one short vague stretch. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.temporal import tag

DCT = date(2021, 6, 9)


def _durations(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag(text, DCT) if t.type == "DURATION"]


@pytest.mark.parametrize("text, expected", [
    ("The repairs will take two to three weeks.", [("two", "P2W", None), ("three weeks", "P3W", None)]),
    ("Delays of four or five days are normal.", [("four", "P4D", None), ("five days", "P5D", None)]),
    ("The ferry takes 2 to 3 hours in winter.", [("2", "PT2H", None), ("3 hours", "PT3H", None)]),
    ("She coached there for eight or nine years.", [("eight", "P8Y", None), ("nine years", "P9Y", None)]),
    ("Parts arrive in between 10 and 14 days.", [("10", "P10D", None), ("14 days", "P14D", None)]),
    ("The cure takes about three to four months.", [("about three", "P3M", "APPROX"), ("four months", "P4M", "APPROX")]),
])
def test_a_range_of_counts_is_two_durations(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _durations(text) == expected


@pytest.mark.parametrize("text, span, value", [
    ("The results should come in a day or two.", "a day or two", "PXD"),
    ("Prices may settle in a year or two.", "a year or two", "PXY"),
    ("Recovery usually takes 6-8 weeks.", "6-8 weeks", "PXW"),  # a hyphenated range stays one
    ("Over the past two to three years rents rose.", "the past two to three years", "PXY"),  # anchored: one stretch
])
def test_one_vague_stretch(text: str, span: str, value: str) -> None:
    assert (span, value) in [(t.text, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("text", [
    "The score went from three to two goals.",
    "Ten or eleven players turned up.",
    "Flights went from five to three days a week.",  # a falling count is no range
])
def test_counts_of_no_time_unit_or_falling_are_left(text: str) -> None:
    assert not [t for t in _durations(text) if t[0] in ("three", "five", "Ten")]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 60), st.integers(1, 60), st.sampled_from(["to", "or"]),
       st.sampled_from(["days", "weeks", "months", "years", "hours"]))
def test_any_range_splits_only_when_rising(a: int, b: int, sep: str, unit: str) -> None:
    text = f"The work took {a} {sep} {b} {unit}."
    found = [(t.text, t.value) for t in tag(text, DCT) if t.type == "DURATION"]
    if a < b:
        assert [s for s, _ in found] == [str(a), f"{b} {unit}"]
        assert found[0][1].endswith(str(a) + found[1][1][-1])
    else:
        assert all(s != str(a) for s, _ in found)
