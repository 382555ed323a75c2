"""A clock time written right before the step that names its day ("boarded at 09:15 the next
morning", "left at 6 a.m. the following day") is a time of that day. Read first, the clock time took
the day told before it, so a port inspection told "at 09:15 the next morning" was put on the day the
ship arrived. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

SATURDAY = date(2026, 3, 21)


def _values(text: str, dct: date | None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize(("text", "clock", "value"), [
    ("The ship arrived on Wednesday evening and was boarded at 09:15 the next morning.", "09:15", "2026-03-19T09:15"),
    ("The jury retired on 12 March. It returned at 11am the following day.", "11am", "2026-03-13T11:00"),
    ("The pumps failed on Monday 16 March; engineers restored power at 4.30pm, the next day.", "4.30pm", "2026-03-17T16:30"),
    ("Fire crews were called on 2 March and left at noon on the following day.", "noon", "2026-03-03T12:00"),
    ("The climbers set out on 3 March and reached the summit at 14:10 two days later.", "14:10", "2026-03-05T14:10"),
])
def test_the_clock_is_of_the_step_s_day(text: str, clock: str, value: str) -> None:
    assert _values(text, SATURDAY)[clock] == value


def test_the_step_itself_keeps_its_day() -> None:
    values = _values("The ship arrived on 18 March and was boarded at 09:15 the next morning.", SATURDAY)
    assert values["the next morning"] == "2026-03-19TMO"


@pytest.mark.parametrize("text", [
    "The ship arrived at 09:15 on 18 March. The next morning it was boarded.",
    "The ship arrived on 18 March at 09:15, and the next morning it was boarded.",
])
def test_a_clock_not_right_before_the_step_keeps_its_day(text: str) -> None:
    assert _values(text, SATURDAY)["09:15"] == "2026-03-18T09:15"
