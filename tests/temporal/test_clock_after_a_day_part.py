"""An hour without am/pm said with its part of a day takes that part's half of the clock (issue #11,
session 24): "tonight at 10" is 22:00 tonight (the clock was dropped, "tonight at 10:30" read 10:30 in
the morning), and the at sign a post writes for "at" works before the part too ("party @ 8 tonite"
read 08:00: the rule's word boundary never matched "@" after a space)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

D = date(2016, 9, 14)  # a Wednesday


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, D)]


@pytest.mark.parametrize("text, clock, value", [
    ("the quiz starts tonight at 9 in the back room", "9", "2016-09-14T21:00"),
    ("see u 2nite @ 8!!", "8", "2016-09-14T20:00"),
    ("The vote is tonight at 7:45.", "7:45", "2016-09-14T19:45"),
    ("call me tomorrow night at 10, ok?", "10", "2016-09-15T22:00"),
    ("we landed yesterday afternoon at 4", "4", "2016-09-13T16:00"),
    ("the ferry left this morning at 6", "6", "2016-09-14T06:00"),
    ("Doors open tonight at 8 o'clock.", "8 o'clock", "2016-09-14T20:00"),
])
def test_an_hour_after_its_part_of_day(text: str, clock: str, value: str) -> None:
    assert (clock, value) in _pairs(text)


@pytest.mark.parametrize("text, span, value", [
    ("bbq @ 6 tonite, bring chairs", "6 tonite", "2016-09-14T18:00"),
    ("karaoke @ 9 tonight!!", "9 tonight", "2016-09-14T21:00"),
])
def test_an_at_sign_before_the_hour_and_its_part(text: str, span: str, value: str) -> None:
    assert (span, value) in _pairs(text)


@pytest.mark.parametrize("text", [
    "Shares closed tonight at 9.50 a share.",
    "Turnout tonight at 10 percent was low.",
    "The bar stays open tonight at 2 for regulars.",
])
def test_no_clock_from_a_figure_or_an_hour_outside_the_part(text: str) -> None:
    assert [t.text for t in tag(text, D) if t.type == "TIME" and t.text[0].isdigit()] == []


@pytest.mark.parametrize("text, span, value", [
    ("drinks at 8ish tonight?", "8ish tonight", "2016-09-14T20:00"),
    ("home by 5ish", "5ish", "2016-09-14T05:00"),
    ("meet around 10ish", "10ish", "2016-09-14T10:00"),
])
def test_an_hour_said_roughly(text: str, span: str, value: str) -> None:
    assert [(t.text, t.value) for t in tag(text, D)] == [(span, value)]
