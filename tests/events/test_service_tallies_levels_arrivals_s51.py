"""Session 51 (issue 12, events precision and actors), found on pages of our own (``own_texts_s51p``) and on
the opened and readable parts: a service's work counted over a period ("The court dealt with 214 hearings in
January", "Crews attended 412 call-outs in 2025", "Mobile clinics treated 1,812 patients in the week"), a
measure's level as a week, a month or a quarter closed ("The mark closed the week at 1.184", "The index closed
the month at 147.3"), an arrival foreseen ("A further 6,000 shelter kits are expected to arrive by ship next
week") or someone expected after a time ("The sitting mayor is expected after midnight"). None is a happening a reader lists (the gold README: a tally and a
statistic are background, a forecast is no happening); beside them what a reader lists stays: one act on a
day, a move on a day, a schedule. Our own sentences."""

from __future__ import annotations

import pytest

# (the same reader as session 50's: the titles of a short page's events holding a word)
from tests.events.test_measures_tallies_and_forecasts_s50 import _titles


# --------------------------------------------------------------------- a service's work counted


@pytest.mark.parametrize("sentence, verb", [
    ("Fire crews attended 412 call-outs in 2025.", "attend"),
    ("The tribunal dealt with 96 appeals in February.", "deal"),
    ("Last month the helpline answered 3,100 calls from parents. The council issued 820 parking permits in January.",
     "issue"),
    ("The ferry company operated 6,400 sailings in the quarter.", "operat"),
    ("The county library lent 250,000 books last year.", "lend"),
    ("Volunteers distributed 9,000 food parcels in the month.", "distribut"),
    ("Wardens handed out 700 leaflets over the weekend.", "hand"),
    ("The clinic's nurses treated 640 children during the reporting period.", "treat"),
    ("The agency published 48 reports in 2024.", "publish"),
])
def test_a_service_s_work_counted_over_a_period_is_no_happening(sentence: str, verb: str) -> None:
    assert _titles(sentence, verb) == []


@pytest.mark.parametrize("sentence, verb", [
    ("The airline flew 61,000 passengers on 2 August, a record for one day.", "fl"),       # one day's
    ("The prosecution served 12,000 pages of new evidence in May.", "serv"),             # one act, measured
    ("The agency published its annual report on 3 March.", "publish"),                   # no count
    ("Firefighters rescued 23 people from the flooded estate in January.", "rescu"),     # one rescue
])
def test_one_act_on_a_day_or_measured_stays(sentence: str, verb: str) -> None:
    assert len(_titles(sentence, verb)) == 1


# --------------------------------------------------------------------- a level at a period's end


@pytest.mark.parametrize("sentence, word", [
    ("The krona closed the week at 11.42 against the dollar.", "krona"),
    ("Brent crude finished the week at $74.10 a barrel.", "brent"),
    ("Gold closed the month at a record $3,120 an ounce.", "gold"),
    ("Cocoa futures finished the quarter at $7,950 a tonne, up 9 per cent since the start of July.", "cocoa"),
    ("The fund's units closed the year up 14 per cent.", "units"),
])
def test_a_level_as_a_period_closed_is_no_happening(sentence: str, word: str) -> None:
    assert _titles(sentence, word) == []


@pytest.mark.parametrize("sentence, word", [
    ("Harrow shares closed 6 per cent lower on Thursday after the profit warning.", "shares"),  # a move on a day
    ("The museum closed the gallery on 4 March for repairs.", "museum"),                     # no level
    ("The treasurer closed the accounts on Friday.", "treasurer"),
])
def test_a_move_on_a_day_and_a_closing_act_stay(sentence: str, word: str) -> None:
    assert len(_titles(sentence, word)) == 1


# --------------------------------------------------------------------- an arrival foreseen


@pytest.mark.parametrize("sentence, word", [
    ("A further 3,000 blankets are expected to arrive by road on Thursday.", "blankets"),
    ("The probe is expected to re-enter the atmosphere on 14 April.", "probe"),
    ("The tanker is likely to reach Rotterdam next week.", "tanker"),
    ("Storm Ulla is forecast to make landfall on Tuesday night.", "storm"),
])
def test_an_arrival_foreseen_is_no_happening(sentence: str, word: str) -> None:
    assert _titles(sentence, word) == []


@pytest.mark.parametrize("sentence, word", [
    ("The new ferry is due to arrive in Kelso on Friday.", "ferry"),                      # a schedule
    ("The convoy reached the border on Wednesday.", "convoy"),                           # an arrival told
    ("The new trams are expected to enter service in May.", "trams"),                    # a body's expected step
])
def test_a_scheduled_or_told_arrival_stays(sentence: str, word: str) -> None:
    assert len(_titles(sentence, word)) == 1


# --------------------------------------------------------------------- someone expected after a time


@pytest.mark.parametrize("sentence, word", [
    ("The sitting mayor, Tom Reade, is expected after midnight.", "reade"),
    ("The returning officer is expected after 2am.", "officer"),
])
def test_someone_expected_after_a_time_is_no_happening(sentence: str, word: str) -> None:
    assert _titles(sentence, word) == []


@pytest.mark.parametrize("sentence, word", [
    ("The result was declared after midnight.", "declare"),                              # a happening told
    ("The minister will arrive after midnight.", "arriv"),                                 # a plan with its time
])
def test_a_happening_or_a_plan_after_a_time_stays(sentence: str, word: str) -> None:
    assert len(_titles(sentence, word)) == 1
