"""A title of two or three capitalised words and nothing after them ("Harbour Board Meeting", "Today
In History") has no verb after its name: reading one past the title's end raised IndexError and the
whole folder's extraction stopped (session 45, found when a new set's extraction crashed; the texts
were not read). Own titles."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from explorer.events.title_subjects import title_own_subject


@pytest.mark.parametrize("title", ["Harbour Board Meeting", "Today In History", "Annual General Meeting",
                                   "Peter Vance", "North Quay Works"])
def test_a_title_of_capitalised_words_only_names_no_subject_and_does_not_fail(title: str) -> None:
    assert title_own_subject(title, "The meeting was held on 4 May.") is None


def test_a_name_and_its_verb_still_give_the_subject() -> None:
    assert title_own_subject("Peter Vance resigns", "Peter Vance resigned on 4 May.") == "Peter Vance"


@given(st.lists(st.sampled_from(["Harbour", "Board", "meets", "Today", "in", "May", "4", "Vance", "resigns", "the"]),
                min_size=1, max_size=6))
def test_any_title_of_words_never_raises(words: list[str]) -> None:
    title_own_subject(" ".join(words), "Vance resigned on 4 May.")
