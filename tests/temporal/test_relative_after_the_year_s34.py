"""In news, a yearless date in a relative clause opened after a year of the same sentence ("started in
1979 by Ann Voss, who died in March") is not in that year's story: the next sentence's yearless day is
counted from the page (session 34, ``story_time``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.ingest import extract_document

_PAGE = date(2025, 12, 12)


def _value(text: str, expression: str) -> str:
    timexes = extract_document(Document("a.txt", text, "A"), _PAGE).timexes
    found = [t for t in timexes if t.text == expression]
    assert len(found) == 1, [(t.text, t.value) for t in timexes]
    return found[0].value


def test_a_day_after_a_relative_clause_of_another_time_is_counted_from_the_page() -> None:
    text = ("The seal count ended on 1 December with 1,046 pups.\n\nThe count was started in 1979 by Ann Berg, "
            "who died in March. Her son scattered her ashes off the island on 5 October.")
    assert _value(text, "5 October") == "2025-10-05"


def test_a_month_in_the_year_s_own_clause_keeps_the_year() -> None:
    text = ("The seal count ended on 1 December with 1,046 pups.\n\nThe count was started in 1979 by Ann Berg, "
            "and the first pups were tagged in March.")
    assert _value(text, "March") == "1979-03"
