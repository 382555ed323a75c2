"""A diary of one day: its one dated heading dates the entry under it (explorer.events.entry_days).

Passages of our own, with near misses: a news page under a dateline (its "we" quoted, "our reporter"),
and the section ending where the diary dates its next day.
"""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.ingest import extract_document


def _dates(text: str) -> dict[str, tuple[date | None, str]]:
    events = extract_document(Document("a.txt", text, "A"), None).events
    return {e.title: (e.begin, e.derivation) for e in events}


def test_the_writers_acts_under_the_one_heading_take_its_day() -> None:
    got = _dates("Friday 8 August 1969\n\nWe drove to the coast in Dad's van. We pitched the tent by the "
                 "dunes.\n\nThe next day we swam in the sea.")
    assert got["We drive to the coast in Dad's van"][0] == date(1969, 8, 8)
    assert got["We pitch the tent by the dunes"][0] == date(1969, 8, 8)
    assert got["We swim in the sea"][0] == date(1969, 8, 9)


def test_a_news_page_under_a_dateline_is_no_diary() -> None:
    for text in ("Friday 8 August 1969\n\nPolice arrested a man in Leeds after a shop was robbed. \"We are "
                 "shocked,\" said the owner. The man was released on bail.",
                 "Friday 8 August 1969\n\nThe council closed the pool. Our reporter visited the site."):
        for title, (_, derivation) in _dates(text).items():
            assert "entry's day" not in derivation, title


def test_the_one_headings_day_ends_where_the_next_day_is_told() -> None:
    got = _dates("Tuesday 2 May 1944\n\nI walked to the depot. On Thursday we loaded the lorries. The "
                 "sergeant lost his map.")
    assert "entry's day" in got["I walk to the depot"][1]
    assert all("entry's day" not in d for t, (_, d) in got.items() if "sergeant" in t)
