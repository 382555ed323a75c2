"""One table of the verbs of a state (explorer.events.state_verbs), read by four readers that each had a
list of their own: each reader still knows the words it relied on, and the subsets stay as narrow as
they must. Sentences written for this test, not taken from the gold articles or the corpora."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events import joined_clauses, run_on_titles, second_predicate_dates, section_entries
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.events.state_verbs import GOING_ON, state_forms
from explorer.ingest import extract_document


def test_forms_are_longest_first_and_complete() -> None:
    forms = state_forms(("remain", "lie"), bare=True, present=True, past=True).split("|")
    assert forms[0] == "remained"
    assert set(forms) == {"remain", "remains", "remained", "lie", "lies", "lay"}
    assert state_forms(GOING_ON, past=True).split("|").count("lasted") == 1


@pytest.mark.parametrize("verb", ["remained", "stays", "continue", "lasted", "persists"])
def test_run_on_titles_state_going_on(verb: str) -> None:
    assert run_on_titles._STATE_GOES_ON.match(verb)


@pytest.mark.parametrize("sentence", ["The pumps run all night.", "The far meadow looks brown.",
                                      "The old quay stands empty.", "Snow lies on the pass.",
                                      "Volunteers say the well is dry.", "The upper road stays closed."])
def test_section_entry_present_states(sentence: str) -> None:
    assert section_entries._STATE_IN_THE_PRESENT.match(sentence)


def test_section_entry_present_act_is_no_state() -> None:
    assert not section_entries._STATE_IN_THE_PRESENT.match("The council holds a vote on the budget.")
    assert not section_entries._STATE_IN_THE_PRESENT.match("The crew runs up the flag.")


def test_section_entry_that_persists_tells_no_act_of_its_day() -> None:
    text = ("Harbour log\n\n4 June 2021\n\nThe pilot boat tows the barge in.\n\n5 June 2021\n\n"
            "The fog persists over the bay.\n\n6 June 2021\n\nThe crane crew lifts the new buoy.\n")
    events = extract_document(Document("a.txt", text, "t"), dct=date(2021, 6, 7)).events
    assert not [e for e in events if "persists" in e.sentence and e.timex == "5 June 2021"]
    assert [e for e in events if e.timex == "6 June 2021" and "crane crew" in e.title.lower()]


@pytest.mark.parametrize("verb", ["chaired", "sat", "continued", "held", "lasted", "taught", "ran", "kept"])
def test_second_predicate_state_verbs(verb: str) -> None:
    assert second_predicate_dates._STATE_VERB.fullmatch(verb)


@pytest.mark.parametrize("verb", ["remain", "stay", "seem", "keep", "continue", "last", "say", "hope"])
def test_second_predicate_bare_states(verb: str) -> None:
    assert verb in second_predicate_dates._BARE_STATES


@pytest.mark.parametrize("verb", ["lived", "stayed", "remained", "stood", "lay", "held", "worked"])
def test_joined_clauses_life_stays(verb: str) -> None:
    assert joined_clauses._STATE_VERB.fullmatch(verb)


def test_joined_move_after_a_things_stretch_is_its_own_happening() -> None:
    # (STAYS, not all of GOING_ON: "lasted" tells a thing's stretch, and its spreading is a happening)
    sentence = "The drought lasted through the summer and spread to the northern farms."
    assert [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))] == ["The drought spreads to the northern farms"]
    sentence = "Edda Brun lived in the valley and fought for its schools."
    assert [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))] == []
