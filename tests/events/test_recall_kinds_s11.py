"""Kinds of missed event found in session eleven (issue 12, events-recall) on the four fresh gold
articles (``tests/gold/s11-*``) and the readable part: each kind fixed here is checked on sentences
written for this test, not taken from the gold articles."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

_LEAD = "News in brief\n\n"


def _events(text: str):
    return list(extract_document(Document("a.txt", _LEAD + text, "t"), dct=date(2024, 9, 1)).events)


def _with(events, word: str):
    return [e for e in events if word in e.title.lower()]


# ------------------------------------------------------------ a second verb joined by "and", same time


@pytest.mark.parametrize(("text", "first", "second", "day"), [
    # a bare verb sharing the dated clause's subject
    ("The city council closed the old library on 4 March and opened a reading room in the town hall.",
     "clos", "open", date(2024, 3, 4)),
    ("Border guards detained two smugglers on Friday 16 August and confiscated their boat.",
     "detain", "confiscat", date(2024, 8, 16)),
    # a clause of its own after ", and" whose subject is a common noun phrase with its article
    ("Rebels shelled the airport on 9 July, and the airline cancelled all its flights to the city.",
     "shell", "cancel", date(2024, 7, 9)),
    ("The regulator fined the bank £3 million on 2 May, and the chief executive offered his resignation.",
     "fin", "offer", date(2024, 5, 2)),
    # (session 54) a decision in that clause, whatever follows it
    ("The two sides exchanged gifts at the ford on 6 May, and the hill clans agreed to trade wool for salt.",
     "exchang", "agree", date(2024, 5, 6)),
    ("The drivers struck for a day on 3 June, and the bus company decided to close the depot.",
     "strik", "decide", date(2024, 6, 3)),
])
def test_a_joined_clause_is_a_happening_of_its_own_at_the_same_time(text: str, first: str, second: str, day: date) -> None:
    events = _events(text)
    assert _with(events, first), [e.title for e in events]
    joined = _with(events, second)
    assert joined, [e.title for e in events]
    assert joined[0].begin == day and joined[0].end == day


def test_the_joined_happening_names_the_shared_subject() -> None:
    events = _events("The city council closed the old library on 4 March and opened a reading room in the town hall.")
    assert _with(events, "open")[0].title.startswith("The city council opens")


@pytest.mark.parametrize("text", [
    # a verb of saying opens what someone said, not a happening
    "The minister said on 3 June that the plan had worked and praised the engineers.",
    # asked, persuaded, urged to act: the act asked for is the happening, if it happens
    "The residents met the mayor on 3 June and persuaded the council to delay the vote.",
    # a manner, not an object
    "The coach to the coast left Dover on 3 June and arrived a little late.",
    # the second verb of a relative clause tells what someone else did
    "The mayor thanked the engineer, who surveyed the bridge on 3 June and repaired its railings.",
])
def test_a_joined_clause_that_tells_no_happening_of_its_own_adds_none(text: str) -> None:
    assert len(_events(text)) == 1, [e.title for e in _events(text)]


def test_a_log_line_is_one_entry() -> None:
    text = "Timeline of the night\n\n21:40 – The first engine arrived and closed the road.\n\n22:15 – The fire was out."
    assert len([e for e in _events(text) if "road" in e.sentence]) == 1


def test_the_same_people_going_on_is_the_same_happening() -> None:
    # "the two" are the clause before's own people: their talks are the meeting, not a second happening
    events = _events("The prime minister met the visiting president in Rome on 5 May, and the two discussed the "
                     "pipeline and the border.")
    assert len(events) == 1, [e.title for e in events]


# ------------------------------------------------------------ a second predicate with a date of its own


@pytest.mark.parametrize(("text", "word", "year"), [
    ("Sara Okafor joined the navy in 2001, a year after leaving school, and was promoted to captain in 2007.",
     "promot", 2007),
    ("The engineer joined the railway in 1880, shortly after an apprenticeship in Leeds, and was made chief "
     "engineer four years later.", "made", 1884),
    ("Mara Quell entered the civil service in 1971, soon after the war ended, and was appointed ambassador to "
     "Chile in 1989.", "appoint", 1989),
])
def test_a_joined_predicate_dated_by_its_own_date_is_titled_from_its_own_clause(text: str, word: str, year: int) -> None:
    events = _events(text)
    assert len(events) == 2, [e.title for e in events]
    second = [e for e in events if e.begin is not None and e.begin.year == year]
    assert second and word in second[0].title.lower(), [(e.title, e.begin) for e in events]


@pytest.mark.parametrize("text", [
    # "until": the end of a state, not a happening
    "Okafor returned to Lagos in 1999, soon after the election, and taught at a school there until 2010.",
])
def test_a_joined_state_until_a_date_is_no_second_happening(text: str) -> None:
    assert len(_events(text)) == 1, [e.title for e in _events(text)]


def test_a_joined_predicate_of_what_was_said_keeps_the_subject_of_the_saying_out() -> None:
    titles = [e.title for e in _events("Forecasters said the storm reached the coast on Monday and moved north on Tuesday.")]
    assert not any(t.startswith("Forecasters move") for t in titles), titles
