"""Acts told in an object "which", an "in which" or an "after which" clause of a dated sentence
(``events.which_clauses``): listed beside the main clause's act, at its time. Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.clause_order import BEFORE_MARK, WHICH_MARK
from explorer.events.which_clauses import iter_which_clauses, which_mark
from explorer.ingest import extract_document


def _found(sentence: str) -> list[tuple[str, str]]:
    return [(found.trigger, title) for found, title in iter_which_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize("sentence, verb, words", [
    ("The two schools met in the 1987 final, which Harrowby won on a late try.", "won", ("harrowby", "wins")),
    ("The summit ended with a pact on river levels, which every delegation except Osmark signed on the last day.",
     "signed", ("every delegation", "signs")),
    ("Corran drew the first leg in March, in which the visitors scored a goal from a corner.", "scored",
     ("visitors", "score")),
    ("A landslide buried the road in 1961, after which the county built a tunnel under the ridge.", "built",
     ("county", "builds")),
    ("She wrote a report on the mill in May, which the trustees published in full.", "published",
     ("trustees", "publish")),
])
def test_a_which_clause_with_a_subject_of_its_own_tells_an_act(sentence: str, verb: str, words: tuple[str, str]) -> None:
    found = _found(sentence)
    assert [trigger for trigger, _ in found] == [verb]
    assert all(word in found[0][1].lower() for word in words), found


@pytest.mark.parametrize("sentence", [
    "Holt won the county title in 2004, which he kept for three seasons.",  # a pronoun retells the doer
    "The mill closed in 1990, which the village still remembers.",  # not a past act
    "The firm bought the quarry in 1958, which the family owned until then.",  # a state, not an act
    "The fire ended a decade in which the town grew into a port.",  # a span summed up
    "The club signed a striker in June, which then scored on his debut.",  # "which" is the subject
    '"It was the final, which Harrowby won," she said in May.',  # quoted
])
def test_no_act_from_a_pronoun_a_state_a_span_or_a_subject_which(sentence: str) -> None:
    assert _found(sentence) == []


def test_an_after_which_act_follows_its_main_clause() -> None:
    assert which_mark("A landslide buried the road in 1961, after which the county ") == BEFORE_MARK
    assert which_mark("The two schools met in the 1987 final, which Harrowby ") == WHICH_MARK


def _events(text: str):
    return extract_document(Document("a.txt", "Club notes\n\n" + text, "t"), dct=date(2025, 6, 30)).events


def test_the_pipeline_lists_the_clause_act_at_the_main_clauses_date() -> None:
    events = _events("The two schools met in the 1987 final, which Harrowby won on a late try.")
    won = [e for e in events if "Harrowby" in e.title]
    assert len(won) == 1 and won[0].begin == date(1987, 1, 1) and won[0].end == date(1987, 12, 31), \
        [(e.title, e.begin, e.end) for e in events]
    assert len(events) == 2


def test_the_pipeline_puts_an_after_which_act_from_the_main_date_on() -> None:
    events = _events("A landslide buried the road in 1961, after which the county built a tunnel under the ridge. "
                     "The tunnel was widened in 1990.")
    built = [e for e in events if "builds" in e.title]
    assert len(built) == 1 and built[0].begin == date(1961, 1, 1), [(e.title, e.begin, e.end) for e in events]


@pytest.mark.parametrize("sentence", [
    "The siege took two days, 6 and 7 May, during which the defenders fought on.",
    "The two states signed a pact in 1951, pursuant to which the smaller one ceded its ports.",
])
def test_which_after_another_preposition_frames_a_span_or_a_term(sentence: str) -> None:
    assert _found(sentence) == []
