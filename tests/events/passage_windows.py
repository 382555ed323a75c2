"""The harness of the event-date passage tests (sessions 33, 34): each passage's rows name a happening
by a cue in its sentence and words of its title, and the window its event must lie in (None: undated or
not exact). Shared so a change to how a window is judged is made once for every session's passages."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Iterator, Sequence

import pytest

from explorer.documents import Document
from explorer.events.record import Event
from explorer.ingest import extract_document

#: (id, document date, text, rows of (cue, predicate words joined by "|", first day, last day))
Passage = tuple[str, "date | None", str, Sequence[tuple[str, str, "str | None", "str | None"]]]


@lru_cache(maxsize=None)
def _extracted(text: str, dct: date | None) -> tuple[Event, ...]:
    return tuple(extract_document(Document("a.txt", text, "A"), dct).events)


def passage_events(passages: Sequence[Passage], pid: str) -> tuple[Event, ...]:
    """The events the app builds from passage ``pid``, extracted once per text."""
    _, dct, text, _ = next(p for p in passages if p[0] == pid)
    return _extracted(text, dct)


def window_rows(passages: Sequence[Passage], still_open: dict[tuple[str, str, str], str]) -> Iterator:
    """One pytest param per row; a row in ``still_open`` is a strict xfail with its reason."""
    for pid, _, _, rows in passages:
        for cue, predicate, first, last in rows:
            key = (pid, cue, predicate)
            marks = [pytest.mark.xfail(strict=True, reason=still_open[key])] if key in still_open else []
            yield pytest.param(pid, cue, predicate, first, last, marks=marks, id=f"{pid}-{predicate.split('|')[0]}")


def _within(event: Event, first: str | None, last: str | None) -> bool:
    if first is None:
        return event.begin is None or event.certainty != "exact"
    if event.begin is None:
        return False
    end = event.end or event.begin
    return date.fromisoformat(first) <= event.begin and end <= date.fromisoformat(last)


def assert_in_window(events: Sequence[Event], cue: str, predicate: str, first: str | None, last: str | None) -> None:
    """The row's happening, if built, lies in its window (a happening not built is a recall miss: skipped)."""
    words = predicate.split("|")
    found = [e for e in events if cue in e.sentence and any(w.lower() in e.title.lower() for w in words)]
    if not found:
        pytest.skip("no event of this happening is built (a recall miss, not a date)")
    assert any(_within(e, first, last) for e in found), \
        [(e.title, str(e.begin), str(e.end), e.certainty, e.timex) for e in found]
