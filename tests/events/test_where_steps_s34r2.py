"""Issue 12, session 34 (h34r2): the second act of a "where" clause joined by "and" shares the clause's
subject ("…, where it buried 20 houses and cut the main road" -> "It cuts the main road"); a state or a
study in the clause, or no subject of its own, gives none. Our own sentences, none from the gold set, the
folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.joined_clauses import iter_joined_clauses
from explorer.events.where_steps import where_step_subject


def _acts(sentence: str) -> list[tuple[str, str]]:
    return [(found.trigger, title) for found, title in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    "sentence, verb, title",
    [
        ("Lava reached the valley that evening, where it buried 20 houses and cut the main road.", "cut",
         "It cuts the main road"),
        ("The convoy reached the border post, where the guards searched the lorries and seized two rifles.", "seized",
         "The guards seize two rifles"),
        ("The river burst its banks at Holm, where volunteers filled sandbags and moved the cattle to higher ground.",
         "moved", "Volunteers move the cattle to higher ground"),
    ],
)
def test_a_where_clauses_second_act_shares_its_subject(sentence: str, verb: str, title: str) -> None:
    assert (verb, title) in _acts(sentence)


@pytest.mark.parametrize(
    "sentence, verb",
    [
        ("She moved to Leeds in 1950, where she lived and worked for ten years.", "worked"),  # states
        ("He went to Oxford, where he studied law and joined the rowing club.", "joined"),  # a life's study
        ("They toured the museum, where he said the guards seized two rifles and burned them.", "burned"),  # said
        ("Police sealed off the square, where possible, and searched the cars.", "searched"),  # no clause
    ],
)
def test_no_where_step_without_an_act_of_the_clause(sentence: str, verb: str) -> None:
    at = sentence.index(f" and {verb}")
    assert where_step_subject(sentence, at) is None


def test_a_where_clauses_subject_named_after_its_role() -> None:
    """ "…, where her coach, Tom Idris, wrapped her …": the name set off by commas is who acted, in both acts."""
    acts = _acts("Ames reached the harbour at 12:52, where her coach, Tom Idris, wrapped her in a blanket "
                 "and handed her a cup of soup.")
    assert ("wrapped", "Tom Idris wraps her in a blanket") in acts
    assert ("handed", "Tom Idris hands her a cup of soup") in acts


def test_a_role_set_off_by_commas_is_no_name() -> None:
    assert _acts("The team reached the hut, where the warden, a retired teacher, lit the stove and cooked a meal.") == []
