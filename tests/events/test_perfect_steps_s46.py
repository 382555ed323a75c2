"""A chain of one subject's acts told in the present perfect (explorer.events.act_series): a step with
its own "has" or "have" ("… on 19 October and has written to 3,000 homes") or sharing the opening
verb's ("has cancelled 300 operations since March and diverted …") is an event of its own at the date
of the act before it; a change of state or a running total told in the perfect is none. Sentences
written for this test (session 46), not taken from the gold articles or the corpora."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.ingest import extract_document


def _joined(sentence: str) -> list[str]:
    return [title.lower() for _, title in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize(("sentence", "step"), [
    # the step's own "has" or "have", a regular or an irregular participle after it
    ("The ferry line opened a route to Harwich on 4 May and has hired forty deckhands.", "the ferry line hires forty deckhands"),
    ("The trust bought the mill in 2019 and has since sold the orchard to a school.", "the trust sells the orchard"),
    ("The water board shut the reservoir on Monday and has written to every household in the valley.",
     "the water board writes to every household"),
    ("Firefighters reached the barn at dawn and have taken the horses to a farm nearby.", "firefighters take the horses"),
    # the opening verb's "has", which the step shares
    ("The clinic has cancelled 40 appointments since Tuesday and moved its nurses to the ward.",
     "the clinic moves its nurses to the ward"),
    ("Since January a team from the college has surveyed the castle with drones and photographed its walls.",
     "a team from the college photographs its walls"),
])
def test_a_step_in_the_present_perfect_is_an_event_of_its_own(sentence: str, step: str) -> None:
    titles = _joined(sentence)
    assert any(t.startswith(step) for t in titles), titles


@pytest.mark.parametrize(("sentence", "word"), [
    # a state after the perfect's "has"
    ("The depot closed in 2017 and has been empty ever since.", "empty"),
    ("The bakery opened in 1952 and has become a landmark.", "become"),
    # a change of state with nothing after it
    ("Since the spring the harbour has emptied and refilled.", "refill"),
    # a running total, not one payment
    ("The appeal opened in June 2022 and has raised £3 million for the hospice.", "raise"),
    ("The fund started in March and has paid £40 million to 12 councils.", "pay"),
])
def test_no_step_for_a_perfect_state_change_or_running_total(sentence: str, word: str) -> None:
    titles = _joined(sentence)
    assert not [t for t in titles if word in t], titles


def test_a_perfect_step_shares_the_date_of_the_act_before_it() -> None:
    text = "News in brief\n\nThe council closed the lido on 12 August and has drained the main pool."
    events = list(extract_document(Document("a.txt", text, "t"), dct=date(2024, 9, 1)).events)
    drained = [e for e in events if "drain" in e.title.lower()]
    assert len(drained) == 1 and drained[0].begin == date(2024, 8, 12), [(e.title, e.begin) for e in events]
