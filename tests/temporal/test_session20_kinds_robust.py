"""Issue 11, session 20: this session's kinds (a weekend of a day, parts and halves of periods, ranges
of counts, occasions on holidays, notices, limits "by" a month, campaign seasons, periods ended or
begun) never break the tagger, whatever they are mixed with and whatever the page's date."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.temporal import tag

_PIECES = st.sampled_from([
    "the weekend of", "the long weekend of", "Monday", "4 May", "31 December", "the week beginning",
    "the second half of", "the latter part of", "the early part of", "the next", "the previous", "the month",
    "the decade", "the century", "the year", "two", "to", "or", "three", "weeks", "between", "and", "10", "12",
    "days", "a day or two", "The", "Easter", "Christmas Eve", "parade", "drew crowds", "will draw crowds",
    "was cancelled", "Closed", "Open", "Library open", "by", "December", "the autumn", "had lost", "In May",
    "Spring Offensive", "of", "1918", "480 BC", "the next day", "ended", "kicked off", "the week", ".", ",",
    "\n\n",
])


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=16),
       st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))))
def test_this_sessions_kinds_never_break(words: list[str], dct: date | None) -> None:
    text = " ".join(words)
    for t in tag(text, dct):
        assert 0 <= t.start < t.end <= len(text) and t.text == text[t.start:t.end]
        if t.begin is not None and t.end_day is not None:
            assert t.begin <= t.end_day
