"""A passive act not done until a date ("the nave was not finished until about 1190"): the event was
kept on its date but titled "The nave is not finished", the opposite of what the sentence tells; seen
on the timeline of a history. Sentences of the test's own. No Qt here."""

from __future__ import annotations

import pytest

from .extracted_events import events_of


@pytest.mark.parametrize(("sentence", "title"), [
    ("Work on the tower began in 1402, but the spire was not finished until about 1460.", "The spire is finished"),
    ("The new bridge was not opened until 10 November 1932.", "The new bridge is opened"),
    ("The survey results were not published until March 2020.", "The survey results are published"),
    ("The wreck was not found until around 1985, by divers from the club.", "The wreck is found"),
])
def test_a_passive_not_done_until_its_date_is_titled_as_done(sentence, title):
    titles = [e.title for e in events_of(sentence)]
    assert any(t.startswith(title) for t in titles), titles
    assert not any(" not " in t for t in titles), titles


@pytest.mark.parametrize("sentence", [
    "The cause of the fire was not known until 1950.",  # a state: no act done at last
    "The road will not be finished until May 2031.",
])
def test_a_state_or_a_future_keeps_its_negation(sentence):
    assert not any(t.endswith(("is known", "is finished")) for t in (e.title for e in events_of(sentence)))
