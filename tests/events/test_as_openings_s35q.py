"""Issue 12, session 35 (h35q): the main clause's act after a dated opening "As" clause that tells an act of
its own ("As the barrage opened on the evening of 23 March 1945, we carried the boats down to the water") is
a happening at that time, as after "When"; "As a result", a cause told by a state ("As the company needed
cash") or a state in the main clause gives none. Our own sentences, none from the gold set, the folders or
TimeML."""

from __future__ import annotations

import pytest

from explorer.events.joined_clauses import iter_joined_clauses


def _acts(sentence: str) -> list[tuple[str, str]]:
    return [(found.trigger, title) for found, title in iter_joined_clauses(sentence, 0, len(sentence))]


def test_the_main_clause_after_a_dated_as_clause() -> None:
    sentence = "As the barrage opened on the evening of 23 March 1945, we carried the boats down to the water."
    assert ("carried", "We carry the boats down to the water") in _acts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "As a result of the strike in 1926, the owners closed the mill.",  # no act in the opening
        "As the storm passed on 3 June 1950, the town stayed calm.",  # a state
        "As expected in 2001, the party won the seat.",  # no subject of its own
    ],
)
def test_no_main_clause_act_read_here(sentence: str) -> None:
    assert _acts(sentence) == []
