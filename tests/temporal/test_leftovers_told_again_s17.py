"""Last session's leftovers, told again in my own words (session seventeen): a retold account's next
step ("on 3 May 2018 the dam cracked, and on Friday the valley flooded") is the weekday after the day
told, not before it; "within the hour" is a stretch of an hour; a capitalised short weekday with a
time after it ("Sun at midnight", "Sat at 9pm") is a day, ahead of a scheduling present ("close");
a wish for what is to come ("can't come soon enough") looks ahead."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

WED = date(2026, 3, 11)


def _values(text: str, dct: date = WED) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(("text", "weekday", "value"), [
    ("On 3 May 2018 the dam cracked, and on Friday the valley flooded.", "Friday", "2018-05-04"),
    ("The council approved the budget on Tuesday. On 3 May 2018, a neighbour told reporters, the dam "
     "cracked, and on Friday the valley flooded.", "Friday", "2018-05-04"),
    ("The fort fell on 12 June 1940, and then on Sunday the army withdrew.", "Sunday", "1940-06-16"),
    ("On 3 May 2018 the dam cracked. Two days later the valley flooded, and on Sunday the town was "
     "evacuated.", "Sunday", "2018-05-06"),
    # beside a day of the report's own week the tense decides, as for any weekday of the news
    ("He was arrested on 9 March and on Friday he will be charged.", "Friday", "2026-03-13"),
    ("He was arrested on 2 March and on Friday he was charged.", "Friday", "2026-03-06"),
])
def test_the_next_step_of_a_retold_account(text: str, weekday: str, value: str) -> None:
    assert (weekday, value) in _values(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Police expect to release the names within the hour.", [("the hour", "PT1H")]),
    ("We will be there inside the hour.", [("the hour", "PT1H")]),
    ("He died within the hour of his arrival.", []),
])
def test_within_the_hour(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nominations close Sun at midnight.", [("Sun", "2026-03-15"), ("midnight", "2026-03-15T24:00")]),
    ("meet Sat at 9pm?", [("Sat", "2026-03-14"), ("9pm", "2026-03-14T21:00")]),
    ("The shop opened Sat at 9am.", [("Sat", "2026-03-07"), ("9am", "2026-03-07T09:00")]),
    ("The sun at noon was fierce.", [("noon", "2026-03-11T12:00")]),
])
def test_a_short_weekday_before_a_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize("text", ["the weekend cant come soon enough", "The weekend can't come soon enough.",
                                  "roll on the weekend"])
def test_a_wish_for_the_weekend_looks_ahead(text: str) -> None:
    assert _values(text, date(2026, 5, 27)) == [("the weekend" if "the weekend" in text else "The weekend", "2026-W22-WE")]
