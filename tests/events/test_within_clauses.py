"""A clause of its own opened by a length of time ("…, and within two weeks the bidder had raised it")
tells a happening measured from the act before it (``events.after_clauses._WITHIN_CLAUSE``).
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st
from tests.property_examples import examples

from explorer.documents import Document
from explorer.events.after_clauses import iter_after_clauses
from explorer.ingest import extract_document


def _found(sentence: str) -> dict[str, str]:
    return {found.trigger: title for found, title in iter_after_clauses(sentence, 0, len(sentence))}


@pytest.mark.parametrize("sentence, verb, words", [
    ("The board rejected the offer on 3 May, and within two weeks the bidder had raised it to 40 pence.",
     "raised", ("bidder", "raise")),
    ("The river burst its banks on Friday; within hours, residents had moved their cars to higher ground.",
     "moved", ("residents", "move")),
    ("I joined the choir in 1990, and within a year I had given my first concert.", "given", ("give", "concert")),
    ("The regiment landed in April 1916, and within a month it had captured the port.", "captured", ("capture", "port")),
    ("Marta Ilves opened the shop in 2004, but within three years Harbin Foods bought it.",
     "bought", ("harbin foods", "buy")),
])
def test_a_clause_opened_by_a_length_tells_its_own_act(sentence: str, verb: str, words: tuple[str, ...]) -> None:
    found = _found(sentence)
    assert verb in found, found
    assert all(w in found[verb].lower() for w in words), found


@pytest.mark.parametrize("sentence, verb", [
    ("The mill opened in 1820, and within a decade it was the largest in the county.", "was"),  # a state
    ("She moved to Tarn in March 2019, and within a year she said she was happy.", "said"),  # a saying
    ("The plant reopened in June, and within weeks sales rose.", "rose"),  # a measure
    ("The plant reopened in June, and within weeks sales had risen by a third.", "risen"),  # a measure
    ("The shop opened in May and sold out within two days.", "sold"),  # the length ends the clause
    ("The club was founded in 1921, and within a year it had become a charity.", "become"),  # a change of state
])
def test_no_act_for_a_state_a_saying_or_a_measure(sentence: str, verb: str) -> None:
    assert verb not in _found(sentence)


def test_the_pipeline_lists_the_measured_act_beside_the_dated_one() -> None:
    text = ("Ferry notes\n\nThe old ferry company ran the crossing for forty years. "
            "Its new owners cut the timetable on 1 March 2021, and within a month the council had "
            "withdrawn its subsidy.")
    events = extract_document(Document("a.txt", text, "t"), dct=date(2022, 6, 30)).events
    titles = [e.title for e in events]
    assert any("cut the timetable" in t or "cuts the timetable" in t for t in titles), titles
    assert any("withdraws its subsidy" in t for t in titles), titles


_WORDS = ["within", "a", "two", "weeks", "days", "year", "hours", "later", "the", "council", "had", "closed", "withdrawn",
          "it", "I", "we", "bought", "rose", "and", "but", ",", ";", "raised", "its", "offer", "Harbin", "Foods", "was"]


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=30), st.text(max_size=12))
def test_any_text_gives_acts_inside_the_sentence(words: list[str], noise: str) -> None:
    # whatever the words, each act found lies inside the sentence and names its own verb there
    sentence = "The board met on 3 May" + ", and " + " ".join(words) + noise + "."
    for found, title in iter_after_clauses("xx " + sentence, 3, 3 + len(sentence)):
        assert 3 <= found.trigger_start < found.trigger_end <= 3 + len(sentence)
        assert ("xx " + sentence)[found.trigger_start:found.trigger_end] == found.trigger
        assert title.strip()
