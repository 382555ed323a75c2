"""A place inside a person's description is where they are from, not who acted (issue 12, session
sixty-one): "The farmer at Low Garth, who lent the field, died" had the actors (Low Garth, the farmer),
"One woman, a widow from Topsham, paid him" only (Topsham): "one" before a common noun counts it, as
"two" does. A body's people still follow the body ("Researchers at Uppsala University"). Our own
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.events.build import build_events


def _actors(text: str, timex: str) -> tuple[str, ...]:
    doc = Document("a.txt", text, "", date(2025, 10, 14), "given")
    index = build_index([(doc.path, text)])
    return next(index.label(e) for e in build_events(doc, temporal.tag(text, doc.date)) if e.timex == timex).actors


@pytest.mark.parametrize(("text", "timex", "first"), [
    ("The farmer at Low Garth, who lent the field, died on Tuesday.", "Tuesday", "the farmer"),
    ("A teacher from Kelby, who ran the choir, retired in July.", "July", "a teacher"),
    ("One woman, a widow from Topsham, paid him £9,000 in April 2022.", "April 2022", "one woman"),
    ("One man from Kelby was arrested in May.", "May", "one man"),
    # guards: a means of transport after "by" is no agent; a body's people follow the body, and a company's
    ("Two runners fell. One runner was taken by ambulance to hospital on Sunday.", "Sunday", "one runner"),
    ("Researchers at Uppsala University published the results in March.", "March", "Uppsala University"),
    ("A spokesman from Kelby Council resigned in July.", "July", "Kelby Council"),
    ("A driver at Tarn Ferries was sacked in May.", "May", "Tarn Ferries"),
])
def test_who_acted_comes_first(text: str, timex: str, first: str) -> None:
    assert _actors(text, timex)[:1] == (first,)


def test_one_alone_is_still_no_one() -> None:
    # guard: "One is released" names no one
    assert "one" not in _actors("Two men were held. One was released on Friday.", "Friday")
