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


# An entry that looks back to another year ("had crossed … in 1951", "the following spring") moves the
# story's time there; the next yearless entry day is still the diary's, on or after the entry day before
# it (entry_chain.py, session 59). Each page written for this file.
_LOOK_BACK_PAGES = [
    ("Journal of the ketch Amy Rowe\n\n4 June 1908. Sailed from Leith at first light.\n\n"
     "6 June. Read my grandfather's log. He had taken this route in 1861 and wintered in the fjords; "
     "he came home the following spring.\n\n9 June. Ice sighted at noon.",
     "9 June", "1908-06-09"),
    # guards (this and the next): read right before too, by the page's document-level route
    ("Field notes\n\n2 March 1974: Arrived at the station after dark.\n5 March: Wrote to my sister. Our father "
     "crossed this valley on foot in 1951 and lost a toe that winter.\n9 March: Snow again.", "9 March", "1974-03-09"),
    ("Ward diary\n\n30 December 1917 - Quiet night. Matron told us about 1899. That year the fever came to the "
     "town and killed forty.\n2 January - Two new cases admitted.", "2 January", "1918-01-02"),
    # guard: the look back told with "had" was already read as one
    ("Field notes\n\n2 March 1974: Arrived at the station after dark.\n"
     "5 March: Wrote to my sister. In 1951 our father had crossed this valley on foot.\n"
     "9 March: Snow again. The generator failed.", "9 March", "1974-03-09"),
    ("Log of the survey\n\n10 May 1881. Left Harwich with a light wind.\n"
     "11 May. The captain told us of the gale of 1866, when the brig foundered on the bank.\n"
     "12 May. Took soundings all day.", "12 May", "1881-05-12"),
    # guard: a year heading on its own line opens a new year of entries
    ("Chronology of the dispute\n\n14 March 2019: The union balloted its members.\n20 March: The strike began.\n\n"
     "2020\n\n5 May: The two sides met again.", "5 May", "2020-05-05"),
    # guard: a day inside an entry's prose is no entry day ("On 4 March …" keeps the look back's year)
    ("Harbour notes\n\n2 April 1930. Calm. The pilot spoke of the storm of 1899.\n"
     "3 April. Rain. In 1899 the pier went down and the lifeboat was lost on 14 October.", "14 October", "1899-10-14"),
]


@pytest.mark.parametrize("text, expression, value", _LOOK_BACK_PAGES)
def test_an_entry_day_after_a_look_back_keeps_the_diary_s_year(text: str, expression: str, value: str) -> None:
    timexes = extract_document(Document("log.txt", text, "A")).timexes
    assert [t.value for t in timexes if t.text == expression] == [value]
