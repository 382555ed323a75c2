"""Three kinds from pages of our own an analyst reads (session forty-five, lead, issues 11 and 12): a
"court in brief" column, an hour-by-hour reconstruction and a contract notice.

- "A woman who assaulted a bus driver in April was given a community order on Friday": April is when
  the woman assaulted the driver, titled so; it was titled "A woman who assaulted a bus driver was
  given". A count heads the subject as a determiner does ("Two men who stole a boat in March").
- A reconstruction's line opening with a word time ("Midnight The fire service declared a major
  incident and called in crews"): the second act's title opened with "Midnight".
- A notice's "Date of notice: 3 February 2025" is the page's date; the page was dated by a later
  line of its own timetable.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest.extract import extract_document
from tests.events.test_titles_kinds_s10 import _labelled_events


@pytest.mark.parametrize("text, expression, title", [
    ("A woman who assaulted a bus driver in April was given a community order on Friday.", "April",
     "A woman assaults a bus driver"),
    ("A man who robbed a corner shop in May was jailed on Monday.", "May", "A man robs a corner shop"),
    ("The driver who caused the crash in 2019 was banned for life on Tuesday.", "2019", "The driver causes the crash"),
    ("Two men who stole a fishing boat in March were arrested on 4 May.", "March", "Two men steal a fishing boat"),
    ("The nurse who treated him in 2020 gave evidence on Monday.", "2020", "The nurse treats him"),
])
def test_a_who_relative_dated_in_the_subject_is_the_subjects_own_act(text: str, expression: str, title: str) -> None:
    events = _labelled_events(text)
    assert next(e for e in events if e.timex == expression).title == title
    assert len({e.title for e in events}) == len(events)  # the main clause keeps its own title


@pytest.mark.parametrize("line, second", [
    ("Midnight The fire service declared a major incident and called in crews from three counties.",
     "The fire service calls in crews from three counties"),
    ("Noon The mayor arrived at the quay and opened the bridge.", "The mayor opens the bridge"),
])
def test_a_log_lines_word_time_does_not_open_the_second_acts_title(line: str, second: str) -> None:
    text = f"The night on Mill Street\n\nPublished 3 October 2024\n\n9.40pm A guard saw smoke.\n{line}\n2am The roof fell in.\n"
    titles = [e.title for e in extract_document(Document("log.txt", text, "Log"), None).events]
    assert second in titles, titles
    assert not any(t.lower().startswith(("midnight ", "noon ")) for t in titles), titles


@pytest.mark.parametrize("label", ["Date of notice", "Notice date", "Date of issue", "Issue date"])
def test_a_notices_date_line_dates_the_page(label: str) -> None:
    text = (f"Contract notice: flood barrier replacement\n\nIssued by: Kelby Borough Council\n{label}: 3 February 2025\n"
            "Reference: KBC/2025/014\n\n"
            "The council invites tenders for the design and installation of demountable flood barriers along the\n"
            "river at the quay. The existing barriers, installed in 1998, failed during the floods of\n"
            "November 2023, when 140 homes were flooded.\n\n"
            "Timetable\nClarification questions close: 21 February 2025, 12:00\nTender submission deadline: 10 March 2025\n"
            "Evaluation: 11-28 March 2025\nContract award: April 2025\nWorks start: 2 June 2025\nCompletion: 31 March 2026\n\n"
            "A site visit will be held on 14 February 2025 at 10:00. Bidders must register by 12 February.\n\n"
            "The council approved the budget of £4.2 million at its meeting on 15 January 2025.\n")
    assert extract_document(Document("notice.txt", text, "Notice"), None).document.date == date(2025, 2, 3)
