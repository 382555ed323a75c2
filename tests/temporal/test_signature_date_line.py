"""A signature block's labelled day at a page's foot ("Date: March 19, 2024" under a filing or a letter)
is the page's own date, and no event.

A regulatory filing of our own, signed "Date: March 19, 2024", had no document date and an event
titled "Date"; a letter signed the same way had its date only inferred. Pages written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

FILING = """FORM 8-K
CURRENT REPORT

Corvane Logistics, Inc.

Item 5.02 Departure of Directors or Certain Officers.

On March 14, 2024, Mr. Alan Petrosky notified the Board of his decision to resign as Chief Operating Officer.

On March 18, 2024, the Board appointed Ms. Rena Oduwale as interim Chief Operating Officer.

SIGNATURES

Corvane Logistics, Inc.
Date: March 19, 2024
By: /s/ Helen Marsh
Helen Marsh, General Counsel
"""

LETTER = """Dear Ms Hale,

Thank you for your letter about the boundary wall. The council inspected the wall on 9 May and found no damage.

Yours sincerely,

Tom Reeve
Building Control
Date: 14 May 2025
"""

FORM = """Application to extend a market stall licence

Stall holder: Priya Nand
Pitch: 14, Corn Street

I held the licence from 1 April 2023 to 31 March 2024 and traded every Saturday.

Signature: P. Nand
Date: 2 March 2025
"""

MINUTES = """Residents' association: minutes of the annual meeting

The chair opened the meeting at 7 p.m. The treasurer reported that the hall roof was repaired in January 2024.
Members elected a new secretary.

Approved by the committee.
Date: 12 June 2024
"""


@pytest.mark.parametrize(("text", "day"), [
    (FILING, date(2024, 3, 19)), (LETTER, date(2025, 5, 14)), (FORM, date(2025, 3, 2)), (MINUTES, date(2024, 6, 12)),
])
def test_the_signed_day_is_the_pages_date_and_no_event(text: str, day: date) -> None:
    extracted = extract_document(Document("page.txt", text, "Page"), None)
    assert (extracted.document.date, extracted.document.date_source) == (day, "header")
    assert not any(e.title.lower().startswith("date") for e in extracted.events), [e.title for e in extracted.events]
