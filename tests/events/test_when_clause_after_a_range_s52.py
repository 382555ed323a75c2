"""Session 52 (lead): "kept the books from 1915 until 1931, when she married".

The "when" clause after a range's end tells a happening of its own at that end. Its act, which has no
date expression of its own, was titled from the date on ("1931, when she married"), and the range's
own title ran on into it ("Tom Hale runs the forge, when he emigrates to Canada"). Now the range's
title stops at the comma (clauses._breaks keeps a "when" after "until <year>" as a break) and the act is
titled from its own clause (clauses.clause_bounds, for an act with no date of its own). Sentences of our
own; each row failed before.
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of

RANGES = [
    ("Tom Hale ran the forge from 1890 until 1922, when he emigrated to Canada.", "Tom Hale runs the forge"),
    ("Piet Varga coached the team from 1990 until 1996, when he resigned.", "Piet Varga coaches the team"),
]


@pytest.mark.parametrize("text, title", RANGES)
def test_the_range_s_title_stops_before_the_when_clause(text: str, title: str) -> None:
    assert title in [e.title for e in events_of(text)]


WHEN_ACTS = [
    ("Ada Quist chaired the board from 1961 until 1974, when she married a Dutch diplomat.",
     "Ada Quist marries a Dutch diplomat", "1974-01-01"),
    ("Piet Varga coached the team from 1990 until 1996, when he resigned.", "Piet Varga resigns", "1996-01-01"),
]


@pytest.mark.parametrize("text, title, begin", WHEN_ACTS)
def test_the_when_clause_s_act_is_titled_from_its_own_clause(text: str, title: str, begin: str) -> None:
    events = events_of(text)
    assert (title, begin) in [(e.title, str(e.begin)) for e in events], [e.title for e in events]
