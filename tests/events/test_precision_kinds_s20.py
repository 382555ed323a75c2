"""Kinds of non-event found on new text of the never-opened genres (a guide with a year of tasks, a
profile, an interview, a forecast, a market report; session twenty, issue 12, event precision). Each
kind is checked on sentences of our own, written for these tests, beside sentences of the same shape
that stay events."""

from __future__ import annotations

import pytest

# (the same readers as session nineteen's: the dates of the events built from a text, and a date's role)
from tests.events.test_precision_kinds_s19 import _dated, _role


# --------------------------------------------------------------------- a habit's season or time of day


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Ferries to the outer island sail hourly in summer.", "summer"),
    ("The brass band plays in the park at weekends in summer.", "summer"),
    ("Choir night is every Thursday at the chapel.", "night"),
    ("He cycles to the depot every morning, winter and summer.", "winter"),
    ("He cycles to the depot every morning, winter and summer.", "summer"),
    ("The night shift checks the pumps twice a week in the evening.", "the evening"),
    ("The bakery's ovens run day and night.", "night"),
])
def test_a_season_or_time_of_day_told_with_a_frequency_is_a_habit(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "habit"
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    # the change of a schedule, or a date that opens the habit's run, is a happening of its own
    ("Recycling collections will move from weekly to fortnightly in October.", "October"),
    ("From April the crews will inspect the locks twice a year.", "April"),
    ("Starting this weekend, the clinic will open every day.", "this weekend"),
    # another clause after ", and": the frequency is the first clause's
    ("Neighbours bring food to the hall every day, and in March the council gave it a van.", "March"),
    # a frequency word that names a thing ("the weekly market") says nothing of how often the verb is done
    ("The town council closed the weekly market in August.", "August"),
    # a calendar day is one happening's, whatever the habit beside it
    ("The crews, who inspect the locks twice a year, found a crack on 4 March.", "4 March"),
])
def test_a_change_of_schedule_or_another_clauses_frequency_leaves_the_date_alone(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "habit"


# --------------------------------------------------------------------- a statistic of a period


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Heating oil prices doubled in 2021.", "2021"),
    ("The hamlet's population halved over the next century.", "the next century"),
    ("The bond index is still up 3 percent for the year.", "the year"),
])
def test_a_change_by_a_multiple_or_a_level_against_a_periods_start_is_a_statistic(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "trend"
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The factory survey's index fell to 46.8 in March from 49.1 in February.", "February"),
    ("Grain exports rose to 9,400 tonnes last year from 8,100 in 2022.", "2022"),
])
def test_the_figure_a_measure_moved_from_is_a_comparisons_other_term(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "comparison"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The brewery doubled its staff in 2019.", "2019"),  # what a company did: an object after the verb
    ("Shares in the ferry line were down 6 percent on Friday.", "Friday"),  # a day's move
    ("The harbour master moved the moorings from 12 in the inner basin to 20 in 2024.", "2024"),  # no change verb
])
def test_a_deed_or_a_days_move_is_no_statistic(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) not in ("trend", "comparison")


# --------------------------------------------------------------------- states, forecasts of states, a plot's time


@pytest.mark.parametrize("sentence", [
    "Bring a coat: snow is common until the end of March.",  # a state after a colon
    "By the autumn there were seventeen of us, and the club met in the school.",  # a count ending in "-en"
    "The winter was mostly about knitting.",  # what a time was about
    "Ticket sales are expected to stay below last year's until at least the spring.",  # a forecast state
    "Interest rates are likely to remain high through the summer.",
    "The novel opens in March 1914, when a young clerk arrives in the city.",  # a plot's time
    "The book then jumps to 1968.",
])
def test_a_state_a_forecast_state_or_a_plots_time_is_no_happening(sentence: str) -> None:
    dated = _dated("The depot reopened on Monday. " + sentence)
    assert dated == ["Monday"]


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The club moved to the school hall in the autumn, after seventeen members joined.", "the autumn"),
    ("The play opens at the Lyric Theatre in May.", "May"),  # a production's opening is staged then
    ("A lecture series starts in January.", "January"),
    ("The council is expected to approve the budget in March.", "March"),  # a scheduled decision, not a state
    ("Bring a coat: the ferry leaves on Sunday.", "Sunday"),  # a happening after a colon
])
def test_a_happening_beside_those_shapes_stays(sentence: str, date_text: str) -> None:
    assert date_text in _dated("The depot reopened on Monday. " + sentence)


# --------------------------------------------------------------------- a plan told in the past


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The walkers set off at dawn and had planned to reach the hut by the evening.", "the evening"),
    ("The shipyard had intended to launch the hull in 2029.", "2029"),
    ("Her deputy told staff in May that he planned to leave in 2030.", "2030"),
    ("The club hoped to finish the pavilion by the spring.", "the spring"),
])
def test_a_plan_told_in_the_past_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "superseded plan"
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Resurfacing began in May and is planned to finish in late November.", "late November"),  # a schedule
    ("The walkers set off at dawn and reached the hut by the evening.", "the evening"),  # done, not planned
])
def test_a_schedule_or_a_deed_beside_it_stays(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "superseded plan"


# --------------------------------------------------------------------- a fronted stretch's trend


@pytest.mark.parametrize("sentence", [
    "In the past six weeks, bond yields have climbed and the pound has fallen.",
    "Over the last year, rents have nearly doubled.",
])
def test_a_fronted_stretchs_trend_is_no_happening(sentence: str) -> None:
    assert _dated("The depot reopened on Monday. " + sentence) == ["Monday"]


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Over the last year, the bakery has opened four shops.", "the last year"),  # acts, not a measure's change
    ("In the past week, the minister resigned.", "the past week"),  # a plain past act
    # a day's place in a run tells the run, a happening still going on ("the second day of an offensive")
    ("It's the third day of a strike by the city's refuse crews.", "the third day"),
])
def test_acts_told_after_a_stretch_or_a_days_place_in_a_run_stay(sentence: str, date_text: str) -> None:
    assert date_text in _dated("The depot reopened on Monday. " + sentence)


def test_a_state_after_a_semicolon_leaves_a_later_clauses_date_alone() -> None:
    sentence = "The ironclad attacked at dawn; against wooden ships she seemed unstoppable but the next day she had to fight the new warship."
    assert "the next day" in _dated(sentence, None)
