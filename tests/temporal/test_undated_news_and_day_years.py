"""Kinds the session-twelve fresh articles (an obituary list, a court calendar) showed, checked on
sentences of our own.

- A day and month followed by "last/this/next year" ("Aug. 14 last year", "14 August next year") is
  one expression, one day of that year; before, the words after it were a second expression and a day
  written before its month lost its day ("August last year").
- News with no document date: the writer's own future ("the funeral will be held on April 24"),
  told after a life in past years, is not in the last year the text named; it waits for the
  document's date, as "said Thursday" does.
- With no date to count from, a clock time keeps its hour, and the undated day said right before it
  keeps its month and day ("XXXX-03-14T11:00"), instead of an empty "XXXX-XX-XX".
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


@pytest.mark.parametrize("sentence, expression, value", [
    ("The barn burned down on Aug. 14 last year.", "Aug. 14 last year", "2024-08-14"),
    ("The barn burned down on 14 August last year.", "14 August last year", "2024-08-14"),
    ("The regatta returns on 3rd June next year.", "3rd June next year", "2026-06-03"),
    ("Rates were cut on Jan. 9 this year and again in March.", "Jan. 9 this year", "2025-01-09"),
])
def test_a_day_with_last_or_next_year_is_one_day(sentence: str, expression: str, value: str) -> None:
    found = [(t.text, t.value) for t in tag(sentence, date(2025, 3, 10))]
    assert (expression, value) in found, found
    assert not any(text.endswith("year") and text != expression for text, _ in found), found


@pytest.mark.parametrize("sentence, expression, value", [
    ("The fete was held on Saturday 17 August last year.", "Saturday 17 August last year", "2024-08-17"),
    ("The regatta returns on Wednesday, 3rd June next year.", "Wednesday, 3rd June next year", "2026-06-03"),
    ("Bookings open on Thu. Oct. 9 this year.", "Thu. Oct. 9 this year", "2025-10-09"),
    ("The vote was taken on Tuesday the 4th of June last year.", "Tuesday the 4th of June last year", "2024-06-04"),
])
def test_a_weekday_before_a_day_with_last_or_next_year_is_part_of_it(sentence: str, expression: str, value: str) -> None:
    """Read alone, the weekday was the page's own week's ("Saturday" = 15 March 2025) and the event took it."""
    found = [(t.text, t.value) for t in tag(sentence, date(2025, 3, 10))]
    assert found == [(expression, value)], found


def test_a_range_ending_in_a_day_with_last_year_is_left_to_the_range() -> None:
    found = [t.text for t in tag("The trials ran 5-9 May last year.", date(2025, 3, 10))]
    assert "9 May last year" not in found


# news (its weekdays and "this week" are the writer's now), with a life told in past years
OBITUARY = ("Ada Finch, who ran the ferry café for 30 years, died on Monday. Friends said on Tuesday "
            "that she was born in 1931, opened the café in 1962 and retired in 1992. The café stays shut "
            "this week. {plan} on March 14{at}.")


@pytest.mark.parametrize("plan", ["Her funeral will be held", "The family will gather at the quay",
                                  "A service will take place"])
def test_the_writers_future_in_undated_news_waits_for_the_document_date(plan: str) -> None:
    found = {t.text: t for t in tag(OBITUARY.format(plan=plan, at=""), None)}
    day = found["March 14"]
    assert (day.value, day.certainty, day.begin) == ("XXXX-03-14", "undated", None)


def test_a_past_day_after_the_years_still_follows_them() -> None:
    text = OBITUARY.format(plan="She sold it", at="")
    found = {t.text: t for t in tag(text, None)}
    assert found["March 14"].value.startswith("1")  # told in the past after her years: one of them


@pytest.mark.parametrize("at, value", [(" at 11 a.m.", "XXXX-03-14T11:00"), (", 2:30 p.m.", "XXXX-03-14T14:30"),
                                       (" at 09:15", "XXXX-03-14T09:15")])
def test_a_clock_time_on_an_undated_day_keeps_both(at: str, value: str) -> None:
    text = OBITUARY.format(plan="Her funeral will be held", at=at)
    found = {t.text: t.value for t in tag(text, None)}
    assert value in found.values(), found


def test_a_clock_time_alone_with_no_date_keeps_its_hour() -> None:
    found = {t.text: t.value for t in tag("Doors open at 7.30 p.m. on the night, we were told on Monday.", None)}
    assert found["7.30 p.m."] == "XXXX-XX-XXT19:30"


@pytest.mark.parametrize("aside", ["ending a drought that began in 2011", "at a ground that opened in 2011",
                                   "a side which last won it in 2011", "their first since 2011"])
def test_a_year_said_in_an_aside_is_no_time_for_undated_news(aside: str) -> None:
    text = (f"The Harriers won the title on Saturday, {aside}. Few backed them in September, and they "
            "lost at Ferris on Sept. 23. The coach said on Sunday the side had grown.")
    found = {t.text: t.value for t in tag(text, None)}
    assert (found["September"], found["Sept. 23"]) == ("XXXX-09", "XXXX-09-23"), found


def test_a_year_the_news_is_told_in_still_dates_what_follows() -> None:
    text = ("The Harriers won the title on Saturday. In 2011 they were relegated. They lost at Ferris "
            "on Sept. 23 that year and at home in October.")
    found = {t.text: t.value for t in tag(text, None)}
    assert found["October"] == "2011-10", found
