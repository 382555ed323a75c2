"""Titles of events on real web pages (session sixteen, names on real pages). Our own sentences, none
from the sample, the gold set, a corpus or the pages that showed the faults.

A page's furniture stayed at the head of a title: the quote marks of an embedded post ("> I queued"),
a date stamp and a dateline in capitals ("Date KESTREL BAY: The bus company …"). A cleft of time ("I
think it was like 6 AM on Monday when the barriers came down") was titled from "think" ("… think it is
like"). A reader's knowledge framing the news ("Regular readers will know that the club voted …") kept
the frame. A participle set off after a subject whose verb is in the present ("The new hall, paid for
by the parish, opens on 14 June") lost the subject."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title


def _title(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


@pytest.mark.parametrize("sentence, expression, expected", [
    ("date 2024-05-06 KESTREL BAY: The bus company on Friday withdrew its night service.", "Friday",
     "The bus company withdraws its night service"),
    ("MARSH END: The water company on Tuesday lifted its hosepipe ban.", "Tuesday",
     "The water company lifts its hosepipe ban"),
    ("PORT ELLEN, Islay — The distillery on Monday reopened its visitor centre.", "Monday",
     "The distillery reopens its visitor centre"),
    ("> We finally got our allotment back on 3 May after two years on the list.", "3 May",
     "We finally get our allotment back"),
    (">> The council cut the grass on Friday.", "Friday", "The council cuts the grass"),
])
def test_a_pages_furniture_is_no_part_of_the_title(sentence: str, expression: str, expected: str) -> None:
    assert _title(sentence, expression) == expected


@pytest.mark.parametrize("sentence, expression", [
    ("A: The council cut the grass on Friday.", "Friday"),  # a one-letter label is no dateline
    ("UPDATE: rain stopped play.", ""),  # too little left to title
])
def test_what_is_not_a_dateline_is_left_alone(sentence: str, expression: str) -> None:
    title = _title(sentence, expression) if expression else make_title(sentence, 0, 0)
    assert title.startswith(("A:", "A ", "The council", "UPDATE"))


@pytest.mark.parametrize("sentence, expression, expected", [
    ("I think it was like 6 AM on Monday when the barriers came down.", "Monday", "The barriers come down"),
    ("I think it was like 6 AM on Monday when the barriers came down.", "6 AM", "The barriers come down"),
    ("It was on a Friday that the lights went out across the town.", "a Friday",
     "The lights go out across the town"),
    ("We reckon it was about 11 PM on Sunday when the pipe burst.", "Sunday", "The pipe bursts"),
    ("It must have been in 1987 that the mill closed its gates.", "1987", "The mill closes its gates"),
])
def test_a_cleft_of_time_is_titled_by_the_clause_it_focuses(sentence: str, expression: str, expected: str) -> None:
    assert _title(sentence, expression) == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("Regular readers will know that the committee voted in March to pull down the shed.", "March",
     "The committee votes to pull down the shed"),
    ("You may remember that the council closed the pool in May.", "May", "The council closes the pool"),
    ("Long-standing members will recall that the society bought the hall in 1998.", "1998",
     "The society buys the hall"),
])
def test_a_readers_knowledge_framing_the_news_is_no_part_of_the_title(sentence, expression, expected) -> None:
    assert _title(sentence, expression) == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("The ferry, owned by the island trust since 1990, returns to service on Monday.", "Monday",
     "The ferry returns to service"),
    ("The tower, restored with lottery money, reopens in May.", "May", "The tower reopens"),
    ("The new hall, paid for by the parish, opens on 14 June.", "14 June", "The new hall opens"),
])
def test_a_participle_aside_before_a_present_verb_is_read_past(sentence, expression, expected) -> None:
    assert _title(sentence, expression) == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("At 14:05 LT the pilot contacted the tower.", "14:05", "The pilot contacts the tower"),
    ("At 1400 hrs the convoy left the base.", "1400", "The convoy leaves the base"),
])
def test_a_clocks_zone_goes_with_the_clock(sentence: str, expression: str, expected: str) -> None:
    assert _title(sentence, expression) == expected


@pytest.mark.parametrize("sentence, expression, context, expected", [
    ("Died 6 February 1958 in Bonn.", "6 February 1958", "Obituaries\n\nKarl Brenner-Olt\nChemist\nBorn 3 May 1901\n",
     "Karl Brenner-Olt dies in Bonn"),
    ("Died on 2 March 1990 at home.", "2 March 1990", "Ilse Marten Holm\nPainter\n", "Ilse Marten Holm dies at home"),
])
def test_a_life_label_is_the_pages_person(sentence: str, expression: str, context: str, expected: str) -> None:
    start = sentence.index(expression)
    assert make_title(sentence, start, start + len(expression), context) == expected


def test_a_life_label_with_no_name_on_the_page_is_no_diary() -> None:
    sentence = "Died February 6th, 1958 at 44 years old in Bonn."
    start = sentence.index("February")
    assert not make_title(sentence, start, start + len("February 6th, 1958")).startswith("I ")


def test_a_diary_still_has_its_writer() -> None:
    assert _title("Landed at the capital's airport on Monday.", "Monday").startswith("I land")


@pytest.mark.parametrize("sentence, expression, expected", [
    ("She wrote a report in 1975 that persuaded the government to ban net fishing near the bay in 1977.", "1977",
     "The government bans net fishing"),
    ("The petition persuaded the council to reopen the baths in 2012.", "2012", "The council reopens the baths"),
    ("Her campaign forced the county to close the tip in 2001.", "2001", "The county closes the tip"),
    ("The strike allowed the rival firm to win the contract in May.", "May", "The rival firm wins the contract"),
])
def test_an_act_caused_and_dated_after_its_verb_is_the_doers(sentence, expression, expected) -> None:
    assert _title(sentence, expression) == expected


def test_the_cause_dated_before_the_caused_act_keeps_its_own_title() -> None:
    sentence = "She wrote a report in 1975 that persuaded the government to ban net fishing in 1977."
    assert _title(sentence, "1975").startswith("She writes a report")
