"""Forms the session-ten inventory (forms_inventory_s10.txt) found missing or extra, each in a few more
sentences of our own: the part of a bare weekday, holiday weekends and more named days, halves
written "H1 2018", "the year after next", and names that hold a day, a season or a duration.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2019, 5, 15)  # a Wednesday
_PARAGRAPH = "\n\nThe spokesman declined to comment further on the matter when he was reached by telephone."


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text + _PARAGRAPH, DCT) if t.start < len(text)]


@pytest.mark.parametrize("text, expression, value", [
    ("The talks ended late Tuesday without a deal.", "late Tuesday", "2019-05-14"),
    ("Fighting resumed early Monday, officials said.", "early Monday", "2019-05-13"),
    ("The storm is expected to come ashore early Friday.", "early Friday", "2019-05-17"),
])
def test_early_or_late_before_a_bare_weekday_is_part_of_it(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


def test_later_before_a_weekday_stays_outside() -> None:
    assert ("Tuesday", "2019-05-14") in _found("He arrived later Tuesday, aides said.")


@pytest.mark.parametrize("text, expression", [
    ("Traffic was heavy over the Memorial Day weekend.", "the Memorial Day weekend"),
    ("The fair returns on Labor Day weekend.", "Labor Day weekend"),
    ("The Labor Day holiday weekend was quiet.", "The Labor Day holiday weekend"),
])
def test_a_holiday_weekend_is_one_expression(text: str, expression: str) -> None:
    found = _found(text)
    assert [t for t, _ in found] == [expression], found


@pytest.mark.parametrize("text, expression, value", [
    ("Shoppers crowded the malls on Black Friday, 2017.", "Black Friday, 2017", "2017-11-24"),
    ("The parade was held on St. Patrick's Day.", "St. Patrick's Day", "2019-03-17"),
    ("Offices closed for Juneteenth last year.", "Juneteenth", "2018-06-19"),
])
def test_more_named_days(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


def test_a_black_shirt_on_a_friday_is_no_holiday() -> None:
    assert [t for t, _ in _found("He wore a black Friday shirt.")] == ["Friday"]


@pytest.mark.parametrize("text, expression, value", [
    ("The figures for H1 2018 were revised.", "H1 2018", "2018-H1"),
    ("Sales in 2017 H2 rose.", "2017 H2", "2017-H2"),
])
def test_a_half_written_as_a_code(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


@pytest.mark.parametrize("text, expression, value", [
    ("A new model is due the year after next.", "the year after next", "2021"),
    ("The first shipments are expected the week after next.", "the week after next", "2019-W22"),
    ("Prices were higher the month before last.", "the month before last", "2019-03"),
])
def test_two_units_away_said_as_one(text: str, expression: str, value: str) -> None:
    assert _found(text) == [(expression, value)]


@pytest.mark.parametrize("text", [
    "He reads the Sunday Times at breakfast.",
    "The story ran in the Sunday Telegraph.",
    "The Six-Day War reshaped the region.",
    "Historians still argue about the Thirty Years' War.",
    "The Summer Olympics draw large crowds.",
    "The Winter Games open in the mountains.",
    "The spring water is bottled on site.",
    "Temperatures will climb into the 90s across the valley.",
    "Highs will be in the upper 80s.",
    "Readings will stay in the 90s, with temperatures near records.",
])
def test_names_and_temperatures_hold_no_expression(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, expression, value", [
    ("Sunday's vote was close.", "Sunday", "2019-05-12"),
    ("Six-day talks ended in Geneva.", "Six-day", "P6D"),
    ("Music of the 90s was loud.", "the 90s", "199"),
    ("Last summer was hot.", "Last summer", "2018-SU"),
])
def test_the_same_words_still_read_as_time_elsewhere(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


def test_part_of_the_calendars_last_month_does_not_overflow() -> None:
    """ "early December" after a date in 9999 narrows December 9999, whose last day has no next day
    (hypothesis found it in test_properties)."""
    found = tag("9999-01-01 and early December", None)
    assert [(t.text, t.value) for t in found] == [("9999-01-01", "9999-01-01"), ("early December", "9999-12")]


@pytest.mark.parametrize("text, expression, value", [
    ("The survey took place over a two-month period.", "a two-month period", "P2M"),
    ("During an 18-month period the firm lost money.", "an 18-month period", "P18M"),
])
def test_a_period_of_a_counted_length_is_one_duration(text: str, expression: str, value: str) -> None:
    assert _found(text) == [(expression, value)]


def test_a_period_after_other_words_keeps_just_the_count() -> None:
    assert _found("The court may waive the extra seven-day period.") == [("seven-day", "P7D")]


def test_the_early_hours_of_a_named_day_leave_it_to_the_day() -> None:
    assert _found("Police arrested him in the early hours of Thursday morning.") == [("Thursday morning", "2019-05-09TMO")]


@pytest.mark.parametrize("text, expression, value", [
    ("Rates will stay high into the 90s, economists say.", "the 90s", "199"),
    ("The company said Sunday Times Mirror would sell the paper.", "Sunday", "2019-05-12"),
])
def test_near_misses_of_names_and_temperatures_are_still_time(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


@pytest.mark.parametrize("text, expression", [
    ("It is the second day of an offensive in the north.", "the second day"),
    ("Strikers stayed out for the 10th day running.", "the 10th day"),
    ("She vowed to act on her first day in office.", "first day"),
])
def test_a_day_counted_within_an_event_is_a_date(text: str, expression: str) -> None:
    assert (expression, "2019-05-15") in _found(text)


def test_the_first_day_of_a_calendar_period_is_no_count() -> None:
    assert [t for t, _ in _found("Rents are due on the first day of the month.")] != ["the first day"]


@pytest.mark.parametrize("text, expression, value", [
    ("She waited about half an hour.", "about half an hour", "PT30M"),
    ("The firm has struggled for the better part of a year.", "the better part of a year", "P1Y"),
])
def test_a_hedged_stretch_keeps_its_hedge(text: str, expression: str, value: str) -> None:
    assert _found(text) == [(expression, value)]


@pytest.mark.parametrize("text, expression, value", [
    ("Fog will lift by midmorning.", "midmorning", "2019-05-15TMO"),
    ("Trading slowed in midafternoon.", "midafternoon", "2019-05-15TAF"),
])
def test_mid_written_against_a_part_of_day(text: str, expression: str, value: str) -> None:
    assert _found(text) == [(expression, value)]


@pytest.mark.parametrize("text", [
    "Analysts expect profit to rise 8.5% annually.",
    "Sales have grown 12 percent annually.",
])
def test_a_rate_of_growth_is_no_recurrence(text: str) -> None:
    assert _found(text) == []


def test_a_recurring_event_is_still_a_set() -> None:
    assert _found("The festival is held annually in the old town.") == [("annually", "P1Y")]


def test_a_counted_day_in_a_history_is_the_day_the_story_is_at() -> None:
    text = "The offensive opened on July 1, 1916. The first day of the battle cost 57,000 men."
    assert ("The first day", "1916-07-01") in [(t.text, t.value) for t in tag(text, None)]


def test_a_capitalised_duration_before_another_name_is_still_a_duration() -> None:
    assert ("the Hundred Days", "P100D") in _found("The Allies launched the Hundred Days Offensive in August 1918.")
