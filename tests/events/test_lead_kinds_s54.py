"""Kinds the lead found in session fifty-four on probe pages of its own (a rum-runner's history, a national
park's centenary): each row is a text written for the test, none from the sample, the gold set or a corpus."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of


@pytest.mark.parametrize(
    "text, verb",
    [
        # the main clause after "when" read as a plain act and again as the clause joined to the sentence's
        # happening was two events with two titles
        ("When the dam burst, the village priest, Father Ennis, rang the bell.", "rang"),
        ("When the river flooded, the ferryman, Tam Reid, rowed the children to safety.", "rowed"),
        ("As the fire spread, the caretaker, a Mrs Bell, rang the alarm.", "rang"),
    ],
)
def test_one_verb_gives_one_event(text, verb) -> None:
    at = text.index(verb)
    assert sum(e.timex_start == at for e in events_of(text)) == 1


@pytest.mark.parametrize(
    "text, act",
    [
        # a dated "when" clause's own act read again as an occurrence joined by "and" gave a second event
        ("Production stopped until 1651, when a Bristol merchant, Josiah Kent, bought the site and rebuilt the "
         "furnace.", "buys the site"),
        ("The yard lay idle until 1922, when a shipowner, Ida Marsh, leased the slipway and built two trawlers.",
         "leases the slipway"),
    ],
)
def test_a_dated_clauses_act_is_not_read_again(text, act) -> None:
    titled = [e.title for e in events_of(text) if act in e.title]
    assert len(titled) == 1, titled
