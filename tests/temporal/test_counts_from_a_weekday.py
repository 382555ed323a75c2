"""American news counts back from a weekday as it counts on from one ("a week from Friday", the
Friday after the next one, test_from_today_and_waits): "a week ago Wednesday" is the Wednesday
before the last one, "two weeks ago Sunday" the Sunday two weeks before the last Sunday. One DATE of
a day, not a week ("a week ago") and the weekday just gone apart. Sentences are our own: a wire
story, a sports column and a parish bulletin."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2021, 9, 16)  # a Thursday


def _got(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("text, expected", [
    ("The first barges reached the lock a week ago Wednesday, officials said.",
     ("a week ago Wednesday", "DATE", "2021-09-08")),
    ("Two weeks ago Sunday, the Hawks had not yet lost a game.", ("Two weeks ago Sunday", "DATE", "2021-08-29")),
    ("The roof of the hall gave way three weeks ago Saturday.", ("three weeks ago Saturday", "DATE", "2021-08-21")),
    ("The new organ was blessed a week ago Thursday.", ("a week ago Thursday", "DATE", "2021-09-09")),
])
def test_a_count_back_from_a_weekday_is_one_day(text: str, expected: tuple[str, str, str]) -> None:
    assert _got(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The barges left two weeks ago. Wednesday they returned.",
     [("two weeks ago", "DATE", "2021-W35"), ("Wednesday", "DATE", "2021-09-15")]),
])
def test_a_weekday_in_the_next_sentence_stays_its_own(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _got(text) == expected



@pytest.mark.parametrize("text, expected", [
    ("The runoff is set for a week from Sunday.", ("a week from Sunday", "DATE", "2021-09-26")),
    ("The parish fete is scheduled for two weeks from Saturday.", ("two weeks from Saturday", "DATE", "2021-10-02")),
    ("The derby is rescheduled for a week from Friday.", ("a week from Friday", "DATE", "2021-09-24")),
])
def test_a_count_from_a_weekday_set_for_is_the_day_fixed(text: str, expected: tuple[str, str, str]) -> None:
    """After "set for", "scheduled for" the count from a weekday names the day fixed, as it does with
    no "for"; "runs for two weeks from Monday" is still how long (test_from_today_and_waits)."""
    assert expected in _got(text), _got(text)
