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


@given(st.integers(-2_000_000, 4_000_000), st.integers(-2_000_000, 4_000_000))
def test_days_order_against_dates_both_ways(a: int, b: int) -> None:
    from explorer.calendar import calendar_day

    da, db = calendar_day(a), calendar_day(b)  # a date or a Day, whichever holds it
    assert (da < db) == (a < b) and (da <= db) == (a <= b) and (da > db) == (a > b) and (da >= db) == (a >= b)
    assert (Day(a) < db) == (a < b) and (da > Day(b)) == (a > b)


def test_a_mixed_list_of_dates_and_bc_days_sorts_and_parses_back() -> None:
    from explorer.calendar import calendar_day, parse_day

    days = [date(1944, 6, 6), Day.of(-263, 3, 1), date(14, 8, 19), Day.of(-145, 1, 1)]
    assert [d.isoformat() for d in sorted(days)] == ["-0263-03-01", "-0145-01-01", "0014-08-19", "1944-06-06"]
    assert [parse_day(d.isoformat()) for d in days] == days
    assert isinstance(calendar_day(date(2000, 1, 1).toordinal()), date)
    assert Day.of(-263, 3, 1).weekday() == (Day.of(-263, 3, 1).ordinal + 6) % 7
    assert Day.from_date(date(2019, 1, 10)).weekday() == date(2019, 1, 10).weekday()


def test_days_and_dates_subtract_both_ways() -> None:
    bc, ad = Day.of(-263, 3, 1), date(1, 1, 1)
    assert (ad - bc).days == ad.toordinal() - bc.ordinal == -(bc - ad).days
    assert timedelta(days=2) + bc == bc + 2
