"""Issue 11, session 21: "two days after the invasion", "a year after the battle", "three weeks before
the summit": a count before or after an event whose date is not told with it.

The readable TimeML quarters split by genre. News (TBAQ) marks the count alone as a duration ("90
days" of "90 days after their issue": P90D, four of four), so news keeps it. A history (WikiWars)
marks the phrase as a date counted from the event's day (seven of the ten such phrases have a value),
for counts of days, weeks and months from a stated day; our own gold set marks a count of years, or a
count after a year told alone ("in 1940, a year after ..."), as a duration, so those stay. The event
is the last one the story dated by name, so the count runs from the last date stated in
full, not from a step the story took since ("the next day"); a count set after a date and a comma
("On 27 June 1950, two days after the invasion, ...") names that same day again. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _found(text: str, dct: date | None = None, narrative: bool | None = None) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct, narrative=narrative)}


@pytest.mark.parametrize("text, expression, value", [
    ("The harbour was mined on 3 March 1917. Two weeks after the mining, the first ship sank.", "Two weeks", "1917-03-17"),
    ("The rebels took the bridge on 10 May 1809. The next day they burned the mill. "
     "The garrison surrendered nine days after the bridge fell.", "nine days", "1809-05-19"),
    ("The treaty was signed on 2 August 1850. A month before the signing, envoys met.", "A month", "1850-07-02"),
    ("On 14 October 1066, two days after the landing, the armies met.", "two days", "1066-10-14"),
    # a day stated without its year, in the story's year, is stated all the same
    ("In 1861 the war began. On April 12 rebels fired on the fort. They marched the next day. "
     "A depot was seized eight days after the attack.", "eight days", "1861-04-20"),
    ("On 4 July 1776, a week after the vote and a month before the signing, the bells rang.", "a month", "1776-07-04"),
])
def test_a_history_dates_a_count_from_its_event(text: str, expression: str, value: str) -> None:
    assert _found(text, narrative=True).get(expression) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    ("Turnout fell two days before the vote, officials said.", "two days", "P2D"),
    ("Shares rose three weeks after the merger was announced.", "three weeks", "P3W"),
    ("The firm paid the bonds 90 days after their issue, the filing shows.", "90 days", "P90D"),
])
def test_news_marks_the_count_alone(text: str, expression: str, value: str) -> None:
    assert _found(text, date(2024, 5, 8), narrative=False).get(expression) == ("DURATION", value)


@pytest.mark.parametrize("text, expression", [
    ("In 1850 the town grew. They waited two weeks before attacking the fort.", "two weeks"),  # how long, not when
    ("In 1850 the town grew. The siege lasted about a month after the thaw.", "about a month"),
])
def test_a_stretch_of_waiting_stays_a_duration_in_a_history(text: str, expression: str) -> None:
    found = _found(text, narrative=True)
    assert found.get(expression, ("DURATION",))[0] == "DURATION", found


@pytest.mark.parametrize("text, expression, value", [
    ("The duke was crowned in 1204. Three years after his coronation, the revolt began.", "Three years", "P3Y"),
    ("She entered the academy in 1931, a year after her brother.", "a year", "P1Y"),
    ("The mill closed on 9 March 1952. Two years after the closure, the village emptied.", "Two years", "P2Y"),
])
def test_a_count_of_years_or_from_a_year_stays_how_long_it_was(text: str, expression: str, value: str) -> None:
    """Our gold set marks these durations (a count of years, or a count after a year told alone)."""
    assert _found(text, narrative=True).get(expression) == ("DURATION", value)


def test_with_no_date_stated_before_a_count_stays_a_duration() -> None:
    assert _found("Two days after the landing, the port fell.", narrative=True).get("Two days") == ("DURATION", "P2D")
