"""A year after "since at least", "until at least" ("had known since at least 1988 that ...") was
read as a count ("at least 1500 people") and dropped. After a preposition of time, "at least"
hedges the year as "about" does; without one, or before a counted noun, the number still counts."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2019, 6, 4)


@pytest.mark.parametrize(("text", "year"), [
    ("Regulators had been warned since at least 2007 that the dam was weak.", "2007"),
    ("The chapel has stood on the hill since at least 1640.", "1640"),
    ("The levy will stay in force until at least 2031, when it is reviewed.", "2031"),
])
def test_a_year_after_a_preposition_and_at_least_is_a_year(text: str, year: str) -> None:
    assert [t.value for t in tag(text, DCT)] == [year]


@pytest.mark.parametrize("text", [
    "Organisers counted at least 1800 marchers in the square.",
    "The garrison was cut from at least 1200 soldiers to a few hundred.",
])
def test_at_least_before_a_counted_noun_is_a_count(text: str) -> None:
    assert [t.value for t in tag(text, DCT)] == []
