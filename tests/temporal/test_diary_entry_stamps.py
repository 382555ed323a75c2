"""A diary's or a log's entry that opens its line with its day and a full stop ("6 October. The enemy
raided ...") is told on that day, as one stamped "6 October:" is (session twenty-one, dates #11).

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

_DIARY = ("Log of the lifeboat Ellen Hale, March 1952\n\n"
          "2 March 1952. Crew exercised off the harbour mouth. Engine ran rough in the afternoon.\n\n"
          "5 March. Launched to a coaster aground on the Shingles. Crew took off four men by 9 p.m. "
          "One man was hurt on the ladder.\n\n"
          "8 March. Fog. Coxswain repaired the winch and painted the slipway.\n\n"
          "11 March. Called out at 3 a.m. to a yacht adrift. Towed her into port.")


@pytest.mark.parametrize("expression, value", [
    ("9 p.m.", "1952-03-05T21:00"),
    ("3 a.m.", "1952-03-11T03:00"),
    ("the afternoon", "1952-03-02TAF"),
])
def test_a_time_in_a_stamped_entry_is_on_the_entry_s_day(expression: str, value: str) -> None:
    timexes = extract_document(Document("log.txt", _DIARY, "A")).timexes
    assert [t.value for t in timexes if t.text == expression] == [value]


@pytest.mark.parametrize("word, day", [("hurt", date(1952, 3, 5)), ("paint", date(1952, 3, 8))])
def test_an_undated_act_in_a_stamped_entry_is_on_the_entry_s_day(word: str, day: date) -> None:
    events = extract_document(Document("log.txt", _DIARY, "A")).events
    found = [e for e in events if word in e.title.lower()]
    assert found and all((e.begin, e.end) == (day, day) for e in found), \
        [(e.title, e.begin, e.end, e.derivation) for e in events]


def test_a_sentence_that_only_starts_with_a_day_is_no_stamp() -> None:
    text = "Harbour news\n\nPublished 20 March 2026\n\nOn 5 March the crew took off four men by 9 p.m. from a coaster."
    timexes = extract_document(Document("n.txt", text, "A")).timexes
    assert [t.value for t in timexes if t.text == "9 p.m."] == ["2026-03-05T21:00"]
