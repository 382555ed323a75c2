"""Issue 12, session 35 (h35q): a pluperfect's second step joined by "and had" with a date of its own is a
happening of its own ("had joined the bank in 1970 and had risen to run its foreign desk by 1985"); with
"by" its date bounds it, so it is done between the two dates. A state gives none. Our own sentences, none
from the gold set, the folders or TimeML."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.extracted_events import events_of


def test_a_pluperfect_step_done_by_a_date() -> None:
    events = events_of("She had joined the bank in 1970 and had risen to run its foreign desk by 1985.")
    assert [(e.title, e.begin, e.end) for e in events] == [
        ("She joins the bank", date(1970, 1, 1), date(1970, 12, 31)),
        ("She rises to run its foreign desk", date(1970, 1, 1), date(1985, 12, 31)),
    ]


def test_a_pluperfect_step_with_its_own_date() -> None:
    events = events_of("The firm had opened a shop in 1990 and had closed it in 1995.")
    assert [(e.title, e.begin.year) for e in events] == [("The firm opens a shop", 1990), ("The firm closes it", 1995)]


# (session 59 decision: a state told up to a year with 'until' is no event (about 20 such states in the gold, by several writers, none listed); a strict xfail before it)
def test_a_state_after_until_is_no_step() -> None:
    titles = [e.title for e in events_of("He had moved to Leeds in 1950 and had stayed there until 1960.")]
    assert "He stays there" not in titles
