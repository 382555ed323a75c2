"""Issue 12, session 35 (h35q): the main clause's pluperfect acts after an opening "By the time" clause are
happenings of their own, done by the opening clause's date ("By the time the strike ended in May 1926,
the owners had sold the looms and had closed the weaving shed"); a state, a length, a denial or no
object gives none. Our own sentences, none from the gold set, the folders or TimeML."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.events.by_the_time import by_the_time_acts
from tests.events.extracted_events import events_of


def _acts(sentence: str) -> list[tuple[str, str]]:
    return [(found.trigger, title) for found, title, _ in by_the_time_acts(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    "sentence, acts",
    [
        ("By the time the strike ended in May 1926, the owners had sold the looms and had closed the weaving shed.",
         [("sold", "The owners sell the looms"), ("closed", "The owners close the weaving shed")]),
        ("By the time the storm reached the island in June 1950, the crew had hauled the nets aboard.",
         [("hauled", "The crew hauls the nets aboard")]),
        ("By the time rescuers reached the farm on 3 May, the water had swept away the barn and had drowned six cows.",
         [("swept", "The water sweeps away the barn"), ("drowned", "The water drowns six cows")]),
        ("By the time the inspectors arrived in 1988, it had broken through the dam.",
         [("broken", "It breaks through the dam")]),
        ("By the time the snow came in December 1941, the villagers had dug up the silver and had buried it under the chapel.",
         [("dug", "The villagers dig up the silver"), ("buried", "The villagers bury it under the chapel")]),
    ],
)
def test_the_pluperfect_acts_after_by_the_time(sentence: str, acts: list[tuple[str, str]]) -> None:
    assert _acts(sentence) == acts


@pytest.mark.parametrize(
    "sentence",
    [
        "By the time he retired in 1990, he had lived there for thirty years and had been happy.",  # states
        "By the time the war began in 1939, the town had not built a second school.",  # a denial
        "By the time the council met in March 1960, the mayor had already resigned.",  # no object: not read
        "By the time the war began in 1939, the town had no plans for a second school.",  # a possession
        "By the time she was ten, she had read every book in the house.",  # a habit over years ('read' not listed)
        "By the time the snow came in December 1941, the villagers had dug up the silver and had liked it.",  # no place
        "When the strike ended in May 1926, the owners had sold the looms.",  # not a 'By the time' opening
    ],
)
def test_no_act_from_a_state_or_a_denial(sentence: str) -> None:
    assert [a for a in _acts(sentence) if a[0] != "dug"] == []


def test_the_acts_are_dated_by_the_opening_clause() -> None:
    text = "The mill opened in 1890. By the time the strike ended in May 1926, the owners had sold the looms."
    sold = [e for e in events_of(text) if e.title == "The owners sell the looms"]
    assert len(sold) == 1
    assert (sold[0].begin, sold[0].end, sold[0].certainty) == (date(1926, 5, 1), date(1926, 5, 31), "inferred")
