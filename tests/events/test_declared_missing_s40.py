"""A noun "reported missing" (or "declared dead", "presumed lost") is described by a reduced relative,
and the clause's verb comes later: two happenings, each with its own date."""

from datetime import date

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def test_reported_missing_then_found() -> None:
    text = "News\n\nA hill walker reported missing on 4 March 2025 was found safe in a bothy on 6 March 2025."
    events = extract_document(Document("a.txt", text, "a"), dct=date(2025, 3, 8)).events
    got = {(e.title, e.begin) for e in events}
    assert ("A hill walker is reported missing", date(2025, 3, 4)) in got, got
    assert any(t.startswith("A hill walker is found safe") and d == date(2025, 3, 6) for t, d in got), got


def test_a_report_that_is_no_reduced_relative() -> None:
    text = "News\n\nThe coastguard reported on 4 March 2025 that two fishermen were missing."
    titles = [e.title for e in extract_document(Document("a.txt", text, "a"), dct=date(2025, 3, 8)).events]
    assert titles and titles[0].startswith("The coastguard reports"), titles
