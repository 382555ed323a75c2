"""Issue 11, session 21: a range of weekdays ("from Thursday to Saturday", "Mon-Fri", "Thu to Sat")
resolves as one: told as done, it is the last such stretch ended by the page's day; told ahead, the
next one begun on or after it; its two ends never fall in different weeks. Short forms joined by a
range word ("Thu to Sat", "Tue till Sun") were not read at all. Every page weekday, full names and
short forms, several phrasings of our own.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from explorer.temporal import tag
from tests.temporal.weekdays import NAMES, WEEK

SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
PAIRS = [(3, 5), (4, 6), (0, 4), (4, 0), (5, 6), (1, 2)]
PAST = ["The fair ran from {a} to {b}.", "Crews worked from {a} through {b} to clear the road.",
        "Between {a} and {b}, police arrested twelve people.", "The office said it was shut {a} to {b}."]
FUTURE = ["The fair will run from {a} to {b}.", "Crews will work {a} through {b}.",
          "The office will be shut {a} till {b}."]


def _expected(dct: date, a: int, b: int, tense: str) -> tuple[date, date]:
    """Past: the stretch ended on or before the page's day; future: the one begun on or after it."""
    length = (b - a) % 7
    if tense == "past":
        end = dct - timedelta(days=(dct.weekday() - b) % 7)
        return end - timedelta(days=length), end
    start = dct + timedelta(days=(a - dct.weekday()) % 7)
    return start, start + timedelta(days=length)


def _range(text: str, dct: date) -> tuple[date | None, date | None]:
    found = [t for t in tag(text, dct) if t.parts]
    assert len(found) == 1, [(t.text, t.value) for t in tag(text, dct)]
    return found[0].begin, found[0].end_day


@pytest.mark.parametrize("dct", WEEK)
@pytest.mark.parametrize("a, b", PAIRS)
@pytest.mark.parametrize("tense, shape, names", [
    (tense, shape, names)
    for tense, shapes in (("past", PAST), ("future", FUTURE)) for shape in shapes for names in (NAMES, SHORT)
    if not (names is SHORT and shape.startswith("Between"))  # "Between Thu and Sat" is no short-form phrasing
])
def test_a_weekday_range_resolves_as_one(dct: date, a: int, b: int, tense: str, shape: str, names: list[str]) -> None:
    text = shape.format(a=names[a], b=names[b])
    assert _range(text, dct) == _expected(dct, a, b, tense), text


@pytest.mark.parametrize("text", ["He sat to eat with them.", "They sat until Sunita left."])
def test_a_lowercase_verb_before_a_range_word_is_no_day(text: str) -> None:
    assert tag(text, date(2024, 3, 6)) == []
