"""A part of a day told in the past ("flew back in the morning", "by the evening") goes on the run of
times of the day the report last told, as a bare clock time does, not on the page's own day (session
34, ``clock_times._last_told_day_clock``). Sentences written for this test."""

from __future__ import annotations

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _value(text: str, expression: str) -> str:
    timexes = extract_document(Document("a.txt", text, "A"), None).timexes
    found = [t for t in timexes if t.text == expression]
    assert len(found) == 1, [(t.text, t.value) for t in timexes]
    return found[0].value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("DARROW, 9 May 2025 — Gunmen seized the radio station on Thursday. They left their camp at 02:00 and "
     "cut the phone lines at 04:10.\n\nThe minister returned to the city in the morning and spoke on "
     "television at 08:30.", "the morning", "2025-05-08TMO"),
    ("DARROW, 9 May 2025 — The river burst its banks on Wednesday morning. Crews built a wall of sandbags at "
     "the school. By the evening the water had reached the square.", "the evening", "2025-05-07TEV"),
])
def test_a_part_of_day_told_in_the_past_is_of_the_day_last_told(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


def test_a_part_of_day_with_nothing_told_before_is_the_pages() -> None:
    assert _value("DARROW, 9 May 2025 — The minister returned to the city in the morning.", "the morning") \
        == "2025-05-09TMO"
