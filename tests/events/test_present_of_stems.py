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
