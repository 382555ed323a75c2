""""That year" or "that summer" said after the day the words were written or spoken ("on Wednesday,
she said: 'That year ...'") points back to the year the story named, not to the writer's own year,
which English calls "this year" (session thirteen of issue 11, from ``fresh_news_s13``). Sentences
are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2021, 6, 3)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


@pytest.mark.parametrize("text, expression, value", [
    ('The river burst its banks in 1998. Speaking on Wednesday, she said: "That year it rained for weeks."',
     "That year", "1998"),
    ("The plant opened in 2009. On Tuesday its owner said that year had been the hardest of his life.",
     "that year", "2009"),
    ("The mill closed in 1987. Former workers met yesterday to remember that year.", "that year", "1987"),
    ("He won the title in 2016 and retired. Asked on Monday about that summer, he smiled.", "that summer", "2016-SU"),
])
def test_that_year_goes_past_the_writers_day(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    ("Sales fell in March. Later that year the firm was sold.", "Later that year", "2021"),
    ("The bridge was closed in 2019. Later that year it was rebuilt.", "Later that year", "2019"),
    ("She arrived on Monday. That summer the river was low.", "That summer", "2021-SU"),
])
def test_that_year_after_other_dates_is_unchanged(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value
