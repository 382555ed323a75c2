"""A chain told in the historical present on a dated entry's line (explorer.events.joined_clauses): "12
March — The mayor sacks the highways chief and appoints an interim director" tells two happenings, the
step at the entry's date, as a chain told in the past does. Not a step without a present act before it,
nor a noun after "and". Pages written for this test (session 46), not taken from the gold articles or
the corpora."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(lines: str):
    text = "How the dispute unfolded\n\n" + lines + "\n"
    return list(extract_document(Document("a.txt", text, "t"), dct=date(2024, 9, 1)).events)


@pytest.mark.parametrize(("line", "step", "day"), [
    ("12 March — The mayor sacks the highways chief and appoints an interim director.", "the mayor appoints an interim director",
     date(2024, 3, 12)),
    ("9 April — The contractor abandons the site and sues the council for its costs.", "the contractor sues the council",
     date(2024, 4, 9)),
    ("15 May: The regulator fines the dairy and orders a full audit of its plants.", "the regulator orders a full audit",
     date(2024, 5, 15)),
    ("June 3 — The county engineer drains the reservoir and inspects the outlet tunnel.", "the county engineer inspects the outlet",
     date(2024, 6, 3)),
])
def test_a_present_step_on_an_entry_line_is_an_event_at_its_date(line: str, step: str, day: date) -> None:
    events = _events(line)
    found = [e for e in events if e.title.lower().startswith(step)]
    assert len(found) == 1 and found[0].begin == day, [(e.title, e.begin) for e in events]


@pytest.mark.parametrize(("line", "word"), [
    # a noun after "and", no verb: the council's one purchase
    ("2 July — The council buys the old mill and stores beside it.", "store"),
    # a plural noun after "and" before a name: no third person's act
    ("6 July — The mayor opens the new library and stores on Quay Street.", "store"),
])
def test_no_present_step_for_a_noun_after_and(line: str, word: str) -> None:
    events = _events(line)
    assert len(events) == 1 and not events[0].title.lower().startswith(word), [e.title for e in events]
