"""Acts told done by a dated saying (explorer.events.told_done_acts): passages of our own."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str, dct: date):
    return extract_document(Document("a.txt", text, "A"), dct).events


def test_a_told_act_with_its_own_date_is_one_event() -> None:
    events = [e for e in _events("Police said on Monday they had arrested two men on Saturday.", date(2025, 6, 13))
              if "arrest" in e.title]
    assert [(e.begin, e.end) for e in events] == [(date(2025, 6, 7), date(2025, 6, 7))]


def test_a_pluperfect_told_act_is_done_by_the_saying_not_on_it() -> None:
    events = _events("The prime minister asked the president on Sunday to dissolve parliament. The president said "
                     "on Monday that she had accepted the request.", date(2026, 11, 11))
    accept = next(e for e in events if "accept" in e.title)
    assert (accept.begin, accept.end, accept.certainty) == (date(2026, 11, 8), date(2026, 11, 9), "inferred")


def test_a_verb_after_the_date_is_the_act_itself() -> None:
    events = _events("The regional board on Wednesday added 12 schools to its repair list.", date(2025, 3, 21))
    add = next(e for e in events if "add" in e.title)
    assert (add.begin, add.certainty) == (date(2025, 3, 19), "exact")


def test_a_denial_is_left_alone() -> None:
    for e in _events("The board said on Monday that it had not received the report.", date(2025, 6, 13)):
        assert "told done" not in e.derivation
