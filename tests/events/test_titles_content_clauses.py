"""A subject with a "that" clause of its own subject and verb (our own sentences): "The popular tale
that its fields were salted was invented in the 19th century". The main clause's auxiliary comes after
the inner clause's verb; a title that cut at the inner verb read "The popular tale are salted was
invented". The date after the main verb titles the main clause; a date inside a clause told by a
noun of saying ("the claim that his ministers were bribed in 1721") titles the told clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events.own_genre_events import event_for


@pytest.mark.parametrize(("sentence", "date", "title"), [
    ("The popular tale that its fields were salted was invented in the 19th century.", "the 19th century",
     "The popular tale is invented"),
    ("The house that its owner sold in 1990 was demolished in 2004.", "2004", "The house is demolished"),
    ("The legend that the founders sailed from the north was first written down in 1130 by a monk.", "1130",
     "The legend is first written down by a monk"),
    ("The claim that his ministers were bribed in 1721 was repeated by every later writer of the period.", "1721",
     "His ministers are bribed"),
])
def test_a_that_clause_with_its_own_subject(tmp_path: Path, sentence: str, date: str, title: str) -> None:
    event = event_for(tmp_path, "Histories\n\n" + sentence, date)
    assert event is not None and event.title == title
