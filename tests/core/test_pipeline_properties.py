"""Whatever text comes in, extraction gives records whose offsets hold and whose dates make sense."""

from datetime import date

from hypothesis import HealthCheck, example, given, settings, strategies as st
from tests.property_examples import examples

from explorer.documents import Document
from explorer.ingest import extract_document

WORDS = st.sampled_from(
    "the on in of we may March march 2015 1997-2004 December 26 , . : ; No. 1191 [1] 5 min read 12 "
    "conditions Tuesday spring summer 1990s two weeks later ago last year next day 19th century \n "
    "July August and September 2019 mid-May early 2016 from to through onward 10/13/2015 2015-10-13".split(" ")
)
PHRASES = st.lists(WORDS, max_size=60).map(" ".join)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=200), PHRASES), dct=st.one_of(st.none(), st.dates(date(1, 1, 1), date(9999, 12, 31))))
# (session 56: a page of year 2 has no day a year and a day before it: "would" checks overflowed)
@example(text="aA!2000", dct=date(2, 1, 1))
def test_any_text_gives_consistent_events(text: str, dct: date | None) -> None:
    extracted = extract_document(Document("x.txt", text, "x"), dct=dct)
    for event in extracted.events:
        assert 0 <= event.sentence_start <= event.timex_start < event.timex_end <= event.sentence_end <= len(text)
        assert text[event.timex_start : event.timex_end] == event.timex
        assert text[event.sentence_start : event.sentence_end] == event.sentence
        assert event.title
        if event.begin is not None:
            assert event.end is not None and event.begin <= event.end
            assert 1 <= event.begin.year <= 9999
        else:
            assert event.certainty == "undated"
    for timex in extracted.timexes:
        assert text[timex.start : timex.end] == timex.text
