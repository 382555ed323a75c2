"""QA of session eighteen's event rules on real folders (issue 12): four kinds the new rules got wrong.

- a word spelled as a past after "and" that qualifies a second noun listed with a plural before it
  ("seized the rifles and armoured carts") was read as a verb joined to the clause ("The rebels armour
  carts"); a joined act names its own object, with its determiner;
- a "when" clause after a plan, a promise, a threat or a modal ("had promised to strike when the
  harvest reached the market") tells the plan's condition, not a happening that shares the main
  clause's time;
- a title the word cut left ending on "where", "when", "while" or "whom" ("The crew sails on to the
  harbour where") ends before it, as one ending on "which" or "who" already did;
- a title the word cut left ending on a "not" parted from what it negates ("… a battery of guns not")
  ends before it; a "not" after an auxiliary ("that the canal did not") stays, or the title would say
  the opposite;
- a title the word cut left inside a relative clause at its modal's verb ("… a levy which could fund")
  ends at the noun the clause tells of;
- a title opened by a causal "Since" before its clause ("Since the old mill was badly damaged") starts
  at the clause's subject, as "As" and "Because" did; a "since" of time ("Since the war the town …") stays.

- a reliance told in the past ("the garrison relied on the river for water", "the farmers depended
  on the spring rains") is a state, not an act told by its subject;
- after an opening phrase of place or time, a pronoun after the phrase's own noun is the subject
  ("During his years at the mill he sold …" is told by "he", not by "the mill he").

Sentences written for this test; none names anything from a gold article, a corpus or the folders."""

from __future__ import annotations

import pytest

from explorer.events.joined_clauses import iter_joined_clauses
from explorer.events.plain_past import plain_past_clause
from explorer.events.titles.finish import finish


def _joined(sentence: str) -> list[str]:
    return [title for _, title in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize("sentence", [
    "In May 1880 the rebels seized the rifles and armoured carts of the garrison.",
    "On 3 June the militia captured the barges and covered wagons of the convoy.",
    "In 1912 the council bought several lorries and motorised pumps for the brigade.",
])
def test_a_past_spelled_adjective_of_a_listed_noun_is_no_joined_act(sentence: str) -> None:
    assert _joined(sentence) == []


@pytest.mark.parametrize(("sentence", "title"), [
    ("In May 1880 the rebels seized the rifles and burned the barn.", "The rebels burn the barn"),
    ("The colonel built new bridges in 1880 and repaired roads in the valley.", "The colonel repairs roads in the valley"),
])
def test_a_joined_act_with_its_own_object_stays(sentence: str, title: str) -> None:
    assert _joined(sentence) == [title]


@pytest.mark.parametrize("sentence", [
    "The guild had promised to strike when the harvest reached the market.",
    "The envoy would sign the treaty when the king agreed to the terms.",
    "The sailors were ready to sail when the wind turned to the west.",
])
def test_a_when_clause_after_a_plan_or_a_modal_is_no_happening(sentence: str) -> None:
    assert _joined(sentence) == []


@pytest.mark.parametrize(("sentence", "title"), [
    ("The mayor suspended the meeting on Tuesday when protesters unfurled a banner.", "Protesters unfurl a banner"),
    ("The ferry returned to port in May when a deckhand spotted a leak.", "A deckhand spots a leak"),
])
def test_a_when_clause_after_a_done_act_stays(sentence: str, title: str) -> None:
    assert _joined(sentence) == [title]


@pytest.mark.parametrize(("words", "title"), [
    ("The crew sails on to the harbour where", "The crew sails on to the harbour"),
    ("The herd moves to the upper valley when", "The herd moves to the upper valley"),
    ("The bishop writes to the abbot whom", "The bishop writes to the abbot"),
])
def test_a_title_cut_after_a_relative_adverb_ends_before_it(words: str, title: str) -> None:
    assert finish(words.split(), "") == title


def test_a_causal_since_opening_a_title_goes() -> None:
    assert finish("Since the old mill was badly damaged".split(), "") == "The old mill is badly damaged"


def test_a_since_of_time_before_another_subject_stays() -> None:
    assert finish("Since the war the town was quiet".split(), "").startswith("Since the war")


@pytest.mark.parametrize(("words", "title"), [
    ("The army tests a battery of guns not", "The army tests a battery of guns"),
    ("The duke angers the guilds by not", "The duke angers the guilds"),
])
def test_a_not_parted_from_what_it_negates_goes(words: str, title: str) -> None:
    assert finish(words.split(), "") == title


@pytest.mark.parametrize("words", [
    "The survey states that the canal did not",
    "The ferry company says the crossing will not",
])
def test_a_not_after_its_auxiliary_stays(words: str) -> None:
    assert finish(words.split(), "").endswith(" not")


def _plain(sentence: str) -> str | None:
    found = plain_past_clause(sentence, 0, len(sentence), writer=True)
    return found[1] if found else None


@pytest.mark.parametrize("sentence", [
    "During the siege the garrison relied on the river for water.",
    "In the valley the farmers depended on the spring rains.",
])
def test_a_reliance_is_no_act(sentence: str) -> None:
    assert _plain(sentence) is None


@pytest.mark.parametrize(("sentence", "title"), [
    ("During his years at the mill he sold the barges to a merchant.", "He sells the barges to a merchant"),
    ("In the harbour a deckhand cut his hand on a rope.", "A deckhand cuts his hand on a rope"),
])
def test_the_subject_after_an_opening_phrase_is_its_own(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize(("words", "title"), [
    ("The mayor proposes a levy which could fund", "The mayor proposes a levy"),
    ("The guild drafts a charter that would bar", "The guild drafts a charter"),
])
def test_a_relative_clause_cut_at_its_modal_verb_goes(words: str, title: str) -> None:
    assert finish(words.split(), "") == title
