"""A bare clock time told in one clause with how often something is done is a timetable's hour, not
one happening's: "Ferries leave every morning at 8.15 and return at 17.40"."""

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.date_roles import date_role


@pytest.mark.parametrize(("sentence", "clock"), [
    ("Boats leave the quay every morning at 7.05 and come back at 18.20.", "18.20"),
    ("She fed the hens at 6.30 every morning.", "6.30"),
    ("Each evening the keeper lit the lamp and wound the clock at 21:30.", "21:30"),
    ("The ferry left at 7.15 each morning.", "7.15"),
])
def test_a_clock_time_in_a_habit_clause_is_a_habit(sentence: str, clock: str) -> None:
    at = sentence.index(clock)
    assert date_role(sentence, at, at + len(clock)) == "habit"


@pytest.mark.parametrize(("sentence", "clock"), [
    ("The siren sounded at 4.50 and the crew checked every hatch.", "4.50"),  # "every hatch": no frequency
    ("Every day she walked the dog; at 8.40 a van hit the gate.", "8.40"),  # another clause
    ("From 10pm every night the square will be closed to cars.", "10pm"),  # a run's start is a happening
    ("The roof collapsed at 2.15am.", "2.15am"),
    ("Buses ran hourly until 23.30, when the depot closed.", "23.30"),  # a run's bound
])
def test_a_clock_time_of_one_happening_is_no_habit(sentence: str, clock: str) -> None:
    at = sentence.index(clock)
    assert date_role(sentence, at, at + len(clock)) != "habit"


def test_a_timetable_line_gives_no_event() -> None:
    text = ("Getting there. Buses leave the square every weekday at 8.20 and return at 14:10. "
            "On 3 May 2024 the old bridge reopened.")
    doc = Document("guide.txt", text, "t", None, "none")
    assert [e.timex for e in build_events(doc, temporal.tag(text, None)) if e.timex] == ["3 May 2024"]  # not 8.20, nor 14:10
