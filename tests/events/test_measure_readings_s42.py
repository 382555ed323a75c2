"""A reading of a measure of many (issue 12, session forty-two, event precision): turnout, attendance,
membership, sales, inflation told at a level, a peak or a trend on a date ("Turnout at noon was 41
percent", "Visitor numbers peaked in 2019", "Its sales had been falling since early 2022") is a statistic, the sum of many people's acts,
not a happening (``tallies_and_baselines.reads_a_measure``). Beside each, a sentence of the same shape
that tells a happening stays an event: a completion told of the same noun, a market move on a day, a
group named by the measure's word that acts."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.events.tallies_and_baselines import reads_a_measure
from tests.events.extracted_events import events_of

_DAY = date(2025, 6, 20)


@pytest.mark.parametrize("sentence", [
    "Turnout at noon was 41 percent, according to the returning officer.",
    "Attendance at the fair was about 3,000 on the first day.",
    "Membership of the guild, which was 2,400 in 1951, kept falling.",
    "Visitor numbers peaked in 2019.",
    "Sales of paper maps began to fall again in the late 1990s.",
    "Its sales had been falling since early 2022.",
    "Passenger numbers were falling steadily through the 1990s.",
])
def test_a_measure_read_on_a_date_is_no_event(sentence: str) -> None:
    events = events_of(sentence, _DAY)
    assert not [e for e in events if e.timex], [(e.title, e.timex) for e in events]


@pytest.mark.parametrize(("sentence", "word"), [
    ("Enrolment in the trial was completed in May 2024.", "Enrolment"),
    ("Harrow shares fell 4 percent on Friday.", "shares"),
    ("The sales team met the buyers in Leeds on 3 March.", "sales team"),
    ("The population of the valley was evacuated on 12 June 1953.", "evacuated"),
    # the measure told by whoever keeps it: the telling is the happening
    ("The brewery announced that its sales fell 6 percent in the second half.", "sales"),
    # a date naming a happening by its noun
    ("Attendance dropped sharply at the 2019 festival.", "Attendance"),
])
def test_a_happening_of_the_same_shape_stays(sentence: str, word: str) -> None:
    events = events_of(sentence, _DAY)
    assert [e for e in events if e.timex and word.lower() in e.title.lower()], \
        [(e.title, e.timex) for e in events]


@pytest.mark.parametrize(("title", "reads"), [
    ("Turnout is 41 percent", True),
    ("Attendance is 88%", True),
    # a change told once on its date is left to the happenings
    ("Attendance reaches 88%", False),
    ("Visitor numbers peak", True),
    ("Enrolment in the trial is completed", False),
    ("The firm reports record sales", False),
    ("Sales staff walk out", False),
])
def test_reads_a_measure(title: str, reads: bool) -> None:
    assert reads_a_measure(title) is reads
