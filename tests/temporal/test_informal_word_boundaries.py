"""Word-boundary safety in informal text, as properties: tagging random informal strings never
raises and keeps every span inside the text; a month, weekday, ordinal or day word inside a longer
word, a handle or a web address is no date ("xjunez", "@june2020", "bit.ly/march-12th")."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.temporal import tag

from tests.temporal.test_properties import _check

_INFORMAL = st.sampled_from(
    ["tmrw", "tmr", "2nite", "tonite", "l8r", "yday", "this", "arvo", "sat", "nite", "next", "wk", "wknd", "mon-fri",
     "7pm", "19h", "20h30", "in", "10", "mins", "an", "hour", "ago", "2", "days", "last", "Xmas", "eve", "NYE", "the",
     "4th", "on", "12th", "end", "of", "month", "EOD", "by", "Fri", "#tbt", "🎉", "😭", "!!!", "?", "its", "monday",
     "MONDAY", "@jun_23", "http://ex.am/p/2019/05/12", "bit.ly/Mar12", "w/", "&", "...", "\n", ":", "-", "—", "@", "#",
     "24h", "12h", "1st", "3rd", "sun", "wed", "may", "June", "dec", "'", "’", "2day", "2moro", "jan-feb", "'19", "08:15"])
_POSTS = st.lists(_INFORMAL, max_size=25).map(" ".join) | st.lists(_INFORMAL, max_size=25).map("".join)
_DCT = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


@settings(max_examples=examples(200), deadline=None)
@given(_POSTS, _DCT)
def test_tagging_informal_text_never_raises_and_stays_inside(text: str, dct: date | None) -> None:
    _check(text, dct)


_DATE_WORDS = st.sampled_from(
    ["january", "March", "june", "July", "sept", "Dec", "monday", "Friday", "sat", "sun", "tues", "thurs", "12th",
     "1st", "22nd", "3rd", "tmrw", "tonite", "yday", "xmas", "NYE", "2nite", "wknd", "7pm", "2019", "EOD", "noon",
     "midnight", "today", "spring", "weekend", "19h", "20h30", "Q1", "08:15"])
_LETTERS = st.text(alphabet="bcdfghjklpqrvwxz", min_size=1, max_size=3)
_TAIL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_", max_size=4)


def _wrapped(word: str, how: str, before: str, after: str) -> str:
    """``word`` made part of something that is no date: a longer word, a handle or a web address."""
    if how == "word":
        return before + word + after.strip("_0123456789") + "q"
    if how == "handle":
        # "@7pm" is "at 7pm" as posts type it: a handle here starts with a letter
        return "@" + (word if word[0].isalpha() else before + word) + after
    return f"https://{before}.example.com/{word}{after}/"


@settings(max_examples=examples(300), deadline=None)
@given(_DATE_WORDS, st.sampled_from(["word", "handle", "url"]), _LETTERS, _TAIL,
       st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
def test_date_words_inside_words_handles_and_addresses_are_not_tagged(word: str, how: str, before: str, after: str,
                                                                      dct: date) -> None:
    token = _wrapped(word, how, before, after)
    text = f"look at {token} lol"
    start, end = 8, 8 + len(token)
    assert not [t for t in tag(text, dct) if t.start < end and start < t.end], token
