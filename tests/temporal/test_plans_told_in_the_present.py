"""A plan told in the present ("Entries open on 3 June", "Nominations close in the first week of May"):
English schedules in the present, so the day or the month is the next such one after the page, even
half a year ahead, never the last one behind it. A plural subject takes "close" and "end" without
their "-s". Told in the past, the same day is the last one. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag

DCT = date(2025, 8, 10)


def _begin(text: str, phrase: str) -> date | None:
    """The first day of ``phrase`` read in ``text``, or the first of its month for a part of one ("late May")."""
    day = next(t.begin for t in tag(text, DCT) if t.text == phrase)
    return day.replace(day=1) if isinstance(day, date) and phrase.startswith(("early", "late", "mid")) else day


@pytest.mark.parametrize("text,phrase,begin", [
    ("Entries for the honey show open on 3 June, the society says.", "3 June", date(2026, 6, 3)),
    ("Nominations close in the first week of May.", "the first week of May", date(2026, 5, 1)),
    ("Winter bookings close on the 4th of May.", "the 4th of May", date(2026, 5, 4)),
    ("The new timetable comes into force on June 1 and replaces the old one.", "June 1", date(2026, 6, 1)),
    ("Prize submissions end in late May, and the jury meets soon after.", "late May", date(2026, 5, 1)),
])
def test_a_present_plan_is_the_next_such_day(text: str, phrase: str, begin: date) -> None:
    assert _begin(text, phrase) == begin


@pytest.mark.parametrize("text,phrase,begin", [
    ("Entries for the honey show opened on 3 June.", "3 June", date(2025, 6, 3)),
    ("Nominations closed in the first week of May.", "the first week of May", date(2025, 5, 1)),
    ("The bakery opens on 14 August, its owner said.", "14 August", date(2025, 8, 14)),  # just ahead, as before
])
def test_a_past_or_near_day_keeps_its_year(text: str, phrase: str, begin: date) -> None:
    assert _begin(text, phrase) == begin
