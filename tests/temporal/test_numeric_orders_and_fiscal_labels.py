"""Kinds the session-fifteen fresh sentences showed broken, each in sentences of our own and several
phrasings: a slashed date whose day and month could both be either is read in the order the text
writes its other dates ("signed 10/02/2026 ... on 1 April" is 10 February); no year range is read
inside numeric dates ("from 04/03/2026 to 31/12/2026" held "2026 to 31"); a fiscal quarter or half
label ("Q3 FY25", "FY2024 Q1", "H2 FY24") is that period of the year it names; a scheduled present
with a zoned clock time before a weekday ("polls close at 22:00 CET on Sunday") looks forward."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2026, 3, 11)  # a Wednesday


def _values(text: str, dct: date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize("sentence, expression, value", [
    # the text writes day first elsewhere: in words or in a slashed date that can only be day first
    ("The order, signed 10/02/2026, takes effect on 1 April.", "10/02/2026", "2026-02-10"),
    ("On 2 March the board met; the minutes are dated 05/03/2026.", "05/03/2026", "2026-03-05"),
    ("The tenancy began 01/02/2025 and ends 28/02/2027.", "01/02/2025", "2025-02-01"),
    ("Entries close on the 9th of May; the draw was held 06/07/2025.", "06/07/2025", "2025-07-06"),
    ("Logged 04/03/2026 14:30 GMT, with a follow-up on 17/03/2026.", "04/03/2026 14:30 GMT", "2026-03-04T14:30"),
    # month first elsewhere, or nothing to say: month first as before
    ("The order, signed 10/02/2026, takes effect on April 1.", "10/02/2026", "2026-10-02"),
    ("The permit, issued 03/04/2025, expired on 12/31/2025.", "03/04/2025", "2025-03-04"),
    ("Shares were bought on 02/03/2025.", "02/03/2025", "2025-02-03"),
    ("On Jan. 4 the clinic moved; its licence is dated 06/07/2025.", "06/07/2025", "2025-06-07"),
])
def test_a_slashed_date_follows_the_order_the_text_writes_its_dates(sentence: str, expression: str, value: str) -> None:
    assert _values(sentence)[expression] == value


@pytest.mark.parametrize("sentence, first, value", [
    ("The lease ran from 04/03/2026 to 31/12/2026.", "04/03/2026", "2026-03-04"),
    ("Prices were fixed from 1/2/2024 to 30/6/2024.", "1/2/2024", "2024-02-01"),
    ("The stamp reads 2024/05/06 to 2024/09/30.", "2024/05/06", "2024-05-06"),
])
def test_no_year_range_inside_numeric_dates(sentence: str, first: str, value: str) -> None:
    found = tag(sentence, DCT)
    assert found and found[0].text.startswith(first) and found[0].value == value
    assert not any(len(t.text) <= 10 and " to " in t.text for t in found)


@pytest.mark.parametrize("sentence, expression, value", [
    ("Revenue rose 8 percent in Q3 FY25, the company said.", "Q3 FY25", "2025-Q3"),
    ("Sales in Q1 FY24 were flat, the bank said.", "Q1 FY24", "2024-Q1"),
    ("Margins narrowed in Q4 FY 2023.", "Q4 FY 2023", "2023-Q4"),
    ("The lender's FY2024 Q2 profit beat forecasts.", "FY2024 Q2", "2024-Q2"),
    ("Bookings in H2 FY24 slowed.", "H2 FY24", "2024-H2"),
    ("Orders in FY99 Q4 fell.", "FY99 Q4", "1999-Q4"),
    ("Sales in Q2 of FY26 should rise.", "Q2 of FY26", "2026-Q2"),
])
def test_a_fiscal_quarter_label_is_that_quarter_of_the_year_it_names(sentence: str, expression: str, value: str) -> None:
    assert _values(sentence, date(2025, 11, 20))[expression] == value


@pytest.mark.parametrize("sentence, day, value", [
    ("Polls close at 22:00 CET on Sunday.", "Sunday", "2026-03-15"),
    ("Voting ends at 1800 GMT on Friday, officials said.", "Friday", "2026-03-13"),
    ("The market reopens at 09:30 EST on Monday.", "Monday", "2026-03-16"),
    ("Trading closes at 4 p.m. EST on Friday.", "Friday", "2026-03-13"),
    # a past verb keeps the day behind the report
    ("Polls closed at 22:00 CET on Sunday.", "Sunday", "2026-03-08"),
    ("Voting ended at 1800 GMT on Friday.", "Friday", "2026-03-06"),
])
def test_a_scheduled_present_with_a_zoned_clock_time_looks_forward(sentence: str, day: str, value: str) -> None:
    assert _values(sentence)[day] == value
