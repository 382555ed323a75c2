"""Happenings a reader lists that the builder missed beside an event it built (session thirty, issue 12).
Sentences written for this test; names, places, dates and verbs vary so that no rule can lean on one."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(sentence: str, dct: date = date(2025, 3, 10)) -> list[tuple[str, date | None, date | None]]:
    text = f"Local news\n\n{sentence}\n"
    return [(e.title, e.begin, e.end) for e in extract_document(Document("a.txt", text, "t"), dct).events]


# --------------------------------------------------------------------------- an act before a dated relative clause


@pytest.mark.parametrize(("sentence", "main", "relative"), [
    ("The council hired a second contractor, Danforth Civil, which restarted the works in September 2022.",
     "council hires a second contractor", "restarts the works"),
    ("The ferry company chartered a smaller vessel, which entered service on 3 May 2021.",
     "ferry company charters a smaller vessel", "enters service"),
    ("The trust bought the old tannery, which had closed in 1962.",
     "trust buys the old tannery", "closes"),
    ("Officers arrested a 19-year-old man, who was released on bail on 4 February.",
     "Officers arrest a 19-year-old man", "released on bail"),
    ("Heavy seas damaged the harbour wall, which masons had rebuilt only in 2016, and flooded the quay.",
     "Heavy seas damage the harbour wall", "rebuil"),
])
def test_an_act_before_a_dated_relative_clause_is_a_happening_of_its_own(sentence: str, main: str, relative: str) -> None:
    """"The council hired a second contractor, …, which restarted the works in September 2022": the
    relative clause holds the sentence's date and gives its event; the act told before it, by its own
    subject, is a happening a reader lists too (not dated by the relative clause's date, which is
    another happening's)."""
    events = _events(sentence)
    titles = [title for title, _, _ in events]
    assert any(main in title for title in titles), titles
    assert any(relative in title for title in titles), titles
    assert all(begin is None for title, begin, _ in events if main in title), events


@pytest.mark.parametrize("sentence", [
    "The treasurer, who had joined the fund in 1994, resigned in May 2020.",
    "Rovers signed the striker Ana Ruiz, who joined from Leeds in 2019.",
])
def test_a_relative_clause_that_is_no_second_act_gives_no_extra_event(sentence: str) -> None:
    """A relative clause before the main verb describes its noun (the main clause is dated by its own
    date), and one after a verb that names a person is the title rules' case: no act is added."""
    titles = [title for title, _, _ in _events(sentence)]
    assert len(titles) <= 2 and len(set(titles)) == len(titles), titles
    assert not any("signs the striker" in title for title in titles[1:]), titles


# --------------------------------------------------------------------------- "did not … until" a date


@pytest.mark.parametrize(("sentence", "title_part", "begin"), [
    ("Building began in 1864, and the college did not open until October 1869.", "college opens", date(1869, 10, 1)),
    ("The museum did not reopen until March 2004.", "museum reopens", date(2004, 3, 1)),
    ("The company struggled to raise its capital, and work did not start until the spring of 1864.",
     "ork starts", date(1864, 3, 1)),
    ("He did not return to Oslo until 1921.", "returns to Oslo", date(1921, 1, 1)),
    ("The council did not approve the plan until 14 June 2019.", "council approves the plan", date(2019, 6, 14)),
])
def test_an_act_not_done_until_a_date_is_done_on_that_date(sentence: str, title_part: str, begin: date) -> None:
    """"did not open until October 1869": the college opened then; the event is the opening, titled
    without the negation, on the date."""
    found = [(title, b) for title, b, _ in _events(sentence) if title_part in title]
    assert found and all(b == begin for _, b in found), _events(sentence)
    assert not any(" not " in title for title, _, _ in _events(sentence)), _events(sentence)


@pytest.mark.parametrize("sentence", [
    "Voters did not know the result until Friday.",
    "The ferry will not sail until Thursday.",
    "Sailings would not resume until Wednesday.",
    "The club has not won the league since 1994.",
])
def test_a_state_a_future_or_a_denial_is_no_act_done_at_last(sentence: str) -> None:
    assert _events(sentence) == []
