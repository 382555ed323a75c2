"""False events and a false document date of session 47 (issue 12, events precision), found on pages of
our own (``own_texts_s47``: a situation report, a tender notice, a conference programme, a research
press release) and, for the document date, on last session's register extract: a form's field lines
that only file the page ("Reporting period: 14–20 March 2025", "Contract award date: 28 August 2024",
"Registration closes: 23 May 2025"), the day a page comes out again or a personal paper was issued
read as the page's own ("Next report: 27 March 2025", "Passport issued: 2 June 2015"), and where
someone is until a date ("Professor Lund will be at the field station until 16 April"). Happenings
beside them, and a programme's dated lines, stay. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.document_date import printed_document_date
from tests.events.extracted_events import events_of

def _dated(text: str) -> list[str]:
    return [e.timex for e in events_of(text) if e.timex]


@pytest.mark.parametrize("field", [
    "Reporting period: 14–20 March 2025",
    "Period covered: 1 February to 28 February 2025",
    "Registration closes: 23 May 2025",
    "Applications due: 30 April 2025",
])
def test_a_reports_field_line_is_no_happening(field: str) -> None:
    page = (f"Selm Harbour: Situation Report No. 3\n\nIssued by: Selm Port Authority\n{field}\n"
            "Next report: 4 April 2025\n\nHighlights\n\nThe old quay wall at Selm collapsed on 2 March 2025.")
    assert _dated(page) == ["2 March 2025"], [(e.title, e.timex) for e in events_of(page)]


@pytest.mark.parametrize("field", [
    "Contract award date: 28 August 2024",
    "Planning decision date: 9 January 2025",
    "Entries close: 2 June 2025",
])
def test_a_notices_field_line_is_no_happening(field: str) -> None:
    page = (f"Contract Notice: Resurfacing of Mill Road\n\nReference: MR/2024/9\nNotice published: 3 June 2024\n"
            f"{field}\n\n1. Scope\n\nThe old quay wall at Selm collapsed on 2 March 2024.")
    assert _dated(page) == ["2 March 2024"], [(e.title, e.timex) for e in events_of(page)]


@pytest.mark.parametrize(("line", "date_text"), [
    ("Summer fair: Saturday 29 June 2025", "Saturday 29 June 2025"),
    ("Hearing date: 3 December 2025", "3 December 2025"),
    ("Opening date: 14 July 2025", "14 July 2025"),
])
def test_a_programmes_dated_line_stays(line: str, date_text: str) -> None:
    page = f"Dates for your diary\n\n{line}\nLast day of term: Friday 18 July 2025\n\nAll welcome."
    assert date_text in _dated(page)


@pytest.mark.parametrize(("field", "page_day"), [
    ("Passport issued: 2 June 2015", date(2026, 5, 19)),
    ("Driving licence issued: 14/08/2009", date(2026, 5, 19)),
    ("Next report: 27 May 2026", date(2026, 5, 19)),
    ("Next update due: 2 June 2026", date(2026, 5, 19)),
])
def test_another_papers_day_is_not_the_pages(field: str, page_day: date) -> None:
    text = (f"Register of designated persons\n{field}\nLast updated: 19 May 2026\n\n"
            "Name: ORLEK, Damir\nStatement of reasons: Orlek shipped drones to Terel in March 2025.\n")
    assert printed_document_date(text) == (page_day, "header")


def test_a_pages_own_issue_line_is_its_date() -> None:
    text = "Situation report 7\nIssued: 20 March 2025\n\nFloodwater reached Cordale on 12 March.\n"
    assert printed_document_date(text) == (date(2025, 3, 20), "header")


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Professor Mølgaard will be at the Vorra field station until 16 April.", "16 April"),
    ("The chief engineer is abroad until the end of May.", "the end of May"),
    ("Our director will be in Geneva until Friday.", "Friday"),
    ("The lead author, Dr Vesna Holt, is based at the Alder Institute until 2027.", "2027"),
])
def test_where_someone_stays_until_a_date_is_no_happening(sentence: str, date_text: str) -> None:
    assert date_text not in _dated("Notes to editors\n\n" + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The museum was in the old town hall until 1938, when it moved to Mill Street.", "1938"),
    ("The ferry will be in dry dock from 3 March.", "3 March"),
    ("The minister will be in Geneva on Friday to sign the treaty.", "Friday"),
])
def test_a_move_or_a_visit_on_its_day_stays(sentence: str, date_text: str) -> None:
    assert date_text in _dated("Notes\n\n" + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The appeal for €1.2 million closes on 31 March.", "31 March"),
    ("Accreditation for journalists closes at 17:00 on Friday 27 February.", "Friday 27 February"),
    ("Comments by 26 November 2026.", "26 November 2026"),
    ("Entries for the photo prize close on 12 May.", "12 May"),
    ("The call for papers closes at midnight on 9 January.", "9 January"),
])
def test_the_close_of_what_a_notice_asks_for_is_no_happening(sentence: str, date_text: str) -> None:
    assert date_text in sentence and _dated("How to help\n\n" + sentence) == []


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The public consultation closes on 4 June.", "4 June"),
    ("Polls close at 10pm on Thursday.", "10pm"),
    ("The ballot closed on 3 November, with 81% backing strike action.", "3 November"),
    ("The transfer window closes on 1 September.", "1 September"),
    ("The ministry closed the consultation in January after only six weeks.", "January"),
])
def test_a_closing_that_is_a_happening_stays(sentence: str, date_text: str) -> None:
    assert date_text in _dated("Latest\n\n" + sentence)
