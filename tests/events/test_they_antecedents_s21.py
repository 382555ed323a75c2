""""They" opening a title names the plural description the sentence before had as its subject, past an
opening phrase of time ("Last autumn the owners retired"), a sentence's capital on a common noun before
a plural of doers ("Council inspectors first visited") and an adverb before the verb (issue 12, session
twenty-one). Never a plural of things ("Strong winds kept the boats in"). Sentences of our own."""

from __future__ import annotations

import pytest

from explorer.events.titles.antecedents import name_the_pronoun


@pytest.mark.parametrize(
    "clause, sentence, context, named",
    [
        ("They serve a notice", "They served a notice in May.",
         "A tenant complained. Council inspectors first visited the flats on Mill Road in March. ",
         "Council inspectors serve a notice"),
        ("They sell the shop", "They sold the shop in June.",
         "The bakery is quiet now. Last summer the owners retired from the trade. ", "The owners sell the shop"),
        ("They open a café", "They opened a café in 2019.",
         "The hall was empty. This year volunteers finally repainted it. ", "Volunteers open a café"),
    ],
)
def test_they_names_the_plural_subject_before(clause: str, sentence: str, context: str, named: str) -> None:
    assert name_the_pronoun(clause, sentence, context) == named


def test_a_plural_of_things_is_no_antecedent() -> None:
    clause, sentence = "They reach the hut", "They reached the hut at noon."
    context = "The climbers set off at dawn and the weather turned. Strong winds slowed the ascent. "
    assert name_the_pronoun(clause, sentence, context) == clause


@pytest.mark.parametrize(
    "clause, sentence, context, named",
    [
        # done to: what the sentence before did something to, not who did it
        ("They are taken to the yard", "They were taken to the yard on Monday.",
         "The council wanted them mended. Fitters lifted the old gates in March. ", "The old gates are taken to the yard"),
    ],
)
def test_a_passive_they_names_the_thing_done_to(clause: str, sentence: str, context: str, named: str) -> None:
    assert name_the_pronoun(clause, sentence, context) == named


def test_two_things_done_to_name_neither() -> None:
    named = name_the_pronoun("They are painted", "They were painted in May.",
                             "Volunteers cleaned the benches and the railings. ")
    assert not named.startswith(("The benches", "The railings"))


def test_a_bare_singular_after_by_is_a_means_not_an_agent() -> None:
    from explorer.events.agents import passive_agent

    assert passive_agent("The gates are taken by lorry to the yard") is None
    assert passive_agent("The gates are painted by volunteers") == "volunteers"
    assert passive_agent("The parcels are sent by post") is None
    # a bare singular body is who acted: the means are a closed list, not every singular
    assert passive_agent("The driver is arrested by police") == "police"
    assert passive_agent("The budget is approved by parliament") == "parliament"


@pytest.mark.parametrize(
    "clause, sentence, context, named",
    [
        # a singular subject cannot be "they": the bare plural it acted on is
        ("They march on the fort", "They marched on the fort in 1644.", "The earl raised footsoldiers in 1643. ",
         "Footsoldiers march on the fort"),
        ("They go on strike", "They went on strike in 1911.", "The mill employed young weavers. ",
         "Young weavers go on strike"),
    ],
)
def test_they_names_a_bare_plural_object_after_a_singular_subject(clause, sentence, context, named) -> None:
    assert name_the_pronoun(clause, sentence, context) == named


def test_a_plural_subject_keeps_a_bare_plural_object_from_they() -> None:
    clause = "They march on the fort"
    named = name_the_pronoun(clause, "They marched on the fort in 1644.", "The earls raised footsoldiers in 1643. ")
    assert not named.startswith("Footsoldiers")


def test_a_quoted_sentence_lends_no_bare_plural_to_they() -> None:
    clause = "They will return for a last dig"
    context = "The team found a kiln. “The crew hired divers,” said its leader. "
    assert name_the_pronoun(clause, "They will return next June for a last dig.", context) == clause
