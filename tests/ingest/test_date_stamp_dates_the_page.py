"""A page copied with its date stamp before the headline on the same line ("date 2019-03-02 Ferry
operator cancels …") is dated by the stamp, as by a "Published:" line: before, such a page got no date
(its relative dates stayed undated) or one inferred from the text, and an inferred date let a
past-tense weekday land after it ("cancelled on Friday" a week late)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.documents.page_furniture import date_stamp
from explorer.ingest import date_document

BODY = "The ferry operator cancelled its winter sailings on Friday, citing falling bookings for a third year.\n"


@pytest.mark.parametrize("first_line", [
    "date 2019-03-06 Ferry operator cancels winter sailings",
    "2019-03-06 Ferry operator cancels winter sailings",
    "Published: March 6, 2019 | Ferry operator cancels winter sailings",
    "date 2019-03-06 The ferry operator will review its timetable in the spring, its chairman said.",
])
def test_a_stamp_before_the_headline_dates_the_page(first_line: str) -> None:
    doc = date_document(Document("page.txt", f"{first_line}\n{BODY}", "x"))
    assert (doc.date, doc.date_source) == (date(2019, 3, 6), "header")


def test_the_stamp_anchors_a_past_weekday_before_it() -> None:
    doc = date_document(Document("page.txt", f"date 2019-03-06 Ferry operator cancels winter sailings\n{BODY}", "x"))
    friday = [t for t in temporal.tag(doc.text, doc.date) if t.text == "Friday"]
    assert [t.value for t in friday] == ["2019-03-01"]  # the Friday before Wednesday 6 March, not after it


@pytest.mark.parametrize("first_line", [
    "March 6, 2019 was the day the ferry operator cancelled its sailings.",  # a sentence opening on a date
    "Ferry operator cancels winter sailings",  # no stamp at all
])
def test_no_stamp_is_read_where_none_is_printed(first_line: str) -> None:
    assert date_stamp(f"{first_line}\n{BODY}") is None
