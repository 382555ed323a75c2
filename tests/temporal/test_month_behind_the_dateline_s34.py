"""A yearless month or day told as done after a dateline lies behind the page, not on in a story that
moves past it (session 34, ``yearless``): the time just told is the page's own date. Sentences written
for this test."""

from __future__ import annotations

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _value(text: str, expression: str) -> str:
    found = [t for t in extract_document(Document("a.txt", text, "A"), None).timexes if t.text == expression]
    assert len(found) == 1, [(t.text, t.value) for t in extract_document(Document("a.txt", text, "A"), None).timexes]
    return found[0].value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("KELLBY, 3 October 2025 — The councillor won her party's nomination in February, but her campaign nearly "
     "ended before it began.", "February", "2025-02"),
    ("ARLOW, 12 November 2024 — The mill's owners bought the site on 4 March and closed it within a year.",
     "4 March", "2024-03-04"),
    ("PORT ELLIS, 20 June 2023 — Divers found the wreck in April after a storm shifted the sand.", "April", "2023-04"),
])
def test_a_month_told_as_done_after_the_dateline_is_behind_the_page(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # told as ahead: after the page
    ("KELLBY, 3 October 2025 — The councillor will stand for mayor in February.", "February", "2026-02"),
])
def test_a_month_told_as_ahead_after_the_dateline_is_after_the_page(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value
