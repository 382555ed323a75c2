"""Issue 12, session fourteen (the audit's actor and title kinds): a name that only modifies a
common-noun head ("The Dunmore council") is not the actor, the description is; a possessive pronoun
before an apposed name ("Her deputy, Per Holm,") names no actor; a given name spelled like a month or
a preposition stays whole; bare-form pasts ("shut") take the present's "-s"; a clock's zone ("local
time") goes with the date removed; told news in a passive past dated in its own clause after "says"
is titled by the act. Our own sentences, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.tense import headline_tense
from tests.events.test_title_kinds_s8 import _titled
from tests.events.test_titles_kinds_s10 import _labelled_events


def _event(text: str, expression: str):
    return next(e for e in _labelled_events(text) if e.timex == expression)


@pytest.mark.parametrize(
    "text, expression, actor, name",
    [
        ("The Kelby county board approved the budget on Monday.", "Monday", "the Kelby county board", "Kelby"),
        ("On Friday the Arnhill school trustees voted to close the annex.", "Friday", "the Arnhill school trustees",
         "Arnhill"),
        ("The Brandt mill shut on 1 April after forty years.", "1 April", "the Brandt mill", "Brandt"),
        ("The Halvik town council rejected the plan on 2 June.", "2 June", "the Halvik town council", "Halvik"),
    ],
)
def test_a_name_modifying_a_common_head_is_no_actor_of_its_own(text: str, expression: str, actor: str,
                                                               name: str) -> None:
    event = _event(text, expression)
    assert event.actors[:1] == (actor,), (event.title, event.actors)
    assert name not in event.actors


@pytest.mark.parametrize(
    "text",
    [
        "The Kelby Falcons won the cup on Sunday.",  # a capitalised head: the name is the actor
        "Arnhill Dairies closed the plant on Sunday.",
    ],
)
def test_a_name_that_is_the_whole_subject_stays_the_actor(text: str) -> None:
    event = _event(text, "Sunday")
    assert event.actors and event.actors[0][:1].isupper(), (event.title, event.actors)


@pytest.mark.parametrize(
    "text, expression, actor",
    [
        ("Marta Sund resigned in May. Her deputy, Lars Holm, was convicted on 3 June.", "3 June", "Lars Holm"),
        ("Marta Sund resigned in May. Her deputy Lars Holm was convicted on 3 June.", "3 June", "Lars Holm"),
        ("Pavel Kron led the firm until 2019. His son, Per Kron, took over on 1 March 2020.", "1 March 2020",
         "Per Kron"),
        ("Ada Lind retired in 2019. Her son Jan Lind took over the farm in 2020.", "2020", "Jan Lind"),
        ("Marta Sund resigned in May. Her deputy, Per Holm, was convicted on 3 June.", "3 June", "Per Holm"),
    ],
)
def test_the_apposed_name_after_a_possessive_is_the_only_actor(text: str, expression: str, actor: str) -> None:
    event = _event(text, expression)
    assert event.actors == (actor,), (event.title, event.actors)


def test_a_possessor_named_again_in_the_clause_stays() -> None:
    # "her" is not the owner's only mention: she is named in the clause herself
    event = _event("Marta Sund resigned in May. Her deputy, Lars Holm, sued Marta Sund on 3 June.", "3 June")
    assert event.actors[0] == "Lars Holm" and "Marta Sund" in event.actors


@pytest.mark.parametrize(
    "title, expected",
    [
        ("The Brandt mill shut after forty years", "The Brandt mill shuts after forty years"),
        ("The old water main cost a fortune to mend", "The old water main costs a fortune to mend"),
        ("The band split after the tour", "The band splits after the tour"),
        ("The station broadcast the final", "The station broadcasts the final"),
        ("Two mills shut in the spring", "Two mills shut in the spring"),  # plural: no "-s"
        ("The split in the party widened", "The split in the party widens"),  # a noun after "The"
    ],
)
def test_a_bare_form_past_takes_the_singular_present(title: str, expected: str) -> None:
    assert headline_tense(title) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("The ship docked on Monday (local time) after a storm.", "Monday", "The ship docks after a storm"),
        ("The polls closed on Sunday, local time.", "Sunday", "The polls close"),
        ("The rocket lifted off on Friday GMT.", "Friday", "The rocket lifts off"),
    ],
)
def test_a_clock_zone_goes_with_its_date(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("Ilse Varn says the merger was completed on Thursday, local time.", "Thursday", "The merger is completed"),
        ("A spokesman said the two ferries were withdrawn on 3 May.", "3 May", "The two ferries are withdrawn"),
        ("The club says the old stand was demolished in March.", "March", "The old stand is demolished"),
        # a verb whose perfect tells a plan ("had agreed to") is an act in the passive
        ("The union says the pay deal was agreed on Friday.", "Friday", "The pay deal is agreed"),
        ("The board says the new date was decided on 9 May.", "9 May", "The new date is decided"),
    ],
)
def test_told_news_in_a_dated_passive_is_titled_by_the_act(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


def test_a_statement_dated_by_its_saying_keeps_its_teller() -> None:
    # the date is the saying's ("said on Tuesday"), and "was fair" is no act
    assert _titled("The mayor said on Tuesday that the budget was fair.", "Tuesday").startswith("The mayor says")


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # "it" opening a passive stands for the thing the sentence before opened with, even when a
        # phrase ("about the noise", "against the council") follows its noun, or "to" a recipient follows
        ("A complaint about the noise was lodged in May. It is filed with the court on 3 June.", "3 June",
         "The complaint is filed with the court"),
        ("A claim against the council was lodged in May. It was rejected on 3 June.", "3 June", "The claim is rejected"),
        ("The petition gathered 4,000 names. It was handed to the mayor on 3 June.", "3 June",
         "The petition is handed to the mayor"),
    ],
)
def test_it_opening_a_passive_is_named_by_its_antecedent(text: str, expression: str, expected: str) -> None:
    assert _event(text, expression).title == expected


def test_it_before_an_infinitive_names_no_thing() -> None:
    # "It was decided to …": no thing was decided
    assert _event("The plan was drafted in May. It was decided to delay it on 3 June.", "3 June").title.startswith("It ")
