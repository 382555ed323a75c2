"""A "when" clause right after a date told relative to another ("eleven days later", "two weeks later")
tells a happening of its own at that date, as after a calendar date ("on 9 March, when …")."""

from datetime import date

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def test_when_clause_after_a_relative_date() -> None:
    sentence = "The roadshow opened in Leeds on 4 May 2023 and closed in York two weeks later, when the lead singer lost her voice."
    events = extract_document(Document("a.txt", "News\n\n" + sentence, "a"), dct=date(2025, 12, 10)).events
    told = {(e.title, e.begin) for e in events}
    assert ("The lead singer loses her voice", date(2023, 5, 18)) in told, told
