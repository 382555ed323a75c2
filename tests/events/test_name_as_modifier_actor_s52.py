"""A name that only says which one ("a Drusan patrol boat", "the Vanta 2 rocket", "a Kessel delivery van")
is not who acted (session 52, h52t): the described subject is, with the name after it. The index knew the
name (a people's adjective of a country the page names, a rocket family, a company) and gave it alone;
``entities.index._name_as_modifier`` read it so only when the subject stood for someone named before."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_with_actors

_PAGE = ("Velmora and Drusa signed a grain deal in 2023. Drusa closed the strait in 2024. "
         "On 9 November 2024 a Drusan patrol boat fired on a bulk carrier. "
         "Two Drusan gunboats seized a trawler on 12 November 2024. "
         "The Vanta rocket family first flew in 2019. The Vanta 2 rocket lifted off on 4 March 2025. "
         "Kessel Motors recalled 4,000 cars in 2019. In March 2020 a Kessel delivery van caught fire in Lyon. "
         "Kessel Motors sold its truck arm in 2021.")


@pytest.fixture(scope="module")
def actors() -> dict[str, tuple[str, ...]]:
    return {e.sentence: e.actors for e in events_with_actors(_PAGE)}


@pytest.mark.parametrize("sentence, first", [
    ("On 9 November 2024 a Drusan patrol boat fired on a bulk carrier.", "a Drusan patrol boat"),
    ("Two Drusan gunboats seized a trawler on 12 November 2024.", "two Drusan gunboats"),
    ("The Vanta 2 rocket lifted off on 4 March 2025.", "the Vanta 2 rocket"),
    ("In March 2020 a Kessel delivery van caught fire in Lyon.", "a Kessel delivery van"),
    # guards: a name that is the subject stays the actor
    ("Drusa closed the strait in 2024.", "Drusa"),
    ("Kessel Motors sold its truck arm in 2021.", "Kessel Motors"),
])
def test_the_described_subject_acted_not_the_name_that_says_which(actors, sentence: str, first: str) -> None:
    assert actors[sentence][:1] == (first,), actors[sentence]
