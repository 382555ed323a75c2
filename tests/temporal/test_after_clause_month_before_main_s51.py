"""A yearless month in an "after" clause lies no later than the main clause's date before it (session
fifty-one, the lead's own AGM minutes): told on 20 March 2025, "The new floodlights were switched on in
April, after the council granted permission in February" put February in 2025, after the April of 2024.
Our own sentences; each failed before (the guard marked).
"""

from __future__ import annotations

import pytest

from explorer.documents.document import Document
from explorer.ingest import extract_document


def _values(text: str) -> list[tuple[str, str]]:
    timexes = extract_document(Document("own.txt", "Published 20 March 2025\n\n" + text, "own"), dct=None).timexes
    return [(t.text, t.value) for t in timexes][1:]


@pytest.mark.parametrize("text,values", [
    ("The new floodlights were switched on in April, after the council granted permission in February.",
     [("April", "2024-04"), ("February", "2024-02")]),
    ("The café reopened in June, after a fire gutted its kitchen in January.", [("June", "2024-06"), ("January", "2024-01")]),
    ("The pier closed in October after a storm damaged its supports in December.",
     [("October", "2024-10"), ("December", "2023-12")]),
    # guard: the after clause's month already lies before the main clause's
    ("The pool reopened in February, after engineers fixed the pumps in January.",
     [("February", "2025-02"), ("January", "2025-01")]),
])
def test_the_after_clause_month_comes_first(text: str, values: list[tuple[str, str]]) -> None:
    assert _values(text) == values
