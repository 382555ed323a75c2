"""Kinds of page that fooled the document date: an exhibition's closing date in the header, a diary's
first entry heading, a yearless day told before a full date, and a history with nothing that counts from
the day it was written (issue 11, "the document date on real folders")."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import date_document
from explorer.temporal.document_date import infer_document_date, is_dated_log, printed_document_date


def test_a_run_s_closing_date_in_the_header_is_not_the_page_s_date() -> None:
    text = (
        "Glass and Fire: three centuries of lamps\n\n"
        "Town Gallery, Ashby, until 14 June 2025\n\n"
        "Reviewed by Mara Quill, 2 February 2025\n\n"
        "The gallery has filled two rooms with lamps, lanterns and the odd chandelier, and the show, "
        "which opened last Friday, is a quiet delight from the first case to the last.\n"
    )
    assert printed_document_date(text) == (date(2025, 2, 2), "header")


def test_an_opening_run_date_alone_gives_no_header_date() -> None:
    text = "Summer Reading Club\nOpen from 3 July 2025\n\nChildren can borrow six books at a time this summer.\n"
    assert printed_document_date(text) is None


DIARY = (
    "Letters from the Coast: a walking diary\n\n"
    "Tuesday 4 May 2010, Porthmere\n"
    "Arrived on the late train in rain and found the guesthouse shut. Slept in the shelter by the harbour.\n\n"
    "Thursday 6 May, Porthmere\n"
    "Walked the cliff path to the old mine and back, eleven miles, and saw seals below the headland.\n\n"
    "Saturday 8 May, Kellan\n"
    "A short day along the estuary. The ferry was not running, so I waited two hours for the bus.\n"
)


def test_a_diary_s_first_entry_heading_is_not_the_document_date() -> None:
    assert is_dated_log(DIARY)
    assert printed_document_date(DIARY) is None
    assert infer_document_date(DIARY, today=date(2026, 1, 1)) is None
    dated = date_document(Document("walk.txt", DIARY, "t"))
    assert (dated.date, dated.date_source) == (None, "unknown")


def test_one_dated_heading_is_still_a_header_date() -> None:
    text = "Tuesday 4 May 2010, Porthmere\nArrived on the late train in rain and found the guesthouse shut.\n"
    assert not is_dated_log(text)
    assert printed_document_date(text) == (date(2010, 5, 4), "header")


def test_a_yearless_day_before_a_full_reported_day_does_not_push_the_date_a_year_on() -> None:
    text = (
        "Q&A: \"We rebuilt the mill wheel by hand\"\n\n"
        "Tomas Reyes led the volunteers who restored the Fenwick watermill, which turned again last month. "
        "He spoke to the Valley Gazette on 9 October 2022.\n\n"
        "What was the best moment?\n\n"
        "When the wheel turned on 14 September. Half the village came to watch.\n"
    )
    assert infer_document_date(text, today=date(2026, 1, 1)) == date(2022, 10, 9)


def test_a_yearless_day_after_a_full_reported_day_still_moves_the_date_on() -> None:
    text = "The council met on 2 March 2021 to discuss the bridge. The work began on 19 April.\n"
    assert infer_document_date(text, today=date(2026, 1, 1)) == date(2021, 4, 19)


@pytest.mark.parametrize("text, day", [
    ("Valley News Online\nUpdated 03-04-2026 10:15 AM\n\nFirefighters contained a brush fire on Tuesday. "
     "The fire began 02-28-2026, officials said.\n", date(2026, 3, 4)),
    ("Posted: 05-06-2025\n\nThe clinic has been closed since 04-21-2025 for repairs, the board said on Monday.\n",
     date(2025, 5, 6)),
    ("County Record\n06-07-2024\n\nThe levy passed on Tuesday. It was first proposed on 01-16-2024.\n", date(2024, 6, 7)),
    # guard: a page that writes its dashed dates day first keeps reading its header so
    ("Posted: 05-06-2025\n\nThe clinic has been closed since 21-04-2025 for repairs, the board said on Monday.\n",
     date(2025, 6, 5)),
])
def test_an_ambiguous_dashed_header_date_takes_the_order_of_the_page_s_dashed_dates(text: str, day: date) -> None:
    assert printed_document_date(text) == (day, "header")


def test_a_history_with_nothing_counting_from_its_writing_day_has_no_inferred_date() -> None:
    text = (
        "The Old Ropewalk, Hallby\n\n"
        "The ropewalk was built in 1802 and made cables for the navy until 1890. It was sold in 1923, "
        "became a furniture store in January 1958 and, after a long restoration, reopened as a museum in "
        "June 2004. It now welcomes school groups.\n"
    )
    assert infer_document_date(text, today=date(2026, 1, 1)) is None
    assert (date_document(Document("rope.txt", text, "t")).date_source) == "unknown"


def test_a_month_with_a_relative_date_says_too_little_to_infer_a_day() -> None:
    # "June 2004" says only that the text is from June 2004 or later: the end of that month would be
    # an invented day for "two weeks ago" (issue 11: unknown instead). Session 11 changed this.
    text = "The ropewalk reopened as a museum in June 2004. Two weeks ago it welcomed its first school group.\n"
    assert infer_document_date(text, today=date(2026, 1, 1)) is None
    full_day = "The ropewalk reopened as a museum on 12 June 2004. Two weeks ago it welcomed its first school group.\n"
    assert infer_document_date(full_day, today=date(2026, 1, 1)) == date(2004, 6, 12)


def test_a_web_address_in_the_header_gives_the_page_s_day() -> None:
    text = ("https://news.example.net/2022/11/08/harbour-wall-repairs\n"
            "Harbour wall repairs start\n\n"
            "Work on the harbour wall began on Monday and will take six weeks, the port authority said.\n")
    assert printed_document_date(text) == (date(2022, 11, 8), "header")
    dashed = "Source: www.example.org/local/2022-11-08-harbour-wall\n\nWork on the harbour wall began on Monday.\n"
    assert printed_document_date(dashed) == (date(2022, 11, 8), "header")


def test_a_printed_date_beats_the_web_address_and_a_link_in_a_sentence_is_no_date() -> None:
    text = ("https://news.example.net/2022/11/07/harbour-wall-repairs\n"
            "Harbour wall repairs start\n"
            "Published 8 November 2022\n\n"
            "Work on the harbour wall began on Monday and will take six weeks, the port authority said.\n")
    assert printed_document_date(text) == (date(2022, 11, 8), "header")
    linked = ("Harbour wall repairs start\n\n"
              "The plan was first reported at www.example.net/2019/03/04/harbour-plan by the local paper.\n")
    assert printed_document_date(linked) is None
    month_only = "https://news.example.net/2022/11/harbour-wall\nWork on the harbour wall began on Monday.\n"
    assert printed_document_date(month_only) is None


WIRE = ("\n\nWARSAW, February 26 (Agency) --\n\nThe two presidents signed the treaty in simultaneous ceremonies, "
        "an official said on Friday. The treaty was agreed in March 1997.\n")


def test_a_yearless_dateline_leaves_the_date_to_the_day_in_the_file_s_name() -> None:
    # from the text alone the dateline's year would be 1998 (the first February 26 after March 1997)
    assert printed_document_date(WIRE, "XYZ19990227.0171.txt") is None


def test_a_file_name_far_from_the_dateline_gives_no_year() -> None:
    # named months later (a scan, an archive copy): the name does not say the dateline's year, and
    # "March 1997", a year before the dateline, does not either (session 11: it gave 1998, wrongly)
    assert printed_document_date(WIRE, "XYZ19990927.0171.txt") is None
    assert printed_document_date(WIRE) is None
    assert infer_document_date(WIRE) is None


def test_the_ingest_route_dates_a_yearless_wire_dateline_by_the_file_s_name() -> None:
    dated = date_document(Document("XYZ19990227.0171.txt", WIRE, "t"))
    assert (dated.date, dated.date_source) == (date(1999, 2, 27), "filename")


@pytest.mark.parametrize("text, day", [
    ("The Hollin Vale Courier — Issue 212\nThursday 5 March 2026\n\nVILLAGE NEWS\n\n"
     "The village hall roof was repaired on Tuesday, three weeks after storm damage closed the hall to all users.\n\n"
     "COMING UP\n\nSat 7 Mar, 9am: Hedge planting on the lane.\nTue 10 Mar: Quiz night, the Plough, 8pm.\n"
     "Fri 13 Mar, 2.30pm: Seed swap in the church porch.\n", date(2026, 3, 5)),
    ("Brook Street Residents' Bulletin\n12 December 2025\n\nThe new crossing by the school was finished this week after "
     "months of delays, and the council says the lights will work from Monday.\n\nDIARY DATES\n\n"
     "Sun 21 Dec, 4pm: Carols on the green.\nSat 3 Jan, 10:00: New year litter pick.\nWed 14 Jan, 7.30pm: AGM, church hall.\n",
     date(2025, 12, 12)),
])
def test_a_listing_of_coming_events_below_the_news_leaves_the_header_s_date(text: str, day: date) -> None:
    """A newsletter's "What's on" lines ("Sat 7 Mar, 9am: Hedge planting") under its news each open with
    a day and give an hour, as a log's entries do; they list what comes after the issue's day, so the
    date under the masthead is still the page's."""
    assert is_dated_log(text)
    assert printed_document_date(text) == (day, "header")


