"""A bare day told as done after the day its entry (or its page) is written on lies in the month
before (session fifty-three, from a wartime nurse's diary of our own): under "Wednesday 1 November",
"A letter from Mother at last, written on the 20th" is 20 October, not 20 November, nineteen days
after the entry was written."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _value(text: str, expression: str, dct: date | None = None) -> str:
    return next(t.value for t in tag(text, dct) if t.text == expression)


@pytest.mark.parametrize(("text", "expression", "value", "dct"), [
    ("Tuesday 3 October 1916\nArrived at the camp.\n\nWednesday 1 November\nA letter from Mother at last, written on "
     "the 20th.", "the 20th", "1916-10-20", None),
    ("Saturday 4 May 1940\nWe left the farm.\n\nMonday 3 June\nA letter from Tom, written on the 21st, came today.",
     "the 21st", "1940-05-21", None),
])
def test_a_day_done_after_the_entrys_day(text: str, expression: str, value: str, dct: date | None) -> None:
    assert _value(text, expression, dct) == value


@pytest.mark.parametrize(("text", "expression", "value", "dct"), [
    # a page's date given: a day told as done lies before it (read so before this rule too)
    ("The ferry sailed from Oban on the 20th, and the crew were paid.", "the 20th", "2024-10-20", date(2024, 11, 1)),
    # a story's day, not the writer's: the story goes on into the month
    ("On 1 November 1916 the ship sailed. It arrived on the 20th.", "the 20th", "1916-11-20", None),
    # a day still ahead of the entry keeps its month
    ("Wednesday 1 November 1916\nThe next convoy is due on the 20th.", "the 20th", "1916-11-20", None),
])
def test_guards(text: str, expression: str, value: str, dct: date | None) -> None:
    assert _value(text, expression, dct) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # session fifty-four: an entry written up a few days late runs on into its own month; the month before
    # is taken only when its day is the nearer of the two
    ("Field notes, 1889\n\nJuly 1st. Finished the upper valley. Mr. Hale fell ill with fever on the 3rd and stayed "
     "in bed for a week.", "the 3rd", "1889-07-03"),
    # (a guard: read so before)
    ("Log of the Wren, 1902\n\nMarch 10th. Sailed at dawn. We anchored off the point on the 12th and waited for "
     "the tide.", "the 12th", "1902-03-12"),
    ("Camp diary, 1931\n\nAugust 2nd. Rain. The mule broke its tether on the 6th and we lost a day finding it.",
     "the 6th", "1931-08-06"),
])
def test_a_day_a_few_days_after_the_entry_runs_on_in_its_month(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value
