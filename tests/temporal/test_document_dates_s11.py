"""Session 11 (issue 11, "document-dates"): the day a page was written, or "unknown".

The articles here were written for these tests (none is taken from a corpus or a web page). Each
kind failed before its fix: a yearless dateline got the first year after the latest date the text
mentions however distant (right for one dateline in six on the fresh wire stories and TBAQ), and a
month alone was taken as the writing day.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import date_document
from explorer.temporal import tag
from explorer.temporal.document_date import infer_document_date, printed_document_date

TODAY = date(2026, 1, 1)

# A yearless dateline and only a distant year or month before it: the year is not told.
DISTANT = [
    "\nLYNDHURST, June 4 -- The ferry company said Tuesday that it would add two crossings a day. "
    "The line was last extended in 2009, when a second terminal opened.\n",
    "\nPORT ELLEN, Feb. 12 -- Fishermen blocked the harbour mouth on Monday, the coastguard said. "
    "Their union was founded in March 2001 and has 900 members.\n",
    "\nKASSEL, Oct. 3 (Wire) - The brewery cut 40 jobs on Friday. It had already closed a bottling "
    "line in April 2019, months before the merger.\n",
]


@pytest.mark.parametrize("text", DISTANT)
def test_a_yearless_dateline_with_only_a_distant_date_leaves_the_date_unknown(text: str) -> None:
    assert printed_document_date(text) is None
    assert infer_document_date(text, today=TODAY) is None
    dated = date_document(Document("story.txt", text, "t"))
    assert (dated.date, dated.date_source) == (None, "unknown")


# A full past date a few days or weeks before the dateline's day says its year.
CLOSE = [
    ("\nLYNDHURST, June 4 -- The ferry company, which cancelled every crossing on May 28, 2024 after a "
     "storm, said Tuesday that it would add two crossings a day.\n", date(2024, 6, 4)),
    ("\nPORT ELLEN, Jan. 9 -- Fishermen, who first blocked the harbour on December 20, 2017, lifted "
     "their blockade on Monday.\n", date(2018, 1, 9)),  # the new year between the two
    ("\nKASSEL, Oct. 3 (Wire) - The brewery, whose strike began on 15 September 2015, cut 40 jobs "
     "on Friday.\n", date(2015, 10, 3)),
]


@pytest.mark.parametrize("text,when", CLOSE)
def test_a_past_full_date_close_before_a_yearless_dateline_gives_its_year(text: str, when: date) -> None:
    assert printed_document_date(text) == (when, "dateline")


def test_a_full_date_after_the_dateline_s_day_or_long_before_it_gives_no_year() -> None:
    # a day in the previous spring is half a year before the "Oct. 3" dateline: any later year fits
    text = ("\nKASSEL, Oct. 3 (Wire) - The brewery cut 40 jobs on Friday. Its strike began on 15 March 2015 "
            "and ended a month later.\n")
    assert printed_document_date(text) is None
    assert infer_document_date(text, today=TODAY) is None


def test_with_an_unknown_document_date_the_dateline_s_weekday_waits_for_the_user_s_date() -> None:
    text = DISTANT[0]
    dated = date_document(Document("story.txt", text, "t"))
    (tuesday,) = [t for t in tag(text, dated.date) if t.text == "Tuesday"]
    assert (tuesday.certainty, tuesday.anchor, tuesday.begin) == ("undated", -1, None)  # anchored on the document
    (given,) = [t for t in tag(text, date(2024, 6, 4)) if t.text == "Tuesday"]
    assert given.begin is not None and given.begin <= date(2024, 6, 4)  # moves once the user gives the date


def test_a_month_is_no_writing_day_but_a_full_day_is() -> None:
    month = ("Jury convicts former clerk\n\nA jury on Thursday convicted a former court clerk of theft. "
             "She resigned in August 2019 and was charged last month.\n")
    assert infer_document_date(month, today=TODAY) is None
    day = ("Jury convicts former clerk\n\nA jury on Thursday convicted a former court clerk of theft. "
           "She was charged on 2 May 2021 and pleaded not guilty.\n")
    assert infer_document_date(day, today=TODAY) == date(2021, 5, 2)


def test_a_month_and_a_yearless_day_after_it_say_no_writing_day() -> None:
    # "August 2019 ... on Nov. 25" put the page on 2019-11-25: "Nov. 25" can be any later year
    text = ("Former clerk sentenced\n\nThe clerk resigned in August 2019. A judge sentenced her on Nov. 25 "
            "to two years, and she said on Monday that she would appeal.\n")
    assert infer_document_date(text, today=TODAY) is None


@pytest.mark.parametrize("masthead", ["Est. March 2, 1891", "Founded 12 April 1902 | Serving the valley",
                                      "Established on 1 October 1875"])
def test_a_masthead_s_founding_date_is_not_the_page_s(masthead: str) -> None:
    text = (f"The Harbour Ledger\n{masthead}\n\nFerry fares rise\n\n"
            "The ferry company said on Tuesday that fares would rise by 5 percent from next month.\n")
    assert printed_document_date(text) is None
    assert infer_document_date(text, today=TODAY) is None
    # the page's own date beside it still counts
    dated = text.replace("\n\nFerry", "\nMarch 9, 2024\n\nFerry")
    assert printed_document_date(dated) == (date(2024, 3, 9), "header")


def test_a_date_an_offer_expires_on_is_no_lower_bound_for_the_writing_day() -> None:
    text = ("The toll-free period expires on 30 June 2023. Drivers who crossed the bridge on 2 February 2023 "
            "paid nothing, the authority said on Monday.\n")
    assert infer_document_date(text, today=TODAY) == date(2023, 2, 2)
    # told in the past, the end has happened: the page is from then or later
    past = text.replace("expires", "expired")
    assert infer_document_date(past, today=TODAY) == date(2023, 6, 30)


def test_yearless_days_that_follow_a_month_closely_carry_it_to_the_writing_day() -> None:
    text = ("Ferries return\n\nThe port closed in October 2020 after the storm. Ships returned on November 12, "
            "and the first ferry sailed on December 1, officials said on Monday.\n")
    assert infer_document_date(text, today=TODAY) == date(2020, 12, 1)
    # across the new year too
    winter = text.replace("October 2020", "November 2020").replace("November 12", "December 20") \
        .replace("December 1,", "January 9,")
    assert infer_document_date(winter, today=TODAY) == date(2021, 1, 9)
    # a day months after the month leads on from nothing
    far = text.replace("November 12", "March 12").replace("December 1,", "April 1,")
    assert infer_document_date(far, today=TODAY) is None
