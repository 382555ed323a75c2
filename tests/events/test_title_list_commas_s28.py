"""A title is not cut at a comma inside one noun phrase (session 28): a list of names or modifiers
before one head ("told U.S., European and Japanese oil companies" was titled "… tells U.S.") or two
adjectives before one noun ("from his small, neighborhood store" was titled "… from his small"). A
comma before a clause of its own, or a list too long for the title, is still where it stops. Our own
sentences, other names and words."""

from __future__ import annotations

import pytest

from tests.events.titled import title_at


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("Reports said Norway told British, Irish and French fishing fleets of a 20 percent cut in quotas in June.",
     "June", "Norway tells British, Irish and French fishing fleets"),
    ("The agency warned Kenyan, Ugandan and Tanzanian farmers of a drought in the region in May 2009.",
     "May 2009", "The agency warns Kenyan, Ugandan and Tanzanian farmers"),
    ("The envoy visited Chile, Peru and Bolivia in May 1987 before the summit in the capital of Brazil.",
     "May 1987", "The envoy visits Chile, Peru and Bolivia"),
    ("Olsen was abducted from his remote, lakeside cabin near the town of Veld at dawn on Sunday, police said.",
     "Sunday", "Olsen is abducted from his remote, lakeside cabin"),
    ("The flood swept away the old, wooden footbridge over the river Tarn in the town of Mell on 3 May 1921, the council said.",
     "3 May 1921", "The flood sweeps away the old, wooden footbridge"),
])
def test_a_comma_inside_one_noun_phrase_is_no_cut(sentence: str, expression: str, title: str) -> None:
    assert title_at(sentence, expression) == title


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    # a comma before a clause: the title stops there
    ("Olsen was abducted from his cabin near the lake at dawn on Sunday, neighbours said later that week.",
     "Sunday", "Olsen is abducted from his cabin near the lake"),
    # a list that ends past the title's words: cut at its first comma, as before
    ("The envoy left on Tuesday for talks with the leaders of the Gulf states of Oman, Qatar, Kuwait and Bahrain.",
     "Tuesday", "The envoy leaves for talks"),
])
def test_a_comma_before_a_clause_or_a_long_list_is_still_a_cut(sentence: str, expression: str, title: str) -> None:
    assert title_at(sentence, expression) == title
