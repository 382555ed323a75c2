"""After a modal's or an infinitive's predicate and its date, "and" and a bare verb with its own date
tell a second happening of the same subject, titled with the subject and the modal it shares ("The
bank will publish its accounts on 4 March and hold its annual meeting in June": two events, the second
"The bank will hold its annual meeting"); a bare word that is no verb after "and" ("and again in",
"and most of") stays part of the clause before."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _events(sentence: str):
    return extract_document(Document("a.txt", "News\n\n" + sentence, "a"), dct=date(2025, 12, 10)).events


@pytest.mark.parametrize("sentence, first, second", [
    ("The bank will publish its accounts on 4 March and hold its annual meeting in June.",
     ("The bank will publish its accounts", date(2026, 3, 4)), ("The bank will hold its annual meeting", date(2026, 6, 1))),
    ("Repairs are scheduled to begin on 2 February and finish on 30 April.",
     ("Repairs are scheduled to begin", date(2026, 2, 2)), ("Repairs are scheduled to finish", date(2026, 4, 30))),
    ("The rover is due to leave the crater in March 2027 and to climb the ridge in the autumn of 2028.",
     ("The rover is due to leave the crater", date(2027, 3, 1)), ("The rover is due to climb the ridge", date(2028, 9, 1))),
    ("The ferry firm will announce its timetable on 14 January and open its booking office in the spring.",
     ("The ferry firm will announce its timetable", date(2026, 1, 14)), ("The ferry firm will open its booking office", date(2026, 3, 1))),
])
def test_two_happenings(sentence: str, first: tuple[str, date], second: tuple[str, date]) -> None:
    events = _events(sentence)
    assert {(e.title, e.begin) for e in events} >= {first, second}, [(e.title, e.begin) for e in events]


@pytest.mark.parametrize("sentence", [
    "The museum will open the wing in May 2026 and again in the spring of 2027.",
    "The band will tour the north in June 2026 and most of the south in 2027.",
])
def test_no_bare_verb(sentence: str) -> None:
    titles = [e.title for e in _events(sentence)]
    assert not any("again" in t.split()[:6] or t.split()[-1:] == ["most"] for t in titles), titles
    assert not any(t.startswith(("The museum will again", "The band will most")) for t in titles), titles
