"""An undated act in a live page's entry is told on the page's day (session 24, event dates).

Every page here is written for this file. See ``explorer.events.clock_entries``.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.clock_entries import acts_on_the_live_page_s_day
from explorer.ingest import extract_document

_DAY = date(2025, 11, 22)

_FLOOD_PAGE = """Floods live: river Wend bursts its banks

Live updates, Saturday 22 November 2025

- Rail lines closed until Tuesday morning

17:20
Firefighters have pulled a driver from a car trapped in floodwater near Osby. He was taken to hospital with mild hypothermia.

16:35
The county council says it closed schools on Thursday as a precaution. A sandbag depot has opened at the leisure centre.

15:50
Police arrested a man who drove around a closed barrier in Wendmouth.

14:05
Good afternoon and welcome to our coverage of the floods.
"""

_MARKET_PAGE = """Markets live

Updated 18:05 GMT, 3 March 2026

09:10 GMT - Shares in Tamsin Foods were suspended until Friday after the firm missed its filing deadline.

11:45 GMT - The central bank governor told lawmakers on Monday that rates would stay on hold. Bond yields fell.

14:30 GMT - Orrin Mining confirmed it has sold its copper unit. Its shares jumped 12 percent.
"""


@pytest.mark.parametrize("page, dct, title_word", [
    (_FLOOD_PAGE, _DAY, "pull"),
    (_FLOOD_PAGE, _DAY, "taken"),
    (_FLOOD_PAGE, _DAY, "arrest"),
])
def test_an_undated_act_in_a_live_entry_is_on_the_pages_day(page: str, dct: date, title_word: str) -> None:
    events = extract_document(Document("a.txt", page, "A", date=dct)).events
    found = [e for e in events if title_word in e.title.lower()]
    assert found, [(e.title, e.begin) for e in events]
    assert all((e.begin, e.end) == (dct, dct) for e in found), [(e.title, e.begin, e.end, e.derivation) for e in found]


def _undated(sentence_start: int, derivation: str = "no date in the text: a notable occurrence (rescued)",
             begin: date | None = None, end: date | None = None, certainty: str = "undated"):
    from explorer.events.record import Event

    return Event(id=f"e{sentence_start}", doc="a.txt", title="Someone acts", sentence="Someone acted.",
                 sentence_start=sentence_start, sentence_end=sentence_start + 14, timex="",
                 timex_start=sentence_start, timex_end=sentence_start, value="", type="DATE", begin=begin, end=end,
                 certainty=certainty, derivation=derivation)


def test_a_page_with_fewer_than_three_stamps_is_no_live_page() -> None:
    text = "Report\n\n09:00\nSomeone acted.\n\n10:00\nSomeone acted.\n"
    events = [_undated(text.index("Someone")), _undated(text.rindex("Someone"))]
    assert acts_on_the_live_page_s_day(events, text, _DAY) == events


def test_no_page_date_no_change_and_far_or_dated_acts_keep_theirs() -> None:
    text = "Live\n\n09:00\nA.\n\n10:00\nB.\n\n11:00\n" + "Filler sentence here. " * 40 + "Someone acted.\n"
    far = _undated(text.index("Someone"))
    near = _undated(text.index("B."))
    carried = _undated(text.index("A."), derivation="no date in the text: x; told on the story's day e1",
                       begin=date(2025, 11, 20), end=date(2025, 11, 20), certainty="inferred")
    outside = _undated(text.index("B."), derivation="no date in the text: x; bounded by neighbours a and b",
                       begin=date(2025, 11, 25), end=date(2025, 11, 28), certainty="inferred")
    assert acts_on_the_live_page_s_day([far, near], text, None) == [far, near]
    out = acts_on_the_live_page_s_day([far, near, carried, outside], text, _DAY)
    assert out[0] == far and out[2] == carried and out[3] == outside
    assert (out[1].begin, out[1].end, out[1].certainty) == (_DAY, _DAY, "inferred")


def test_a_timeline_that_does_not_call_itself_live_keeps_its_windows() -> None:
    text = "How the outage unfolded\n\n09:00\nSomeone acted.\n\n10:00\nSomeone acted.\n\n11:00\nSomeone acted.\n"
    events = [_undated(text.index("Someone")), _undated(text.rindex("Someone"))]
    assert acts_on_the_live_page_s_day(events, text, _DAY) == events
    live = acts_on_the_live_page_s_day(events, "Outage live\n" + text, _DAY)
    assert live != events


_RIVER_LOG = """Families who live by the river count the cost

Saturday 22 November 2025

07:10
A neighbour woke us by banging on the door. The water had reached the step.

09:30
We carried the piano upstairs. The cellar filled by noon.

13:45
A boat took my mother to the school hall.
"""


def test_the_verb_live_in_a_headline_does_not_make_a_live_page() -> None:
    # "who live by the river": the verb, not a live page calling itself so; its stamps are a day looked back on
    events = extract_document(Document("a.txt", _RIVER_LOG, "A", date=date(2025, 11, 30))).events
    assert [e.title for e in events if "live page" in e.derivation] == [] and events


@pytest.mark.parametrize("zone", ["CST", "MDT", "Z"])
def test_a_stamp_line_takes_every_zone_the_tagger_knows(zone: str) -> None:
    page = _MARKET_PAGE.replace("GMT -", f"{zone} -")
    events = extract_document(Document("a.txt", page, "A", date=date(2026, 3, 3))).events
    assert [e for e in events if "live page" in e.derivation], [(e.title, e.derivation) for e in events]
