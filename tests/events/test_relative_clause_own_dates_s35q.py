"""Issue 12, session 35 (h35q): a relative clause with a date of its own after a main clause's date tells its
own happening, also when the clause is a "where" clause with its own subject ("The club moved to Ash Road in
1911, where the players built a stand in 1923") and when the main clause's date stands right before the
clause's comma ("rented the old chapel in 1976, which members converted into a theatre in 1977"): each
keeps its own date. A state or an undated clause gives none. Our own sentences, none from the gold set, the
folders or TimeML."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.extracted_events import events_of


def _dated(text: str) -> list[tuple[str, int | None]]:
    return [(e.title, e.begin.year if isinstance(e.begin, date) else None) for e in events_of(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The club moved to Ash Road in 1911, where the players built a stand in 1923.",
         [("The club moves to Ash Road", 1911), ("The players build a stand", 1923)]),
        ("The group rented the old chapel in 1976, which members converted into a theatre in 1977.",
         [("The group rents the old chapel", 1976), ("Members convert the old chapel into a theatre", 1977)]),
        ("The firm opened a shop in Hull in 1990, which closed in 1995.",
         [("The firm opens a shop in Hull", 1990), ("A shop in Hull closes", 1995)]),
    ],
)
def test_the_clause_keeps_its_own_date(text: str, expected: list[tuple[str, int]]) -> None:
    assert _dated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She moved to Leeds in 1950, where she lived until 1960.",  # a state
        "The council bought the field in 1921, which the school had used since 1900.",  # a state since
    ],
)
def test_a_state_in_the_clause_gives_no_happening(text: str) -> None:
    assert len(events_of(text)) == 1
