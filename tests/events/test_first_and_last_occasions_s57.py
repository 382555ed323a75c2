"""A run of occasions told by its first and last ("hearings were held in four towns, the first on 3 June
and the last on 27 June") is one happening over the stretch (``second_dates.fold_first_and_last_occasions``),
not a second event on the last day. Sentences written for this test (a university's open days, a
council's workshops, a theatre's auditions)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _dated(text: str) -> list[tuple[str, date | None, date | None]]:
    events = extract_document(Document("a.txt", text, "t"), dct=date(2026, 5, 22)).events
    return [(e.timex, e.begin, e.end) for e in events if e.timex]


@pytest.mark.parametrize("text, first, last", [
    ("The council ran six workshops on the plan, the first in Eastfield on 2 May 2025 and the final one in "
     "Carrow on 30 May 2025.", date(2025, 5, 2), date(2025, 5, 30)),
    ("Auditions were held across the region, the first at Harwick on 3 March 2025 and the last at Tollby "
     "on 19 March 2025.", date(2025, 3, 3), date(2025, 3, 19)),
    ("The trust staged four sponsored walks, the earliest on 12 April 2025 and the last on 14 June 2025, "
     "and raised £21,000.", date(2025, 4, 12), date(2025, 6, 14)),
])
def test_the_first_and_last_occasion_are_one_stretch(text: str, first: date, last: date) -> None:
    dated = _dated(text)
    assert len(dated) == 1, dated
    assert dated[0][1:] == (first, last)


def test_a_run_dated_by_its_main_clause_keeps_that_date() -> None:
    dated = _dated("Open days were held in October and November 2025, the first on 5 October and the last on "
                   "16 November, and drew some 9,000 visitors.")
    assert [(b, e) for _, b, e in dated] == [(date(2025, 10, 1), date(2025, 11, 30))], dated


@pytest.mark.parametrize("text, days", [
    # guard: "the first … and the second" counts each occasion, two happenings on their own days
    ("Two more walks followed, the first on 12 April 2025 and the second on 14 June 2025.", 2),
    # guard: the first and last of a thing done, no apposition: two acts
    ("The rescue boat recovered the first raft at 08:49 on 9 May 2025 and the last at 09:02.", 2),
])
def test_occasions_counted_one_by_one_stay_apart(text: str, days: int) -> None:
    assert len(_dated(text)) == days
