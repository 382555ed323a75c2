"""A bare plural subject narrowed by a relative clause with its own date: the relative's act is the
head's ("Heavy rains that began on 2 August": "Heavy rains begin"), and the main clause's date titles
the main act with the head as subject ("Heavy rains cause the river to burst its banks"), as for "The
storm that hit the coast ...". A determiner was needed before; a sitrep of our own gave "Rains begin
caused the Kessa river to burst its banks" and lost the second date's event. Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Heavy rains that began on 2 August caused the Kessa river to burst its banks on 5 August.",
     "Heavy rains begin", "Heavy rains cause the Kessa river to burst its banks"),
    ("Heavy rains that began on 2 August flooded the valley on 5 August.", "Heavy rains begin", "Heavy rains flood the valley"),
    ("Two fires that broke out on Monday destroyed the mill on Tuesday.", "Two fires break out", "Two fires destroy the mill"),
    ("Violent protests that erupted on 3 March forced the minister to resign on 9 March.", "Violent protests erupt", None),
    ("Strong winds that hit the coast on Friday brought down power lines on Saturday.", "Strong winds hit the coast",
     "Strong winds bring down power lines"),
    ("Floods that swept the delta in May 1998 killed 300 people in June 1998.", "Floods sweep the delta", "Floods kill 300 people"),
])
def test_the_relatives_act_and_the_main_act_each_with_its_date(text: str, first: str, second: str | None) -> None:
    events = extract_document(Document("a.txt", text, "A"), date(2024, 12, 1)).events
    titles = [e.title for e in sorted(events, key=lambda e: e.timex_start)]
    assert titles[0] == first, titles
    if second is not None:
        assert len(titles) == 2 and titles[1] == second, titles
