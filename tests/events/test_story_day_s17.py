"""An undated act told after a day of the story takes that day (session seventeen, event dates).

Every sentence here is written for this file: an act with no date of its own, told in the sentence
after one dated to a single day and before a later sentence dated a few days on.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _event(text: str, word: str):
    events = [e for e in extract_document(Document("a.txt", text, "A")).events if word in e.title.lower()]
    assert len(events) == 1, [(e.title, e.begin, e.end) for e in extract_document(Document("a.txt", text, "A")).events]
    return events[0]


@pytest.mark.parametrize("text, word, day", [
    ("Flood hits Tarley\n\nTarley, 20 November 2025\n\nThe river burst its banks at Tarley on Sunday. "
     "Firefighters evacuated a nursing home. On Tuesday the water fell.", "evacuate", date(2025, 11, 16)),
    ("Rebels take Orbeck\n\nOrbeck, 12 March 2026\n\nRebels shelled the town hall on 8 March. "
     "Engineers rebuilt the main bridge. Two days later the army entered the town.", "rebuild", date(2026, 3, 8)),
    ("Barn fire\n\nPublished 6 April 2026\n\nA fire broke out in a barn at Holme Farm on 1 April. "
     "Firefighters rescued two horses from the barn. The farmer reopened the farm shop on 4 April.", "rescue",
     date(2026, 4, 1)),
])
def test_an_undated_act_after_a_dated_day_is_on_that_day(text: str, word: str, day: date) -> None:
    event = _event(text, word)
    assert (event.begin, event.end) == (day, day)


def test_an_act_between_dates_weeks_apart_keeps_its_window() -> None:
    text = ("Harbour works\n\nPublished 30 June 2026\n\nThe harbour closed on 2 June. Divers inspected the wall. "
            "The harbour reopened on 25 June.")
    event = _event(text, "inspect")
    assert (event.begin, event.end) == (date(2026, 6, 2), date(2026, 6, 25))


@pytest.mark.parametrize("opening", [
    "The strike began on 3 May 2026.",
    "The festival started on 3 May 2026.",
])
def test_an_act_after_the_start_of_something_lasting_keeps_its_window(opening: str) -> None:
    text = f"Report\n\nPublished 20 May 2026\n\n{opening} A steward was injured near the gate. Talks resumed on 6 May 2026."
    event = _event(text, "injure")
    assert (event.begin, event.end) == (date(2026, 5, 3), date(2026, 5, 6))
