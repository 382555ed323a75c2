"""A happening told by a count after a mishap the text dated before ("The Kestrel sank in 1990. Three years
after the disaster the owners sold the yard"), the mishap's noun perhaps after words that say which ("the
mill fire"): the count moves the act from the mishap's date, as it did for "the wedding" or "his death"
(session 51, h51r; counted_from_happenings._TOLD_BY); and "became the first woman to …" is a happening
(happening_verbs.LIGHT_VERB_ACT). Sentences written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.extracted_events import events_of


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("The Kestrel sank off Rona in 1990. Three years after the disaster the owners sold the yard.",
         "The owners sell the yard", date(1993, 1, 1)),
        ("The old mill burned down in 1906. Eight years after the mill fire the council bought the site.",
         "The council buys the site", date(1914, 1, 1)),
        ("The quarry face collapsed in 1952. Two years after the collapse the company sold the quarry.",
         "The company sells the quarry", date(1954, 1, 1)),
        ("The pit flooded in 1990. Eight years after the disaster she became the first woman to lead the board.",
         "She becomes the first woman to lead the board", date(1998, 1, 1)),
    ],
)
def test_counted_from_a_mishap(text: str, title: str, day: date) -> None:
    events = events_of(text)
    found = [e for e in events if e.title == title]
    assert found and found[0].begin == day, [(e.title, e.begin) for e in events]


def test_a_mishap_dated_in_its_phrase_is_counted_from_that_date() -> None:
    # (guard) "the disaster of 1953": the phrase's own year, counted on from (1956), not the last mishap told
    events = events_of("The Kestrel sank off Rona in 1990. Three years after the disaster of 1953 the owners sold the yard.")
    assert [e.begin for e in events if e.timex == "1953"] == [date(1956, 1, 1)], [(e.title, e.begin) for e in events]


@pytest.mark.parametrize(
    "text, timex, title",
    [
        ("The Kestrel sank off Rona in 1990. Three years after the disaster of 1953 the owners sold the yard.",
         "1953", "The owners sell the yard"),
        ("The mill burned down in 1990. Ten years after the fire the rescue team held a memorial walk on 14 February.",
         "14 February", "The rescue team holds a memorial walk"),
    ],
)
def test_the_count_opening_a_dated_sentence_is_no_title(text: str, timex: str, title: str) -> None:
    # the count and its happening open the sentence; the title is told from the subject on
    # (titles.adverb_openers), as after "Two years later"
    assert [e.title for e in events_of(text) if e.timex == timex] == [title], [e.title for e in events_of(text)]

