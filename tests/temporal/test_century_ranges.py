"""Two ordinals sharing one plural "centuries" ("the 2nd to 4th centuries", "the 12th and 13th
centuries", "the 5th-3rd centuries BC") are two centuries, each its own TIMEX3, and the range spans
both (session thirteen of issue 11; before, the first ordinal was read as a day of the month and the
second was lost). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

DCT = date(2023, 5, 4)


# (an ordinal century's years are those both counts share, from x01: see test_ordinal_century_span)
@pytest.mark.parametrize("text, ends, first_year, last_year", [
    ("A settlement stood at the ford from the 2nd to 4th centuries.", ("01", "03"), 101, 399),
    ("Coins of the 12th and 13th centuries were found in the field.", ("11", "12"), 1101, 1299),
    ("Between the second and fourth centuries AD the town grew.", ("01", "03"), 101, 399),
    ("The port traded in the 15th-17th centuries.", ("14", "16"), 1401, 1699),
])
def test_two_ordinals_sharing_centuries(text: str, ends: tuple[str, str], first_year: int, last_year: int) -> None:
    found = tag(text, DCT)
    assert [t.value for t in timeml_view(found)] == list(ends)
    assert len(found) == 1 and found[0].begin.year == first_year and found[0].end_day.year == last_year


def test_bc_centuries_count_down_and_share_the_era() -> None:
    found = tag("Graves of the 5th-3rd centuries BC lie by the road.", DCT)
    assert [t.value for t in timeml_view(found)] == ["BC04", "BC02"]


@pytest.mark.parametrize("text", [
    "The meeting moved from the 2nd to the 4th of May.",
    "She came 2nd to 4th in the race.",
])
def test_ordinals_without_centuries_are_not_read_as_centuries(text: str) -> None:
    assert not any(t.value in ("01", "03") for t in timeml_view(tag(text, DCT)))
