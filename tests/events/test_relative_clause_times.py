"""A relative clause that holds every date of its sentence, a clock time and its day ("the rail strike,
which began at midnight on Sunday"), tells the one happening: titled by it ("The rail strike begins"),
not by the main clause ("The paper leads on the rail strike begin"). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


@pytest.mark.parametrize(("text", "title", "day"), [
    ("The paper leads on the rail strike, which began at midnight on Sunday.", "The rail strike begins", date(2025, 4, 13)),
    ("She praised the festival, which opened at noon on Friday.", "The festival opens", date(2025, 4, 11)),
    ("Officials blamed the blackout, which started at 6 a.m. on Saturday.", "The blackout starts", date(2025, 4, 12)),
    ("Residents recalled the flood, which peaked at dawn on 3 March.", "The flood peaks", date(2025, 3, 3)),
    ("The inquiry examined the collision, which happened at 11.40pm on Thursday.", "The collision happens", date(2025, 4, 10)),
    ("Traders welcomed the ceasefire, which took effect at midnight on 2 April.", "The ceasefire takes effect", date(2025, 4, 2)),
    ("Fans mourned the club, which folded at midnight on Friday.", "The club folds", date(2025, 4, 11)),
    ("Engineers inspected the bridge, which collapsed at midnight on Tuesday.", "The bridge collapses", date(2025, 4, 8)),
])
def test_the_relatives_happening_is_the_event(text: str, title: str, day: date) -> None:
    events = extract_document(Document("a.txt", text, "A"), date(2025, 4, 14)).events
    dated = [e for e in events if e.timex]
    assert len(dated) == 1 and dated[0].begin == day, [(e.title, e.timex, e.begin) for e in events]
    assert dated[0].title.startswith(title), dated[0].title  # (perhaps with its time: "… starts on Saturday")
