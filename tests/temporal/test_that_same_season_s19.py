"""Issue 11, session 19: "that same summer", "that spring" hang on the year just named, as "that same
day" and "later that year" do, even when that year was an aside the story's time does not move to.
Texts of our own."""

from __future__ import annotations

import pytest

from explorer.temporal import tag


@pytest.mark.parametrize("text, season, expected", [
    ("The works opened in 1921. In March 1922 it doubled its staff, and in June 1922 it bought a second mill. "
     "The mill outlived its owners and was sold in 1960; its chimney came down that same summer. "
     "In September 1922 the first cloth left the works.", "that same summer", "1960-SU"),
    ("The regiment was raised in 1793 and sailed in May 1794. It was disbanded in 1802, and its colours were laid up "
     "that same winter. In August 1794 it landed in Flanders.", "that same winter", "1802-WI"),
])
def test_that_same_season_is_the_season_of_the_year_just_named(text: str, season: str, expected: str) -> None:
    got = {t.text: t.value for t in tag(text, None)}
    assert got[season] == expected


def test_a_season_without_that_still_follows_the_story() -> None:
    text = ("The works opened in 1921. In March 1922 it doubled its staff. The mill was sold in 1960 to a cousin. "
            "In the summer the staff struck for a week. In September 1922 the first cloth left the works.")
    got = {t.text: t.value for t in tag(text, None)}
    assert got["the summer"] == "1922-SU"
