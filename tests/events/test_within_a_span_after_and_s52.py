"""Session 52 (lead): "…, and within a year she had won …": a "within" span opening a clause joined to a
dated one.

"The strike began on 4 May. Within two weeks the union called it off" was placed (within_spans) only
when the span opened its sentence. Joined to a dated clause by ", and", "; " or ", but", the span's
happening had no date (and its title ran the two clauses together: "Within a year she had wins the
competition", "The mill burns down the owners had rebuilt it"). It is now placed from the date of the
clause before it to the span's end, and titled from its own clause; the dated clause keeps its own
title. Sentences of our own; each row failed before.
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of

ROWS = [
    ("The mill burned down in March 1880, and within two years the owners had rebuilt it.",
     "The owners rebuild it", "1880-03-01", "1882-03-31"),
    ("She opened a studio in Leith in 1962, and within a year she had won the competition for the new library.",
     "She wins the competition for the new library", "1962-01-01", "1963-12-31"),
    ("The dam failed on 3 May 1931; within a week the army had built a temporary bridge.",
     "The army builds a temporary bridge", "1931-05-03", "1931-05-10"),
    ("The club was relegated in April 2009, but within three years it had won promotion twice.",
     "The club wins promotion twice", "2009-04-01", "2012-04-30"),
]


@pytest.mark.parametrize("text, title, begin, end", ROWS)
def test_the_span_s_clause_is_placed_from_the_date_before_it(text: str, title: str, begin: str, end: str) -> None:
    events = events_of(text)
    found = [e for e in events if e.timex.lower().startswith("within")]
    assert [(e.title, str(e.begin), str(e.end)) for e in found] == [(title, begin, end)], [e.title for e in events]


def test_the_dated_clause_keeps_its_own_title() -> None:
    events = events_of("The mill burned down in March 1880, and within two years the owners had rebuilt it.")
    assert next(e for e in events if e.timex == "March 1880").title == "The mill burns down"


def test_a_span_measuring_the_act_is_no_date() -> None:
    # guard: "within" after its verb measures how fast, and opens no clause
    events = events_of("The mill burned down in March 1880, and the owners rebuilt it within two years.")
    assert not any(e.timex.lower().startswith("within") for e in events)
