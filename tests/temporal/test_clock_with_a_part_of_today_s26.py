"""A clock time with am/pm said right before a part of a day ("at 8 p.m. this evening", "9:40 pm
last night", "7 a.m. tomorrow morning") is one TIME on the day that part names (session 26, found in a
broadcast transcript of our own: "not before Thursday ... a curfew at 8 p.m. this evening" put the
curfew on Thursday, since the clock stood apart from its day and took the day told last). TimeBank
marks a clock and its day as one expression ("9 a.m. Tuesday"), as the tagger did for "10 a.m.
tomorrow" already."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _pairs(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize("dct, text, span, value", [
    (date(2005, 8, 29), "Officials say not before Thursday. A curfew goes into effect at 8 p.m. this evening.",
     "8 p.m. this evening", "2005-08-29T20:00"),
    (date(2019, 3, 5), "The vote was held on Friday. Polls close at 9 p.m. tonight in the capital.",
     "9 p.m. tonight", "2019-03-05T21:00"),
    (date(1997, 11, 12), "Talks broke off Monday and resume at 7:30 a.m. this morning, the union said.",
     "7:30 a.m. this morning", "1997-11-12T07:30"),
    (date(2011, 6, 1), "The plant was shut on May 28. Power was cut at 9:40 pm last night.",
     "9:40 pm last night", "2011-05-31T21:40"),
    (date(2002, 1, 15), "The market reopened Friday. Trading halted at 2 p.m. EST this afternoon.",
     "2 p.m. EST this afternoon", "2002-01-15T14:00"),
    (date(2023, 10, 2), "The jury deliberated on Saturday and returns at 10 AM tomorrow morning.",
     "10 AM tomorrow morning", "2023-10-03T10:00"),
    (date(2008, 4, 30), "The fire began on Monday; crews were pulled back at 5 p.m. yesterday afternoon.",
     "5 p.m. yesterday afternoon", "2008-04-29T17:00"),
])
def test_a_clock_on_the_day_of_its_part(dct: date, text: str, span: str, value: str) -> None:
    assert (span, value) in _pairs(text, dct)


@pytest.mark.parametrize("text, span, value", [
    ("The bridge collapsed on Thursday. Divers found the car at 1 a.m. last night.", "1 a.m. last night", "2014-02-10T01:00"),
    ("Fans queued from Saturday; the doors opened at 12:30 am last night.", "12:30 am last night", "2014-02-10T00:30"),
])
def test_a_clock_after_midnight_of_last_night_is_the_writers_day(text: str, span: str, value: str) -> None:
    assert (span, value) in _pairs(text, date(2014, 2, 10))
