"""A clock range sharing its am/pm with a day word after it ("7-9pm today", "2-4pm tmr") is both ends
on that day, the day word in the second end's expression (issue #11, session 24): "9pm today" alone
took the range's end and "7" was lost."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

D = date(2016, 9, 14)


@pytest.mark.parametrize("text, ends", [
    ("yoga 6-8pm today, all welcome", [("6", "2016-09-14T18:00"), ("8pm today", "2016-09-14T20:00")]),
    ("open studio 1-3pm tmr!!", [("1", "2016-09-15T13:00"), ("3pm tmr", "2016-09-15T15:00")]),
    ("The clinic ran 9.30-11am yesterday.", [("9.30", "2016-09-13T09:30"), ("11am yesterday", "2016-09-13T11:00")]),
    ("jam session 8-11pm tonight", [("8", "2016-09-14T20:00"), ("11pm tonight", "2016-09-14T23:00")]),
])
def test_both_ends_on_the_day_said_after(text: str, ends: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in timeml_view(tag(text, D))] == ends


def test_a_range_without_a_day_word_stays_on_the_writers_day() -> None:
    assert [(t.text, t.value) for t in timeml_view(tag("yoga 6-8pm", D))] == [("6", "2016-09-14T18:00"), ("8pm", "2016-09-14T20:00")]
