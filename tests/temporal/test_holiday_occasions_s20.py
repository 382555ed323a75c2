"""Issue 11, session 20: a holiday read by the tense of what happens on it. Every holiday we know,
fixed or movable, on a report date in every month, past and future, in two shapes: a verb right at
the holiday ("marched on Good Friday", "will march on Labor Day") and an occasion named by it whose
own verb follows the noun ("the Easter parade drew crowds", "the Boxing Day sale will open"); a
past one is the last such day on or before the report, a future one the next on or after it. A verb
of calling off or fixing ("was cancelled") acts on a plan and leaves the nearest day. Sentences of our
own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.occasions import occasion_tense

HOLIDAYS = ["Easter", "Good Friday", "Easter Monday", "Pentecost", "Thanksgiving", "Memorial Day", "Labor Day",
            "Mother's Day", "Father's Day", "Black Friday", "Christmas", "Christmas Eve", "New Year's Day",
            "Halloween", "Independence Day", "Valentine's Day", "Boxing Day", "Veterans Day"]
REPORTS = [date(2023, month, 15) for month in range(1, 13)]
SHAPES = [
    ("past", "Thousands marched on {h}."),
    ("past", "The {h} parade drew large crowds."),
    ("past", "The {h} service was a quiet affair this time."),
    ("future", "Thousands will march on {h}."),
    ("future", "The {h} parade will draw large crowds."),
    ("future", "The {h} service is set to draw a crowd."),
]


def _holiday_day(text: str, holiday: str, dct: date) -> date:
    found = [t for t in tag(text, dct) if t.text.endswith(holiday)]
    assert found and isinstance(found[0].begin, date), [(t.text, t.value) for t in tag(text, dct)]
    return found[0].begin


@pytest.mark.parametrize("holiday", HOLIDAYS)
@pytest.mark.parametrize("tense, shape", SHAPES)
def test_a_holiday_lies_on_its_tenses_side_in_every_month(holiday: str, tense: str, shape: str) -> None:
    for dct in REPORTS:
        day = _holiday_day(shape.format(h=holiday), holiday, dct)
        assert (day <= dct if tense == "past" else day >= dct), (dct, day)
        assert abs((day - dct).days) <= 366, (dct, day)


@pytest.mark.parametrize("holiday, dct, nearest", [
    ("Easter", date(2024, 2, 20), date(2024, 3, 31)),  # the coming one may still be called off
    ("Easter", date(2024, 5, 20), date(2024, 3, 31)),
    ("Christmas", date(2024, 11, 20), date(2024, 12, 25)),
])
def test_an_occasion_called_off_is_the_nearest(holiday: str, dct: date, nearest: date) -> None:
    assert _holiday_day(f"The {holiday} parade was cancelled.", holiday, dct) == nearest


@pytest.mark.parametrize("text, tense", [
    ("the Easter parade drew large crowds", "past"),
    ("the Easter egg hunt went ahead", "past"),
    ("the Easter parade will go ahead", "future"),
    ("the Easter fair is expected to open", "future"),
    ("the Easter parade was postponed", None),
    ("the Easter parade has been called off", None),
    ("the Easter parade organisers said", None),  # the verb is no occasion's
    ("on Easter the streets were empty", None),  # no determiner: the day is not put before a noun
    ("the Easter deadline was tight", None),  # a plan's date may still lie ahead
    ("the Easter parade was pushed back", None),
])
def test_occasion_tense(text: str, tense: str | None) -> None:
    start = text.index("Easter")
    assert occasion_tense(text, start, start + len("Easter")) == tense


@pytest.mark.parametrize("text, value", [
    ("The June 3 vote was close.", "2023-06-03"),  # a past occasion a fortnight on is last year's
    ("The June 3 vote will be close.", "2024-06-03"),
    ("The 12 May fun run drew hundreds of families.", "2024-05-12"),
    ("The 28 May ferry crossing is expected to sell out.", "2024-05-28"),
    ("The June 30 deadline was always tight.", "2024-06-30"),  # a deadline: the nearest, not last year's
])
def test_an_occasion_named_by_a_month_day(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2024, 5, 20))] == [value]
