"""A publication verb told in the story ("were released on October 29") is no issue day.

This session's cue for a yearless issue day ("Issued at 09:00 on Friday 9 January", its year from a
full date printed beside it) also took a yearless day after "released on" in the story's first
paragraphs, and dated a wire story three weeks before its own printed date. Sentences our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.document_date import printed_document_date

_TOLD = [
    "Trade talks resume\nNovember 18, 2026\n\nThe crossing was shut on October 7, when guards detained two "
    "officers over a dispute about fees. Both officers were released on October 29.\n",
    "Ferries sail again\nBy Ana Ruiz\nNovember 18, 2026 9:12 AM GMT\n\nPORTSEA, Nov 18 (Wire) - Ferries sailed "
    "again on Wednesday after the strike ended, officials said.\n\nThe port closed on October 7. The last "
    "ferry was released on October 29, the harbour office said.\n",
    "Album review\n18 November 2026\n\nThe band spent most of the year touring small halls across the north. "
    "Their second record was issued on 30 October and sold out within a week.\n",
]


@pytest.mark.parametrize("text", _TOLD)
def test_a_day_told_with_a_publication_verb_in_the_story_is_not_the_pages(text: str) -> None:
    assert printed_document_date(text, "x.txt") == (date(2026, 11, 18), "header")


def test_a_yearless_issue_day_in_the_furniture_still_dates_the_page() -> None:
    text = ("Flood alert for the Marrow valley\nIssued at 09:00 on Friday 9 January\n"
            "In force until 09:00 on Monday 12 January 2026\n\nRiver levels are rising.\n")
    assert printed_document_date(text, "x.txt") == (date(2026, 1, 9), "header")
