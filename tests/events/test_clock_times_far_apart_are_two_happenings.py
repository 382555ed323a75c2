"""Two tellings of the same subject and verb dated by clock times of a day hours apart are two
moments of a log, not one happening told again ("10:02 - Water levels rise at the weir", "15:30 -
Water levels fall back and the alert is lifted"); within half an hour ("16:55 Gates close in five
minutes", "17:00 Gates have closed") they may be one."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.ingest import extract_document


def _titles(text: str, dct: date) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", text, "t"), dct=dct).events]


def test_far_apart_times_keep_both() -> None:
    text = ("Flood log for 3 April 2025\n\nTimeline\n"
            "- 10:02 - Water levels rise at the weir.\n"
            "- 12:15 - Crews close the riverside path.\n"
            "- 15:30 - Water levels fall back and the alert is lifted.\n")
    titles = _titles(text, date(2025, 4, 7))
    assert any("fall" in t for t in titles), titles
