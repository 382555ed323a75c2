"""A word of the day or week inside a paper's or programme's title ("This is VOA Today.", "World News
Tonight", "NBC's Today show") names the title, not the day (TimeML leaves it unmarked; issue #11).
Sentences of our own with invented titles in three registers (a broadcast sign-off, print, a talk
show); the controls keep the day where prose or a headline capitalises it."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.title_names import names_a_title

DAY = date(2024, 3, 6)


def _texts(text: str) -> list[str]:
    return [t.text for t in tag(text, DAY)]


@pytest.mark.parametrize(("text", "word"), [
    ("For CBN News Tonight, I'm Ann Lee in Cairo.", "Tonight"),
    ("This is RFK Today. We will be back after the news.", "Today"),
    ("The poll was first published by QRZ Today, a regional weekly.", "Today"),
    ("She will appear on WKN's Today show with her lawyer.", "Today"),
    ("The senator told XYZ's This Week that she would run again.", "This Week"),
    ('The minister said on RBN-TV\'s "This Week With Ann Lee" that talks would resume.', "This Week"),
    ("He told RBN This Morning that prices would fall.", "This Morning"),
])
def test_a_time_word_in_a_title_is_no_date(text: str, word: str) -> None:
    start = text.index(word)
    assert names_a_title(text, start, start + len(word))
    assert word not in _texts(text)


@pytest.mark.parametrize(("text", "word"), [
    ("Today the council approved the budget.", "Today"),
    ("The council met today, its chairman told KTV.", "today"),
    ("OMG Today was the best day ever!", "Today"),
    ("Stocks Fall Sharply Today On Rate Fears", "Today"),
    ("We are going to the beach This Week.", "This Week"),
    ("KTV reported the vote Today.", "Today"),
])
def test_a_time_word_in_prose_or_a_headline_stays_a_date(text: str, word: str) -> None:
    assert word in _texts(text)
