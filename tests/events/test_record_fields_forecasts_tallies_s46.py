"""False events of session 46 (issue 12, events precision), found on pages of our own and on the opened
part: a register's date field ("Date of listing: 4 May 2026", "DOB: 12/03/1971"), an outlook's period
described before it comes ("November is expected to be drier than average"), the start of a series of
measurements named with where it is kept ("since records began at Carrow in 1891") and a count of a
service's own acts over a period ("made 62 rescues over the weekend"). None is a happening a reader
lists. Happenings beside them, a programme's dated lines and one act on its day stay. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.extracted_events import date_role_of, events_of

_DAY = date(2026, 10, 31)


def _dated(text: str) -> list[str]:
    return [e.timex for e in events_of(text, _DAY) if e.timex]


@pytest.mark.parametrize("field", [
    "Date of listing: 4 May 2026",
    "DOB: 12/03/1971",
    "Date of registration: 9 September 2019",
    "Date of incorporation: 3 March 2011",
    "Date of birth: 28 November 1980",
    "Expiry date: 1 June 2027",
    "Date of appointment: 2 March 2020",
    # session 56: a field for several days, with the time, or a diary's month
    "Survey dates: 14 and 15 April 2026",
    "Date and time of collision: 2 April 2026, 06:40 UTC",
    "Month and year: April 2026",
])
def test_a_registers_date_field_is_no_happening(field: str) -> None:
    page = (f"Entry 88\n\nName: VESK, Harlan Petrovich\nNationality: Ostravian\nPosition: Former director of the "
            f"Terel port authority\n{field}\nLast updated: 19 May 2026\n\n"
            "Statement of reasons: Vesk shipped machine tools to Terel in March 2025.")
    assert _dated(page) == ["March 2025"], [(e.title, e.timex) for e in events_of(page, _DAY)]


@pytest.mark.parametrize(("line", "date_text"), [
    ("Summer fair: Saturday 29 June 2026", "Saturday 29 June 2026"),
    ("Hearing date: 3 December 2026", "3 December 2026"),
    ("Date of the auction: 9 December 2026", "9 December 2026"),
    # (guards, session 56: a list's heading and a scheduled happening's days stay)
    ("Key dates: 9 December 2026", "9 December 2026"),
    ("Hearing dates: 3 and 4 December 2026", "3 and 4 December 2026"),
])
def test_a_programmes_dated_line_stays(line: str, date_text: str) -> None:
    page = f"Dates for your diary\n\n{line}\nLast day of term: Friday 18 December 2026\n\nAll welcome."
    assert date_text in _dated(page)


@pytest.mark.parametrize(("sentence", "period"), [
    ("November is expected to be drier than average in the first half.", "November"),
    ("Next year is forecast to bring more storms to the coast.", "Next year"),
    ("The spring looks set to be wet across the north.", "The spring"),
    ("December is likely to stay cold and dry.", "December"),
])
def test_a_periods_outlook_is_no_happening(sentence: str, period: str) -> None:
    assert date_role_of(sentence, period) == "time described"
    assert _dated("Outlook\n\n" + sentence) == []


def test_a_happening_expected_in_a_period_stays() -> None:
    assert _dated("Outlook\n\nThe bridge is expected to reopen in November.") == ["November"]


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("October was the wettest month since records began at Carrow in 1891.", "1891"),
    ("It was the windiest spell since records began at the Kew observatory in 1871.", "1871"),
    ("The river fell to its lowest level since records started at Mossford Bridge in 1902.", "1902"),
])
def test_records_begun_where_they_are_kept_are_no_happening(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) is not None
    assert date_text not in _dated("Summary\n\n" + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Volunteers from the mountain rescue team made 62 rescues over the weekend.", "the weekend"),
    ("The mobile teams held 118 clinics between 9 February and 31 March.", "9 February and 31 March"),
    ("The city built 9,000 homes between 2014 and 2024.", "2014 and 2024"),
    ("Seismologists recorded more than 2,000 small earthquakes under the volcano in the previous fortnight.",
     "the previous fortnight"),
    ("The inspectors completed 480 checks across the county during 2025.", "2025"),
])
def test_a_count_of_acts_over_a_period_is_a_tally(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) == "tally"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Police made 14 arrests on Saturday night.", "Saturday night"),
    ("Interviews for the post were held over two days in May.", "May"),
    ("The club signed two strikers in January.", "January"),
    ("The company built a new plant in 2019.", "2019"),
    ("Crews rescued 40 people from the flood in March 2020.", "March 2020"),
    # a count of acts in a year or months: the acts of that time
    ("The housing trust built 300 homes in 2019.", "2019"),
    ("The panel held three public hearings in May and June.", "May and June"),
])
def test_one_act_or_a_length_of_time_is_no_tally(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) != "tally"


def test_a_newsletters_deadline_line_is_no_happening() -> None:
    page = "Newsletter 42\n\nThe hall roof was mended on 3 November.\n\nDeadline for the next issue: 14 December."
    assert _dated(page) == ["3 November"]
