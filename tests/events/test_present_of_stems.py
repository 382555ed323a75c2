"""The present of regular past forms whose base the ending rules guessed wrong: "-iated" keeps its
"e" ("initiated" -> "initiates"), "-onged" has none ("belonged" -> "belongs")."""

from __future__ import annotations

import pytest

from explorer.events.tense import present_of


@pytest.mark.parametrize("past, present", [
    ("initiated", "initiates"), ("negotiated", "negotiates"), ("mediated", "mediates"),
    ("belonged", "belongs"), ("prolonged", "prolongs"),
    ("changed", "changes"), ("treated", "treats"), ("graduated", "graduates"),
    ("persuaded", "persuades"), ("dissuaded", "dissuades"), ("explained", "explains"),
])
def test_present_of_regular_past(past: str, present: str) -> None:
    assert present_of(past) == present


@pytest.mark.parametrize("past, present", [
    # a base in "-the" keeps its "e"; one in "-th" after a consonant or a diphthong has none
    ("bathed", "bathes"), ("breathed", "breathes"), ("soothed", "soothes"), ("clothed", "clothes"),
    ("berthed", "berths"), ("unearthed", "unearths"), ("mouthed", "mouths"),
    # "counter-" as a hyphened prefix (session 21: a war diary's "A Company counter-attacked, drove …")
    ("counter-attacked", "counter-attacks"), ("counter-sued", "counter-sues"),
])
def test_present_of_bases_in_the_and_counter(past: str, present: str) -> None:
    assert present_of(past) == present
