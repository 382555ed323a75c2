"""A "Today in History" column, as wires and newsletters print it (session forty-five, lead, issues 11
and 12; pages of our own): its opening "Today is Saturday, May 9, the 129th day of 2026." is the
page's date (it was read as none, so "Ten years ago" was undated) and no event ("Is, the 129th day");
a label over its list named for the page's day ("Today's highlight in history:", "Today's
birthdays:") is no event; and a participle in "-ed" after a determiner and a capitalised adjective
("the German armed forces") is no verb to put in the present ("The surrender of the German arms
forces took effect").
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest.extract import extract_document
from tests.events.test_titles_kinds_s10 import _labelled_events

_PAGE = """Today in History: {month} {day}

By the Wire Desk

Today is {weekday}, {month} {day}, the {nth} day of {year}. There are {left} days left in the year.

Today's highlight in history:
On {month} {day}, 1945, the surrender of the German armed forces took effect.

On this date:
In 1926, two aviators claimed to have flown over the North Pole.
In 1994, Nelson Mandela was sworn in as president.

Ten years ago: A judge in Toronto sentenced a former city councillor to two years for fraud.

Today's birthdays: Singer Billy Joel is 77.
"""


@pytest.mark.parametrize("when, weekday, nth", [(date(2026, 5, 9), "Saturday", "129th"),
                                                (date(2024, 11, 3), "Sunday", "308th")])
def test_the_almanac_line_dates_the_page_and_gives_no_event(when: date, weekday: str, nth: str) -> None:
    left = (date(when.year, 12, 31) - when).days
    text = _PAGE.format(month=when.strftime("%B"), day=when.day, weekday=weekday, nth=nth, year=when.year, left=left)
    extracted = extract_document(Document("almanac.txt", text, "Today in History"), None)
    assert extracted.document.date == when
    titles = [e.title for e in extracted.events]
    assert not any(t.lower().startswith(("is", "the highlight", "today")) for t in titles), titles
    judge = next(e for e in extracted.events if "judge" in e.title.lower())
    assert str(judge.begin)[:4] == str(when.year - 10)


def test_a_full_date_after_today_is_dates_the_page_too() -> None:
    text = "Almanac\n\nToday is Monday 3 March 2025.\n\nFive years ago: floods closed the coast road.\n"
    extracted = extract_document(Document("a.txt", text, "Almanac"), None)
    assert extracted.document.date == date(2025, 3, 3)


def test_today_is_in_a_story_sentence_does_not_date_the_page_on_its_own() -> None:
    text = ("Harbour news\n\nPublished 20 March 2026\n\n"
            "The harbour master said: today is a good day for the fleet. The ferry sailed on Monday.\n")
    extracted = extract_document(Document("b.txt", text, "Harbour news"), None)
    assert extracted.document.date == date(2026, 3, 20)


@pytest.mark.parametrize("text, expression, title", [
    ("On May 9, 1945, the surrender of the German armed forces took effect.", "May 9, 1945",
     "The surrender of the German armed forces takes effect"),
    ("In 1990 the French armed police stormed the embassy.", "1990", "The French armed police storm the embassy"),
])
def test_a_participle_after_a_capitalised_adjective_is_no_verb(text: str, expression: str, title: str) -> None:
    assert next(e for e in _labelled_events(text) if e.timex == expression).title == title
