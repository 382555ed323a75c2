"""In a post a period noun alone is a stretch ("enjoy my day"), but "up 8% year on year", "sales
fell week-on-week", "prices rose month over month" compare each period with the one before: no
one stretch, as "day after day" and "year in, year out" already were not."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2015, 7, 8)


@pytest.mark.parametrize("text", [
    "rents up 8% year on year, ugh",
    "sales down week-on-week again :(",
    "bills rose month over month all spring lol",
    "our traffic is growing year over year!!",
])
def test_a_unit_compared_with_the_one_before_is_no_stretch(text: str) -> None:
    assert [t.text for t in tag(text, DCT) if t.type == "DURATION"] == []


def test_a_period_noun_alone_in_a_post_is_still_a_stretch() -> None:
    assert [(t.text, t.value) for t in tag("enjoy my day :)", DCT)] == [("day", "P1D")]