def test_a_diary_whose_later_headings_come_after_its_first_is_still_a_log() -> None:
    # guard: entry headings without an hour are a diary's, whatever their order
    assert printed_document_date(DIARY) is None


@pytest.mark.parametrize("text, day", [
    ("Kelby Rowing Club — Report of the Year 2024\n\nDear members,\n\nThe year began with floods that kept the boats "
     "off the river until March, and in June we held our first regatta in a decade.\n\nThank you all.\n\n"
     "Tomas Reyes\nCaptain\n2 February 2025\n", date(2025, 2, 2)),
    ("Harbour Trust — Harbour Master's Report for 2025\n\nTo the trustees,\n\nThe year opened with a storm that moved "
     "the outer buoys, and in March the dredger cleared the channel for the first time since 2019.\n\n"
     "I am grateful to the crews for their work.\n\nEllen Marsh\nHarbour Master\n9 January 2026\n", date(2026, 1, 9)),
    # guard (the sign-off cue "Yours faithfully" already dated it)
    ("To the residents of Mill Lane\n\nThe resurfacing of the lane will begin next month and last about three weeks. "
     "Access for residents will be kept at all times.\n\nYours faithfully,\n\nAnn Hollis, Highways Officer\n"
     "Dunmore, 17 September 2024\n", date(2024, 9, 17)),
])
def test_a_letter_s_day_under_its_signature_dates_the_page(text: str, day: date) -> None:
    """ "Margaret Odell" / "Chair" / "14 March 2024" closing a letter or a report: the day it was signed,
    the page's date (was inferred from its latest day, a year off for a report on the year before)."""
    assert printed_document_date(text) == (day, "header")


_BODY = ("The bridge over the Wend was begun in 1901 by the county and opened to carts two years later, "
         "after a long quarrel over tolls between the town and the estate.\n\n")


@pytest.mark.parametrize("text", [
    # guards: a date under a line that ends a sentence, or under a line that names a date, is the text's
    "The Wend bridge: a short history\n\n" + _BODY + "It was closed for repairs after the flood.\n4 May 1988\n",
    "The Wend bridge: a short history\n\n" + _BODY + "Reopened to traffic:\nSaturday 3 May\n10 May 2025\n",
])
def test_a_closing_date_that_is_no_signature_s_day(text: str) -> None:
    assert printed_document_date(text) is None
