"""A day of the month said alone ("on the 12th") takes the month last told in its sentence or the
one before, not only the month that set the story's time: "will fly to Oslo on 9 April and come back
on the 12th" after "the May payroll" is 12 April; a field note's "14.02.2021. Flown out at 09:30.
The cores reached the freezer on the 16th." is 16 February, past the clock time between. A month of a
look back ("had last been serviced in May 2019") is passed over."""

from __future__ import annotations

from datetime import date

from explorer.temporal import tag


def _values(text: str, dct: date | None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_the_day_takes_the_month_of_its_own_sentence() -> None:
    text = ("The new rates will be paid from the May payroll. The envoy will fly to Oslo on 9 April and "
            "come back on the 12th.")
    assert _values(text, date(2026, 3, 2))["the 12th"] == "2026-04-12"


def test_a_clock_time_between_passes() -> None:
    text = "14.02.2021. Flown out at 09:30. The cores reached the freezer on the 16th, still frozen."
    assert _values(text, date(2021, 2, 20))["the 16th"] == "2021-02-16"


def test_a_month_of_a_look_back_is_passed_over() -> None:
    text = ("The barge left the quay on 3 March 2024. It had last been serviced in May 2019. "
            "It sank on the 5th.")
    assert _values(text, date(2024, 6, 1))["the 5th"] != "2019-05-05"
