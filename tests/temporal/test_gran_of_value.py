"""The granularity a TIMEX3 value is written in (compared_periods.gran_of_value), read from a table
of value shapes: the offsets that count from a period told before ("a year earlier" after "the third
quarter") keep that period's granularity.
"""

from __future__ import annotations

import pytest

from explorer.temporal.compared_periods import gran_of_value


@pytest.mark.parametrize("value,gran", [
    ("2020-01-02", "D"), ("BC0481-03-04", "D"), ("2020-01-02T10:00", "D"), ("2020-01", "M"), ("2020-Q3", "Q"),
    ("2020-WI", "S"), ("2020-FA", "S"), ("2020-H2", "H"), ("2020-W05", "W"), ("2020-W05-WE", "W"), ("199", "DE"),
    ("19", "CE"), ("2020", "Y"), ("BC0481", "Y"), ("PRESENT_REF", "Y"), ("XXXX-01", "Y"), ("2020-Q", "Y"),
])
def test_the_granularity_of_a_value(value: str, gran: str) -> None:
    assert gran_of_value(value) == gran
