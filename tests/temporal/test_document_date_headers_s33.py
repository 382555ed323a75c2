"""Session thirty-three's page headers (issue 11) on the route a dropped file takes (``date_document``:
no date given, no sidecar): a numeric date's order decided by the page's own spelling, an event
listing's "Date of event:" field, mail headers and replies, and the common furniture (wire datelines,
"Posted on", "Last modified", a blog's "Month D, YYYY by Name", "FOR IMMEDIATE RELEASE", a copyright
year alone, a history told from the 1940s). Outlets, people and places are invented; each right
date was written down before the code was run on its page.

First run on main 87272181: 41 of 50 pages right; wrong: an ambiguous "05/06/2024" read one way
beside the same day printed beyond doubt ("2024-06-05", "6 May 2024") 3, a US page counted day
first for its "4th of July" 1, "Date of event:" / "Date of the match:" taken as the page's date 2,
a printed thread (oldest message first) dated by its first message 1; and a body's "03/05/2012"
was read month first under a header whose weekday had settled day first (the last test). Two history
pages headed by their first day were dated by it (1941). At the end of the session: 50 of 50.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import date_document
from explorer.temporal.grammar import find_candidates
from explorer.temporal.grammar.rules_dates import numeric_order

BODY = ("The committee met in the afternoon and spent most of its time on the accounts, which the "
        "treasurer presented with a long apology for their lateness and a promise to do better.\n")
NEWS = ("The council said on Tuesday that the bridge would stay shut while engineers checked the piers, "
        "and drivers were told to expect delays through the rest of the week.\n")
SIEGE = ("In 1941 the garrison was cut off, and by June 1942 the defenders had dug in along the ridge. On 7 December "
         "the relief column arrived, and in March 1943 the siege was lifted after heavy fighting. In 1944 the port was "
         "rebuilt, and by 1946 the ferries ran again.\n")
ANNOUNCES = ("The choir will sing works by Elgar and Parry, and tickets will be on sale at the door from six. "
             "Children under twelve will be admitted free with an adult.\n")

PAGES: list[tuple[str, str, date | None]] = [
    # -- a numeric date's order: the page's own spelling decides ---------------------------------
    ("us-month-name-elsewhere", "Harbor Weekly\nPosted 9/3/2026\n\n" + NEWS + "The vote is set for March 18, 2026.\n",
     date(2026, 9, 3)),
    ("uk-day-month-words", "Harbour Weekly\nPosted 9/3/2026\n\n" + NEWS + "The vote is set for 18 March 2026.\n",
     date(2026, 3, 9)),
    ("us-sept-abbreviation", "Valley Courier\nUpdated 4/10/2025 6:10 PM\n\n" + NEWS + "The fair opens Sept. 12 in the park.\n",
     date(2025, 4, 10)),
    ("other-numeric-day-over-twelve", "Parish news\n03/04/2025\n\n" + NEWS + "Accounts for the year to 31/03/2025 are attached.\n",
     date(2025, 4, 3)),
    ("other-numeric-month-first", "Club news\n03/04/2025\n\n" + NEWS + "Dues were payable by 12/31/2024.\n",
     date(2025, 3, 4)),
    ("us-state-beats-a-holiday", "County Ledger\nPosted 9/3/2026\n\nThe 4th of July parade drew 4,000 people to "
     "Main Street, the organizers in Dayton, Ohio, said on Tuesday.\n" + NEWS, date(2026, 9, 3)),
    ("same-day-printed-as-iso", "Town bulletin\n05/06/2024\n\n" + BODY + "Filed 2024-06-05\n", date(2024, 6, 5)),
    ("ambiguous-then-iso-line", "Town bulletin\n05/06/2024\nUpdated 2024-06-05 10:00\n\n" + BODY, date(2024, 6, 5)),
    ("ambiguous-then-dotted-line", "Town bulletin\nPosted 05/06/2024\nLast updated 05.06.2024\n\n" + BODY, date(2024, 6, 5)),
    ("ambiguous-then-words-line", "Town bulletin\n5/6/2024\nBy Ann Lee | 6 May 2024\n\n" + BODY, date(2024, 5, 6)),
    ("weekday-settles", "Notes\nTuesday, 03/04/2012\n\n" + BODY, date(2012, 4, 3)),
    ("no-evidence-month-first", "Town bulletin\nDate 02/03/2023\n\n" + BODY, date(2023, 2, 3)),
    # -- an event listing's field ------------------------------------------------------------------
    ("event-field-and-published", "Spring concert\nPublished 2 May 2026\n\nDate of event: 20 May 2026\nVenue: Corn Exchange\n\n"
     + ANNOUNCES, date(2026, 5, 2)),
    ("event-field-then-posted", "Spring concert\nDate of event: 20 May 2026\nVenue: Corn Exchange\nPosted on 2 May 2026\n\n"
     + ANNOUNCES, date(2026, 5, 2)),
    ("event-field-then-byline", "Spring concert\nDate of event: 20 May 2026\nBy Ann Lee | 2 May 2026\n\n" + ANNOUNCES, date(2026, 5, 2)),
    ("event-field-alone", "Spring concert\nDate of event: 20 May 2026\nVenue: Corn Exchange\n\n" + ANNOUNCES, None),
    ("date-of-the-match-alone", "Cup tie\nDate of the match: 14 June 2025\nKick-off: 3pm\n\n" + ANNOUNCES, None),
    ("event-date-label-alone", "Spring concert\nEvent date: 20 May 2026\nTime: 7.30pm\n\n" + ANNOUNCES, None),
    ("when-field-alone", "Spring concert\nWhen: Saturday 20 May 2026\nWhere: Corn Exchange\n\n" + ANNOUNCES, None),
    ("event-field-footer-posted", "Spring concert\nDate of event: 20 May 2026\n\n" + ANNOUNCES + "\nPosted 2 May 2026\n",
     date(2026, 5, 2)),
    # -- mail ---------------------------------------------------------------------------------------
    ("mail-date-header", "From: Priya Nair <priya@lowmoor.example>\nTo: Tom Radley <tom@lowmoor.example>\n"
     "Date: Tue, 3 Mar 2026 09:14:00 +0000\nSubject: Hall booking\n\n" + BODY, date(2026, 3, 3)),
    ("mail-sent-us", "From: Tom Radley\nSent: Tuesday, March 3, 2026 9:14 AM\nTo: Sandra Kaye\nSubject: RE: Hall booking\n\n"
     + BODY, date(2026, 3, 3)),
    ("mail-sent-day-first", "From: Tom Radley\nSent: 05 March 2026 16:02\nTo: Sandra Kaye\nSubject: RE: Hall booking\n\n"
     + BODY, date(2026, 3, 5)),
    ("mail-reply-on-top", "From: Tom Radley\nSent: Thursday, March 5, 2026 4:02 PM\nTo: Sandra Kaye\nSubject: RE: RE: Hall\n\n"
     "Fine by me.\n\nFrom: Sandra Kaye\nSent: Tuesday, March 3, 2026 9:14 AM\nTo: Tom Radley\nSubject: RE: Hall\n\n" + BODY,
     date(2026, 3, 5)),
    ("printed-thread-oldest-first", "Hall booking\n2 messages\n\nJo Pike <jo@example.org>\tTue, Mar 3, 2026 at 9:14 AM\n"
     "To: Tom\n\nIs the hall free?\n\nTom Radley <tom@example.org>\tThu, Mar 5, 2026 at 4:02 PM\nTo: Jo\n\n" + BODY,
     date(2026, 3, 5)),
    ("mail-header-over-quoted-reply", "From: Tom Radley <tom@x.example>\nDate: Fri, 6 Mar 2026 10:00:00 +0000\nSubject: Re: Hall\n\n"
     "Yes, Saturday works.\n\nOn Tue, 3 Mar 2026 at 09:14, Priya Nair <priya@lowmoor.example> wrote:\n> Is the hall free?\n" + BODY,
     date(2026, 3, 6)),
    # a reply's "On ... wrote:" line dates the mail it quotes; the reply's own day is not printed
    ("reply-line-only", "Thanks, that all looks fine to me and I will bring the keys.\n\n"
     "On Tue, 3 Mar 2026 at 09:14, Priya Nair <priya@lowmoor.example> wrote:\n> Is the hall free on the 18th?\n> " + BODY, None),
    # -- wire datelines, posts, releases ------------------------------------------------------------
    ("wire-dateline-us", "LONDON, March 3, 2026 (Reuters) - " + NEWS, date(2026, 3, 3)),
    ("wire-dateline-dmy", "KABUL, 3 March 2026 (AFP) - " + NEWS, date(2026, 3, 3)),
    ("wire-dateline-state", "BOISE, Idaho, Oct. 12, 2025 /PRNewswire/ -- " + NEWS, date(2025, 10, 12)),
    ("posted-on-by", "Garden notes\nPosted on March 3, 2026 by Jo Pike\n\n" + BODY, date(2026, 3, 3)),
    ("posted-numeric-uk-page", "Allotment news\nPosted on 09/03/2026\n\n" + BODY + "The show is on 12 September 2026.\n",
     date(2026, 3, 9)),
    ("last-modified", "Opening hours\nLast modified: 12 January 2026\n\n" + BODY, date(2026, 1, 12)),
    ("last-modified-iso", "Opening hours\n\n" + BODY + "\nLast modified 2026-01-12\n", date(2026, 1, 12)),
    ("blog-month-day-by", "Why I walk\nJanuary 8, 2025 by Sam Hale\n\n" + BODY, date(2025, 1, 8)),
    ("blog-by-then-date", "Why I walk\nby Sam Hale · 8 January 2025 · 4 min read\n\n" + BODY, date(2025, 1, 8)),
    ("for-immediate-release", "FOR IMMEDIATE RELEASE\nMarch 3, 2026\n\nLowmoor Trust opens reading room\n\n" + BODY,
     date(2026, 3, 3)),
    ("for-immediate-release-dateline", "FOR IMMEDIATE RELEASE\n\nLowmoor Trust opens reading room\n\n"
     "LOWMOOR, England, 3 March 2026 -- " + BODY, date(2026, 3, 3)),
    # -- no date of writing ------------------------------------------------------------------------
    ("copyright-year-only", "Our history\n\nThe society was founded by a group of teachers and has met every month since.\n"
     + BODY + "© 2024 Lowmoor Society\n", None),
    ("copyright-word-year-only", "About us\n\n" + BODY + "Copyright 2019-2024 Harbour Press. All rights reserved.\n", None),
    ("history-from-the-1940s", "The siege of the port\n\nIn 1941 the garrison was cut off, and by June 1942 the defenders had "
     "dug in along the ridge. On 7 December the relief column arrived, and in March 1943 the siege was lifted.\n" + BODY, None),
    ("history-full-day-1940s", "The mill at war\n\nOn 3 September 1939 the mill stopped for the broadcast, and by the spring "
     "of 1940 half its hands had joined up. It made parachute silk until 1945.\n" + BODY, None),
    ("history-headline-years", "The harbour, 1944-1948\n\nIn 1944 the harbour was mined, and the first ships came back in "
     "May 1946. By 1948 the quays had been rebuilt.\n" + BODY, None),
    # a day heading a history that goes on past its year is the story's first day, not the page's
    ("history-headed-by-its-first-day", "7 December 1941\n\n" + SIEGE, None),
    ("history-headline-naming-its-day", "The raid of 7 December 1941\n\n" + SIEGE, None),
    ("history-headed-by-a-day-then-posted", "7 December 1941\nPosted on 3 March 2026 by Ann Lee\n\n" + SIEGE, date(2026, 3, 3)),
    ("history-with-a-page-footer", "The siege\n\n" + SIEGE + "\nPage last updated: 14 February 2025\n", date(2025, 2, 14)),
    ("memoir-born-in-the-1940s", "Going back\n\nI was born in 1942 in the village. Last week I went back for the first "
     "time since the war, and found the school gone.\n" + BODY, None),
    # a stamp over a life told up to the day before it is still the page's
    ("obituary-stamp-over-a-life", "12 May 2024\n\nShe was born in 1931 and trained as a nurse in 1950. She ran the "
     "clinic from 1962 until 1994, and died on Tuesday at home.\n" + BODY, date(2024, 5, 12)),
    ("report-headline-year", "Annual report 1947\n\nThe year opened with snow, and the club lost most of its fixtures to "
     "the frost. In the summer the pavilion was repainted.\n" + BODY, None),
]


def test_every_page_is_named_once_and_enough_are_asked() -> None:
    assert len({name for name, _, _ in PAGES}) == len(PAGES) >= 40


@pytest.mark.parametrize("name, text, right", PAGES, ids=[name for name, _, _ in PAGES])
def test_the_dropped_page_gets_the_date_a_reader_takes(name: str, text: str, right: date | None) -> None:
    dated = date_document(Document(f"{name}.txt", text, name))
    assert dated.date == right
    if right is None:
        assert dated.date_source == "unknown"


def _values(text: str) -> list[tuple[int | None, int | None]]:
    return [(c.spec.month, c.spec.day) for c in find_candidates(text) if c.spec is not None and c.spec.gran == "D"]


@pytest.mark.parametrize("text, order", [
    ("Tuesday, 03/04/2012\nThe shop reopens on 03/05/2012.", "day"),  # 4 March 2012 was a Sunday
    ("Sunday, 03/04/2012\nThe shop reopens on 03/05/2012.", "month"),
    ("05/06/2024\nFiled 2024-06-05. The shop reopens on 07/06/2024.", "day"),
    ("05/06/2024\nFiled June 5, 2024. Open again 07/06/2024.", "day"),  # the same day printed again
    ("Posted 9/3/2026. The parade drew crowds in Dayton, Ohio, on the 4th of July.", "month"),
    ("Posted 9/3/2026.", None),
])
def test_a_page_s_order_of_day_and_month(text: str, order: str | None) -> None:
    assert numeric_order(text) == order


def test_the_body_s_dates_follow_the_order_the_header_settled() -> None:
    text = "Notes\nTuesday, 03/04/2012\n\nThe shop reopens on 03/05/2012 after the works.\n" + BODY
    assert _values(text)[:2] == [(4, 3), (5, 3)]
    assert date_document(Document("notes.txt", text, "n")).date == date(2012, 4, 3)
