"""An aside opening with a present participle between a subject and its verb is no part of the title
(session 28): "The minister, speaking in Paris, resigned" is titled "The minister resigns", not kept
whole or cut inside the aside ("Bush commenting on the gulf crisis from his vacation"). An aside
with no verb after it, or "according to" a source, is left to the other rules. Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.titled import title_at


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("The minister, speaking in Paris, resigned on Monday.", "Monday", "The minister resigns"),
    ("Vance, facing two rival bids, sold the firm to Orlen in May 2003.", "May 2003", "Vance sells the firm to Orlen"),
    ("The crowd, chanting slogans against the new tax, marched to the palace on 3 May.", "3 May",
     "The crowd marches to the palace"),
    ("Kenya's Amina Odhiambo, facing a revolt in her own party over the budget, on Friday dissolved the cabinet.",
     "Friday", "Kenya's Amina Odhiambo dissolves the cabinet"),
])
def test_a_participle_aside_after_the_subject_is_left_out(sentence: str, expression: str, title: str) -> None:
    assert title_at(sentence, expression) == title
