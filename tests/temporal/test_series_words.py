"""A word that numbers a part ("chapter 2045", "platform 1999", "#2019") is looked for in the last
words before a number only (:func:`explorer.temporal.grammar.blocks.numbers_a_part`): the answer must
be the one a search of the whole text before the number gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.temporal.grammar.blocks import SERIES, SERIES_LONGEST, SERIES_WORDS, numbers_a_part

#: the pattern as it was written before the boundary was taken out of the words
_WRITTEN = re.compile(r"(?i)(?:" + "|".join(r"\b" + w for w in SERIES_WORDS) + r"|#)\s*$")


def test_no_word_is_longer_than_the_stretch_searched() -> None:
    for word in SERIES_WORDS:
        longest = re.sub(r"(.)\?", r"\1", re.sub(r"\\(.)", r"\1", word))  # "pp?\\." -> "pp.": every optional part taken
        assert len(longest) <= SERIES_LONGEST, word
        assert SERIES.search(f"see {longest}  ") and numbers_a_part(f"see {longest}\t \n")


def test_words_of_our_own() -> None:
    assert numbers_a_part("It was covered in chapter ")
    assert numbers_a_part("boarded at gate ")
    assert numbers_a_part("hashtag #")
    assert not numbers_a_part("the gateway opened in ")
    assert not numbers_a_part("reached the summit in ")
    assert not numbers_a_part("")


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(["Chapter", "page", " ", "  ", "\n", "No.", "no", "ep.", "#", "x", "gate", "way", "-",
                                 "apartment", "APT.", "pp.", "p.", "art", ".", "invoice", "s", "\t", "ΐ", "1"]),
                max_size=12))
def test_the_same_answer_as_searching_all_the_text_before(pieces: list[str]) -> None:
    before = "".join(pieces)
    assert numbers_a_part(before) == (_WRITTEN.search(before) is not None) == (SERIES.search(before) is not None)
