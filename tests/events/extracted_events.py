"""The events extracted from a text of a test's own, and the one a date expression gave, for tests of
the date each event gets (``test_event_dates_s12``, ``test_state_ends`` …)."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.events.record import Event
from explorer.ingest import extract_document


def events_of(text: str, dct: date | None = None) -> list[Event]:
    """The events of ``text`` read as one article, with ``dct`` as its date when given."""
    doc = Document("a.txt", text, "A") if dct is None else Document("a.txt", text, "A", date=dct)
    return extract_document(doc).events


def events_with_actors(text: str) -> list[Event]:
    """The events of ``text`` read as a dropped file is, through the ingest that also names each event's
    actors (:func:`events_of` reads the text alone and leaves them empty)."""
    import tempfile
    from pathlib import Path

    from explorer.ingest import extract_paths

    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.txt"
        page.write_text(text, encoding="utf-8")
        return extract_paths([str(page)], jobs=1).documents[0].events


def titles_of(text: str, dct: date | None = None) -> list[str]:
    """The titles of :func:`events_of` ``text``, in order: what a test of how events are titled reads."""
    return [e.title for e in events_of(text, dct)]


def event_by_timex(events: list[Event], timex: str) -> Event:
    """The one event dated by the expression written ``timex``."""
    found = [e for e in events if e.timex == timex]
    assert len(found) == 1, [(e.timex, e.title) for e in events]
    return found[0]


def date_role_of(sentence: str, date_text: str) -> str | None:
    """The role :func:`explorer.events.date_roles.date_role` gives the first ``date_text`` of ``sentence``."""
    from explorer.events.date_roles import date_role

    at = sentence.index(date_text)
    return date_role(sentence, at, at + len(date_text))
