"""The BC-capable calendar agrees with ``datetime.date`` where both exist and stays consistent beyond."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from explorer.calendar import Day, civil, days_in_month, iso_year, ordinal, year_label


@given(st.dates())
def test_ordinals_match_datetime_within_1_to_9999(d: date) -> None:
    assert ordinal(d.year, d.month, d.day) == d.toordinal()
    assert civil(d.toordinal()) == (d.year, d.month, d.day)
    assert Day.from_date(d).isoformat() == d.isoformat()


@given(st.integers(-5_000_000, 5_000_000))
def test_civil_and_ordinal_are_inverse_on_every_day(n: int) -> None:
    y, m, d = civil(n)
    assert 1 <= m <= 12 and 1 <= d <= days_in_month(y, m)
    assert ordinal(y, m, d) == n
    assert Day.parse(Day(n).isoformat()) == Day(n)


def test_bc_years_are_astronomical_and_read_as_a_reader_writes_them() -> None:
    assert Day.of(1).ordinal == 1 and Day.of(0, 12, 31).ordinal == 0
    assert year_label(-263) == "264 BC" and year_label(0) == "1 BC" and year_label(146) == "146"
    assert Day.of(-263, 3, 1).isoformat() == "-0263-03-01"
    assert Day.of(-263, 3, 1).label() == "1 March 264 BC"
    assert iso_year(12000) == "+12000"
    assert Day.of(-263) < Day.of(-145) < Day.of(1941, 12, 7)
    assert Day.of(-1, 12, 31) + timedelta(days=1) == Day.of(0, 1, 1)
    assert Day.of(1941, 12, 7).to_date() == date(1941, 12, 7) and Day.of(-5).to_date() is None
