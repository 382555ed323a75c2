"""A post opening with a title-case heading closed by a colon: capitals in it say nothing of a name.

"Your Autumn Playlist: songs for rainy days" names the season at hand, as the same words in a post
written wholly in title case do; a place whose name opens with a season ("Winter Park Police: ...")
is still no season, and a sentence-case post keeps reading a capitalised season before a capitalised
word as a name. Sentences of our own; the document date is in June.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

D = date(2021, 6, 16)


@pytest.mark.parametrize("text, expected", [
    ("Your Autumn Playlist: songs for a grey sky http://t.co/x1", [("Autumn", "2021-FA")]),
    ("Big Spring Clearance: up to half off everything in store", [("Spring", "2021-SP")]),
    ("Our Summer Menu: cold noodles and iced tea, from noon", [("Summer", "2021-SU"), ("noon", "2021-06-16T12:00")]),
    ("Winter Park Police: road closed after a crash", []),
    ("we drove past Summer Hill on the way home", []),
])
def test_heading_before_a_colon(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in timeml_view(tag(text, D))] == expected
