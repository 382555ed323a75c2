"""The session-thirty pages (``document_date_pages_s30.py``) on the route a dropped file takes
(``date_document``: no date given, no sidecar), and the kinds of error they showed, each on pages of
our own that vary the words and dates.

First scored on main eac3c7c9: 18 of 30 right, 12 wrong: a header date labelled as another step
than publishing ("Received:", "Submission deadline:", "Acquired:") 3; a full day inferred from a text in
which nothing counts from its writing (a sale history) 1, and two more pages that fell to it once
their labelled day was passed over; a day in a headline that names its subject 2; readers' comments'
stamps read as the header under a post with no date 1; a page of events whose second listing had no
venue on its line 1; a changelog's release dates 1; a reply dated by the mail it quotes 1; a results
table read as a log (unknown for a day the text reports) 1; a file name that names the day recalled 1.
At the end of the session: 26 right (the remembering headline too); the history page's headline
day ("14 October 1066: the Battle of Hastings": a headline's day without a cue is taken, as for
"Minutes of 3 May 2019") and the last four kinds are open. Session thirty-one: 29 (a table of dated
rows is no log; a file name that says it remembers its day, "...-storm-recollection.txt", does not date the
text; a reply's "On ... wrote:" line is the quoted mail's).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import date_document
from explorer.temporal.document_date import infer_document_date, is_dated_log, printed_document_date
from tests.temporal.document_date_pages_s30 import FILE_NAMES, PAGES, Page


def outcome(page: Page, file_names: Mapping[str, str] = FILE_NAMES) -> str:
    """right, wrong, invented or missed: the dropped-file route's date against the page's (dropped as
    the file its name is given in ``file_names``, else "<name>.txt")."""
    name, text, right, _ = page
    got = date_document(Document(file_names.get(name, f"{name}.txt"), text, name)).date
    if got == right:
        return "right"
    if right is None:
        return "invented"
    return "missed" if got is None else "wrong"


def test_the_pages_get_the_date_a_reader_takes() -> None:
    scored = Counter(outcome(page) for page in PAGES)
    assert scored["right"] >= 29, scored  # 26 at the end of session thirty, 29 in session thirty-one
    assert scored["wrong"] == 0, scored  # never another day than the printed one


def check_pages_are_of_the_size_asked(pages: tuple[Page, ...]) -> None:
    """Thirty pages named once, each of 60 to 250 words, "unknown" where and only where no date is right."""
    assert len({name for name, *_ in pages}) == len(pages) == 30
    for _, text, right, where in pages:
        assert 60 <= len(text.split()) <= 250
        assert (right is None) == (where == "unknown")


def test_every_page_is_of_the_size_asked_and_named_once() -> None:
    check_pages_are_of_the_size_asked(PAGES)
    assert sum(right is None for _, _, right, _ in PAGES) >= 14


BODY = ("The committee met in the afternoon and spent most of its time on the accounts, which the "
        "treasurer presented with a long apology for their lateness and a promise to do better.\n")


# -- a header date labelled as another step than publishing is not the page's ------------------------

@pytest.mark.parametrize("label", [
    "Received: 3 May 2016",
    "Manuscript submitted 11 January 2021",
    "Submission deadline: 15 January 2020",
    "Abstracts deadline 30 September 2022",
    "Acquired: 12 March 1984, gift of the maker's family",
    "Accessioned 4 July 1990",
    "Sold on 14/02/2008 for £180,000",
    "Hearing date: 4 June 2019",
    # a product's or an occasion's day
    "Best before: 12 March 2024",
    "Use by 3 April 2023",
    "Expires: 30 June 2023",
    "Expiry date 1 October 2025",
    "Exam date: 14 June 2022",
    "Closing date: 28 February 2021",
    "Match date: Saturday 9 November 2019",
])
def test_another_thing_s_labelled_date_is_not_the_page_s(label: str) -> None:
    text = f"Record\n{label}\n\n{BODY}"
    assert printed_document_date(text) is None
    dated = date_document(Document("record.txt", text, "t"))  # nor is it inferred from the label
    assert (dated.date, dated.date_source) == (None, "unknown")


@pytest.mark.parametrize("label, right", [
    ("Interview date: 12 June 2019", date(2019, 6, 12)),  # an interview's day is its page's
    ("Date: 05/11/2020", date(2020, 5, 11)),
    ("Report date: 3 March 2022", date(2022, 3, 3)),
])
def test_the_page_s_own_labelled_date_still_dates_it(label: str, right: date) -> None:
    assert printed_document_date(f"Record\n{label}\n\n{BODY}") == (right, "header")


def test_a_sentence_s_received_day_is_still_reported() -> None:
    text = "The letter was received on 3 March 2021 and answered on Tuesday.\n"
    assert infer_document_date(text, today=date(2026, 1, 1)) == date(2021, 3, 3)


# -- a day a headline remembers is not the page's --------------------------------------------------

@pytest.mark.parametrize("headline", [
    "Remembering 9 November 1989: the night the Wall fell",
    "On this day: 14 October 1066",
    "Looking back: 6 June 1944 on the beaches",
    "Anniversary of 20 July 1969",
])
def test_a_day_a_headline_remembers_is_not_the_page_s(headline: str) -> None:
    text = f"{headline}\nBy Anke Vogel\n\n{BODY}"
    assert printed_document_date(text) is None
    dated = date_document(Document("remembered.txt", text, "t"))
    assert (dated.date, dated.date_source) == (None, "unknown")


@pytest.mark.parametrize("headline, byline, right", [
    ("Flood of 3 March 2021: a month on", "By Ann Lee, 2 April 2021", date(2021, 4, 2)),
    ("Blackout of 12 May 2019: what went wrong", "Thu 6 Jun 2019 07.42 BST", date(2019, 6, 6)),
    ("Crash of 19 October 1987, thirty years on", "Staff writer | 19/10/2017", date(2017, 10, 19)),
])
def test_a_byline_s_date_beats_the_day_a_headline_names(headline: str, byline: str, right: date) -> None:
    assert printed_document_date(f"{headline}\n{byline}\n\n{BODY}") == (right, "header")


def test_a_headline_s_day_without_a_cue_is_still_the_header_date() -> None:
    assert printed_document_date(f"Storm of 16 October 1987: the morning after\n\n{BODY}") == (date(1987, 10, 16), "header")


@pytest.mark.parametrize("header, right", [
    ("Received: 12 March 2018 / Accepted: 2 August 2018 / Published: 20 August 2018", date(2018, 8, 20)),
    ("Heard on 3 March 2020\nJudgment handed down 17 April 2020", date(2020, 4, 17)),
    ("Entries received by 1 May 2023\nBulletin of 9 May 2023", date(2023, 5, 9)),
])
def test_the_page_s_date_after_a_step_s_date(header: str, right: date) -> None:
    assert printed_document_date(f"Notes\n{header}\n\n{BODY}") == (right, "header")


@pytest.mark.parametrize("cue", ["Published online:", "First published online", "Posted online on"])
def test_a_date_published_online_beats_the_headline_date(cue: str) -> None:
    text = f"The flood of 2 March 2021: what the gauges showed\n{cue} 9 April 2021\n\n{BODY}"
    assert printed_document_date(text) == (date(2021, 4, 9), "header")


# -- a full day says nothing of when the text was written when nothing counts from its writing -------

@pytest.mark.parametrize("text", [
    "Orchard House\nThree bedrooms, a garage and a garden that faces south, close to the station.\n\n"
    "Sale history\nSold on 14/02/2008 for £180,000\nSold on 02/06/1999 for £82,500\n",
    "Collection record\nObject: teapot, glazed earthenware\nAcquired: 12 March 1984, gift of the Penrose family\n\n"
    "A squat teapot with a crabstock handle and spout, made in a pottery near the river.\n",
    "Fourth meeting of the Old Roads Society\nVenue: Town Hall, Kessarine\nDates: 3-5 June 2019\n\n"
    "The society brings together people who study old roads, their maps and their milestones.\n",
    "The bridge was opened on 3 October 1896 by the mayor. It carries the road over the river in three "
    "iron spans and was strengthened in 1952.\n",
    "The council sold the old depot on Friday, 14 February 2008 to a developer.\n",
])
def test_a_full_day_alone_infers_no_date(text: str) -> None:
    assert infer_document_date(text, today=date(2026, 1, 1)) is None


@pytest.mark.parametrize("text, right", [
    ("Results\n28/09/2019  Rovers 3-1 Athletic\n\nRovers came from behind on Saturday to win.\n", date(2019, 9, 28)),
    ("The bridge reopened on 3 October 2019 after repairs. Traffic was light on Tuesday.\n", date(2019, 10, 3)),
    ("Shares in the firm fell on 12 May 2022, a day after the results, and recovered last week.\n", date(2022, 5, 12)),
])
def test_a_full_day_beside_a_date_counted_from_the_writing_still_infers_it(text: str, right: date) -> None:
    assert infer_document_date(text, today=date(2026, 1, 1)) == right


# -- readers' comments under a post are not its header --------------------------------------------

@pytest.mark.parametrize("heading", ["Comments", "4 comments", "Leave a Reply", "2 Responses", "Reader comments:"])
def test_a_comment_s_stamp_under_a_post_with_no_date_is_not_the_page_s(heading: str) -> None:
    text = ("Cycling the old canal towpath\n"
            "The towpath from the basin to the top lock is now surfaced all the way, and on a dry day it makes "
            "a gentle ride of about two hours with a cafe at each end and plenty of benches between.\n\n"
            f"{heading}\n\n"
            "Ravi says:\nJune 2, 2020 at 8:15 am\nDid it on Sunday, lovely ride.\n\n"
            "Ellen says:\nJune 5, 2020 at 6:40 pm\nMuddy by the bridge after rain.\n")
    dated = date_document(Document("towpath.txt", text, "t"))
    assert (dated.date, dated.date_source) == (None, "unknown")


def test_a_post_s_own_date_still_stands_above_its_comments() -> None:
    text = ("Cycling the old canal towpath\nPosted on 28 May 2020\n\n" + BODY +
            "\n3 comments\n\nRavi | June 2, 2020 at 8:15 am\nDid it on Sunday, lovely ride.\n")
    assert printed_document_date(text) == (date(2020, 5, 28), "header")


# -- a page of events lists its days; none of them is the page's -----------------------------------

@pytest.mark.parametrize("first, second", [
    ("Saturday 12 October 2024, 2pm–5pm", "Thursday 17 October 2024, 7.30pm"),
    ("Friday 3 May 2019 at 7pm at the Corn Exchange", "Sunday 5 May 2019, 10am to 4pm"),
    ("Tuesday 8 March 2022, 9.30am, Market Hall", "Wednesday 16 March 2022 at 2pm in the Library"),
])
def test_a_page_of_events_has_no_date_of_its_own(first: str, second: str) -> None:
    text = (f"What's on\n\n{first}\nCraft fair with cakes, a tombola and local makers. Entry free.\n\n"
            f"{second}\nTalk on the history of the valley with old photographs. Tickets at the door.\n")
    dated = date_document(Document("whatson.txt", text, "t"))
    assert (dated.date, dated.date_source) == (None, "unknown")


@pytest.mark.parametrize("box", [
    "Date: Saturday 5 June 2021\nTime: 7pm\nVenue: St Mary's Church",
    "When: Friday 12 May 2023\nWhere: the Corn Exchange",
    "Date: 4 March 2022\nDoors open: 6.30pm",
])
def test_an_event_s_fact_box_announcing_it_has_no_page_date(box: str) -> None:
    text = f"Summer concert\n{box}\n\nThe choir will sing music by local composers, and tea will be served.\n"
    dated = date_document(Document("concert.txt", text, "t"))
    assert (dated.date, dated.date_source) == (None, "unknown")


def test_a_memo_s_date_label_above_its_subject_still_dates_it() -> None:
    text = f"MEMORANDUM\nDate: 3 May 2022\nTo: All staff\nFrom: The office\n\n{BODY}"
    assert printed_document_date(text) == (date(2022, 5, 3), "header")


def test_minutes_still_date_themselves_by_the_meeting_they_head() -> None:
    text = ("Parish Council\nTuesday 11 March 2025 at 7pm in the Village Hall\n\n"
            "Present: the chair and five councillors. The clerk reported that the bench by the pond had been "
            "repaired and that the grass cutting contract was renewed for another year.\n")
    assert printed_document_date(text) == (date(2025, 3, 11), "header")


# -- a changelog's entries are headed by their release's version and date ---------------------------

@pytest.mark.parametrize("first, second, third", [
    ("2.3.1 - 2021-04-12", "2.3.0 - 2021-03-02", "2.2.0 - 2021-01-15"),
    ("## [1.4.0] - 2020-11-02", "## [1.3.2] - 2020-09-18", "## [1.3.1] - 2020-08-30"),
    ("v0.9 (30 June 2019)", "v0.8 (2 May 2019)", "v0.7 (14 March 2019)"),
])
def test_a_changelog_has_no_date_of_its_own(first: str, second: str, third: str) -> None:
    text = (f"Changelog\n\n{first}\nFixed a crash when opening an empty project.\n\n"
            f"{second}\nAdded a dark theme.\n\n{third}\nAdded import from spreadsheets.\n")
    assert is_dated_log(text)
    dated = date_document(Document("CHANGES.txt", text, "t"))
    assert (dated.date, dated.date_source) == (None, "unknown")


def test_a_dotted_date_heading_is_still_a_dated_heading() -> None:
    text = ("Site diary\n\n12.03.2019 - Ground works\nThe digger arrived late.\n\n"
            "13.03.2019 - Footings\nConcrete poured in the afternoon.\n\n"
            "14.03.2019 - Rain\nNo work on site.\n")
    assert is_dated_log(text)
