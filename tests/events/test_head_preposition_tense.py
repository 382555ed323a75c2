"""A subject's head noun decides the headline verb across a preposition that opens its modifier
("over", "between", "under", "along", "against"): "The footbridge over the canal is reopened", "Talks
between the unions and the owners are suspended". Made-up titles."""

from __future__ import annotations

import pytest

from explorer.events.tense import headline_tense


@pytest.mark.parametrize("title, present", [
    ("The footbridge over the canal was reopened", "The footbridge over the canal is reopened"),
    ("Talks between unions and the owners were suspended",
     "Talks between unions and the owners are suspended"),
    ("The rebels under Colonel Varga invaded the province", "The rebels under Colonel Varga invade the province"),
    ("Protests against the tax numbered thousands", "Protests against the tax number thousands"),
    ("The dispute between Norland and Ostria was settled", "The dispute between Norland and Ostria is settled"),
])
def test_the_head_before_the_preposition_decides_the_verb(title: str, present: str) -> None:
    assert headline_tense(title) == present
