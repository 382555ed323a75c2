"""A dateline that prints a month and day without a year ("VELDEN, March 14 (Northwire) -") leaves the
document date unknown, yet its story was written on that day: "yesterday", "tomorrow" or "two days ago"
under it are the days around the dateline's, their year unknown as its is (XXXX-03-13). A count that
crosses the end of a February keeps its day unknown (a 29th may lie between). Sentences are our own.
"""

from __future__ import annotations

import pytest

from explorer.temporal.tagger import find_document_date, tag


def _value(text: str, phrase: str) -> str:
    return next(t.value for t in tag(text) if t.text == phrase)


@pytest.mark.parametrize("text,phrase,value", [
    ("VELDEN, March 14 (Northwire) - Police arrested two men yesterday after a raid on a warehouse.",
     "yesterday", "XXXX-03-13"),
    ("ORLEN BRIDGE, Oct. 3 (Coastline) -- The ferry will sail again tomorrow, its owners said.",
     "tomorrow", "XXXX-10-04"),
    ("KESTREL, June 1 (Valley Wire) - The mayor resigned two days ago after a row over the budget.",
     "two days ago", "XXXX-05-30"),
    ("TALLIS, December 31 (Northwire) - Crowds gathered in the square today to see the new bridge.",
     "today", "XXXX-12-31"),
])
def test_a_day_counted_from_a_yearless_dateline(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


@pytest.mark.parametrize("text,phrase", [
    # across the end of February: the 28th or the 29th, as the year decides
    ("LINDMOOR, March 1 (Northwire) - The river burst its banks yesterday.", "yesterday"),
    # no dateline: nothing to count from
    ("Police arrested two men yesterday after a raid on a warehouse.", "yesterday"),
])
def test_no_day_without_a_dateline_day_to_count_from(text: str, phrase: str) -> None:
    assert _value(text, phrase) == "XXXX-XX-XX"


def test_a_dateline_with_its_year_dates_the_day_fully() -> None:
    text = "VELDEN, March 14, 2019 (Northwire) - Police arrested two men yesterday after a raid."
    dct = find_document_date(text)
    assert next(t.value for t in tag(text, dct) if t.text == "yesterday") == "2019-03-13"
