"""Date kinds that texts of other genres showed wrong (session eight of issue 11, dates-genres), on
sentences of our own: sets of a part of the day and of fortnights, a holiday's fair that is no date,
a timeline's clock times on the day the report is about (not the day it was published), a live
blog's entry stamp that a day named in the entry before does not move, "the first Sunday of May",
"that Friday" in the week just told, "the day after" a date just named, a clock time joined to its
day by "at", a holiday's name heading a programme's section, and a live page's date line."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.document_date import printed_document_date


def _found(text: str, dct: date | None = None) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct)}


# -- sets: a part of every day, every fortnight ------------------------------------------------------

@pytest.mark.parametrize("text, expression, value", [
    ("The installations are lit every evening until January.", "every evening", "XXXX-XX-XXTEV"),
    ("She swam in the lake every morning that summer.", "every morning", "XXXX-XX-XXTMO"),
    ("Guards will patrol the walls each night.", "each night", "XXXX-XX-XXTNI"),
    ("The clinic opens every afternoon except Sundays.", "every afternoon", "XXXX-XX-XXTAF"),
])
def test_a_part_of_every_day_is_a_set_of_days_written_in_full(text: str, expression: str, value: str) -> None:
    for dct in (date(2025, 11, 3), date(1998, 2, 14), None):
        assert _found(text, dct)[expression] == ("SET", value)


@pytest.mark.parametrize("text, expression, value", [
    ("Workshops are held each fortnight in the library.", "each fortnight", "P2W"),
    ("The bins were emptied every fortnight.", "every fortnight", "P2W"),
    ("The committee will meet every two fortnights.", "every two fortnights", "P4W"),
])
def test_every_fortnight_is_a_set_of_two_weeks(text: str, expression: str, value: str) -> None:
    assert _found(text, date(2025, 11, 3))[expression] == ("SET", value)


# -- a holiday's fair, market or party is held on days around it, not on it --------------------------

@pytest.mark.parametrize("text", [
    "The Christmas fair fills Market Square from 5 to 14 December.",
    "Tickets for the Christmas party went on sale yesterday.",
    "Stallholders at the Christmas market reported record sales.",
    "The Halloween party was moved to the church hall.",
])
def test_a_holidays_fair_or_party_is_no_date(text: str) -> None:
    found = _found(text, date(2025, 11, 3))
    assert not any(value in ("2025-12-25", "2025-10-31", "2024-12-25", "2024-10-31") for _, value in found.values())


def test_the_holiday_itself_is_still_a_date() -> None:
    found = _found("The fair closes on Christmas Day and reopens on Boxing Day.", date(2025, 11, 3))
    assert found["Christmas Day"] == ("DATE", "2025-12-25")
    assert found["Boxing Day"] == ("DATE", "2025-12-26")


# -- a timeline's clock times are on the day the report is about -------------------------------------

_REPORT = """Report: the {what} of {day}

Published {published}

What happened
Late on {weekday} {day} the {what} began in the north of the town.

