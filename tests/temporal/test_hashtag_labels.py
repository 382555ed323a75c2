"""A hashtag that is a whole calendar word labels a post; one read as a word of the sentence dates it.

Annotators of posts leave out "#Friday!" opening a post, "#TBT" and the hashtag of "this #Christmas
day" (they keep its "day"), but a clock time written as a tag on a photo ("#720pm") is read. Our
rule: a hashtag made of calendar words only is a label unless a preposition or determiner puts it in
the sentence ("see u on #Monday"), or it opens a longer phrase ("#Christmas day"). The sentences are
our own; the document date is a Wednesday.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st
from tests.property_examples import examples

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

D = date(2017, 9, 13)  # a Wednesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_view(tag(text, D))]


@pytest.mark.parametrize("text, expected", [
    # a label: opening a post, closing it, or one of a run of tags
    ("#Monday again. coffee pls", []),
    ("new shoes!! #Saturday #shopping", []),
    ("#Christmas shopping with the kids", []),
    ("lazy afternoon w the crew #summer #weekend", [("afternoon", "2017-09-13TAF")]),
    ("#Friday! no more meetings til tmr", [("tmr", "2017-09-14")]),
    # in the sentence: after a preposition or determiner
    ("see u on #Monday", [("Monday", "2017-09-18")]),
    ("come to the gig on #Friday!", [("Friday", "2017-09-15")]),
    ("to end this #Christmas day", [("this #Christmas day", "2017-12-25")]),
    # a determiner before the tag reads it as "this Christmas": the year of the post, not one said before
    ("a 2009 port to close this #Christmas day", [("2009", "2009"), ("this #Christmas day", "2017-12-25")]),
    ("gig next #Friday, be there", [("next #Friday", "2017-09-15")]),
    ("new drops every #Monday", [("every #Monday", "XXXX-WXX-1")]),
    # a tag with figures says when: read
    ("city lights #sunset #930pm", [("930pm", "2017-09-13T21:30")]),
])
def test_hashtag_labels_and_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # news prose without hashtags is untouched: the same words, read as before
    ("The ministry said on Monday that talks would resume.", [("Monday", "2017-09-11")]),
    ("Shoppers crowded the stores before Christmas.", [("Christmas", "2016-12-25")]),
])
def test_prose_without_hashtags_unchanged(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


_WORDS = st.sampled_from(["#Friday", "#friday", "#FRIDAY", "#xmas", "#tbt", "#summer", "#Sunday", "fun",
                          "on", "this", "lol", ":)", "#weekend", "night", "!!", "#2nite", "#NYE"])


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=8), st.sampled_from([" ", "  ", "\t", " \u00a0"]))
def test_random_hashtag_posts_never_tag_a_bare_label(words: list[str], sep: str) -> None:
    """Random casing and spacing of tags: no crash, and a calendar-word tag after a word that is not
    a preposition or determiner is never an expression on its own."""
    text = sep.join(words)
    found = timeml_view(tag(text, D))
    for t in found:
        assert t.value
        start = t.start
        if start > 0 and text[start - 1] == "#" and not any(ch.isdigit() or ch.isspace() for ch in t.text):
            before = text[:start - 1].rstrip().rsplit(None, 1)
            assert before and before[-1].lower() in ("on", "this"), (text, t.text)
