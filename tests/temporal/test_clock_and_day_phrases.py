"""A clock time and its day joined by "on" or "at": two phrases, two expressions (as WikiWars marks
"At 11 a.m. on 11 November 1918", the tweets "today at 9am", and the hand-checked articles "5 p.m. on
November 2", "Friday at 6pm"), and the time still on that day. Written together without a
preposition ("9 a.m. Tuesday", "5 p.m. EST, Nov. 6", "May 8 1:00AM", "this Sat, 7pm") they stay one.
(A date, a comma, then its time, "11 January, 17:05", is left as one: the hand-checked articles
disagree on it and TimeML's corpora have no case.) Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag

DCT = date(2022, 5, 18)  # a Wednesday


def _got(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("text,expected", [
    ("Nominations close at 4 p.m. on June 3, the club said.",
     [("4 p.m.", "TIME", "2022-06-03T16:00"), ("June 3", "DATE", "2022-06-03")]),
    ("The fire alarm sounded at 2 a.m. on Monday.",
     [("2 a.m.", "TIME", "2022-05-16T02:00"), ("Monday", "DATE", "2022-05-16")]),
    ("The bridge will reopen at noon on Friday, engineers said.",
     [("noon", "TIME", "2022-05-20T12:00"), ("Friday", "DATE", "2022-05-20")]),
    ("The choir will sing Sunday at 5pm in the square.",
     [("Sunday", "DATE", "2022-05-22"), ("5pm", "TIME", "2022-05-22T17:00")]),
    ("The final will kick off Saturday at 2.30 p.m.",
     [("Saturday", "DATE", "2022-05-21"), ("2.30 p.m.", "TIME", "2022-05-21T14:30")]),
])
def test_two_phrases_are_two_expressions_on_one_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _got(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The ultimatum ran out at 6 p.m. Thursday.", ("6 p.m. Thursday", "TIME", "2022-05-12T18:00")),
    ("Bids are due by 5 p.m. EDT, May 27.", ("5 p.m. EDT, May 27", "TIME", "2022-05-27T17:00")),
    ("The siege ended May 8 1:00AM.", ("May 8 1:00AM", "TIME", "2022-05-08T01:00")),
    ("Quiz this Fri, 8pm at the pub", ("this Fri, 8pm", "TIME", "2022-05-20T20:00")),
])
def test_written_together_they_stay_one(text: str, expected: tuple[str, str, str]) -> None:
    assert _got(text)[0] == expected


@pytest.mark.parametrize("text, clock, value", [
    ("The ferry left at 0915 local time.", "0915", "2022-05-18T09:15"),
    ("Talks ended at 1400 local time, officials said.", "1400", "2022-05-18T14:00"),
    ("Firing stopped shortly after 2230 local time.", "2230", "2022-05-18T22:30"),
    ("The storm hit at 17.45.", "17.45", "2022-05-18T17:45"),
    ("The meeting closed at 23.10 after a long debate.", "23.10", "2022-05-18T23:10"),
    ("Voting runs until 09.30 and counting starts at once.", "09.30", "2022-05-18T09:30"),
])
def test_a_24_hour_clock_before_local_time_or_written_with_a_dot(text: str, clock: str, value: str) -> None:
    """A colonless 24-hour clock before "local time" (TimeML leaves "local time" out of the span) and a
    two-digit-hour dotted clock after a preposition of time are times of the text's day."""
    assert (clock, "TIME", value) in _got(text)


@pytest.mark.parametrize("text", [
    "Shares rose 17.45 percent in the year.",
    "The runner finished in 10.45 seconds.",
    "The index closed at 23.10 after a weak day.",
    "The stock closed at 14.50, down from 15.20.",
    "Rates rose to 12.40 by the end of the month.",
])
def test_a_dotted_figure_that_is_a_decimal_is_no_clock(text: str) -> None:
    assert not any(t == "TIME" for _, t, _ in _got(text)), _got(text)


@pytest.mark.parametrize("text,expected", [
    ("The buyout offer runs until midnight June 10, the bidder said.",
     [("midnight June 10", "TIME", "2022-06-10T24:00")]),
    ("Ballots must reach the union by noon EDT July 1.", [("noon EDT July 1", "TIME", "2022-07-01T12:00")]),
    ("The first ceasefire had lapsed at midnight April 30, 2021, without a shot.",
     [("midnight April 30, 2021", "TIME", "2021-04-30T24:00")]),
    ("Talks were to end at 5 p.m. May 2 but went on to noon May 4.",
     [("5 p.m. May 2", "TIME", "2022-05-02T17:00"), ("noon May 4", "TIME", "2022-05-04T12:00")]),
    ("Entries close at midnight on June 30.", [("midnight", "TIME", "2022-06-30T24:00"), ("June 30", "DATE", "2022-06-30")]),
])
def test_noon_or_midnight_before_a_date_is_that_dates_clock(text: str, expected: list[tuple[str, str, str]]) -> None:
    """ "midnight June 10" is one TIME as "5 p.m. June 10" is: the deadline's clock word on the date
    after it (before, the clock word fell on the report's day and the date stood apart)."""
    assert _got(text) == expected


@pytest.mark.parametrize("text", ["By noon, may 3 more people leave?", "The noon march 5 blocks long."])
def test_a_lowercase_modal_or_verb_after_noon_is_no_month(text: str) -> None:
    assert all(t[0] == "noon" for t in _got(text)), _got(text)
