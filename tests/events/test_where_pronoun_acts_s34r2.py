"""Issue 12, session 34 (h34r2): a date inside a "where" clause whose subject is a pronoun and whose verb
is a plain past act dates that act, so the title is the clause's ("…, where he underwent surgery on
Sunday" -> "He undergoes surgery"), not the main clause's about getting there. A perfect, a state or a
date of the main clause keep the old titles. Our own sentences, none from the gold set, the folders or
TimeML."""

from __future__ import annotations

import pytest

from explorer.events.titles.where_clauses import where_clause
from tests.events.titled import title_at


@pytest.mark.parametrize(
    "sentence, date, title",
    [
        ("Paramedics took the cyclist to the county hospital, where he underwent surgery on Sunday.", "Sunday",
         "He undergoes surgery"),
        ("The two climbers were flown to the city hospital, where they were treated for burns on Sunday.", "Sunday",
         "They are treated for burns"),
        ("The ferry drifted onto the rocks, where it sank within an hour on 4 May.", "4 May", "The ferry sinks within an hour"),
        ("Police escorted the driver to the station, where he was charged with theft on Friday.", "Friday",
         "He is charged with theft"),
    ],
)
def test_a_dated_pronoun_act_in_a_where_clause_titles_that_clause(sentence: str, date: str, title: str) -> None:
    assert title_at(sentence, date) == title


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("Medics flew the walker to Ardmore Hospital, where she had surgery on Friday.", "Friday"),  # a pluperfect
        ("We moved her to the office, where she has slept under the desk since that Christmas.", "Christmas"),
        ("The radio club moved to Bridge Street, where it stayed until 1935.", "1935"),  # a state
        ("In 1990 she moved to Leeds, where she opened a shop.", "1990"),  # the main clause's date
        ("On Friday the minister flies to Rome, where she will meet the pope.", "Friday"),
        ("The army marched to the coast, where they spent the winter of 1640.", "the winter of 1640"),  # a stay
        ("The fleet sailed to Crete where they passed the winter of 1645.", "the winter of 1645"),
    ],
)
def test_a_pronoun_clause_that_tells_no_dated_act_is_no_where_clause(sentence: str, date: str) -> None:
    start = sentence.index(date)
    assert where_clause(sentence, start, start + len(date)) is None
