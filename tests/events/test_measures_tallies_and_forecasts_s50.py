"""Session 50 (issue 12, events precision), found on pages of our own (``own_texts_s50``) and on the opened
and readable parts: a measure's move told by its figure over a period ("Inflation had fallen to 2.9 percent
in September", "Membership fell below 3,000 in the early 1930s"), also with the period put first ("Over the
month of February Brent lost 6 per cent", "Over the last twelve months the total reached 1,380 boxes", read on
the casualty bulletin of ``own_texts_s50``);
acts counted over a stretch put first or closed and withdrawn over one ("Between 9 February and 31 March the
teams held 118 clinics", "withdrew 212 routes between 2020 and 2024"); a record of results whose title was
cut before the games counted ("Harrow Vale wins 19 of their 22 league") or a total of points; and a
person's act foreseen ("He is expected to make his debut on Sunday", "Dr Benn is expected to retire in the
spring"); and a habit told in the past with no date, its frequency in its title or opening its sentence
("moved the court each summer", "Every season the two clubs met on that day, and the match drew the biggest
crowd of the year", whose "of the year" frames a superlative and dates nothing). None is a happening a reader lists (the gold README: a change over a period is a statistic, a
forecast is no happening). Beside them what a reader lists stays: a move on a day, a level a history tells
as its turn, a study's enrolment, a body's expected step. Our own sentences."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.events.extracted_events import events_of

_DAY = date(2026, 3, 9)
_PAGE = "Weekly review\n\nThe board met on 2 March to approve this review. "


def _titles(text: str, *words: str) -> list[str]:
    """The titles of the events of ``_PAGE`` + ``text`` holding a word that starts with any of ``words``."""
    return [e.title for e in events_of(_PAGE + text, _DAY)
            if any(re.search(rf"\b{w}", e.title, re.IGNORECASE) for w in words)]


# --------------------------------------------------------------------- a measure's move by its figure


@pytest.mark.parametrize("sentence, verb", [
    ("Governor Ana Ruiz told reporters that inflation, which peaked at 9.4 percent in May 2024, had fallen to 3.1 "
     "percent in January.", "fall"),
    ("Membership of the guild fell below 1,200 in the late 1950s.", "fall"),
    ("Ridership climbed to 41,000 a day in the autumn.", "climb"),
    ("The bank raised its rate on 4 December. Inflation in November jumped to 5.2%.", "inflation"),
    ("Over the month of February copper gained 8 per cent.", "gain"),
    ("In the first quarter the index lost 3.5%.", "lose"),
])
def test_a_measure_s_move_by_its_figure_over_a_period_is_no_happening(sentence: str, verb: str) -> None:
    assert _titles(sentence, verb) == []


@pytest.mark.parametrize("sentence, verb", [
    ("Ten-year bond yields fell to 4.1% that day, their lowest since 2021.", "fall"),      # a move on a day
    ("Harrow shares lost 4 percent on Friday.", "lose"),
    ("The last pit closed in 1986, and unemployment reached 22 percent the following year.", "reach"),  # a level
    ("The river rose to 5.2 metres in March 1947.", "rise"),                                # no measure of many
    ("In 2019 the trust built 300 homes.", "build"),                                       # acts a reader lists
])
def test_a_move_on_a_day_a_level_and_counted_acts_stay(sentence: str, verb: str) -> None:
    assert len(_titles(sentence, verb)) == 1


# --------------------------------------------------------------------- acts counted over a stretch


@pytest.mark.parametrize("sentence, verb", [
    ("Between 3 May and 20 June the mobile teams held 96 clinics and saw 2,800 patients.", "hold"),
    ("Within eighteen months the banks had closed 64 branches in the county.", "clos"),
    ("Within six months the carriers had cut 120 flights from the timetable.", "cut"),
    ("The bank closed 38 branches between 2019 and 2023.", "close"),
    ("The county councils withdrew 140 rural routes between 2021 and 2025.", "withdr"),
])
def test_acts_counted_over_a_stretch_are_a_tally(sentence: str, verb: str) -> None:
    assert _titles(sentence, verb) == []


def test_a_study_s_enrolment_over_a_stretch_stays() -> None:
    assert len(_titles("The phase 3 study enrolled 402 adults at 21 hospitals between March 2023 and June 2024.",
                       "enrol")) == 1


# --------------------------------------------------------------------- a record of results


@pytest.mark.parametrize("sentence, verb", [
    ("Last season Kelby Rovers won 23 of their 30 league matches and scored a total of 94 goals, a club record.",
     "win"),
    ("Last season Kelby Rovers won 23 of their 30 league matches and scored a total of 94 goals, a club record.",
     "score"),
    ("The campaign opened with a draw at Linfield, and the Harriers then lost three of their next four.", "lose"),
])
def test_a_record_of_results_is_no_happening(sentence: str, verb: str) -> None:
    assert _titles(sentence, verb) == []


# --------------------------------------------------------------------- a person's act foreseen


@pytest.mark.parametrize("sentence, verb", [
    ("He is expected to make his first start against Dunmore on Saturday.", "make"),
    ("The finance minister is expected to announce her decision before Easter.", "announce"),
    ("Her replacement as chief executive is expected to start next month. Her deputy is expected to leave in "
     "May.", "leave"),
    ("Dr Okoye is expected to retire in the autumn.", "retire"),
    ("Union leaders are expected to meet the employers on Thursday.", "meet the employers"),
])
def test_a_person_s_act_foreseen_is_no_happening(sentence: str, verb: str) -> None:
    assert _titles(sentence, verb) == []


@pytest.mark.parametrize("sentence, verb", [
    ("The upper house is expected to approve the bill next week.", "approve the bill"),   # a body's procedure
    ("The agency is expected to decide by 15 April.", "decide"),
    ("The coach is due to name his squad on Thursday.", "name"),                 # a schedule told as such
    ("The minister is expected to resign today.", "resign"),                     # that day's news
])
def test_a_body_s_expected_step_and_a_schedule_stay(sentence: str, verb: str) -> None:
    assert len(_titles(sentence, verb)) == 1


# --------------------------------------------------------------------- a habit told in the past, undated


@pytest.mark.parametrize("sentence, verb", [
    ("The sultan reformed the coinage and moved his household each winter to the coast.", "move"),
    ("Each spring the shepherds drove the flocks to the high pastures and sheared them at the old fold.", "shear"),
    ("Every summer the two villages met on the green, and the game drew the largest crowd of the year.", "draw"),
])
def test_a_habit_told_in_the_past_is_no_happening(sentence: str, verb: str) -> None:
    assert _titles(sentence, verb) == []


@pytest.mark.parametrize("sentence, verb", [
    ("The sultan reformed the coinage and moved his household to the coast.", "move"),   # no frequency
])
def test_an_act_without_a_frequency_stays(sentence: str, verb: str) -> None:
    assert len(_titles(sentence, verb)) == 1
