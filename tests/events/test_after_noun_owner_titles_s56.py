"""A happening's noun owned by "his" or "her" after a main clause that tells of a thing ("Its new wing
opened in 1930, two years after her death"): the person the sentences before name, when the given name
tells that sex, is who died (session 56, after_noun_titles.noun_title's ``context``); a building the story
is about is no one's "his". Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of


@pytest.mark.parametrize(
    "text, title",
    [
        ("Anna Vogel founded the school in 1901 and ran it for twenty years. Its new wing opened in 1930, "
         "two years after her death.", "Anna Vogel dies"),
        ("The bridge was begun by Tomas Reyl in 1850. The span was completed in 1866, four years after his death.",
         "Tomas Reyl dies"),
    ],
)
def test_the_owner_is_the_person_told_before(text: str, title: str) -> None:
    assert title in titles_of(text)


def test_a_place_the_story_is_about_is_no_ones_his() -> None:
    # (guard) no given name: nobody is made to die
    titles = titles_of("Harwick Abbey was founded in 1082. Its choir was dedicated in 1104, six years after his death.")
    assert not any(t.endswith(" dies") for t in titles), titles
