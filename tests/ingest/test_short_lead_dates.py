"""A news story whose first paragraphs are short keeps its dated lead (issue 11/12 audit, session 15).

The top lines of a page are read for its printed date, and a date above the first long paragraph
that equals the document's date is taken for a dateline. Two kinds of story sentence were read as
page furniture there: a short lead with the word "by" in it ("closed by police on 3 March 2021") was
a byline, so its date became the page's printed date; and a date inferred from the lead itself (no
date printed) equalled the document's date, so the lead's happening was dropped as a dateline.
"""

from __future__ import annotations

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.ingest import date_document
from explorer.temporal.document_date import printed_document_date

TAIL = ("\n\nDrivers were diverted through the town centre for most of the day, and the road reopened late "
        "in the evening after repairs to the barrier and checks by the county engineers.\n")


@pytest.mark.parametrize("lead", [
    "The bridge was closed by police on 3 March 2021 after a crash.",
    "Police closed the bridge on 3 March 2021 after a crash.",
    "The harbour trust bought the old lock on 3 March 2021, backed by the boat owners.",
])
def test_a_short_lead_keeps_its_happening_and_its_date_is_inferred(lead: str) -> None:
    # "on Thursday" counts from the day the story was written: without it nothing would need that
    # day, and the text would have none (a full day alone says only "then or later")
    text = "Bridge closed after crash\n\n" + lead + TAIL + "\nThe county said on Thursday that the barrier was repaired.\n"
    assert printed_document_date(text) is None  # no line of the page prints its date
    doc = date_document(Document("a.txt", text, "t", None, "unknown"))
    assert (doc.date.isoformat() if doc.date else None, doc.date_source) == ("2021-03-03", "inferred")
    events = build_events(doc, temporal.tag(text, doc.date, dct_inferred=True))
    assert any(e.timex == "3 March 2021" for e in events), [(e.timex, e.title) for e in events]


@pytest.mark.parametrize("line", [
    "By Jane Roe | March 4, 2021",
    "Words by Jane Roe, March 4, 2021",
    "March 4, 2021 by Jane Roe",
    "Staff reporter | by Jane Roe | 4 March 2021",
])
def test_a_byline_still_dates_the_page(line: str) -> None:
    text = "Bridge closed after crash\n" + line + "\n\nThe bridge was closed by police on Tuesday after a crash." + TAIL
    found = printed_document_date(text)
    assert found is not None and found[0].isoformat() == "2021-03-04" and found[1] == "header"


@pytest.mark.parametrize("headline", [
    "Harbour council sells old ferry in 2021 deal",
    "The 2021 ferry deal: council sells its old boat",
])
def test_a_headline_year_above_short_paragraphs_is_no_happening(headline: str) -> None:
    """With no paragraph of twenty words the body began at the top, so the headline's year was an event."""
    text = (headline + "\n\nBy Jane Roe | March 4, 2021\n\n"
            "The harbour council sold its old ferry to a museum on Tuesday.\n\n"
            "The ferry had carried passengers across the bay for decades.\n")
    doc = date_document(Document("a.txt", text, "t", None, "unknown"))
    events = build_events(doc, temporal.tag(text, doc.date))
    assert [e.timex for e in events] == ["Tuesday"], [(e.timex, e.title) for e in events]
