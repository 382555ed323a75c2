"""A day's heading and the clock time that opens the next line are two expressions: the heading's day
and the first entry's time on it (session twenty-one, dates #11).

Read as one ("Tuesday 9 June\\n06:10"), the heading was lost as the timeline's day and the entries after
the first went on under the day before. Every sentence here is written for this file.
"""

from __future__ import annotations

from explorer.documents import Document
from explorer.ingest import extract_document

_TIMELINE = ("How the ferry fire unfolded\n\nPublished Friday 12 June 2026\n\n"
             "Monday 8 June\nThe ferry left Skelport on time in the evening.\n\n"
             "Tuesday 9 June\n06:10 A deckhand smelled smoke near the car deck.\n"
             "06:25 The master sounded the general alarm.\n"
             "07:40 A tug took the ferry in tow.\n\n"
             "Wednesday 10 June\nInvestigators boarded the ship.")


def test_the_heading_and_the_first_entry_s_time_are_apart() -> None:
    found = {t.text: t.value for t in extract_document(Document("t.txt", _TIMELINE, "A")).timexes}
    assert found.get("Tuesday 9 June") == "2026-06-09", found
    assert (found.get("06:10"), found.get("06:25"), found.get("07:40")) == \
        ("2026-06-09T06:10", "2026-06-09T06:25", "2026-06-09T07:40"), found


def test_a_wrapped_line_of_prose_is_no_entry() -> None:
    # a clock time starting a wrapped line, with lower-case words after it, opens no entry
    text = "Notice\n\nPublished 2 June 2026\n\nThe hall opens on Tuesday 9 June\n06:10 until noon for the count."
    found = {t.text: t.value for t in extract_document(Document("n.txt", text, "A")).timexes}
    assert "2026-06-09T06:10" in found.values(), found
