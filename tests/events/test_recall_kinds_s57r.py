"""Recall kinds of session 57 (h57r): acts of a dated sentence that the event builder left out.
Sentences written for these tests (a trial's press release, a sailing club's results page, a town's
centenary leaflet)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

#: A dated sentence before the rows, so that a weekday has a week to fall in.
_OPENING = "Notes\n\nThe inquiry began on Tuesday 3 March 2026. "


def _titles(sentence: str) -> list[str]:
    events = extract_document(Document("a.txt", _OPENING + sentence, "t"), dct=None).events
    return [e.title for e in events if e.sentence_start >= len(_OPENING)]


@pytest.mark.parametrize("sentence, act", [
    ("The treasurer checked the accounts on Thursday and reported the shortfall to the regulator.",
     "reports the shortfall to the regulator"),
    ("The club suspended its coach in April and reported him to the national federation.", "reports him to the national"),
    ("Staff found the broken lock at 8am on Monday, and the school reported the break-in to police.",
     "reports the break-in to police"),
])
def test_a_report_handed_to_someone_is_an_act_of_its_own(sentence: str, act: str) -> None:
    titles = _titles(sentence)
    assert len(titles) == 2 and any(act in t for t in titles), titles


@pytest.mark.parametrize("sentence", [
    # guard rows (one event on 9227e954 too): a report of what was said or found stays a saying
    "The caretaker locked the hall on Thursday and reported that the roof was leaking.",
    "The firm cut its forecast on Monday and reported a loss of four million crowns to its shareholders.",
    "The engineer closed the footbridge on Friday and reported on its condition to the council.",
])
def test_a_report_of_what_was_said_is_no_second_act(sentence: str) -> None:
    assert len(_titles(sentence)) == 1, _titles(sentence)


@pytest.mark.parametrize("sentence, act", [
    ("The commodore resigned in October 2025 after the committee voted to sell the clubhouse.",
     "votes to sell the clubhouse"),
    ("The trial was paused in June 2024 after the supplier refused to ship the placebo tablets.",
     "refuses to ship"),
    ("Stewards removed a spectator at 3pm on Saturday after he tried to climb onto the committee boat.",
     "tries to climb"),
])
def test_a_decision_or_an_attempt_in_an_after_clause_is_an_act(sentence: str, act: str) -> None:
    titles = _titles(sentence)
    assert len(titles) == 2 and any(act in t for t in titles), titles


@pytest.mark.parametrize("sentence", [
    # guard rows (one event on 9227e954 too): what was to be, not done
    "The hall was closed in May 2024 after the trustees decided to be cautious.",
    "The ferry sailed on Monday after the storm seemed to ease.",
])
def test_no_act_from_a_state_told_with_to(sentence: str) -> None:
    assert len(_titles(sentence)) == 1, _titles(sentence)
