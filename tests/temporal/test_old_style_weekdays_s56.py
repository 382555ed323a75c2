"""A diary of a year before Britain left the Julian calendar (1752) names its weekdays on that calendar:
"Monday, 4 March 1666/7" and then "Tuesday, 5th", "Thursday, 7th" are the 5th and the 7th of March, not
of April, the month whose 5th is a Tuesday on the Gregorian calendar (session 56, the lead;
calendar.weekdays_named, yearless rows of the month told). Our own diary lines; each failed before."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.calendar import weekdays_named
from explorer.documents.document import Document
from explorer.ingest import extract_document


def _values(text: str) -> list[tuple[str, str]]:
    timexes = extract_document(Document("diary.txt", text, "diary"), dct=None).timexes
    return [(t.text, t.value) for t in timexes]


@pytest.mark.parametrize("text, expected", [
    ("The diary of a customs clerk\n\nMonday, 4 March 1666/7. Up early and to the quay.\n\n"
     "Tuesday, 5th. Rain all day.\n\nThursday, 7th. To the Custom House.\n",
     [("Tuesday, 5th", "1667-03-05"), ("Thursday, 7th", "1667-03-07")]),
    ("A wool merchant's book\n\nFriday, 2 June 1710. The ship came in.\n\nSaturday, 3rd. Sold the cloth.\n",
     [("Saturday, 3rd", "1710-06-03")]),
])
def test_a_julian_diarys_weekday_rows_stay_in_their_month(text: str, expected: list[tuple[str, str]]) -> None:
    values = dict(_values(text))
    for expression, value in expected:
        assert values.get(expression) == value, values


@pytest.mark.parametrize("day, weekdays", [
    ((1667, 3, 4), {0, 4}),   # a Monday in England (Julian), a Friday on the Gregorian calendar
    ((1500, 6, 1), {0, 4}),
    ((1753, 3, 4), {date(1753, 3, 4).weekday()}),  # (guard) after the change, one calendar
    ((2024, 5, 3), {4}),      # (guard)
])
def test_weekdays_a_text_may_name(day: tuple[int, int, int], weekdays: set[int]) -> None:
    assert weekdays_named(*day) == weekdays
