"""A log's or a dated list's line is no recap of an earlier line that shares its words (issue 12,
session 44).

An explainer's closing timeline ("Wednesday 4 September: inspectorate opens inquiry") tells again what
the body told, and is folded into the body's telling. A log's lines share words with each other too
("11:20 Two visitors arrived by boat", then "17:45 — Boat left for the mainland with the visitors"),
and the later line was folded into the earlier one as if it retold it: the day lost a happening. Only
a telling outside the list (the body's prose) can be what a recap line retells. Every line here is
written for this file, in different forms (clock times, days, with and without a dash or a bullet).
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _titles(text: str, dct: date) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", text, "A", date=dct)).events]


@pytest.mark.parametrize("first, second, later", [
    ("11:20 Two visitors arrived by boat.", "17:45 — Boat left for the mainland with the visitors.", "Boat leaves"),
    ("06:05 Ferry crew reported a fault in the engine.", "09:40 – Engineers repaired the fault in the ferry's engine.", "Engineers repair"),
    ("- 08:15 Pickets gathered at the depot gate.", "- 13:30: Police moved the pickets away from the depot gate.", "Police move"),
    ("10:00 The inspectors arrived at the school.", "15:20 - The inspectors left the school after the last lesson.", "The inspectors leave"),
])
def test_a_later_log_line_is_kept(first: str, second: str, later: str) -> None:
    text = f"Harbour office log\nSaturday 14 June 2025\n\n{first}\n12:00 Lunch.\n{second}\n"
    titles = _titles(text, date(2025, 6, 14))
    assert any(t.startswith(later) for t in titles), titles


@pytest.mark.parametrize("line, clock", [
    ("09:05: Contact restored after the antenna was reset.", "T09:05"),
    ("- 21:40: Last bus left the depot.", "T21:40"),
    ("Update 16:15: Both lanes are open again.", "T16:15"),
    ("07:30:15 Alarm raised by the night guard.", "T07:30:15"),
])
def test_a_log_s_clock_time_with_a_colon_after_it_is_read(line: str, clock: str) -> None:
    # "09:05:" opening a log line: the colon that ends the stamp is no seconds field
    from explorer.temporal.tagger import tag
    values = [t.value for t in tag(f"Depot log, 3 May 2025\n\n{line}\n", date(2025, 5, 3))]
    assert f"2025-05-03{clock}" in values, values


def test_a_ratio_is_still_no_clock_time() -> None:
    from explorer.temporal.tagger import tag
    assert not [t for t in tag("The model is built at a scale of 1:18:2 by hand.\n", date(2025, 5, 3)) if t.type == "TIME"]
