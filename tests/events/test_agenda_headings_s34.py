"""A heading over what is to come ("Coming later this year", "Coming up next week") names the time of
the items under it and no happening (``agenda_headings.heads_what_is_to_come``); the items keep their
events, and a sentence that opens with "Coming" and tells a happening stays. Texts written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.agenda_headings import heads_what_is_to_come
from explorer.ingest import extract_document


def _dated(text: str) -> list[tuple[str, str]]:
    events = extract_document(Document("a.txt", text, "t"), dct=date(2026, 5, 22)).events
    return [(e.timex, e.title) for e in events if e.timex]


@pytest.mark.parametrize("heading, date_text", [
    ("Coming later this year", "later this year"),
    ("Coming up next week", "next week"),
    ("Still to come in 2027", "2027"),
    ("Looking ahead to the spring", "the spring"),
    ("What's next for June", "June"),
])
def test_a_heading_over_what_is_to_come(heading: str, date_text: str) -> None:
    at = heading.index(date_text)
    assert heads_what_is_to_come(heading, at, at + len(date_text))


@pytest.mark.parametrize("sentence, date_text", [
    ("Coming in March, the new bridge will open to traffic.", "March"),   # a sentence, its happening told
    ("Coming home on Friday, she found the door open.", "Friday"),
    ("Coming up next week: the council votes on the budget", "next week"),  # the item told on the line
    ("The new timetable is coming in June", "June"),
])
def test_a_line_that_tells_a_happening_is_no_such_heading(sentence: str, date_text: str) -> None:
    at = sentence.index(date_text)
    assert not heads_what_is_to_come(sentence, at, at + len(date_text))


def test_the_items_under_the_heading_keep_their_events() -> None:
    dated = _dated("Coming up next week\nThe council meets on Tuesday to vote on the budget.\n\n"
                   "Coming later this year\nThe harbour wall will be rebuilt in October.")
    assert [timex for timex, _ in dated] == ["Tuesday", "October"], dated
    dated = _dated("Coming in March, the new bridge will open to traffic.")
    assert [title for _, title in dated] == ["The new bridge will open to traffic"]