Timeline (all times GMT)
22:47 – A resident called the emergency line.
23:40 – Pressure fell sharply.
00:25 – Engineers began closing the valves.
13:15 – Supplies were restored.
"""


@pytest.mark.parametrize("weekday, day, published, first, after_midnight", [
    ("Sunday", "2 March 2025", date(2025, 3, 12), "2025-03-02T22:47", "2025-03-03T00:25"),
    ("Friday", "31 January 2025", date(2025, 2, 20), "2025-01-31T22:47", "2025-02-01T00:25"),
    ("Tuesday", "31 December 2024", date(2025, 1, 3), "2024-12-31T22:47", "2025-01-01T00:25"),
])
def test_timeline_clock_times_are_on_the_incident_day_and_run_past_midnight(weekday, day, published, first, after_midnight) -> None:
    text = _REPORT.format(what="burst", weekday=weekday, day=day, published=f"{published.day} {published:%B %Y}")
    found = _found(text, published)
    assert found["22:47"] == ("TIME", first)
    assert found["00:25"] == ("TIME", after_midnight)
    assert found["13:15"][1].startswith(after_midnight[:10])


def test_timeline_under_a_dated_heading_is_on_the_headings_day() -> None:
    text = ("Posted on 9 June 2024\n\nThe festival closed early after the storm.\n\n"
            "Saturday 8 June\n\n18:10 – Lightning was seen to the west.\n18:25 – The main stage was cleared.\n")
    found = _found(text)
    assert found["18:10"] == ("TIME", "2024-06-08T18:10")
    assert found["18:25"] == ("TIME", "2024-06-08T18:25")


# session 56 (h56q): a log's entries each name their day on a line among other words ("Job 16. Sunday 19
# January 2025"), over a run of clock-stamped lines: the run is of that day, not of the first day named
@pytest.mark.parametrize("label", ["Call-out 16.", "Shout 16.", "Incident 16:"])
def test_a_run_of_clock_lines_is_on_the_day_named_on_the_line_above(label: str) -> None:
    text = ("Harbour rescue log, winter\n\n"
            "Call-out 14. Saturday 11 January 2025\n14:20 A walker called from the crag.\n15:10 The party set off.\n\n"
            "Call-out 15. Tuesday 14 January 2025\n09:50 The police asked for a search.\n10:15 Dogs were deployed.\n\n"
            f"{label} Sunday 19 January 2025\n13:05 Two climbers were cragfast on a ledge.\n14:20 Both were lowered to the scree.\n")
    found = {(t.start, t.text): t.value for t in tag(text, date(2025, 1, 11))}
    late = text.rindex("13:05")
    assert found[(late, "13:05")] == "2025-01-19T13:05"
    assert found[(text.index("09:50"), "09:50")] == "2025-01-14T09:50"


def test_a_timeline_with_no_other_day_named_stays_on_the_documents_day() -> None:
    text = "Council live page, 4 April 2025\n\n09:00 Polls are open.\n\n10:15 Turnout is high.\n"
    found = _found(text, date(2025, 4, 4))
    assert found["09:00"] == ("TIME", "2025-04-04T09:00")
    assert found["10:15"] == ("TIME", "2025-04-04T10:15")


def test_a_live_blog_entry_is_not_moved_by_a_day_named_in_the_entry_before() -> None:
    text = ("Live updates from the ferry desk, Thursday 13 February 2025.\n\n"
            "11:20 The warning runs until noon on Saturday.\n\n"
            "13:00 The last sailing tonight leaves at 17:30 rather than 21:00.\n")
    found = _found(text, date(2025, 2, 13))
    assert found["13:00"] == ("TIME", "2025-02-13T13:00")
    assert found["17:30"] == ("TIME", "2025-02-13T17:30")
    assert found["21:00"] == ("TIME", "2025-02-13T21:00")


def test_a_clock_time_in_running_text_still_takes_the_day_of_its_sentence() -> None:
    found = _found("The procession on Saturday 29 June starts at 21:30 from the square.", date(2024, 6, 20))
    assert found["21:30"] == ("TIME", "2024-06-29T21:30")


# -- "the first Sunday of May" -------------------------------------------------------------------------

@pytest.mark.parametrize("text, dct, expression, value", [
    ("Trials will be held on the first Sunday of May.", date(2025, 4, 2), "the first Sunday of May", "2025-05-04"),
    ("Trials were held on the first Sunday of May.", date(2025, 9, 2), "the first Sunday of May", "2025-05-04"),
    ("The fair is on the last Friday in June 2026.", date(2025, 4, 2), "the last Friday in June 2026", "2026-06-26"),
    ("The vote takes place on the second Tuesday of March.", date(2019, 1, 10), "the second Tuesday of March", "2019-03-12"),
])
def test_a_weekday_counted_in_its_month_is_that_day(text, dct, expression, value) -> None:
    assert _found(text, dct)[expression] == ("DATE", value)


# -- "that Friday" is in the week just told ---------------------------------------------------------

@pytest.mark.parametrize("text, dct, value", [
    ("They beat the leaders on Tuesday 18 February and the Hawks that Friday, and went top.",
     date(2025, 4, 2), "2025-02-21"),
    ("The storm hit on Monday 3 March. On that Thursday the roads reopened.", date(2025, 4, 2), "2025-03-06"),
    ("The ship sailed on 2 May 1898 and by that Saturday it had reached the cape.", None, "1898-05-07"),
])
def test_that_weekday_is_the_one_after_the_day_just_named(text, dct, value) -> None:
    found = {t.text: t.value for t in tag(text, dct)}
    that = [v for k, v in found.items() if k.startswith("that ")]
    assert that == [value]


def test_that_opening_a_clause_is_no_part_of_the_weekday() -> None:
    found = _found("The storm hit on Monday 3 March. Officials said that Friday was a holiday.", date(2025, 3, 10))
    assert "that Friday" not in found
    assert found["Friday"][0] == "DATE"


# -- "the day after" the date just named ---------------------------------------------------------------

@pytest.mark.parametrize("text, dct, value", [
    ("Monday 17 February\n\n08:05 The timetable runs until 30 March, and the new one starts the day after.",
     date(2025, 2, 13), "2025-03-31"),
    ("The offer closed on 3 June 2019, and the shares were listed the day after.", None, "2019-06-04"),
])
def test_the_day_after_counts_from_the_date_just_named_in_its_sentence(text, dct, value) -> None:
    assert _found(text, dct)["the day after"] == ("DATE", value)


# -- a clock time joined to its day by "at" is two expressions ------------------------------------------

@pytest.mark.parametrize("text, dct, day, clock, value", [
    ("A funeral will be held on 24 June at 11am.", date(2024, 6, 14), "24 June", "11am", "2024-06-24T11:00"),
    ("The festival opened on Friday 28 November at 17:30.", date(2025, 12, 3), "Friday 28 November", "17:30", "2025-11-28T17:30"),
])
def test_a_clock_time_after_at_is_its_own_expression_on_that_day(text, dct, day, clock, value) -> None:
    found = _found(text, dct)
    assert found[day][0] == "DATE"
    assert found[clock] == ("TIME", value)


def test_a_clock_time_right_after_the_date_is_one_expression() -> None:
    assert _found("Kick-off is March 7 14:30.", date(2025, 3, 1))["March 7 14:30"] == ("TIME", "2025-03-07T14:30")


# -- a holiday heading a programme's section does not move the day of what follows ----------------------

def test_a_holiday_heading_does_not_become_the_day_the_rest_is_written_on() -> None:
    text = ("Winter Lights: the programme\n\nPublished 3 November 2025\n\nNew Year's Eve\n"
            "There will be fireworks at midnight on 31 December.\n\nVolunteers\n"
            "Training sessions take place next Saturday and on Wednesday 19 November.")
    found = _found(text, date(2025, 11, 3))
    assert found["New Year's Eve"] == ("DATE", "2025-12-31")
    assert found["next Saturday"] == ("DATE", "2025-11-08")


# -- a live page's date line is its date -----------------------------------------------------------------

@pytest.mark.parametrize("line, day", [
    ("Live updates from the ferry desk, Thursday 13 February 2025. Newest at the bottom.", date(2025, 2, 13)),
    ("Live blog from the count at the town hall, 6 May 2022, as the results come in.", date(2022, 5, 6)),
])
def test_a_live_pages_date_line_is_the_document_date(line: str, day: date) -> None:
    text = f"Service updates\n\n{line}\n\n06:05 Morning all. Every crossing is running to timetable today.\n"
    assert printed_document_date(text) == (day, "header")
