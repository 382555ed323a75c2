"""Issue 12, session twenty-eight (actors, round two): a people's adjective that ends in no
nationality suffix, or follows a compass word, before a plural noun ("Soviet forces", "Union
troops", "North Vietnamese forces") is a description of people, told by its noun, as "French
archaeologists" is. Our own sentences, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from tests.events.test_titles_kinds_s15 import _event


@pytest.mark.parametrize(
    "text, expression, actor",
    [
        # a former state's people, a war's side: no nationality suffix
        ("On 12 March, Soviet forces crossed the river near the old fortress.", "12 March", "forces"),
        ("Union troops captured the ford on 4 July.", "4 July", "troops"),
        ("In the spring of 1863, Confederate gunboats shelled the depot.", "the spring of 1863", "gunboats"),
        ("On 6 June, Allied bombers struck the rail yards.", "6 June", "bombers"),
        ("In May, Commonwealth divisions reached the canal.", "May", "divisions"),
        ("Ottoman troops besieged the harbour in 1522.", "1522", "troops"),
        # a compass word before a nation's adjective
        ("On 30 January, North Vietnamese forces attacked the provincial capitals.", "30 January", "forces"),
        ("South Korean marines landed on the island on 15 September.", "15 September", "marines"),
        ("In 1905, Dutch engineers drained the lake.", "1905", "engineers"),
        # a count before them stays with the noun
        ("On 26 April, 100,000 North Vietnamese troops encircled the capital.", "26 April", "100,000 troops"),
        ("In March 1991, 9,000 Iraqi conscripts surrendered to a single patrol.", "March 1991", "9,000 conscripts"),
        ("On 4 May, 300 Soviet tanks crossed the border.", "4 May", "300 tanks"),
    ],
)
def test_a_people_s_adjective_without_a_suffix_before_a_plural_noun_is_a_description(
        text: str, expression: str, actor: str) -> None:
    assert _event(text, expression).actors[0] == actor


@pytest.mark.parametrize(
    "text, expression, actor",
    [
        # a name of a state keeps its words: "Soviet Union" is no people's adjective before a plural
        ("In 1991 the Soviet Union recognised the independence of the Baltic states.", "1991", "Soviet Union"),
        ("On 2 May, the Union Army occupied the town.", "2 May", "Union Army"),
    ],
)
def test_a_state_or_an_army_named_with_such_a_word_stays_a_name(text: str, expression: str, actor: str) -> None:
    assert actor in _event(text, expression).actors


@pytest.mark.parametrize(
    "text, expression, actor",
    [
        # a state that broke up, merged or fell is its own time's actor, named as the history names it
        ("In 1908, Austria-Hungary annexed the province.", "1908", "Austria-Hungary"),
        ("On 3 March 1959, South Vietnam closed its border crossings.", "3 March 1959", "South Vietnam"),
        ("In 201 BC, Carthage accepted harsh terms.", "201 BC", "Carthage"),
        ("In 1866, Prussia declared war on its southern neighbour.", "1866", "Prussia"),
        ("In 1948, Yugoslavia broke with its former ally.", "1948", "Yugoslavia"),
        ("In 1968, Czechoslovakia relaxed its censorship.", "1968", "Czechoslovakia"),
        # a renamed state is its successor, as "Persia" is Iran
        ("In 1932, Siam adopted a written constitution.", "1932", "Thailand"),
        # a former state's seat of government stands for it, as a capital does
        ("On 30 April 1975, Saigon surrendered to the northern army.", "30 April 1975", "Saigon"),
    ],
)
def test_a_former_state_is_the_actor_and_a_place_of_its_history(text: str, expression: str, actor: str) -> None:
    event = _event(text, expression)
    assert event.actors[0] == actor
    assert actor in event.places
