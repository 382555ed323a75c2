"""A weekday, month, season or feast that opens a place's or building's name ("the Summer Hall",
"its Sunday Lane ground", "Christmas Square") is no date; the same word as a date beside such a name
still is (session thirteen of issue 11, from the fresh texts of ``fresh_news_s13``). Sentences are
our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2024, 3, 15)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("text", [
    "Induction talks are held in the Summer Hall.",
    "Frank, who founded the Winter Gardens bowling club, has retired.",
    "The club confirmed that its Sunday Lane ground will host the final.",
    "She grew up near Friday Harbor and moved away.",
    "They rented a flat on March Lane above the bakery.",
    "The parade ends at Christmas Square.",
    "Guests at the Autumn House hotel were moved.",
])
def test_a_calendar_word_opening_a_place_name_is_no_date(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The Summer Hall reopens on Monday.", ("Monday", "2024-03-18")),
    ("They moved to Friday Harbor in the summer of 2019.", ("the summer of 2019", "2019-SU")),
    ("The shop on May Street closed in March.", ("March", "2024-03")),
    ("He opened a café on Sunday in the town square.", ("Sunday", "2024-03-10")),
    ("Last summer Hall and his crew won the race.", ("Last summer", "2023-SU")),
])
def test_dates_beside_such_names_stay(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)
