"""Kinds of non-event found on new text of the never-opened genres (a forecast, a market report, an
opinion column, a travel piece, a policy paper; session twenty-one, issue 12, event precision). Each
kind is checked on sentences of our own, written for these tests, beside sentences of the same shape
that stay events."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.modality import dated_in_an_opening_phrase, frames_no_happening, is_non_happening
from explorer.events.undated_filters import restates_as_a_first
from explorer.ingest import extract_document
# (the same readers as session nineteen's: the dates of the events built from a text, and a date's role)
from tests.events.test_precision_kinds_s19 import _dated, _role


# --------------------------------------------------------------------- a forecast of a measure's change


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Bread prices are expected to climb by 3% to 5% by Christmas.", "Christmas"),
    ("Demand from carmakers is expected to grow 12% next year.", "next year"),
    ("Exports are forecast to fall 4 per cent in 2026.", "2026"),
    ("House prices are projected to reach a new high next spring.", "next spring"),
    ("Unemployment is likely to edge up over the winter.", "the winter"),
    ("Ticket sales are widely expected to double in the autumn.", "the autumn"),
    ("Copper is predicted to average $9,100 a tonne in the fourth quarter.", "the fourth quarter"),
])
def test_a_forecast_of_a_measures_change_is_no_happening(sentence: str, date_text: str) -> None:
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    # a scheduled act told as expected names its happening
    ("The trust is expected to publish its plan in September.", "September"),
    ("The committee is expected to approve the budget in March.", "March"),
    # a decided change, told with "will", is the decision's happening
    ("Rents will rise from £38 to £42 a year from 1 April.", "1 April"),
    # "reach" a place, not a level, is no measure's change: scheduled, it is a happening with its own day (an
    # arrival told as expected, "is expected to reach the valley on Thursday", is a forecast since session 51:
    # the opened gold leaves all three such out)
    ("The relief convoy is due to reach the valley on Thursday.", "Thursday"),
])
def test_a_scheduled_act_or_a_decided_change_stays(sentence: str, date_text: str) -> None:
    assert date_text in _dated("The depot reopened on Monday. " + sentence)


def test_a_forecast_title_is_read_as_no_happening() -> None:
    assert is_non_happening("Wheat yields are expected to fall by a tenth")
    assert is_non_happening("Rail fares are likely to rise")
    assert not is_non_happening("The board is expected to name a new chief executive")
    assert not is_non_happening("Wheat yields fall by a tenth")


# --------------------------------------------------------------------- a period that saw a change


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("2007 also saw a sharp increase in roadside bombings.", "2007"),
    ("The spring of 1998 saw a steep rise in bread prices.", "The spring of 1998"),
    ("The 1970s brought a fall in church attendance.", "The 1970s"),
    ("Last winter witnessed a surge in burst pipes.", "Last winter"),
])
def test_a_period_that_saw_a_measures_change_is_a_trend(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "trend"
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    # what the period saw is a happening: a first, a rise "of" something named
    ("1916 saw the first tanks on the battlefield.", "1916"),
    ("The 1930s saw the rise of a new party in the north.", "The 1930s"),
    ("March saw the collapse of the coalition.", "March"),
])
def test_a_period_that_saw_a_happening_keeps_its_date(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "trend"


# --------------------------------------------------------------------- a passive state since a date, told in an aside


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("We ate at a café that has been run by the same family since 1952.", "1952"),
    ("They stayed in a guesthouse that has been owned by one couple since 1989.", "1989"),
    ("The minister opened a clinic that had been promised since 2019.", "2019"),
    ("The lock, which had been closed to barges since 2016, reopened on Friday.", "2016"),
])
def test_a_passive_state_since_a_date_in_an_aside_is_background(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "state's start"
    assert date_text not in _dated(sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    # the state in the main clause is kept as its start (the gold README's convention)
    ("The mill has been owned by the Sarn family since 1921.", "1921"),
    # "since" names a happening, dated on its own
    ("The footbridge, which had been shut since a flood on 12 September, reopened on Friday.", "12 September"),
])
def test_a_state_since_a_date_in_its_own_clause_or_since_a_happening_stays(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "state's start"


# --------------------------------------------------------------------- a duty whose subject holds a relative clause


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("A government that wants growth should be running pilots from next year.", "next year"),
    ("Councils that want the grant must apply by the end of March.", "the end of March"),
    ("Parents who missed the meeting should return the form by Friday.", "Friday"),
])
def test_a_duty_whose_subject_holds_a_relative_clause_is_no_happening(sentence: str, date_text: str) -> None:
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)


@pytest.mark.parametrize("title", [
    "A spokesman who met reporters said the line should reopen",
    "The council that owns the depot sold it",
    "Parents who missed the meeting returned the form",
])
def test_a_relative_subject_without_a_duty_or_after_a_statement_is_left_alone(title: str) -> None:
    assert not is_non_happening(title)


# --------------------------------------------------------------------- an expectation told in an aside about a noun


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The bill now goes to the transport committee, which is expected to report by the end of November.",
     "the end of November"),
    ("Councils can bid for the next round, which is expected to open in the spring of 2026.", "the spring of 2026"),
    ("The inquiry, which is likely to sit until March, heard from six witnesses on Monday.", "March"),
    ("The station, which is expected to reopen in December, was closed by floods in August.", "December"),
])
def test_an_expectation_in_an_aside_about_a_noun_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "expectation"
    assert date_text not in _dated(sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    # the same told in the main clause names its happening
    ("The transport committee is expected to report by the end of November.", "the end of November"),
    # a schedule in an aside stays (the gold README keeps dated schedules, whoever tells them)
    ("The harbour is getting a new crane, which is due to arrive in January.", "January"),
    # the aside's neighbour keeps its own date
    ("The station, which is expected to reopen in December, was closed by floods in August.", "August"),
])
def test_an_expectation_in_a_main_clause_or_a_schedule_in_an_aside_stays(sentence: str, date_text: str) -> None:
    assert date_text in _dated(sentence)


# --------------------------------------------------------------------- how a thing is foreseen to be


@pytest.mark.parametrize("title", [
    "Turnout is expected to be low",
    "The race is likely to be very close",
    "The winter is forecast to be the coldest in a decade",
    "The talks are expected to be difficult",
])
def test_a_forecast_state_is_no_happening(title: str) -> None:
    assert is_non_happening(title)


@pytest.mark.parametrize("title", [
    "Her successor is expected to be named",      # a passive: a naming foreseen
    "The fair is likely to be held on the green",  # an irregular participle
    "He is expected to be in court",               # an appearance
    "Turnout is low",
])
def test_a_foreseen_passive_or_appearance_is_left_to_the_other_rules(title: str) -> None:
    assert not is_non_happening(title)


# --------------------------------------------------------------------- a date in a denied second clause


@pytest.mark.parametrize(("sentence", "date_text", "kept"), [
    ("We raised prices in January and we do not plan a further increase this year.", "this year", "January"),
    ("The club won the cup in May, but it has not won a league game in the autumn.", "the autumn", "May"),
])
def test_a_date_in_a_denied_second_clause_dates_nothing(sentence: str, date_text: str, kept: str) -> None:
    dated = _dated(sentence)
    assert date_text not in dated
    assert kept in dated


@pytest.mark.parametrize(("sentence", "date_text"), [
    # "not … until" dates the happening
    ("The shop closed in March, and it did not reopen until the summer.", "the summer"),
    # no negation in the second clause
    ("The shop closed in March and the owners sold it in the summer.", "the summer"),
])
def test_a_second_clause_that_tells_a_happening_keeps_its_date(sentence: str, date_text: str) -> None:
    assert not frames_no_happening(sentence[:sentence.index(date_text)])


@pytest.mark.parametrize(("sentence", "date_text"), [
    # a clause of its own after the denial holds the date
    ("The glass was cracked, and the lamp had not turned since the light was switched off in 1983.", "1983"),
    ("The crew waited, but the sirens did not sound because the cable had been cut in 2020.", "2020"),
])
def test_a_clause_after_the_denial_keeps_its_date(sentence: str, date_text: str) -> None:
    assert not frames_no_happening(sentence[:sentence.index(date_text)])


# --------------------------------------------------------------------- a measure's change over a period, with no figure


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Wheat prices rose sharply in the spring.", "the spring"),
    ("Orders fell in July and again in August.", "July"),
    ("Orders fell in July and again in August.", "August"),
    ("Deaths on the county's roads fell in October.", "October"),
    ("Sales of the new phone rose steadily during the summer.", "the summer"),
    ("The Smiths' rents went up in January.", "January"),
])
def test_a_measures_change_over_a_period_without_a_figure_is_a_trend(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "trend"
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Shares in the bank fell on Friday after the report.", "Friday"),  # a market move on a day
    ("The regime fell in 1989.", "1989"),                               # no measure
    ("The river rose in the night and flooded the lane.", "the night"),
    ("Prices fell in the spring, and the shop closed in May.", "May"),  # another clause's date
])
def test_a_move_on_a_day_or_a_change_of_no_measure_stays(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "trend"
    assert date_text in _dated(sentence)


# --------------------------------------------------------------------- a statement of what the speaker has or foresees


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("A spokesman for the airline said on Monday it had no plans to cut routes.", "Monday"),
    ("The minister told reporters on Tuesday that she has no intention of resigning.", "Tuesday"),
    ("The governor said on Friday that he saw little reason for optimism.", "Friday"),
    # the content's modal, cut from the title, read in the sentence after where it was said
    ("The minister said in an interview last week that the reform would pass.", "last week"),
    ("The chairman told a briefing on Thursday that the merger might be delayed.", "Thursday"),
])
def test_a_statement_of_what_the_speaker_has_or_foresees_is_no_happening(sentence: str, date_text: str) -> None:
    assert date_text not in _dated(sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    # an act done by speaking, and a happening told in the statement's own clause, stay
    ("The minister announced in an interview on Tuesday that she would resign in March.", "Tuesday"),
    ("Police said on Monday that no one had been hurt, and the road reopened on Tuesday.", "Tuesday"),
])
def test_an_act_done_by_speaking_or_a_later_happening_stays(sentence: str, date_text: str) -> None:
    assert date_text in _dated(sentence)


def test_a_statement_of_a_holding_title_is_no_happening() -> None:
    assert is_non_happening("A spokesman says the company has no plans")
    assert is_non_happening("The coach said he saw no reason")
    assert not is_non_happening("The company says it has sold its plant")
    assert not is_non_happening("The company has no debt")  # a state: read by is_state, not as a statement


# --------------------------------------------------------------------- a baseline after "versus", a figure with commas


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The bakery posted a quarterly loss of $1.2 million, or 9 cents a share, versus a profit of $3.4 million, "
     "or 25 cents a share, a year earlier.", "a year earlier"),
    ("Sales were £41 million vs. £38 million, or £2.10 a share, a year ago.", "a year ago"),
])
def test_a_figure_after_versus_dated_a_year_earlier_is_a_baseline(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "comparison"


# --------------------------------------------------------------------- a happening told before, called a first


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", text, "t"), dct=date(2024, 11, 8)).events]


@pytest.mark.parametrize("text", [
    "02:47 Result: Ana Roe (Green) wins with 1,412 votes.\n\nIt is the first time the Greens have won a seat on the council.",
    "21:10 The Harriers beat the Larks 3-1 at the Moor.\n\nThis is the first time the Harriers have beaten a league side.",
])
def test_a_happening_called_a_first_gives_no_second_event(text: str) -> None:
    assert len(_titles(text)) == 1


@pytest.mark.parametrize("sentence", [
    "It is the first time the Greens have won a seat on the council.",
    "It marked the first time since 1979 that the club had reached a final.",
])
def test_the_first_time_frame_is_read_before_its_verb(sentence: str) -> None:
    assert restates_as_a_first(sentence, 0, sentence.index(" ha") + 1)
    assert not restates_as_a_first("The Greens have won a seat. " + sentence, 0, 11)


# --------------------------------------------------------------------- a statement told to a listener, its state quoted


@pytest.mark.parametrize(("title", "no_happening"), [
    ("The minister tells a conference that the idea was “interesting but unaffordable”", True),
    ("The mayor told the council that the budget was “fair”", True),
    ("The mayor told the council that the bridge was closed", False),     # a passive: something was done
    ("The minister tells a conference that the army had left", False),    # what happened, told
])
def test_a_state_told_to_a_listener_is_a_plain_statement(title: str, no_happening: bool) -> None:
    assert is_non_happening(title) is no_happening


# --------------------------------------------------------------------- a tally's clause


def test_a_tally_over_a_period_gives_no_undated_event_either() -> None:
    text = "The firm is best known for its radios. It sold 1.2 million radios last year."
    assert not any("sells" in t for t in _titles(text))


# --------------------------------------------------------------------- a date in an opening phrase that names its own happening


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Following a meeting with the minister on Friday, he told reporters that the deal was “the best in years”.", "Friday"),
    ("Following the vote on Tuesday, the mayor said she had no plans to resign.", "Tuesday"),
])
def test_a_date_in_an_opening_phrase_keeps_its_happening_whatever_the_main_clause(sentence: str, date_text: str) -> None:
    assert date_text in _dated(sentence)


@pytest.mark.parametrize("before", [
    "Following a meeting with the minister on ",
    "After talks in Geneva on ",
])
def test_the_opening_phrase_is_read_up_to_its_date(before: str) -> None:
    assert dated_in_an_opening_phrase(before)
    assert not dated_in_an_opening_phrase("He said the deal was fair after talks ended on ")


# --------------------------------------------------------------------- a statement of how things look, or quoted at once


@pytest.mark.parametrize(("title", "no_happening"), [
    ("The Foreign Office says conditions in the port appear to be deteriorating", True),
    ("The coach said the squad seemed to be tired", True),
    ("A spokesman says “the operation has been very successful", True),
    ("The mayor says “the bridge was closed", False),          # a passive: something was done
    ("The police say the man appears to have fled", False),    # a happening, guessed at
])
def test_a_statement_of_how_things_look_or_quoted_at_once_is_plain(title: str, no_happening: bool) -> None:
    assert is_non_happening(title) is no_happening


def test_an_undated_statement_of_an_expectation_is_no_happening() -> None:
    titles = _titles("The talks ended on Monday. The president has indicated the navy will blockade the port. "
                     "The ships sailed on Tuesday.")
    assert not any("blockade" in t for t in titles)
    assert len(titles) == 2


# --------------------------------------------------------------------- a change since a date put first


@pytest.mark.parametrize(("sentence", "date_text", "role"), [
    ("Since 2010, the county's grant from central government has fallen by 40%.", "2010", "trend"),
    ("Since May, bread prices have risen sharply.", "May", "trend"),
])
def test_a_change_since_a_fronted_date_is_a_statistic(
        sentence: str, date_text: str, role: str) -> None:
    assert _role(sentence, date_text) == role
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Since 2019, the mill has been owned by the Sarn family.", "2019"),  # a main-clause state: its start
])
def test_a_state_since_a_fronted_date_keeps_its_date(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) not in ("trend", "tally")


def test_a_quote_that_opens_before_the_statements_verb_is_still_a_plain_statement() -> None:
    assert is_non_happening("The manager says that the player “has been professional throughout")
    assert not is_non_happening("The mayor says the bridge “was closed")


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Since 2014, she has doubled the roll.", "2014"),                           # a person's own act
    ("As head teacher since 2014, she has doubled the roll.", "2014"),          # a role fronted as an aside
])
def test_a_persons_act_after_a_fronted_since_is_no_trend(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "trend"


# --------------------------------------------------------------------- a state said, read in the sentence after the date


@pytest.mark.parametrize("sentence", [
    "The Foreign Office said today conditions in the port appear to be deteriorating.",
    "A spokesman said late yesterday that “the operation has been very successful”.",
])
def test_a_state_said_after_the_date_is_a_plain_statement(sentence: str) -> None:
    assert not _dated(sentence)


@pytest.mark.parametrize("sentence", [
    "The mayor said on Tuesday the bridge was closed by engineers.",    # a passive: something done
    "Police said on Monday the driver was killed instantly.",
    "The agency said Thursday that the minister was the target of a smear campaign.",
    "The company said on Wednesday that profit rose 14 percent.",
])
def test_a_happening_said_after_the_date_stays(sentence: str) -> None:
    assert _dated(sentence)


@pytest.mark.parametrize("sentence", [
    "The club's press officer said in a statement on Friday that the striker was “the finest player of his "
    "generation” and thanked the supporters who travelled to the final.",
])
def test_a_state_said_with_an_act_joined_after_it_keeps_its_date(sentence: str) -> None:
    assert _dated(sentence)
