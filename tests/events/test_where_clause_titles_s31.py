"""Issue 12, session 31 (titles): a date inside a "where" clause that has its own subject and verb
dates that clause's happening, so the title is told from it ("…, where a cargo ship ran aground in
1998" -> "A cargo ship runs aground"), not from the main clause about the place; so does a date in a
"before"/"after"/"until" clause after a main clause that tells no happening yet. A date in the main
clause, a clause with no verb before the date, a modal or a state keep their titles. Our own
sentences, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.titles.where_clauses import where_clause
from tests.events.titled import title_at


@pytest.mark.parametrize(
    "sentence, date, title",
    [
        ("The delegates toured the old harbour, where a cargo ship ran aground in 1998 during a gale.", "1998",
         "A cargo ship runs aground during a gale"),
        ("She grew up in Tarnow, where her father opened a bakery in 1952.", "1952", "Her father opens a bakery"),
        ("The committee visited the depot where two buses caught fire last March.", "last March", "Two buses catch fire"),
        ("We drove on to the farm, where we camped for the night on 4 June.", "4 June", "We camp for the night"),
        ("The firm listed its shares in Oslo, where a rival had floated its shares in May 2019.", "May 2019",
         "A rival floats its shares"),
        ("Walkers can still cross the bridge where the last tram ran on 3 May 1961.", "3 May 1961", "The last tram runs"),
        ("Police sealed off the car park, where a man, 34, was stabbed on Saturday night.", "Saturday night",
         "A man is stabbed"),
        ("The festival moves back to the meadow, where the first concert was held in 1971.", "1971",
         "The first concert is held"),
        ("Ministers point to Norway, where a similar levy raised two billion crowns in 2021.", "2021",
         "A similar levy raises two billion crowns"),
        ("The old chapel, where the couple married in June 1950, was sold last year.", "June 1950", "The couple marries"),
    ],
)
def test_a_date_in_a_where_clause_titles_that_clause(sentence: str, date: str, title: str) -> None:
    assert title_at(sentence, date) == title


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("In 1990 she moved to Leeds, where she opened a shop.", "1990"),  # the date is the main clause's
        ("He works at the hospital where, since 2015, he has led the heart unit.", "2015"),  # no verb before it
        ("Prices in the valley, where demand will rise in 2027, are falling.", "2027"),  # a modal: no happening
        ("Where possible, the works will finish in May.", "May"),  # no clause of its own
        ("The fund invests in Kenya, where rates have stayed high since 2020.", "2020"),  # a state
        ("We moved her to the office, where she has slept under the desk since that Christmas.", "Christmas"),  # a state
        ("Medics flew the walker to Ardmore Hospital, where she had surgery on Friday.", "Friday"),  # whom "she" is
    ],
)
def test_other_dates_are_no_where_clauses(sentence: str, date: str) -> None:
    start = sentence.index(date)
    assert where_clause(sentence, start, start + len(date)) is None


@pytest.mark.parametrize(
    "sentence, date, title",
    [
        ("Westbury are expected to spend the fee before the transfer window closes on 2 February.", "2 February",
         "The transfer window closes"),
        ("Fans are expected to gather after the team lands on Monday.", "Monday", "The team lands"),
        ("The ferry will not sail until the storm passes on Friday.", "Friday", "The storm passes"),
    ],
)
def test_a_dated_time_clause_after_an_unrealised_main_clause_titles_that_clause(sentence: str, date: str,
                                                                                 title: str) -> None:
    assert title_at(sentence, date) == title


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("The club signed him after his contract ran out in June.", "June"),  # the main clause happened
        ("Lena Moss resigned before the board met on Tuesday.", "Tuesday"),
        ("The pier reopened on 3 May, a year after a storm wrecked it in March 2023.", "March 2023"),  # "May", a month
        ("She will stand again after nobody won a majority in Sunday's poll.", "Sunday"),  # the poll's own date
    ],
)
def test_a_time_clause_after_a_happening_is_left_to_the_other_rules(sentence: str, date: str) -> None:
    start = sentence.index(date)
    assert where_clause(sentence, start, start + len(date)) is None


def test_the_main_clauses_own_date_keeps_its_title() -> None:
    assert title_at("In 1990 she moved to Leeds, where she opened a shop.", "1990").startswith("She moves to Leeds")
