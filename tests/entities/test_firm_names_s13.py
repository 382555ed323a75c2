"""Issue 12, session thirteen (titles and actors): a name before a trade's plural noun ("Tarn
Ferries", "Halden Buses") is a firm's, even when the text also writes the noun in lower case. Our
own sentences."""

from __future__ import annotations

import pytest

from explorer.entities import find_mentions
from explorer.entities.kinds import ORG, CorpusVocabulary, base_kind


def _kind(text: str, name: str) -> str | None:
    found = find_mentions(text)
    vocab = CorpusVocabulary.of([found])
    mention = next(m for m in found.mentions if m.text == name)
    return base_kind(mention, vocab)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tarn Ferries has withdrawn a ship. It ordered two new ferries last year.", "Tarn Ferries"),
        ("The contract went to Halden Buses, which runs the night routes with forty buses.", "Halden Buses"),
    ],
)
def test_a_name_before_a_trades_plural_is_a_firm(text: str, name: str) -> None:
    assert _kind(text, name) == ORG


@pytest.mark.parametrize(
    "text, name",
    [
        # a span of time or a place's plural ends no firm's name
        ("The festival is called Tarn Days. Its days are long.", "Tarn Days"),
        ("The boat sailed to the Varra Islands. The islands are small.", "Varra Islands"),
    ],
)
def test_other_plurals_are_left_as_they_were(text: str, name: str) -> None:
    assert _kind(text, name) != ORG
