"""A season "of last year" is that year's season (session thirty-one, own sentences).

"The spring of last year" is the spring of the year before the page's, as "the first half of last
year" is that year's half and "January of last year" its January; it is not "last spring", which, told
in November, is this year's. "Of next year" likewise names the season of the year after the page's,
even told in January, when the coming spring is this year's. "Last spring" and "next summer" keep
their reading. "The summer and fall" are two seasons: "fall" beside another season is no verb, unless a
verb's complement follows it ("rise in winter and fall in summer")."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

NOV = date(2023, 11, 8)
JAN = date(2024, 1, 17)


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, narrative=False)}


@pytest.mark.parametrize("text, dct, expression, value", [
    ("The ferry service was cut in the spring of last year.", NOV, "the spring of last year", "2022-SP"),
    ("Rents rose sharply in the summer of last year.", NOV, "the summer of last year", "2022-SU"),
    ("The orchard was replanted in the autumn of last year.", NOV, "the autumn of last year", "2022-FA"),
    ("The new wing opens in the spring of next year.", JAN, "the spring of next year", "2025-SP"),
    ("Dredging should finish by the summer of this year.", JAN, "the summer of this year", "2024-SU"),
])
def test_a_season_of_a_year_named_by_its_distance_is_that_years(text: str, dct: date, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize("text, dct, expression, value", [
    ("The ferry service was cut last spring.", NOV, "last spring", "2023-SP"),
    ("The new wing opens next spring.", JAN, "next spring", "2024-SP"),
])
def test_last_and_next_season_keep_their_reading(text: str, dct: date, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize("text, value", [
    ("The hall was repainted during the summer and fall.", "2023-FA"),
    ("Either spring or fall would suit the contractors.", "2023-FA"),
])
def test_fall_beside_another_season_is_a_season(text: str, value: str) -> None:
    assert _values(text, NOV).get("fall") == value


@pytest.mark.parametrize("text", [
    "Rents tend to rise in winter and fall in summer.",
    "Sales climbed in spring and fall by a tenth each year.",
])
def test_fall_as_the_verb_after_a_season_is_no_season(text: str) -> None:
    assert "fall" not in _values(text, NOV)


#: a page of September, when this year's spring and summer are behind it
SEP = date(2025, 9, 8)


@pytest.mark.parametrize("text, expression, value", [
    ("Last year the fair drew 4,000 people. In the summer it moved to the park.", "the summer", "2024-SU"),
    ("The fair drew 4,000 people last year. In the spring it moved to the park.", "the spring", "2024-SP"),
    ("Two years ago the club had forty members. In the autumn it opened a second ground.", "the autumn", "2023-FA"),
    # guards (pass on 33d225e2 too): a bare month is news's own year, and a weekday the writer's
    ("Last year the fair drew 4,000 people. In June it moved to the park.", "June", "2025-06"),
    ("Last year the fair drew 4,000 people. On Saturday it moved to the park.", "Saturday", "2025-09-06"),
])
def test_a_season_after_a_year_counted_back_is_that_years(text: str, expression: str, value: str) -> None:
    """A year counted back from the page ("last year", "two years ago") sets the story's time as a
    stated year does: "the summer" told in the past right after it is that year's summer."""
    got = {t.text: t.value for t in tag(text + "\n\nThe organisers declined to comment.", SEP, narrative=False)}
    assert got[expression] == value
