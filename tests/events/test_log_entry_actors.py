"""The subject of a log's or a list's entry ("23:40 – Pressure fell", "00:25 – Engineers began") is
capitalised as a sentence's first word is: the description is the actor, not a name the index did
not know, and the entry's time is no part of it. Made-up entries."""

from __future__ import annotations

import pytest

from explorer.events.agents import subject_description


@pytest.mark.parametrize("title, sentence, actor", [
    ("Pressure in the eastern zone falls sharply", "21:10 – Pressure in the eastern zone fell sharply as the pipe split.",
     "pressure"),
    ("Engineers begin closing the valves", "04:05 – Engineers began closing the valves on both sides of the leak.",
     "engineers"),
    ("Crews reopen the road", "9.15am: Crews reopened the road after the lorry was moved.", "crews"),
    ("Supplies are restored to the estate", "• Supplies were restored to the estate by midnight.", "supplies"),
])
def test_the_subject_of_a_log_entry_is_the_actor(title: str, sentence: str, actor: str) -> None:
    assert subject_description(title, sentence, 0, lone_word=True) == actor


@pytest.mark.parametrize("title, sentence", [
    ("Kestria blames the rebels", "12:00 – Kestria blamed the rebels for the blast."),
    ("Kestria blames the rebels", "In a statement Kestria blamed the rebels for the blast."),
])
def test_a_single_capitalised_word_is_still_a_name(title: str, sentence: str) -> None:
    assert subject_description(title, sentence, 0, lone_word=True) is None


@pytest.mark.parametrize("title, sentence, actor", [
    ("A plaque records that the mill was rebuilt", "A plaque records that the mill was rebuilt in 1822.", "a plaque"),
    ("The show includes his first known drawing", "The show also includes his first known drawing, made in 1904.", "the show"),
    ("Bottled water stations open at the school", "Bottled water stations opened at the school.", "bottled water stations"),
])
def test_a_verb_in_the_present_ends_the_description(title: str, sentence: str, actor: str) -> None:
    # the present is not what the past-tense verb rules look for; before its object it is the verb
    assert subject_description(title, sentence, 0) == actor


@pytest.mark.parametrize("title, sentence, actor", [
    ("Police arrest him", "Police arrested him in 2021 after auditors found gaps in the accounts.", "police"),
    ("Army retakes the pass", "Army retook the pass in May.", "army"),
])
def test_a_collective_opening_the_sentence_is_the_actor_beside_a_named_object(title: str, sentence: str,
                                                                              actor: str) -> None:
    # the clause names someone ("him" stands for a person named before), but only as the object
    assert subject_description(title, sentence, 0, lone_word=False) == actor
