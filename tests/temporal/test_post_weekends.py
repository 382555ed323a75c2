"""Which weekend a post names, and weekends wished ("have a great weekend", "all the best weekend").

A news report with no tense looks back to the weekend gone; a post is written in the week it speaks
of, so with no tense its weekend is the nearest one: the one just gone on a Monday or a Tuesday, the
one ahead from Wednesday to Friday (the readable tweets annotators: Wednesday and Thursday posts
with no past verb name the coming weekend). A past tense still looks back. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

MON, THU, SAT = date(2019, 6, 3), date(2019, 6, 6), date(2019, 6, 8)  # ISO week 23; its weekend 8-9 June


def _found(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_view(tag(text, dct))]


@pytest.mark.parametrize("text, dct, expected", [
    ("enjoy the weekend everyone!", THU, [("the weekend", "2019-W23-WE")]),
    ("finally the weekend is near :)", THU, [("the weekend", "2019-W23-WE")]),
    ("enjoy the weekend everyone!", SAT, [("the weekend", "2019-W23-WE")]),
    # on a Monday the nearest is the one just gone
    ("still tired from the weekend lol", MON, [("the weekend", "2019-W22-WE")]),
    # a past tense looks back whatever the day
    ("we went hiking over the weekend", THU, [("the weekend", "2019-W22-WE")]),
])
def test_a_posts_weekend_is_the_nearest(text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    assert _found(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    ("have a great weekend guys!!", THU, [("weekend", "2019-W23-WE")]),
    ("all the best weekend to u both", THU, [("weekend", "2019-W23-WE")]),
    ("wish you all a lovely weekend", THU, [("weekend", "2019-W23-WE")]),
    ("had a great weekend with the fam", MON, [("weekend", "2019-W22-WE")]),
    # the weekend typed short, alone or wished
    ("wkend vibes already", THU, [("wkend", "2019-W23-WE")]),
    ("all the best wknd!!", THU, [("wknd", "2019-W23-WE")]),
    # a kind of weekend, not one of the calendar
    ("we had a great weekend of racing", THU, []),
    ("enjoy a relaxing weekend away at our spa", THU, []),
])
def test_weekends_wished(text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    assert _found(text, dct) == expected


def test_news_without_tense_still_looks_back() -> None:
    """A long report (no post) keeps the news reading: the weekend gone."""
    text = ("Rescue teams searched the hills for the missing climbers. " * 5
            + "Heavy rain over the weekend and flooded roads in the valley. " + "Officials gave no figures. " * 5)
    assert [(t.text, t.value) for t in timeml_view(tag(text, THU)) if "weekend" in t.text] == \
        [("the weekend", "2019-W22-WE")]
