""""every Christmas", "each Fourth of July" recur: the day in every year, a SET as "every Sunday" is,
where the holiday alone was read as this year's (or last year's) day."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2009, 5, 20)


@pytest.mark.parametrize(("text", "expected"), [
    ("The village lights a bonfire every Halloween.", [("every Halloween", "SET", "XXXX-10-31")]),
    ("Each Christmas Eve the choir sings in the square.", [("Each Christmas Eve", "SET", "XXXX-12-24")]),
    ("Veterans march every Armistice Day.", [("every Armistice Day", "SET", "XXXX-11-11")]),
])
def test_every_fixed_holiday_recurs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, DCT)] == expected


def test_a_holiday_without_every_is_still_one_day() -> None:
    assert [(t.type, t.value) for t in tag("The village lit a bonfire on Halloween.", DCT)] == [("DATE", "2008-10-31")]
