"""A nominal event told as not yet happened gives no title of its own, and an initialism keeps its dot.

"the impending departure of the troops" names something still to come: a title "The troops leave"
would tell a reader it happened. A name such as "U.S." ends in a dot that belongs to it, not to the
sentence, so the title keeps it ("U.S. leaves", not "U.S leaves").
"""

from __future__ import annotations

import pytest

from explorer.events.titles.subjects import nominal_event


@pytest.mark.parametrize("text", [
    "worried over the impending departure of U.N. monitors from the valley",
    "Dana Pruitt's planned visit to Lagos was the talk of the week",
    "the expected arrival of Mara Voss in Lisbon drew a crowd",
    "ahead of the upcoming resignation of Karl Heim",
    "Tomas Beyer's proposed trip to Riga",
])
def test_a_nominal_not_yet_happened_gives_no_title(text: str) -> None:
    assert nominal_event(text) is None


@pytest.mark.parametrize("text, title", [
    ("cheered the departure of U.N. monitors from the valley", "U.N. leaves"),
    ("Dana Pruitt's visit to Lagos was the talk of the week", "Dana Pruitt visits Lagos"),
    ("the arrival of Mara Voss in Lisbon drew a crowd", "Mara Voss arrives in Lisbon"),
    ("mourned the death of Karl Heim.", "Karl Heim dies"),
])
def test_a_nominal_told_as_done_is_titled_and_an_initialism_keeps_its_dot(text: str, title: str) -> None:
    assert nominal_event(text) == title


def test_a_later_nominal_is_titled_when_the_first_is_not_yet() -> None:
    text = "after the planned visit of Dana Pruitt was cancelled, the death of Karl Heim was announced"
    assert nominal_event(text) == "Karl Heim dies"
