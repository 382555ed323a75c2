"""'the <part of day> before/after' as 'the day before' (issue #11, session 19): "the night before",
"the morning after" are that part of the day before (after) the one just told; "the week before"
names a week, as "the previous week" does, not a day seven days back. The rule knew "the day, week,
month, year before/after" only, so the parts of a day went untagged."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text, date(2003, 5, 14)))]


@pytest.mark.parametrize(("text", "expression", "kind", "value"), [
    ("The dam burst on April 9. Villagers had heard it creak the night before.", "the night before", "TIME", "2003-04-08TNI"),
    ("The dam burst on April 9. Crews arrived the morning after.", "the morning after", "TIME", "2003-04-10TMO"),
    ("The dam burst on April 9. The evening before, the river rose.", "The evening before", "TIME", "2003-04-08TEV"),
    ("The dam burst on April 9. The week before, engineers had warned of cracks.", "The week before", "DATE", "2003-W14"),
    ("The dam burst on April 9. The day after, the valley was flooded.", "The day after", "DATE", "2003-04-10"),
])
def test_a_part_of_the_day_before_or_after(text: str, expression: str, kind: str, value: str) -> None:
    assert (expression, kind, value) in _found(text)


@pytest.mark.parametrize("text", [
    "Bond prices slipped on April 9. Traders sold in the afternoon after the auction.",
    "Bond prices slipped on April 9. Traders sold in the morning before Tuesday's auction.",
])
def test_a_part_of_the_day_before_an_event_is_that_days(text: str) -> None:
    found = _found(text)
    assert not [f for f in found if f[0].endswith(("after", "before"))]
