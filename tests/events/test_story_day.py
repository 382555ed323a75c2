"""An undated act told right after a single day, with the next date a few days on in a later
sentence, is dated to the story's day (``events.story_day``, asked by ``bound_by_neighbours`` with
the two neighbours it bounded the act by). After the start of something lasting, or with the next
date weeks on, the act keeps the window. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _act(text: str, word: str):
    events = extract_document(Document("a.txt", "Harbour notes\n\n" + text, "t"), dct=date(2025, 6, 30)).events
    found = [e for e in events if word in e.title.lower()]
    assert len(found) == 1, [e.title for e in events]
    return found[0]


#: A single day, an undated act in the next sentence, and the next date two or three days on.
_NEXT_DATE_NEAR = (
    "The storm reached the harbour on Monday 2 June 2025. Lifeboat volunteers rescued four sailors. "
    "The harbour reopened on Thursday 5 June 2025.",
    "A gale hit the coast on 2 June 2025. The coastguard rescued a kayaker. The ferry sailed again on 4 June 2025.",
)


@pytest.mark.parametrize("text", _NEXT_DATE_NEAR)
def test_an_act_after_a_day_takes_that_day_when_the_next_date_is_near(text: str) -> None:
    act = _act(text, "rescue")
    assert act.begin == act.end == date(2025, 6, 2)
    assert "on the story's day" in act.derivation and "bounded by neighbours" in act.derivation


def test_an_act_after_the_start_of_something_lasting_keeps_the_window() -> None:
    act = _act("The strike began on 2 June 2025. A picket was arrested. Talks resumed on 5 June 2025.", "arrest")
    assert (act.begin, act.end) == (date(2025, 6, 2), date(2025, 6, 5))
    assert "on the story's day" not in act.derivation


def test_an_act_before_a_date_weeks_on_keeps_the_window() -> None:
    # (told in the very next sentence it takes the day, see test_act_told_right_after_its_day_s52; a
    # sentence between keeps the window)
    act = _act("The storm reached the harbour on Monday 2 June 2025. The wind tore the roof off the chandlery. "
               "Lifeboat volunteers rescued four sailors. The harbour reopened on 20 June 2025.", "rescue")
    assert (act.begin, act.end) == (date(2025, 6, 2), date(2025, 6, 20))


# --------------------------------------------------------------------------- the page's date as the later bound (session 25)


def _act_on(text: str, word: str, dct: date):
    events = extract_document(Document("a.txt", "Harbour notes\n\n" + text, "t"), dct=dct).events
    found = [e for e in events if word in e.title.lower()]
    assert len(found) == 1, [e.title for e in events]
    return found[0]


@pytest.mark.parametrize("text, word", [
    # nothing dated follows: bounded by the page's date
    ("Magistrates fined the skipper of the Kittiwake on Tuesday. The court also banned him from fishing for a year.", "ban"),
    # what follows is a plan ahead of the page
    ("The ferry crew walked out on Tuesday. Passengers queued on the quay for hours. "
     "The union will meet the operator on 9 July.", "queue"),
])
def test_an_act_after_a_day_takes_that_day_when_the_page_is_a_few_days_on(text: str, word: str) -> None:
    act = _act_on(text, word, date(2025, 6, 27))
    assert act.begin == act.end == date(2025, 6, 24), act.derivation
    assert "the page a few days on" in act.derivation


def test_an_act_long_before_the_page_keeps_the_window() -> None:
    act = _act_on("Magistrates fined the skipper of the Kittiwake on 2 June. The court also banned him from fishing for a year.",
                  "ban", date(2025, 6, 27))
    assert act.begin == date(2025, 6, 2) and act.end == date(2025, 6, 27), act.derivation


def test_an_act_after_a_start_before_the_page_keeps_the_window() -> None:
    act = _act_on("The ferry strike began on Tuesday. Passengers queued on the quay for hours. "
                  "The union will meet the operator on 9 July.", "queue", date(2025, 6, 27))
    assert act.begin == date(2025, 6, 24) and act.end == date(2025, 6, 27), act.derivation
