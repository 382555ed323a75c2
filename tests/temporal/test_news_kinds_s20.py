"""Kinds of news expression found by session twenty in sentences of our own (issue #11), each tested
with a control that must keep its old reading."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

DCT = date(1994, 10, 26)


#: a second paragraph makes a sentence an article's (a lone short line reads as a post)
_PARAGRAPH = "\n\nThe council's spokesman declined to comment on the matter when reached by telephone."


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text + _PARAGRAPH, DCT)) if t.start < len(text)]


@pytest.mark.parametrize("text", [
    "The brewer expects profit for the year to fall.",
    "It now expects sales for the year to be flat.",
    "Analysts expect earnings for the year to rise about 5%.",
])
def test_the_year_before_an_infinitive_is_the_reports_year(text: str) -> None:
    """ "for the year to fall": "to" opens the verb the forecast is about, not the year's last day;
    the rule for "for the year" left out every year followed by "to"."""
    assert ("the year", "DATE", "1994") in _found(text)


@pytest.mark.parametrize("text, expected", [
    ("Output for the year to March rose.", [("the year", "DURATION", "P1Y"), ("March", "DATE", "1994-03")]),
    ("Profit for the year to June 30 rose.", [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "1994-06-30")]),
    ("Sales for the year to date are up 4%.", []),
])
def test_a_year_to_a_date_keeps_its_reading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text, expression, value", [
    # told on 26 October 1994 ... and on 14 March 2001, three to five weeks before that spring's feasts
    ("The walkout began on Good Friday.", "Good Friday", "2000-04-21"),
    ("The chapel was full on Palm Sunday.", "Palm Sunday", "2000-04-16"),
    ("Ferries stopped running on Easter Monday.", "Easter Monday", "2000-04-24"),
])
def test_a_movable_feast_after_a_past_verb_is_the_last_one(text: str, expression: str, value: str) -> None:
    """A past verb right at a movable feast dates an event gone: the last such feast, as it dates
    "closed on March 20" a year back; the month of slack for a tense read further off made it the
    feast a few weeks ahead."""
    found = [(t.text, t.type, t.value) for t in timeml_view(tag(text + _PARAGRAPH, date(2001, 3, 14)))]
    assert (expression, "DATE", value) in found


@pytest.mark.parametrize("text, value", [
    ("The walkout will begin on Good Friday.", "2001-04-13"),
    ("Most shops are closed on Good Friday.", "2001-04-13"),
])
def test_a_movable_feast_ahead_keeps_the_coming_one(text: str, value: str) -> None:
    found = [(t.text, t.value) for t in timeml_view(tag(text + _PARAGRAPH, date(2001, 3, 14)))]
    assert ("Good Friday", value) in found


@pytest.mark.parametrize("text, written, value", [
    # told on the day it is written (a Thursday): the weekend ahead of that day
    ("The army said Thursday it would send more troops by the weekend.", date(1998, 5, 14), "1998-W20-WE"),
    ("Rioting went on for a third day Thursday, and the army said it would send troops by the weekend.",
     date(1998, 5, 14), "1998-W20-WE"),
    # told on a Monday of the week written about: that week's weekend, still ahead
    ("The union said Monday that the talks could collapse over the weekend.", date(1998, 5, 13), "1998-W20-WE"),
    # told on a Friday, read the Monday after: the weekend just gone
    ("The union had warned on Friday that the talks could collapse by the weekend.", date(1998, 5, 18), "1998-W20-WE"),
])
def test_a_weekend_planned_on_a_named_day_ends_that_days_week(text: str, written: date, value: str) -> None:
    """A plan reported with the day it was told ("said Thursday it would ... by the weekend") looks to
    the weekend that ends that day's week; it was always taken for the weekend before the page's,
    right only when the day told lay in an earlier week."""
    found = [(t.text, t.value) for t in timeml_view(tag(text + _PARAGRAPH, written))]
    assert ("the weekend", value) in found


@pytest.mark.parametrize("text, expression, value", [
    ("Retail sales rose in October, the department said. Earlier in the day, stocks fell.",
     "Earlier in the day", "1994-10-26"),
    ("Factory output fell in the third quarter. Later in the week, the bank cut its rates.",
     "Later in the week", "1994-W43"),
])
def test_earlier_in_the_day_after_a_month_is_the_reports_day(text: str, expression: str, value: str) -> None:
    """News names "earlier in the day" of its own day: a month or quarter told before it has no day
    to give (it was read as a day of October, 1994-10-XX)."""
    assert (expression, "DATE", value) in _found(text)


def test_later_in_the_day_after_a_day_keeps_that_day() -> None:
    assert ("Later in the day", "DATE", "1994-03-03") in _found("The ferry sank on March 3. Later in the day, divers reached it.")


@pytest.mark.parametrize("text, expression, value", [
    ("The driver was last seen Oct. 3, the day before police issued a warrant.", "the day before", "1994-10-03"),
    ("The rally was held on Sunday, the day before the election.", "the day before", "1994-10-23"),
    ("Peking warned on 2 October 1950 - the day after the army crossed the border.", "the day after", "1950-10-02"),
    ("The envoys met on Monday, the week before the summit.", "the week before", "1994-W43"),
])
def test_the_day_before_an_event_in_apposition_to_a_date_is_that_date(text: str, expression: str, value: str) -> None:
    """ "Nov. 3, the day before police issued a warrant": the phrase names the date just told again,
    by the event it precedes; it was read as a day before that date."""
    assert (expression, "DATE", value) in _found(text)


@pytest.mark.parametrize("text, expression, value", [
    ("The plant closed on March 2, and reopened the day after.", "the day after", "1994-03-03"),
    ("The talks ended on Friday, the day before, they had agreed.", "the day before", "1994-10-20"),
    ("The mill shut on Friday. The day before, the board had met.", "The day before", "1994-10-20"),
])
def test_the_day_before_with_no_event_counts_from_the_date(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _found(text)


@pytest.mark.parametrize("text", [
    "Warplanes struck targets across the region for a 20th night.",
    "Protesters marched for a fourth straight night.",
    "Rescuers searched the rubble for a second consecutive evening.",
])
def test_a_counted_night_is_no_night_of_the_page(text: str) -> None:
    """ "for a 20th night", "a fourth straight night": a count of nights, none of them the page's own
    (it was read as the night of the document's day); "first", "second", "third" were already left."""
    assert _found(text) == []


def test_the_night_alone_is_still_the_pages() -> None:
    assert ("the night", "TIME", "1994-10-26TNI") in _found("Fighting went on through the night.")


@pytest.mark.parametrize("text, value", [
    ("The charge will produce a loss for the quarter ending Dec. 31, the brewer said.", "1994-Q4"),
    ("Net income fell 9% in the quarter ended June 30.", "1994-Q2"),
    ("Sales rose in the quarter ended Sept. 30 to $747 million.", "1994-Q3"),
])
def test_the_quarter_named_by_its_last_day_is_that_quarter(text: str, value: str) -> None:
    """ "the quarter ending Dec. 31", told in October: the quarter its last day names; "the quarter"
    alone in a report is the last one completed (Q3), which it was read as whatever day followed."""
    assert ("the quarter", "DATE", value) in _found(text)


@pytest.mark.parametrize("text, value", [
    ("The cold snap will last through the weekend.", "1994-W43-WE"),
    ("The cold snap is expected to last over the weekend.", "1994-W43-WE"),
    ("The cold snap lasted through the weekend.", "1994-W42-WE"),
])
def test_last_as_a_verb_after_a_modal_is_no_past(text: str, value: str) -> None:
    """ "will last through the weekend": the verb "last" after a modal or "to" is no past marker (as
    "last" in "last week" is); it made the weekend the one gone."""
    assert ("the weekend", "DATE", value) in _found(text)


@pytest.mark.parametrize("text, expression, value", [
    ("The parade will be held the day after Thanksgiving.", "the day after Thanksgiving", "1994-11-25"),
    ("The talks resumed the day after Christmas.", "the day after Christmas", "1993-12-26"),
    ("Shops were packed the day before Christmas Eve.", "the day before Christmas Eve", "1993-12-23"),
    ("The party was held the day after New Year's Eve.", "the day after New Year's Eve", "1994-01-01"),
    ("The strike began the day after Easter.", "the day after Easter", "1994-04-04"),
])
def test_the_day_before_or_after_a_holiday_is_one_day(text: str, expression: str, value: str) -> None:
    """ "the day after Thanksgiving": the day next to the holiday, one expression; read apart, "the
    day after" was counted from the date told before it (or the page's) and the holiday was a second
    expression."""
    assert _found(text) == [(expression, "DATE", value)]


@pytest.mark.parametrize("text, written, value", [
    ("Roads were jammed during Easter week.", date(2000, 4, 17), "2000-W16"),  # the week under way
    ("Roads were jammed during Easter week.", date(2000, 5, 17), "2000-W16"),
    ("The offices will be closed during Christmas week.", date(2000, 12, 1), "2000-W52"),
    ("Stores expect record sales over Thanksgiving week.", date(2000, 11, 10), "2000-W47"),
])
def test_a_holidays_week_is_the_iso_week_it_falls_in(text: str, written: date, value: str) -> None:
    """ "Easter week", "Christmas week": the week the holiday falls in, one expression (TimeML writes
    the ISO week); it was the holiday's day, and "week" was left out."""
    found = [(t.text, t.type, t.value) for t in timeml_view(tag(text + _PARAGRAPH, written)) if t.start < len(text)]
    assert found == [(text.split(" during ")[-1].split(" over ")[-1].rstrip("."), "DATE", value)]


@pytest.mark.parametrize("text, expression, value", [
    ("Voters go to the polls in November.", "November", "1995-11"),
    ("Voters go to the polls in the spring.", "the spring", "1995-SP"),
    ("Work on the bridge begins in the summer, the council said.", "the summer", "1995-SU"),
])
def test_a_scheduling_present_looks_ahead_to_a_month_or_season(text: str, expression: str, value: str) -> None:
    """Written in December 1994: "voters go to the polls in November" is a fixture, the coming one;
    the scheduling present took months only and knew no polls, so both were last year's."""
    found = [(t.text, t.value) for t in timeml_view(tag(text + _PARAGRAPH, date(1994, 12, 7))) if t.start < len(text)]
    assert (expression, value) in found


@pytest.mark.parametrize("text, written, expression, value", [
    ("Shoppers flocked to the malls the week before Christmas.", date(2001, 1, 5), "the week before Christmas", "2000-W51"),
    ("Sales slumped in the week after Easter.", date(2000, 5, 10), "the week after Easter", "2000-W17"),
    ("Roads were jammed the week after Thanksgiving.", date(2000, 12, 10), "the week after Thanksgiving", "2000-W48"),
])
def test_the_week_before_or_after_a_holiday_is_the_iso_week_next_to_its_own(
        text: str, written: date, expression: str, value: str) -> None:
    """ "the week before Christmas": the ISO week before the one the holiday falls in, one expression;
    read apart, "the week before" was the week before the page's."""
    found = [(t.text, t.type, t.value) for t in timeml_view(tag(text + _PARAGRAPH, written)) if t.start < len(text)]
    assert found == [(expression, "DATE", value)]
