""""recently" inside a perfect or a passive verb group (issue #11, session 33): "have recently moved",
"was recently extended", "has recently been ceding" are left untagged, as the readable TimeBank leaves
them (3 of 3), while "recently" before or after a simple verb ("Magna recently cut its dividend",
"has slumped recently") stays PAST_REF (10 of 13 tagged there). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

DCT = date(2003, 5, 14)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_view(tag(text, DCT))]


@pytest.mark.parametrize("text", [
    "The family has recently moved to a quieter street.",
    "The search was recently extended to three more counties.",
    "Both brewers have recently been losing ground to imports.",
    "The rules were recently changed by the council.",
    "We've recently hired twelve engineers.",
    "The bridge had recently been repaired when the flood came.",
])
def test_recently_inside_a_verb_group_is_left_alone(text: str) -> None:
    assert ("recently", "PAST_REF") not in _found(text)


@pytest.mark.parametrize("text", [
    "The firm recently cut its dividend in half.",
    "Its shares have slumped recently, analysts said.",
    "Until recently, the company sold only to farmers.",
    "The party recently won 13 percent of the vote.",
    "The council recently announced a new budget.",
])
def test_recently_with_a_simple_verb_stays_past_ref(text: str) -> None:
    assert ("recently", "PAST_REF") in _found(text)
