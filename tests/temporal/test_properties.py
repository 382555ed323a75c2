"""Any text in: no exception, offsets inside the text, text == slice, begin <= end, years 1..9999."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.calendar import Day
from explorer.temporal import find_document_date, infer_document_date, parse_date_phrase, tag

_WORDS = st.sampled_from(
    ["on", "in", "the", "May", "may", "March", "December", "26", "1997", "-", "2004", "9999", "0001",
     "last", "next", "week", "year", "ago", "later", "two", "weeks", "spring", "of", "1990s", "19th",
     "century", "Tuesday", "early", "mid-", "from", "to", "onward", ",", "and", "No.", "1191", "[1]",
     "weekly", "for", "seven", "years", "today", "10/13/2015", "2015-10-13", "Q1", "fiscal", "BC",
     "0", "31", "February", "29", "30", "a.m.", "3", "p.m.", "\n", "the past", "between", "9999-12-31"])
_TEXT = st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=30).map(" ".join))
_DCT = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


def _check(text: str, dct: date | None) -> None:
    for t in tag(text, dct):
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start:t.end]
        if t.begin is not None or t.end_day is not None:
            assert t.begin is not None and t.end_day is not None
            assert t.begin <= t.end_day
            for d in (t.begin, t.end_day):
                # a ``date`` within 1-9999; before year 1 (BC) an ``explorer.calendar.Day``
                assert (isinstance(d, date) and 1 <= d.year <= 9999) or (isinstance(d, Day) and d.year < 1)
        if t.type in ("DURATION", "SET"):
            assert t.anchor is None
        for p in t.parts:
            assert t.start <= p.start < p.end <= t.end and p.text == text[p.start:p.end]


@settings(max_examples=examples(300), deadline=None)
@given(_TEXT, _DCT)
def test_tag_any_text(text: str, dct: date | None) -> None:
    _check(text, dct)


@settings(max_examples=examples(100), deadline=None)
@given(_TEXT)
def test_document_date_and_phrase_any_text(text: str) -> None:
    for d in (find_document_date(text), infer_document_date(text)):
        assert d is None or isinstance(d, date)
    span = parse_date_phrase(text, date(2015, 10, 13))
    assert span is None or span[0] <= span[1]


def test_calendar_edges() -> None:
    _check("from 9999-12-31 onward, in 0001 and the winter of 9999, 10000 years later", date(9999, 12, 31))
    _check("two centuries ago, last decade, next year", date(1, 1, 1))
    _check("next year, in a decade, 5 centuries later", date(9999, 12, 31))
