"""``happening_verbs.past_since_last_break``: a bare "and" joins two clauses only when a past verb tells
the stretch before it since the last comma or semicolon; the two readers of a joined clause
(``joined_clauses``, ``people_clauses``) share it. Our own sentences."""

from __future__ import annotations

import pytest

from explorer.events.happening_verbs import past_since_last_break


@pytest.mark.parametrize(("sentence", "joint", "verb"), [
    ("The ferry docked and the crew unloaded the crates", "and the crew", "docked"),
    ("The mayor and the council closed the bridge", "and the council", None),  # two subjects of one verb
    # (only the stretch since the last comma or semicolon counts)
    ("After the storm passed, the porters and the guides built a shelter", "and the guides", None),
    ("The storm passed; the mill burned and the workers fled", "and the workers", "burned"),
    ("Its keepers rebuilt the tower and the lamp shone again", "and the lamp", "rebuilt"),  # an irregular
])
def test_the_past_before_a_bare_and(sentence: str, joint: str, verb: str | None) -> None:
    found = past_since_last_break(sentence, sentence.index(joint))
    assert (found.group() if found else None) == verb
