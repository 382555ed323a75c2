"""A period noun that ends a compound word is no stretch of time in a post (issue #11, session 19):
"a multi-year contract", "a full-year forecast", "a multi-week tour" name no year or week of their
own; the post rule for a noun standing alone ("Enjoy my day") read the last part as P1Y, P1W."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


@pytest.mark.parametrize("text", [
    "They signed a multi-year contract.",
    "A full-year forecast was cut.",
    "A multi-week tour began.",
    "It was a multi-day festival.",
])
def test_a_compound_ending_in_a_period_noun(text: str) -> None:
    assert [t.text for t in tag(text, date(2015, 3, 4))] == []


def test_a_period_noun_alone_in_a_post_still_counts() -> None:
    assert [t.value for t in tag("Enjoy my day", date(2015, 3, 4))] == ["P1D"]
