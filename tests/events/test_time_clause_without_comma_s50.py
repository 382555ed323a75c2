"""An opening time clause with no comma before the main clause's pronoun and its past ("When he was
nineteen he joined the merchant navy", "After the war ended they bought a farm"): the main clause's act
is an event, as it is with the comma (session fifty, lead). Sentences written for the test."""

from __future__ import annotations

import pytest

from explorer.events.plain_past import plain_past_clause


@pytest.mark.parametrize(
    "sentence, title",
    [
        ("When he was nineteen he joined the merchant navy.", "He joins the merchant navy"),
        ("When the mill closed they moved to the coast.", "They move to the coast"),
        ("Once the harvest was in she sold the farm.", "She sells the farm"),
        ("Before the winter came he repaired the roof.", "He repairs the roof"),
    ],
)
def test_the_main_clause_after_a_time_clause_without_its_comma(sentence, title) -> None:
    found = plain_past_clause(sentence, 0, len(sentence))
    assert found is not None and found[1] == title


def test_a_time_clause_alone_is_no_act() -> None:
    # (guard) no pronoun and past after the clause: nothing is read as the main clause's act
    sentence = "When the storm broke the harbour wall gave way."
    found = plain_past_clause(sentence, 0, len(sentence))
    assert found is None or "harbour wall" in found[1]
