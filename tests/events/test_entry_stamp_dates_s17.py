"""An entry stamp gives way to the date its entry tells (session seventeen, event dates).

A status page or a log heads each entry with the day it was written ("7 October: A tree fell across
the path on Monday night"). When the entry's clause dates its happening itself, the happening is on
that date, not on the day the entry was written. Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str, dct: date):
    return extract_document(Document("a.txt", text, "A", date=dct)).events


@pytest.mark.parametrize("entry, day", [
    ("7 October: A tree fell across the harbour path on Monday night.", date(2025, 10, 6)),
    ("5 October: Volunteers repaired the broken railings on Saturday afternoon.", date(2025, 10, 4)),
    ("8 October: Gales tore the roof off the beach café on Tuesday.", date(2025, 10, 7)),
    ("6 October: The ferry company cancelled its evening crossings on Sunday.", date(2025, 10, 5)),
])
def test_the_entry_s_own_date_wins_over_its_stamp(entry: str, day: date) -> None:
    text = f"Harbour path: updates\n\nLast updated: 9 October 2025\n\n{entry}\n"
    dated = [e for e in _events(text, date(2025, 10, 9)) if e.begin is not None and "updates" not in e.title]
    assert [(e.begin, e.end) for e in dated] == [(day, day)], [(e.title, e.begin, e.timex) for e in dated]


def test_an_entry_with_no_date_of_its_own_keeps_its_stamp() -> None:
    text = "Harbour path: updates\n\nLast updated: 9 October 2025\n\n7 October: Crews cleared the fallen tree.\n"
    dated = [e for e in _events(text, date(2025, 10, 9)) if e.begin is not None and "cleared" in e.sentence]
    assert [(e.begin, e.end) for e in dated] == [(date(2025, 10, 7), date(2025, 10, 7))]


@pytest.mark.parametrize("entry", [
    "7 October: Heavy rain closed the harbour path this morning.",
    "7 October: Crews cleared the fallen tree this afternoon.",
])
def test_this_morning_under_a_stamp_is_the_stamp_s_day(entry: str) -> None:
    text = f"Harbour path: updates\n\nLast updated: 9 October 2025\n\n{entry}\n"
    dated = [e for e in _events(text, date(2025, 10, 9)) if e.begin is not None and "updates" not in e.title]
    assert [e.begin for e in dated] == [date(2025, 10, 7)], [(e.title, e.begin, e.timex) for e in dated]


@pytest.mark.parametrize("entry, day", [
    ("Wednesday 26 June: the summer lecture, given this year by a local potter.", date(2024, 6, 26)),
    ("Thursday 27 June: the choir concert, conducted this year by a visiting organist.", date(2024, 6, 27)),
])
def test_a_programme_entry_keeps_its_day_beside_a_coarser_date(entry: str, day: date) -> None:
    text = f"Riverside week: the programme\n\nPublished 3 June 2024\n\n{entry}\n"
    dated = [e for e in _events(text, date(2024, 6, 3)) if e.begin is not None and e.sentence.startswith(entry[:8])]
    # the entry's day stays on the timeline (a second event dated by "this year" is the titles' split
    # of a participle clause, not this rule's)
    assert (day, day) in [(e.begin, e.end) for e in dated], [(e.title, e.begin, e.timex) for e in dated]


@pytest.mark.parametrize(("entry", "begin", "end"), [
    ("2016, May: The county and the port sign an agreement to share the cost.", date(2016, 5, 1), date(2016, 5, 31)),
    ("2018, 2 October: Contractors start work on the south pier.", date(2018, 10, 2), date(2018, 10, 2)),
    ("2020, spring: Divers find an old wreck in the channel.", date(2020, 3, 1), date(2020, 5, 31)),
    ("2021, 14 June – The deck is lifted into place.", date(2021, 6, 14), date(2021, 6, 14)),
])
def test_a_stamp_written_year_first_is_one_date(entry: str, begin: date, end: date) -> None:
    """"2018, 2 October: …" opening a timeline's line (session 56): one stamp, the day of that year, and one
    event; read as a year and a yearless day, the entry gave two."""
    text = f"The long road to the Harrow Bridge\n\nHere is how the project went.\n\n{entry}\n"
    dated = [e for e in _events(text, date(2025, 10, 9)) if e.begin is not None]
    assert [(e.begin, e.end) for e in dated] == [(begin, end)], [(e.title, e.begin, e.timex) for e in dated]
