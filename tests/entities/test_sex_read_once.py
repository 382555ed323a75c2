"""The sex the text gives a person is read once per document: the pronoun resolution reads it and
passes it on to the index's readings (explorer.entities.annotate.build_index). Text written for this test."""

from __future__ import annotations

from collections import Counter

import explorer.entities.annotate as annotate
import explorer.entities.index as index_module
from explorer.events.gender import FEMALE, sex_in_text

_TEXT = ("Vera Lind, a retired actress, opened the new theatre in Harwick on Monday. She thanked the "
         "builders. Tomas Brenner, the mayor, spoke after her. He praised the volunteers.")


def test_each_person_s_sex_is_read_once(monkeypatch) -> None:
    asked: Counter[str] = Counter()

    def counting(name: str, text: str) -> str | None:
        asked[name] += 1
        return sex_in_text(name, text)

    monkeypatch.setattr(annotate, "sex_in_text", counting)
    monkeypatch.setattr(index_module, "sex_in_text", counting)
    index = annotate.build_index([("a.txt", _TEXT)])
    assert asked and max(asked.values()) == 1, asked
    assert index.sexes["a.txt"].get("Vera Lind") == FEMALE  # the index still knows it
