"""Restoring a saved actor index builds it in bulk; it must answer exactly as one built mention by mention."""

from __future__ import annotations

import random
from collections import Counter

from explorer.entities.index import ActorIndex, Entity, MentionRef


def test_an_index_built_in_bulk_answers_as_one_built_by_add() -> None:
    rng = random.Random(4)
    entities = []
    for i in range(30):
        mentions = [MentionRef(f"d{rng.randrange(4)}", start, start + rng.randint(1, 9), "x")
                    for start in rng.sample(range(0, 400, 3), 12)]  # starts shared across entities too
        entities.append(Entity(f"e{i}", f"Name {i}", rng.choice(("person", "org", "place")), Counter(), mentions))
    bulk = ActorIndex(entities)
    one_by_one = ActorIndex()
    for entity in entities:
        one_by_one.add(entity)
    assert bulk._spans == one_by_one._spans and bulk._owner == one_by_one._owner
    for doc in ("d0", "d1", "d2", "d3"):
        for offset in range(0, 410, 7):
            assert bulk.entity_at(doc, offset) is one_by_one.entity_at(doc, offset)
            assert bulk.in_range(doc, offset, offset + 40) == one_by_one.in_range(doc, offset, offset + 40)
