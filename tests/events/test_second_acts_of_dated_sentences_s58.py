"""The other acts of a dated sentence (session 58, issue 12): the last step of a chain opened after the
sentence's opening date, and the earlier participles of a passive series sharing one "was". Sentences
written for this test, not taken from the gold articles or the corpora."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

_LEAD = "News in brief\n\n"


def _events(text: str):
    return list(extract_document(Document("a.txt", _LEAD + text, "t"), dct=date(2024, 9, 1)).events)


def _dated(sentence: str, word: str) -> list:
    return [e for e in _events(sentence) if word in e.title.lower()]


# ------------------------------------------- a chain's last step after an opening date and a list


@pytest.mark.parametrize(("sentence", "step", "day"), [
    # the chain's subject stands after the opening date; the list's commas no longer hide it
    ("On 8 March a new driver delivered the parcel, photographed the box and emailed the customer.",
     "a new driver emails the customer", date(2024, 3, 8)),
    ("On Saturday morning volunteers put up the marquee, laid out the stalls and hung bunting along the green.",
     "volunteers hang bunting", date(2024, 8, 31)),
    # (guard: passes before the change too, its subject read by the list rule)
    ("In May the ground staff levelled the pitch, repainted the stands and replaced the floodlights.",
     "the ground staff replaces the floodlights", date(2024, 5, 1)),
])
def test_the_last_step_of_a_listed_chain_after_an_opening_date(sentence: str, step: str, day: date) -> None:
    found = [e for e in _events(sentence) if e.title.lower().startswith(step)]
    assert len(found) == 1 and found[0].begin == day, [(e.title, e.begin) for e in _events(sentence)]


def test_no_chain_subject_across_a_clause_of_another_subject() -> None:
    # (guard: passes before the change too) a comma before a clause of its own: the date's subject is
    # not the later verb's
    titles = [e.title.lower() for e in _events(
        "On 4 June the river flooded the lower town, its bridge collapsed and rescuers evacuated forty homes.")]
    assert not any(t.startswith("the river evacuates") for t in titles), titles


# ------------------------------------------- the earlier participles of a shared "was"


@pytest.mark.parametrize(("sentence", "word", "day"), [
    ("The van was inspected and repaired in April.", "inspect", date(2024, 4, 1)),
    ("The cinema was closed and demolished in 1968.", "closed", date(1968, 1, 1)),
    ("The junction was resurfaced and widened in 2017.", "resurface", date(2017, 1, 1)),
    # listed participles between the first and the "and"
    ("The prisoner was taken to the capital, tried for treason and hanged in 1746.", "tried", date(1746, 1, 1)),
    ("The prisoner was taken to the capital, tried for treason and hanged in 1746.", "taken", date(1746, 1, 1)),
])
def test_an_earlier_participle_of_a_shared_be_is_an_event(sentence: str, word: str, day: date) -> None:
    found = _dated(sentence, word)
    assert len(found) == 1 and found[0].begin == day, [(e.title, e.begin) for e in _events(sentence)]


@pytest.mark.parametrize(("sentence", "word"), [
    # (guards: pass before the change too) a birth, a state's participle
    ("She was born in 1950 and raised in Leeds.", "born"),
    ("The hall was based in Leeds and run by volunteers until 1990.", "base"),
    # an upbringing is a life's stretch, not a step at the later participle's date
    ("She was educated at home and trained as a nurse in 1890.", "educate"),
])
def test_no_event_for_a_birth_or_a_state_of_a_shared_be(sentence: str, word: str) -> None:
    assert len(_dated(sentence, word)) <= 1, [(e.title, e.begin) for e in _events(sentence)]
    assert not [e for e in _dated(sentence, word) if "time of" in e.derivation], [e.derivation for e in _events(sentence)]


def test_a_step_that_lasted_a_span_does_not_take_the_later_date() -> None:
    # (guard: passes before the change too) "closed for six weeks" ended before the reopening's May
    events = _events("The pier was closed for six weeks and reopened in May with a new deck.")
    closed = [e for e in events if "closed" in e.title.lower()]
    assert len(closed) <= 1 and all(e.begin != date(2024, 5, 1) for e in closed), [(e.title, e.begin) for e in events]


# ------------------------------------------- a clause of its own with no object, told by its way or margin


@pytest.mark.parametrize(("sentence", "act", "day"), [
    ("The ceremony ended at noon on Friday, and the crowd drifted towards the harbour.",
     "the crowd drifts towards the harbour", date(2024, 8, 30)),
    ("The vote was held on 3 May, and the motion passed by 40 votes to 12.", "the motion passes", date(2024, 5, 3)),
    ("The debate closed on 3 May, and the bill passed by sixty votes to twelve.", "the bill passes", date(2024, 5, 3)),
    ("The dam burst at dawn on 2 March, and the floodwater surged along the valley floor.",
     "the floodwater surges along", date(2024, 3, 2)),
])
def test_a_clause_of_its_own_told_by_its_way_or_its_margin(sentence: str, act: str, day: date) -> None:
    found = [e for e in _events(sentence) if e.title.lower().startswith(act)]
    assert len(found) == 1 and found[0].begin == day, [(e.title, e.begin) for e in _events(sentence)]


def test_no_clause_of_its_own_for_a_measure_by_a_margin() -> None:
    # (guard: passes before the change too) a measure's move by a margin is the figure's rule's, once
    events = _events("Trading opened on 3 May, and the price climbed by 3p.")
    assert len([e for e in events if "climb" in e.title.lower()]) <= 1, [e.title for e in events]


# ------------------------------------------- a timeline's entry stamped by a year or a month, in the present


@pytest.mark.parametrize(("entries", "step", "day"), [
    ("2004 – The firm opens a depot on Mill Road and hires its first twelve drivers.",
     "the firm hires its first twelve drivers", date(2004, 1, 1)),
    ("May 2012: The club buys the ground from the council and builds a new stand.",
     "the club builds a new stand", date(2012, 5, 1)),
    ("1998 – Two brothers buy a second-hand coach and start a school run.\n\n"
     "2011 – The trust repairs the roof and reopens the chapel.", "the trust reopens the chapel", date(2011, 1, 1)),
])
def test_a_present_step_on_a_year_stamped_entry(entries: str, step: str, day: date) -> None:
    events = list(extract_document(Document("a.txt", "Our history\n\n" + entries, "t"), dct=date(2024, 9, 1)).events)
    found = [e for e in events if e.title.lower().startswith(step)]
    assert len(found) == 1 and found[0].begin == day, [(e.title, e.begin) for e in events]


def test_no_step_of_the_entry_s_first_subject_past_a_semicolon() -> None:
    # (guard: passes before the change too) the step after the semicolon is the second clause's subject's
    events = list(extract_document(Document("a.txt", "Our history\n\nMarch 2016 – A fire destroys the depot; the firm "
                                            "moves to a temporary yard and rents six buses.", "t"), dct=date(2024, 9, 1)).events)
    assert not any(e.title.lower().startswith("a fire rents") for e in events), [e.title for e in events]
