"""Kinds of page line that decide whether a printed date is the page's own (issue 11, "The document
date"; found on the session-seventeen pages, ``document_date_pages_s17.py``): a saved page's menu
above its header, an event listing's day with its time and venue, a log whose entries open with a
timestamp, and a notice's sign-off or run of publication days at its foot."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import date_document
from explorer.temporal.document_date import infer_document_date, is_dated_log, printed_document_date
from explorer.temporal.page_lines import day_of_month_form, first_day_of_run, is_menu_item

TODAY = date(2026, 6, 1)


def _dropped(text: str) -> tuple[date | None, str]:
    doc = date_document(Document("page.txt", text, "t"))
    return doc.date, doc.date_source


@pytest.mark.parametrize("menu", [
    "Home\nNews\nSport\nBusiness\nCulture\nTravel\nWeather\nPodcasts\nNewsletters\nLocal\nOpinion\nPuzzles\nJobs\nContact us\nMore\nSign in\n",
    "Skip to content\nMenu\nWorld\nUK\nPolitics\nScience\nHealth\nEducation\nArts & Culture\nBooks\nMusic\nFilm\nTV\nGames\nFood\nGardens\n",
])
@pytest.mark.parametrize("stamp, day", [
    ("By Nell Ardagh\nWednesday 9 July 2025, 8:02 am\n", date(2025, 7, 9)),
    ("Posted: 21/10/2024\n", date(2024, 10, 21)),
])
def test_a_saved_page_s_menu_does_not_push_its_date_line_out_of_the_header(menu: str, stamp: str, day: date) -> None:
    text = menu + "Library reopens after roof repair\n" + stamp + \
        "\nThe town library reopened on Monday after six weeks of work on its roof, the council said.\n"
    assert printed_document_date(text) == (day, "header")


def test_menu_items_are_words_alone_on_a_line() -> None:
    assert is_menu_item("Contact us") and is_menu_item("Arts & Culture")
    assert not is_menu_item("Library reopens after roof repair")
    assert not is_menu_item("9 July 2025") and not is_menu_item("Opinion:")


@pytest.mark.parametrize("listing", [
    "Saturday 14 June 2025, 2pm, Ferris Hall",
    "Friday 6 June 2025 at 7pm at the Corn Exchange",
    "Sunday 22 June 2025, 10am–4pm",
    "Wednesday 2 July 2025, 19:30, St Aldric's Church",
])
def test_an_event_listing_s_day_is_not_the_page_s_date(listing: str) -> None:
    text = ("Greyford Choral Society\nSummer concert\n" + listing + "\n\n"
            "The choir will sing music by three local composers. Tickets are £8 from the box office.\n")
    assert printed_document_date(text) is None
    assert infer_document_date(text, today=TODAY) is None
    assert _dropped(text) == (None, "unknown")


@pytest.mark.parametrize("stamp, day", [
    ("Tuesday 8 April 2025, 10:31 am", date(2025, 4, 8)),
    ("Sunday 12 January 2025, 16:05 GMT", date(2025, 1, 12)),
    ("June 3, 2025 at 4:12 p.m. ET", date(2025, 6, 3)),
    ("Tuesday 4 May 2010, Porthmere", date(2010, 5, 4)),
])
def test_a_stamp_with_its_time_zone_or_place_is_still_the_page_s_date(stamp: str, day: date) -> None:
    text = "Ferry fares to rise\n" + stamp + "\n\nFares on the island ferry will rise by a tenth, the operator said.\n"
    assert printed_document_date(text) == (day, "header")


def test_a_meeting_held_at_a_time_and_place_is_still_the_minutes_date() -> None:
    text = ("Brookfield Residents' Forum\nMinutes\n"
            "Held on Tuesday 11 March 2025 at 7 p.m. in the church hall\n\n"
            "1. The chair welcomed members and reported that the bus shelter had been repaired.\n")
    assert printed_document_date(text) == (date(2025, 3, 11), "header")


LOG = ("Review: outage of the booking system\n\n"
       "2025-03-02 22:05 UTC  Alerts fire for slow responses on the booking service.\n"
       "2025-03-02 22:31 UTC  The database failover is started by the engineer on call.\n"
       "2025-03-03 00:12 UTC  Bookings are accepted again and the incident is closed.\n\n")


@pytest.mark.parametrize("footer, day", [
    ("Report approved 2025-03-06 by the head of operations.\n", date(2025, 3, 6)),
    ("Signed off: 7 March 2025\n", date(2025, 3, 7)),
    ("", None),
])
def test_a_log_s_first_timestamp_is_not_the_page_s_date(footer: str, day: date | None) -> None:
    text = LOG + footer
    assert is_dated_log(text)
    assert _dropped(text)[0] == day


@pytest.mark.parametrize("line, day", [
    ("Dated this 9th day of September 2024", date(2024, 9, 9)),
    ("Signed on the 3rd day of March, 2025", date(2025, 3, 3)),
    ("Given under my hand this 21st day of January 2023.", date(2023, 1, 21)),
    ("Dated September 2024", None),
])
def test_the_legal_day_of_form(line: str, day: date | None) -> None:
    assert day_of_month_form(line) == day


@pytest.mark.parametrize("footer, day", [
    ("Dated this 9th day of September 2024\nJ. Harker, Clerk to the Council\n", date(2024, 9, 9)),
    ("Signed on the 3rd day of March, 2025\n", date(2025, 3, 3)),
    ("Issued by the parish office, 12 May 2025\n", date(2025, 5, 12)),
])
def test_a_notice_s_sign_off_at_its_foot_dates_it(footer: str, day: date) -> None:
    text = ("NOTICE OF ROAD CLOSURE\n\nBrook Lane will be closed to vehicles while a new water main is laid. "
            "A diversion will be signed via the ring road.\n\n" + footer)
    assert _dropped(text) == (day, "header")


@pytest.mark.parametrize("line, day", [
    ("Published in the Greyford Echo from Apr. 16 to Apr. 18, 2025.", date(2025, 4, 16)),
    ("Published in the Evening Star from Dec. 30 to Jan. 2, 2025.", date(2024, 12, 30)),
    ("Published in the Evening Star on Apr. 16, 2025.", None),
])
def test_the_first_day_of_a_run_of_publication_days(line: str, day: date | None) -> None:
    assert first_day_of_run(line) == day


def test_an_obituary_s_run_of_publication_days_dates_it() -> None:
    text = ("Edith Mary Cole\n1932 - 2025\n\nEdith Mary Cole, 92, died peacefully at home on March 28, 2025. "
            "A funeral will be held at Holy Trinity on Friday at 2 p.m.\n\n"
            "Published in the Greyford Echo from Apr. 3 to Apr. 5, 2025.\n")
    assert _dropped(text) == (date(2025, 4, 3), "header")


STANDFIRST = ("The county wants to close four of its nine recycling centres to save money. We spent a week at "
              "the busiest of them asking the people who queue there every weekend where their garden waste "
              "and broken fridges will go if it shuts.\n")


@pytest.mark.parametrize("byline, day", [
    ("By Sam Orley | 4 August 2025\n", date(2025, 8, 4)),
    ("Monday 4 August 2025\n", date(2025, 8, 4)),
    ("Published: 2025-08-04\n", date(2025, 8, 4)),
])
def test_a_standfirst_under_the_headline_does_not_end_the_header(byline: str, day: date) -> None:
    text = "Where will the rubbish go?\n" + STANDFIRST + byline + "\nThe queue at Mill Road starts before the gates open.\n"
    assert printed_document_date(text) == (day, "header")


def test_a_dated_paragraph_still_ends_the_header() -> None:
    text = ("Where will the rubbish go?\n"
            "The county voted on 2 July 2025 to close four of its nine recycling centres, and we spent a week "
            "at the busiest of them asking the people who queue there every weekend where their garden waste and "
            "their broken fridges will go.\n"
            "Mill Road, 28 July 2025\n")
    assert printed_document_date(text) is None


@pytest.mark.parametrize("line, day", [
    ("12-May-2025", date(2025, 5, 12)),
    ("03.Jun.2024", date(2024, 6, 3)),
    ("7/Sept/2023", date(2023, 9, 7)),
    ("31-Feb-2025", None),
    ("12-May-2025 to 14-May-2025", None),
])
def test_a_stamp_with_the_month_s_name_between_figures(line: str, day: date | None) -> None:
    text = "Parish council\nPlanning decisions\n" + line + "\n\nNo objection was raised to the extension at 4 Mill Row.\n"
    found = printed_document_date(text)
    assert (found[0] if found else None) == day


@pytest.mark.parametrize("masthead, day", [
    ("Kettlewick Field Club and Natural History Society, bulletin 31, 9 October 2024", date(2024, 10, 9)),
    ("Friends of the Upper Brenn Valley Railway Preservation Trust · Members' letter · 2 March 2025", date(2025, 3, 2)),
    ("The Orchard Lane Primary School Parents and Teachers Association | Spring newsletter | 14/03/2025", date(2025, 3, 14)),
])
def test_a_long_masthead_line_closed_by_its_date_dates_the_page(masthead: str, day: date) -> None:
    text = "Season report\n\n" + masthead + "\n\nThank you to everyone who came to the open day in the summer.\n"
    assert printed_document_date(text) == (day, "header")


@pytest.mark.parametrize("line", [
    "The volunteers who rebuilt the footbridge over the Brenn finally opened it to walkers, 9 October 2024.",
    "The bridge over the Brenn, closed since the storm, reopened to walkers and cyclists on 9 October 2024",
])
def test_a_sentence_ending_on_a_date_is_not_a_masthead(line: str) -> None:
    text = "Season report\n\n" + line + "\n\nThank you to everyone who came to the open day in the summer.\n"
    assert printed_document_date(text) is None


@pytest.mark.parametrize("heading", [
    "Tuesday 11 March 2025 at 7pm in the Village Hall",
    "Tuesday 11 March 2025, 19:30, Brookfield Community Centre",
])
def test_minutes_headed_like_a_listing_report_their_meeting_so_it_dates_them(heading: str) -> None:
    text = ("Brookfield Parish Council\nMinutes of the ordinary meeting\n" + heading + "\n\n"
            "Present: Cllrs Ode (chair), Marsh and Tulley.\n"
            "1. The chair reported that the bus shelter had been repaired and the invoice was approved.\n")
    assert printed_document_date(text) == (date(2025, 3, 11), "header")


@pytest.mark.parametrize("hours", ["9am to 1pm", "10:00 - 16:00", "from 7.30pm until late"])
def test_a_notice_s_day_with_its_hours_on_the_next_line_is_the_event_s(hours: str) -> None:
    text = ("Temporary road closure\nNotice is given that Quarry Lane will be closed to vehicles on:\n"
            "Wednesday 16 April 2025\n" + hours + "\n"
            "It will be an offence to drive on the lane while it is closed, except for access.\n")
    assert printed_document_date(text) is None


@pytest.mark.parametrize("heading", ["Related", "More like this", "Most read:", "You may also like", "Related stories"])
def test_the_dates_of_linked_articles_at_the_foot_are_not_the_page_s(heading: str) -> None:
    text = ("Flood warning for the lower valley\n\nDate:\n\n"
            "The river authority has warned of flooding along the lower valley for tomorrow and Thursday.\n\n"
            "Share this\n\n" + heading + "\n\n"
            "Tide tables for March 3, 2025 | Coast News\n\n"
            "Ferry timetable changes announced\n")
    assert _dropped(text) == (None, "unknown")


def test_a_related_heading_is_short_and_alone() -> None:
    from explorer.documents.page_furniture import is_related_heading
    assert is_related_heading("Related") and is_related_heading("  Most popular ") and is_related_heading("Read more:")
    assert not is_related_heading("Related costs rose by a fifth in 2024")
    assert not is_related_heading("Popular uprising in the north")


@pytest.mark.parametrize("issued, valid, day", [
    ("Issued at 09:00 on Friday 9 January", "In force until 09:00 on Monday 12 January 2026", date(2026, 1, 9)),
    ("Issued 14:00 BST Tuesday 3 June", "Valid until: 06:00 Thursday 5 June 2025", date(2025, 6, 3)),
    ("Published: 28 December", "Review due 10 January 2027", date(2026, 12, 28)),
])
def test_a_yearless_issued_day_takes_its_year_from_a_full_date_beside_it(issued: str, valid: str, day: date) -> None:
    text = "Cold weather alert\n" + issued + "\n" + valid + "\n\nCheck on neighbours who live alone and keep rooms warm.\n"
    assert printed_document_date(text) == (day, "header")


@pytest.mark.parametrize("issued, valid", [
    ("Issued at 09:00 on Thursday 9 January", "In force until 09:00 on Monday 12 January 2026"),  # not a Thursday
    ("Issued 14:00 Tuesday 3 June", "Valid until 06:00 Thursday 5 June"),  # no year anywhere
    ("Issued 14:00 on 3 June", "Review due 30 September 2025"),  # four months before: no alert runs so long
])
def test_a_yearless_issued_day_with_no_year_beside_it_stays_unknown(issued: str, valid: str) -> None:
    text = "Cold weather alert\n" + issued + "\n" + valid + "\n\nCheck on neighbours who live alone and keep rooms warm.\n"
    assert printed_document_date(text) is None


@pytest.mark.parametrize("label", ["Day {n} — ", "Stage {n}: ", "Entry {n}. "])
def test_numbered_diary_entries_are_a_log_not_a_header(label: str) -> None:
    entries = [("Monday 3 March 2025, Ormsby", "Set off late after a puncture in the yard."),
               ("Tuesday 4 March, Kell", "Rain all day, so we stayed in the bothy and read."),
               ("Thursday 6 March, Brenn", "Over the pass at last and down to the inn by dark.")]
    text = "Walking the ridge\n\n" + "".join(f"{label.format(n=n)}{head}\n{body}\n\n" for n, (head, body) in enumerate(entries, 1))
    assert is_dated_log(text)
    assert _dropped(text) == (None, "unknown")


@pytest.mark.parametrize("dates, latest", [
    (("2 April 2025", "4 April 2025"), date(2025, 4, 4)),
    (("the 9th day of May 2024", "3 May 2024", "7 May 2024"), date(2024, 5, 9)),
])
def test_a_notices_page_is_dated_by_its_latest_sign_off(dates: tuple[str, ...], latest: date) -> None:
    notices = "".join(f"NOTICE {n}\nThe applicant seeks consent for works at plot {n}. Objections within 21 days.\nDated {d}\n\n"
                      for n, d in enumerate(dates, 1))
    assert printed_document_date("PUBLIC NOTICES\n\n" + notices) == (latest, "header")


@pytest.mark.parametrize("line", ["Next review due 14 February 2027", "Payment due: 30 June 2025", "Valid until 09:00 Friday 7 March 2025"])
def test_a_due_or_closing_date_alone_is_not_the_page_s(line: str) -> None:
    assert printed_document_date("Allotment rents\n" + line + "\n\nRents are payable to the treasurer.\n") is None


def test_one_sign_off_dates_its_notice() -> None:
    text = "PUBLIC NOTICE\n\nThe applicant seeks consent for works at plot 4.\nDated 2 April 2025\n"
    assert printed_document_date(text) == (date(2025, 4, 2), "header")


@pytest.mark.parametrize("line", ["Embargoed until 00:01 Tuesday 6 May 2025", "EMBARGOED UNTIL 00:01 BST, TUESDAY 6 MAY 2025",
                                  "Under embargo until 6 May 2025", "Embargoed until 10:00 on 6 May 2025", "Embargo: 6 May 2025, 00:01"])
def test_an_embargo_ends_on_the_day_the_release_is_published(line: str) -> None:
    text = "Survey of bus stops\n" + line + "\n\nA survey of 2,000 bus stops found that a quarter showed no timetable.\n"
    assert printed_document_date(text) == (date(2025, 5, 6), "header")


HISTORY = ("The Brenn valley campaign\n\n"
           "The rising began in the spring of 1811. On March 3 the weavers of Ormsby broke the frames at two mills, "
           "and on March 9 the magistrates called out the yeomanry. By June 1812 the unrest had spread to Kell, "
           "where on June 14 a crowd burned the cloth hall. The leaders were tried at the assizes in 1813; on "
           "January 16 three were hanged and on January 20 eleven were transported. Peace returned in 1814, "
           "though on August 2 and again on August 19 mills were attacked. The last of the leaders died on 3 "
           "May 1840; on May 9 he was buried at Kell, and on June 1 his widow left for the colonies.\n")


def test_a_history_moving_through_years_and_yearless_days_has_no_inferred_date() -> None:
    assert printed_document_date(HISTORY) is None
    assert infer_document_date(HISTORY, today=TODAY) is None
    assert _dropped(HISTORY) == (None, "unknown")


@pytest.mark.parametrize("text, day", [
    ("A former harbour master has died aged 91, his family said on Monday. Born in 1933, he went to sea in "
     "1949, took charge of the harbour in 1975 and retired in 1998. He died at home on 2 March 2025. A "
     "service will be held on 14 March.", date(2025, 3, 2)),
    ("The ferry returned to service on 3 June 2024 after a refit that began in 2019 and was delayed in 2020, "
     "2021 and 2022. Crews were trained on 20 May and on 28 May.", date(2024, 6, 3)),
])
def test_a_news_story_telling_a_few_years_still_has_its_inferred_date(text: str, day: date) -> None:
    assert infer_document_date(text, today=TODAY) == day


@pytest.mark.parametrize("line, day", [
    ("RIVERTON, Oregon and LAKEVIEW, Idaho, March 3, 2025, March 3, 2025 (PRESS WIRE) — Two mills merged today.", date(2025, 3, 3)),
    ("SALLOW and HOLT, Norland, 4 May 2025 — The two councils agreed to share a chief executive.", date(2025, 5, 4)),
    ("KELL & BRENN, 9 June 2024 (Valley Wire) - Both ferries were cancelled.", date(2024, 6, 9)),
])
def test_a_dateline_naming_two_places_or_printing_its_date_twice(line: str, day: date) -> None:
    assert printed_document_date("Mills merge\n\n" + line + "\n") == (day, "dateline")


_YEARLESS_BODY = ("The parish council met yesterday to agree the new parking plan. Residents had objected on "
                  "Monday, and the first bays will be painted next week.\n")


@pytest.mark.parametrize("stamp, foot", [
    ("Mar 4 · Jane Roe", "© 2025 Valley Gazette"),
    ("Tuesday 4th March", "© Valley Gazette 2025"),
    ("By Jane Roe, 4 March", "Copyright 2025 Valley Gazette. All rights reserved."),
    ("Jane Roe | 4 March", "© 2025 Valley Gazette"),
])
def test_a_yearless_header_day_takes_the_copyright_year(stamp: str, foot: str) -> None:
    # (session 60) a blog's header prints the day and month, its footer the year
    text = "Parking plan agreed\n" + stamp + "\n\n" + _YEARLESS_BODY + "\n" + foot + "\n"
    assert printed_document_date(text) == (date(2025, 3, 4), "header")


@pytest.mark.parametrize("stamp, foot", [
    ("Wednesday 4th March", "© 2025 Valley Gazette"),  # guard: 4 March 2025 was a Tuesday
    ("Storm of 4 March hits the coast", "© 2025 Valley Gazette"),  # guard: a headline's day, no stamp
    ("Mar 4 · Jane Roe", "Share this story"),  # guard: no year printed anywhere
])
def test_a_yearless_header_day_without_a_fitting_year_dates_nothing(stamp: str, foot: str) -> None:
    text = "Parking plan agreed\n" + stamp + "\n\n" + _YEARLESS_BODY + "\n" + foot + "\n"
    assert printed_document_date(text) is None


_HEARD_BODY = ("\nThe committee heard evidence yesterday from the operator. Members had asked on Monday for the "
               "letter, and the full timetable returns next month.\n")


@pytest.mark.parametrize("line, day", [
    ("Evidence summary. Session held on Tuesday 20 January 2026; published 22 January 2026.", date(2026, 1, 22)),
    ("Minutes of the meeting held on 20 January 2026. Approved and published on 2 February 2026.", date(2026, 2, 2)),
    ("Notes of the site visit made on 20 January 2026, posted on 23 January 2026.", date(2026, 1, 23)),
    ("Meeting held 20 January 2026 | Minutes published 2 February 2026", date(2026, 2, 2)),  # guard: read so before
    ("Session held on Tuesday 20 January 2026.", date(2026, 1, 20)),  # guard: one date, the line's own
])
def test_the_published_day_on_a_header_line_beats_the_day_it_reports(line: str, day: date) -> None:
    # (session 60) the line dates the page; of its dates the page's own is the one it says it was published on
    assert printed_document_date("Committee report\n" + line + "\n" + _HEARD_BODY) == (day, "header")
