"""A written question in a parliament's printed form ("Question: To ask the Secretary of State for
Transport what assessment she has made of … since 2020.") is a question put, no happening, though a
full stop ends it (``speaker_lines.asks_under_a_label``); the answer's happenings and a label over a
told happening stay. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.speaker_lines import asks_under_a_label
from explorer.ingest import extract_document


def _dated(text: str) -> list[tuple[str, str]]:
    events = extract_document(Document("a.txt", text, "t"), dct=date(2026, 5, 22)).events
    return [(e.timex, e.title) for e in events if e.timex]


@pytest.mark.parametrize("line", [
    "Question: To ask the Secretary of State for Transport what assessment she has made of the number of "
    "rural bus routes withdrawn since 2020.",
    "Question: To ask the Minister for Health whether the hospital in Kelby will reopen in 2027.",
    "Q: To ask Her Majesty's Government how many ferries were withdrawn from service in 2024.",
])
def test_a_written_question_is_no_event(line: str) -> None:
    assert _dated(line) == []


def test_the_answer_keeps_its_events_and_a_labelled_statement_stays() -> None:
    dated = _dated("Question: The minister resigned on Monday.")
    assert [title for _, title in dated] == ["The minister resigns"]
    assert not asks_under_a_label("Answer: The council closed the depot", "Answer: The council closed the depot in 2021.")
    assert asks_under_a_label("Question: To ask the Secretary of State",
                              "Question: To ask the Secretary of State what steps she took in 2023.")
