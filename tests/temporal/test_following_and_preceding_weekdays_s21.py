"""A weekday after "the following" or "the preceding" (issue #11, session 21): "reopened the following
Monday", "the preceding Sunday the armies had met" name the Monday after (the Sunday before) the day
just told, as "the next Monday" and "the previous Sunday" already did. The weekday rule knew only
"next"/"previous", so "following" was skipped and the bare weekday was counted from the document's
date instead: a Monday before the day it follows. "Following Monday's vote" is the preposition
"after", and its weekday stays a bare one. Sentences of our own, in news, history and a post."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view


def _found(text: str, dct: date = date(1993, 11, 24)) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_view(tag(text, dct))]


@pytest.mark.parametrize(("text", "expression", "value"), [
    # news: a day told, then the weekday after it (the document's date is weeks later)
    ("The mill closed on Oct. 8 and reopened the following Monday.", "following Monday", "1993-10-11"),
    ("The ferry ran aground on Oct. 8; on the following Tuesday, divers reached the hull.", "following Tuesday", "1993-10-12"),
    ("The minister resigned on Oct. 8, having met the union the preceding Wednesday.", "preceding Wednesday", "1993-10-06"),
    # history
    ("The treaty was signed on 12 June 1815, and the preceding Sunday the armies had met.", "preceding Sunday", "1815-06-11"),
    ("The fort fell on 3 March 1862; the following Friday the garrison marched out.", "following Friday", "1862-03-07"),
    # a post
    ("moved flats on 2 Nov 2019 and the following Saturday my sofa finally arrived", "following Saturday", "2019-11-09"),
])
def test_the_following_or_preceding_weekday_counts_from_the_day_told(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


def test_following_before_a_possessive_weekday_is_the_preposition() -> None:
    found = _found("Following Monday's vote, the council adjourned.")
    assert ("Monday", "1993-11-22") in found
    assert not any(t.startswith("Following") for t, _v in found)


def test_with_no_day_told_the_following_weekday_is_the_next_one_after_the_report() -> None:
    assert ("following Monday", "1993-11-29") in _found("Officials said the following Monday would be a holiday.")
