"""Two dates of one clause told of one happening give one event (issue 12: duplicates within a sentence).

A date told again after a comma as a time counted back from now ("in 2011, fifteen years ago") restates
the first date; a list of dates after acts the clause counts as its verb's object ("held three hearings
in May and June") bounds the acts, as "twice" or "on four occasions" do (tests/gold/README.md). As many
things as dates, a count of who did it, and an amount stay one event a date. Sentences written for this
test, in several genres and tenses."""

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events

TODAY = date(2026, 3, 1)


def _events(sentence: str):
    doc = Document("a.txt", sentence, "t", TODAY, "given")
    return [e for e in build_events(doc, temporal.tag(sentence, doc.date)) if e.timex]


@pytest.mark.parametrize("sentence", [
    "The factory closed in March 1998, almost twenty-eight years ago.",
    "The first issue of the magazine appeared in the autumn of 1962, more than six decades ago.",
    "Police say the car was stolen on Friday, three days ago, from a street in the town centre.",
    "I left the regiment in 1990, thirty-six years ago, and never went back.",
])
def test_a_date_restated_as_a_time_ago_is_one_happening(sentence: str) -> None:
    assert len(_events(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    "The board held three public hearings in May and June.",
    "She wrote hundreds of letters to the ministry in the 1970s and 1980s.",
    "Volunteers planted 3,000 trees in the spring and autumn of 2022.",
    "The firm has opened 14 new branches in 2018 and 2019.",
])
def test_acts_counted_as_the_object_span_the_dates_listed(sentence: str) -> None:
    events = _events(sentence)
    assert len(events) == 1
    assert (events[0].end - events[0].begin).days > 40


@pytest.mark.parametrize("sentence, n", [
    ("The club won the cup in 2011, 2013 and 2015.", 3),
    ("Since then the union has signed two pay deals, in 2021 and 2024.", 2),
    ("Two hundred workers went on strike in 2019 and 2021.", 2),
    ("The 14 members of the board were re-elected in 2016 and 2020.", 2),
    ("In 2015 and 2017, water in the bay reached 31 degrees for weeks at a time.", 2),
    ("The theatre staged a new opera in 2004 and 2009.", 2),
])
def test_one_act_a_date_stays_apart(sentence: str, n: int) -> None:
    assert len(_events(sentence)) == n


def _undated_page_events(sentence: str):
    """The dated events of ``sentence`` dropped in with no document date (the app's route for a folder)."""
    doc = Document("a.txt", sentence, "t", None, None)
    return [e for e in build_events(doc, temporal.tag(sentence, doc.date)) if e.timex]


@pytest.mark.parametrize("sentence", [
    # a feast named beside the day's number (session 58): one day told twice, one happening
    "On 5 April, Palm Sunday, the new bells rang for the first time.",
    "The cycling club rode to the coast on 18 April, Good Friday, and stopped for lunch at Pendle.",
    # (guard: the name first already gave one event on 37c8881b)
    "On Palm Sunday, 13 April, the bishop was enthroned in the cathedral.",
])
def test_a_named_day_beside_its_number_is_one_happening(sentence: str) -> None:
    events = _undated_page_events(sentence)
    assert len(events) == 1, [(e.timex, e.title) for e in events]
    assert any(ch.isdigit() for ch in events[0].timex)  # the day's number dates it


@pytest.mark.parametrize("sentence, n", [
    # guards: days listed, not restated
    ("The market was held on Good Friday and 3 May.", 2),
    ("The club won the cup in 2011, 2013 and 2015.", 3),
])
def test_days_listed_stay_apart_on_an_undated_page(sentence: str, n: int) -> None:
    assert len(_undated_page_events(sentence)) == n
