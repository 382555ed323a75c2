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
    # an irregular participle ending the told clause ("sown", "shown") and a modal opening it
    ("The popular story that the ground was sown with salt was invented in 1850.", "1850",
     "The popular story is invented"),
    ("The idea that the canal could be widened was dropped in 1911.", "1911", "The idea is dropped"),
    ("The suggestion that the portrait might be a copy was rejected by the trustees in 1978.", "1978",
     "The trustees reject the suggestion"),
    # past the told clause's own verb, a past with no auxiliary is the main clause's
    ("The rumour that the king had died spread through the city on 4 May 1822.", "4 May 1822",
     "The rumour spreads through the city"),
    ("The news that the mine had closed reached the village on 9 June 1968.", "9 June 1968",
     "The news reaches the village"),
    ("The house that its owner had sold burned down in 1901.", "1901", "The house burns down"),
])
def test_a_that_clause_with_its_own_subject(tmp_path: Path, sentence: str, date: str, title: str) -> None:
    event = event_for(tmp_path, "Histories\n\n" + sentence, date)
    assert event is not None and event.title == title
