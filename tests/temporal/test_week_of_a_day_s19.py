"""Issue 11, session 19: a week named by one of its days ("the week of 13 May", "the week ending 7 June",
"w/c 10 June") is that ISO week, Monday to Sunday. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.temporal import tag

PAGE = date(2024, 4, 20)


@pytest.mark.parametrize("text, phrase, value, monday", [
    ("The school trip is planned for the week of 13 May.", "the week of 13 May", "2024-W20", date(2024, 5, 13)),
    ("Exams start the week beginning Monday 3 June.", "the week beginning Monday 3 June", "2024-W23", date(2024, 6, 3)),
    ("Deliveries resume the week commencing 17 June.", "the week commencing 17 June", "2024-W25", date(2024, 6, 17)),
    ("Bookings for the week ending Sunday 14 April were the best this year.", "the week ending Sunday 14 April",
     "2024-W15", date(2024, 4, 8)),
    ("Rota: kitchen duty w/c 10 June.", "w/c 10 June", "2024-W24", date(2024, 6, 10)),
    ("Claims in the week ended March 30, 2024 rose by 2,000.", "the week ended March 30, 2024", "2024-W13",
     date(2024, 3, 25)),
])
def test_a_week_named_by_a_day_is_that_week(text: str, phrase: str, value: str, monday: date) -> None:
    found = {t.text: t for t in tag(text, PAGE)}
    assert phrase in found, list(found)
    week = found[phrase]
    assert (week.type, week.value, week.begin, week.end_day) == ("DATE", value, monday, date.fromordinal(monday.toordinal() + 6))


@pytest.mark.parametrize("text, day", [
    ("The fair opens on 13 May.", "13 May"),
    ("The week of rain will end on 13 May.", "13 May"),
])
def test_a_day_not_naming_its_week_stays_a_day(text: str, day: str) -> None:
    found = {t.text: t.value for t in tag(text, PAGE)}
    assert found[day] == "2024-05-13"


_PIECES = st.sampled_from([
    "the week of", "w/c", "the week ending", "on a", "Saturday", "afternoon", "in", "July", "1987", "at dawn",
    "at dusk", "on", "3 March", "31 December", "1 January", "the first Tuesday of each month", "every Easter",
    "postponed from", "March", "to", "May", "was open", "Friday", "Sunday", "through", "-", ",", ".",
    "the turn of the century", "\n\n",
])


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=14), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_this_sessions_kinds_never_break_on_any_mix(words: list[str], dct: date) -> None:
    """No exception, spans inside the text, begin <= end, whatever the words and the page's date
    (the calendar's first and last weeks included)."""
    text = " ".join(words)
    for t in tag(text, dct):
        assert 0 <= t.start < t.end <= len(text) and t.text == text[t.start:t.end]
        if t.begin is not None and t.end_day is not None:
            assert t.begin <= t.end_day


def test_the_calendars_last_week_keeps_the_day() -> None:
    found = {t.text: t.value for t in tag("The audit is the week of 31 December.", date(9999, 12, 20))}
    assert "9999-12-31" in found.values()
