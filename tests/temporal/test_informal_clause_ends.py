"""Where a post ends a clause with a word instead of a stop, and days written short after "on"
(:mod:`explorer.temporal.grammar.rules_informal_days`, :mod:`.rules_informal_dates`,
:data:`explorer.temporal.lexicon.CHAT_INTERJECTION`): "rent due on the 1st lol", "lunch on mon omg",
"on Wed we fly out"; more spellings of the day words and parts of days ("tmoz", "ystd", "2nyt",
"sat nyt", "tmr mrng"). Formal text ("on the 3rd floor", "on Sun Yat-sen's ideas", "the cat sat
on wed paper") stays untouched. Sentences of our own; the document date is a Thursday.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st
from tests.property_examples import examples

from explorer.temporal import lexicon as lx
from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

D = date(2023, 3, 16)  # a Thursday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_view(tag(text, D))]


@pytest.mark.parametrize("text, expected", [
    # a day of the month alone, closed by a chat word or an emoji instead of a stop
    ("rent due on the 1st lol", [("the 1st", "2023-04-01")]),
    ("my exam is on the 21st omg", [("the 21st", "2023-03-21")]),
    ("moving out by the 28th hahaha", [("the 28th", "2023-03-28")]),
    ("exam on the 21st 😭", [("the 21st", "2023-03-21")]),
    # a short weekday after "on", closed the same way
    ("had lunch with her on mon lol", [("mon", "2023-03-13")]),
    ("practice got cancelled on wed ugh", [("wed", "2023-03-15")]),
    # capitalised as the day's abbreviation, "on Wed" is the day whatever follows
    ("on Wed we flew out", [("Wed", "2023-03-15")]),
    ("They came on Sat for the barbecue", [("Sat", "2023-03-11")]),
])
def test_informal_clause_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "He lives on the 3rd floor lol",
    "won on the 2nd try haha",
    "The cat sat on wed paper.",
    "The book draws on Sun Yat-sen's ideas.",
    "He worked on Sun's servers for years.",
    "she put the cream on sun damaged skin",
])
def test_formal_words_stay_words(text: str) -> None:
    assert [t for t in _found(text) if t[0] not in ("years",)] == []


@given(st.sampled_from(["lol", "lolll", "omg", "haha", "hahaha", "hehehe", "yaaay", "ughhh", "pls", "plz",
                        "thx", "tho", "btw", "xx", "xoxo", "woohoo", "yesss"]))
@settings(max_examples=examples(30), deadline=None)
def test_every_chat_word_ends_the_clause(word: str) -> None:
    """Each spelling the table names closes a clause: "back on the 21st <word>" reads the day."""
    assert re.fullmatch(lx.CHAT_INTERJECTION, word)
    assert _found(f"back on the 21st {word}") == [("the 21st", "2023-03-21")]


@given(st.sampled_from(["lolly", "homage", "hahn", "yard", "plush", "those", "xerox", "wood"]))
@settings(max_examples=examples(20), deadline=None)
def test_words_that_start_like_chat_words_do_not_close(word: str) -> None:
    """A word that only begins like one ("those", "plush") goes on with the clause: no day alone."""
    assert not re.fullmatch(lx.CHAT_INTERJECTION, word)
    assert _found(f"back on the 21st {word}") == []


@pytest.mark.parametrize("text, expected", [
    ("see u tmoz", [("tmoz", "2023-03-17")]),
    ("party tomoz night", [("tomoz night", "2023-03-17TNI")]),
    ("see you tmrow at the gym", [("tmrow", "2023-03-17")]),
    ("ystd was a blast", [("ystd", "2023-03-15")]),
    ("what a mess 2dy", [("2dy", "2023-03-16")]),
    ("meet 2nyt?", [("2nyt", "2023-03-16TNI")]),
    ("out tonyt with the crew", [("tonyt", "2023-03-16TNI")]),
    ("last nyt was fun", [("last nyt", "2023-03-15TNI")]),
    ("tmr mrng gym", [("tmr mrng", "2023-03-17TMO")]),
    ("this mrng was cold", [("this mrng", "2023-03-16TMO")]),
])
def test_more_day_word_spellings(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In last NYT piece he argued", []),  # the newspaper, in capitals: no night
    ("The Fri NYT column was sharp.", [("Fri", "2023-03-10")]),
])
def test_the_newspaper_is_no_night(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
