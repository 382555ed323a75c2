"""A yearless day with its weekday that agrees with a year the text names before its latest date is
the story's day, not one counted from the writing (session 39): a retold ledger of a past year, given
to a library decades later, was dated the first year after the gift in which the ledger's "Thursday
24 August" fell on a Thursday, and every yearless day of the story moved with it."""

from __future__ import annotations

from datetime import date

from explorer.temporal.document_date import infer_document_date

_LEDGER = """The mill fire of {year}: the watchman's book

Summarised from the watchman's book by the Harl Valley Society.

The first smoke was seen on {weekday} {day} {month}. The watchman rang the bell and the carters
formed a chain of buckets from the leat. By the evening the drying loft had fallen in.

The owners rebuilt the loft in {rebuilt}. The watchman's book was given to the county archive by his
grandson in {gift}.
"""


def _ledger(year: int, weekday: str, day: int, month: str, gift: int) -> str:
    return _LEDGER.format(year=year, weekday=weekday, day=day, month=month, rebuilt=year + 2, gift=gift)


def test_a_retold_ledger_s_weekday_day_is_the_story_s_not_the_writing_s() -> None:
    # 14 March 1867 was a Thursday; the gift's year 1952 would have pinned the page to 1957-03-14
    assert date(1867, 3, 14).weekday() == 3
    assert infer_document_date(_ledger(1867, "Thursday", 14, "March", 1952), today=date(2026, 1, 1)) is None


def test_another_year_and_weekday_too() -> None:
    assert date(1902, 10, 6).weekday() == 0  # a Monday
    assert infer_document_date(_ledger(1902, "Monday", 6, "October", 1978), today=date(2026, 1, 1)) is None


def test_a_news_page_s_weekday_in_its_own_year_still_dates_it() -> None:
    text = ("Harbour board\n\nThe board, formed on 2 March 1998, met on Monday, Oct. 26, and voted to close the "
            "east quay. Members said last week that the quay had lost money since 1994.\n")
    assert infer_document_date(text, today=date(2026, 1, 1)) == date(1998, 10, 26)
