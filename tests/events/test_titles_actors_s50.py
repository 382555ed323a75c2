"""Titles and actors a reader accepts (session 50), on sentences of our own.

- a bare year used as an adjective stays in the title: "rejected the 2026 budget on 4 March" names
  that budget, "rejects the budget" another;
- a noun spelled as its verb's past after a determiner and a noun ("A power cut", "a tax cut", "the
  radio broadcast") is the subject's head when a past verb follows it: "A power cut hits the town";
- a capitalised plural in "-ours" or "-ees" opening a title takes a plural verb ("Neighbours raise");
- a lone given name opening a title ("Agnes opens a library") is the one person (or body) of the
  text before whose full name opens with it, not a description "agnes";
- a present verb ending the title ("The festival returns") or before another clause ("The choir
  returns to Tallmere in 2027, when …") ends who acted: never the whole title as the actor.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import extract_document
from tests.events.test_titles_kinds_s10 import _labelled_events


def _events(text: str) -> list:
    doc = Document("s50.txt", text, "s50")
    return list(extract_document(doc, dct=date(2025, 3, 1)).events)


def _titles(text: str) -> list[str]:
    return [e.title for e in _events(text)]


@pytest.mark.parametrize(("text", "title"), [
    ("The assembly rejected the 2026 budget on 4 March.", "The assembly rejects the 2026 budget"),
    ("On 12 May the board approved the 2024 accounts.", "The board approves the 2024 accounts"),
    ("The vote on the 2027 plan was held in May 2026.", "The vote on the 2027 plan is held"),
    ("The 1998 recession hit the firm hard.", "The 1998 recession hits the firm hard"),
    ("The trustees abandoned their 2030 plan in June 2023.", "The trustees abandon their 2030 plan"),
    ("In October 2019 the club's 2020 tour was cancelled.", "The club's 2020 tour is cancelled"),
])
def test_a_year_used_as_an_adjective_stays(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize(("text", "title"), [
    ("Profits in 2023 rose 8 per cent. The firm opened a plant in 2020.", "The firm opens a plant"),
    ("The 2004-built vessel sank in May 2010.", "The 2004-built vessel sinks"),
])
def test_other_years_still_go(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize(("text", "title", "actor"), [
    ("A power cut hit the town in 2010.", "A power cut hits the town", "a power cut"),
    ("A tax cut took effect in May 2010.", "A tax cut takes effect", "a tax cut"),
    ("A pipe burst flooded the hall in May 2010.", "A pipe burst floods the hall", "a pipe burst"),
    ("The radio broadcast ended on 3 May 2010.", "The radio broadcast ends", "the radio broadcast"),
    ("The repair cost rose in May 2010.", "The repair cost rises", "the repair cost"),
])
def test_a_noun_spelled_as_a_past_before_the_verb(text: str, title: str, actor: str) -> None:
    event = next(e for e in _labelled_events(text) if e.title == title)
    assert event.actors[0] == actor


@pytest.mark.parametrize(("text", "title"), [
    ("The firm cut jobs in May 2010.", "The firm cuts jobs"),
    ("The council cut the grant in May 2010.", "The council cuts the grant"),
    ("The council cut funded places in May 2010.", "The council cuts funded places"),
])
def test_a_past_after_its_subject_is_still_the_verb(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize(("text", "title"), [
    ("Neighbours raised £8,000 in June 2010 to rebuild it.", "Neighbours raise £8,000 to rebuild it"),
    ("Refugees crossed the border on 3 May 2010.", "Refugees cross the border"),
    ("Employees walked out on 3 May 2010.", "Employees walk out"),
])
def test_plural_openers_in_ours_and_ees(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize(("text", "title"), [
    ("Rees resigned on 3 May 2010.", "Rees resigns"),
    ("Tours hosted the summit on 3 May 2010.", "Tours hosts the summit"),
])
def test_short_names_in_ees_and_ours_stay_singular(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize(("text", "title", "actor"), [
    # a lone given name names the one person of the text before whose full name opens with it
    ("Agnes Holt founded the school in 1990. Agnes opened a library in 1995.", "Agnes opens a library", "Agnes Holt"),
    ("Ines Draga joined the club in 2001. Her coach, Morag Innes, had rowed for Scotland. "
     "Ines was elected club captain in 2005.", "Ines is elected club captain", "Ines Draga"),
    ("Maren Holt founded the school in 1990. Her friend Dana Mirren taught there. Maren opened a library in 1995.",
     "Maren opens a library", "Maren Holt"),
])
def test_a_given_name_alone_is_its_person(text: str, title: str, actor: str) -> None:
    event = next(e for e in _labelled_events(text) if e.title == title)
    assert event.actors[0] == actor


def test_a_given_name_two_people_share_names_neither() -> None:
    text = "Agnes Holt and Agnes Vell founded the school in 1990. Agnes opened a library in 1995."
    event = next(e for e in _labelled_events(text) if e.title == "Agnes opens a library")
    assert event.actors[0] not in ("Agnes Holt", "Agnes Vell")


@pytest.mark.parametrize(("text", "title", "actor"), [
    # a present verb ending the title, or before another clause, ends who acted
    ("The festival returns next summer.", "The festival returns", "the festival"),
    ("The choir returns to Tallmere in 2027, when Mira Koss will bring her singers to Harrowby.",
     "The choir returns to Tallmere", "the choir"),
    ("The old market reopens next spring.", "The old market reopens", "the old market"),
])
def test_a_present_verb_ends_the_subject(text: str, title: str, actor: str) -> None:
    event = next(e for e in _labelled_events(text) if e.title == title)
    assert event.actors[0] == actor


@pytest.mark.parametrize(("text", "actor"), [
    ("The first cases were confirmed on 3 May.", "the first cases"),
    ("All passage plans in the fleet were reviewed on 4 May.", "all passage plans"),
])
def test_a_plural_subject_is_not_cut_at_its_noun(text: str, actor: str) -> None:
    assert _labelled_events(text)[0].actors[0] == actor
