"""Issue 12, session 34 (h34r2): after an opening clause or phrase, "it"/"they" and a past act on
something joined by a bare "and" to a dated second act: the first act is a happening of its own ("…, it
froze recruitment and closed two of its depots in May" -> "The board freezes recruitment", the
opening clause's subject named where its own possessive takes it up). A state, a cost or
a length, a verb with no object and a condition give none. Our own sentences, none from the gold set,
the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.pronoun_pairs import pronoun_pair_act


@pytest.mark.parametrize(
    "sentence, title",
    [
        ("After the board approved its budget in March 2024, it froze recruitment and closed two of its depots in May.",
         "The board freezes recruitment"),  # "its" in the opening clause: the board's
        ("Within weeks, they cut the opening hours and sold two paintings in June.", "They cut the opening hours"),
        ("After the storm, it cleared the site and rebuilt the ovens in June 2024.", "It clears the site"),
        ("When the growers lost their contract, they sold the land and moved north in 1990.", "The growers sell the land"),
        ("When the growers lost the contract, it sold the land and moved north in 1990.", "It sells the land"),
    ],
)
def test_the_first_act_of_a_pronoun_pair(sentence: str, title: str) -> None:
    found = pronoun_pair_act(sentence, 0)
    assert found is not None and found[1] == title


@pytest.mark.parametrize(
    "sentence",
    [
        "In the end, it took three years and cost the council £2m.",  # a length and a cost
        "By 1990, it employed 300 people and opened a second plant in 1994.",  # a state
        "After the merger, it grew quickly and moved to Leeds in 2001.",  # no object
        "In 2001, they lived in Paris and moved to Rome in 2004.",  # a state
        "If the plan fails, it will close the depot and sell the land in May.",  # a condition, a plan
    ],
)
def test_no_pronoun_pair_act(sentence: str) -> None:
    assert pronoun_pair_act(sentence, 0) is None
