"""Session thirty-eight's document dates (issue 11) on the route a dropped file takes (``date_document``: no
date given, no sidecar). Each right date was written down before the code was run on its page; outlets,
people and places are invented.

- An event's fact box ("Event: Open Day" / "Date: 12 May 2025" / "Venue: Main Hall"): the label names an
  event, so its date is not the page's when anything else dates the page (a "Posted" line, a byline, a
  footer); when nothing does, it is the one day the page gives and is taken. A memo's "Date:" (beside "To:",
  "From:", "Re:") is the memo's own, as before.
- "First published 3 March 2008. Last updated 12 May 2019", "Originally published ...; revised ...": the
  first publication is taken, as TimeML's DCT is the day a text was first issued (its creation time); a
  revision leaves most of the text, and what it counts from, as first written. "Last updated" alone dates
  the page; years alone date nothing.
- A numeric "04/10/2024" is read day first on a page that a British (or Irish, Australian...) writer's
  cues mark: a .co.uk address, a price in pounds, British spellings ("colour", "organisation"); US
  spellings, a US state, "October 18" vote month first.
- A sign-off's day without its year ("— Tom, 14 March") takes the first such day on or after what the
  letter reports as past (after a whole year it reports: "the 2025 season was our best yet").
- A dateline without its year ("LOWMOOR, 14 March —") takes the year of the page's one copyright line when
  nothing nearer gives it; not against the weekday it names, a later reported day, or two notices of
  different years (a story's and a photo's: the row first written 2021 for it was changed to no date
  before the code was written, as the rule says nothing then).
- Minutes headed "Minutes of the committee meeting held on <day>" are that meeting's; a release history's
  "2.0 (released 4 June 2024)" is one release's day, and its version-headed entries make it a log.

First run on integ38 (b94a3a22): 55 of 75 right; wrong: an event's fact box's day taken (or nothing when
it announced) 3, a dateline with a copyright year 9 (a day-first yearless dateline was not even read as a
date: "LOWMOOR, 14 March —"), a yearless sign-off 4, British cues not read 2, a release history dated by a
release 2. The last 13 pages (P4) were written after the first fixes, to try them on other forms: 10 of
13 right then (the holder before the year, "© Coast News 2023", and a sign-off's day in brackets). At the
end of the session: 75 of 75.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import date_document

P1_NEWS = ("The council said on Tuesday that the bridge would stay shut while engineers checked the piers, "
        "and drivers were told to expect delays through the rest of the week.\n")
MEMO = ("Please note that the car park will be resurfaced and staff should use the overflow area by the "
        "sports hall until further notice. Thank you for your patience.\n")
INVITE = ("Visitors will be able to tour the labs, meet current students and hear short talks from staff. "
          "Refreshments will be served in the atrium.\n")
P1_PAGES: list[tuple[str, str, date | None]] = [
    # labelled fields
    ("event-fields-posted", "Open Day at the Science Faculty\nEvent: Open Day\nDate: 12 May 2025\nVenue: Main Hall\n"
     "Posted 28 April 2025\n\n" + INVITE, date(2025, 4, 28)),
    ("event-fields-only", "Open Day at the Science Faculty\nEvent: Open Day\nDate: 12 May 2025\nVenue: Main Hall\n\n" + INVITE,
     date(2025, 5, 12)),
    ("event-fields-time", "Event: Summer fete\nDate: Saturday 5 July 2025\nTime: 11am - 4pm\nLocation: Village green\n"
     "Published on 20 June 2025\n\n" + INVITE, date(2025, 6, 20)),
    ("event-fields-byline", "What: Annual lecture\nWhen: 3 March 2026\nWhere: Lecture Theatre 2\nBy Ann Lee, 12 February 2026\n\n" + INVITE,
     date(2026, 2, 12)),
    ("event-fields-footer", "Event: Careers fair\nDate: 14 October 2025\nVenue: Sports centre\n\n" + INVITE + "\nPage last updated: 1 October 2025\n",
     date(2025, 10, 1)),
    ("memo-date", "MEMO\nTo: All staff\nFrom: Facilities\nDate: 12 May 2025\nRe: Car park\n\n" + MEMO, date(2025, 5, 12)),
    ("memo-date-subject", "MEMORANDUM\nDate: 3 February 2026\nTo: Heads of department\nSubject: Budget returns\n\n" + MEMO, date(2026, 2, 3)),
    ("notice-date", "Notice to residents\nDate: 9 September 2025\nRef: HW/221\n\n" + MEMO, date(2025, 9, 9)),
    ("event-fields-then-memo-body", "Event: Staff away day\nDate: 18 June 2025\nVenue: Lakeside Hotel\nIssued: 2 June 2025\n\n" + INVITE,
     date(2025, 6, 2)),
    # first published / revised
    ("first-published-last-updated", "How the tide mill works\nFirst published 3 March 2008. Last updated 12 May 2019.\n\n" + P1_NEWS,
     date(2008, 3, 3)),
    ("originally-published-revised", "Guide to pruning roses\nOriginally published 14 June 2010; revised 2 April 2019\n\n" + P1_NEWS,
     date(2010, 6, 14)),
    ("published-updated-lines", "Ferry strike ends\nPublished: 4 March 2024\nUpdated: 6 March 2024\n\n" + P1_NEWS, date(2024, 3, 4)),
    ("updated-then-published", "Ferry strike ends\nUpdated 6 March 2024 09:10\nFirst published 4 March 2024 17:45\n\n" + P1_NEWS, date(2024, 3, 4)),
    ("originally-years-only", "A short history of the canal\nOriginally published 2008; revised 2019\n\n" + P1_NEWS, None),
    ("last-updated-only", "Planning guidance\nLast updated 12 May 2019\n\n" + P1_NEWS, date(2019, 5, 12)),
    # UK numeric
    ("uk-page-numeric", "Lowmoor Gazette\nwww.lowmoorgazette.co.uk/news\n04/10/2024\n\n" + P1_NEWS + "The inquiry opens on 4 November.\n", date(2024, 10, 4)),
    ("uk-cue-words", "Lowmoor Gazette\nPosted 04/10/2024\n\n" + P1_NEWS + "Tickets cost £12 and the fair opens on 18 October.\n", date(2024, 10, 4)),
    ("uk-council-colour", "Harbour Council news\n04/10/2024\n\nThe council's neighbourhood programme was agreed by councillors in the autumn. "
     "The consultation closes on 31 October.\n" + P1_NEWS, date(2024, 10, 4)),
    ("us-cue-words", "Valley Courier\nPosted 04/10/2024\n\n" + P1_NEWS + "The county fair opens on October 18, and the color guard will march.\n", date(2024, 4, 10)),
    ("us-state", "Springfield Ledger\n04/10/2024\n\nThe mayor of Dayton, Ohio, said the plan would cost $4 million. The vote is set for May 2.\n" + P1_NEWS,
     date(2024, 4, 10)),
    # sign-off without year
    ("sign-off-yearless", "Dear members,\n\nThe 2025 season was our best yet, and the new nets were used every evening. "
     "We thank everyone who helped with the tea rota.\n\n— Tom, 14 March\n", date(2026, 3, 14)),
    ("sign-off-yearless-season", "Notes from the chair\n\nOur accounts for 2024 show a small surplus, and the roof repairs finished in "
     "November 2024 came in under budget.\n\nBest wishes,\nTom Price\n14 March\n", date(2025, 3, 14)),
    ("sign-off-yearless-name-date", "To the editor\n\nThe bus cuts announced in January 2026 leave our village with one service a day. "
     "I urge readers to write to the council.\n\nJ. Marsh, Lowmoor, 2 February\n", date(2026, 2, 2)),
    # dateline year in copyright only
    ("dateline-copyright", "Ferry strike ends\n\nLOWMOOR, 14 March — " + P1_NEWS + "The union said members would return on Monday.\n\n© 2024 Lowmoor Gazette\n",
     date(2024, 3, 14)),
    ("dateline-copyright-word", "HARBOUR TOWN, Oct. 3 (Coast News) -- " + P1_NEWS + "\nCopyright 2023 Coast News Service. All rights reserved.\n",
     date(2023, 10, 3)),
    ("dateline-copyright-range", "HARBOUR TOWN, Oct. 3 (Coast News) -- " + P1_NEWS + "\nCopyright 2019-2023 Coast News Service.\n", date(2023, 10, 3)),
    ("no-dateline-copyright-only", "Ferry strike ends\n\n" + P1_NEWS + "\n© 2024 Lowmoor Gazette\n", None),
]

P2_NEWS = ("The council said on Tuesday that the bridge would stay shut while engineers checked the piers, "
        "and drivers were told to expect delays through the rest of the week.\n")
P2_PAGES: list[tuple[str, str, date | None]] = [
    ("pub-upd-one-line", "Ferry strike ends\nPublished 3 March 2008, updated 12 May 2019\n\n" + P2_NEWS, date(2008, 3, 3)),
    ("upd-first-one-line", "Ferry strike ends\nLast updated 12 May 2019 | First published 3 March 2008\n\n" + P2_NEWS, date(2008, 3, 3)),
    ("upd-orig-numeric", "Ferry strike ends\nUpdated: 2019-05-12 — Originally posted: 2008-03-03\n\n" + P2_NEWS, date(2008, 3, 3)),
    ("revised-first", "Guide\nRevised 2 April 2019\nOriginally published 14 June 2010\n\n" + P2_NEWS, date(2010, 6, 14)),
    ("this-version-first", "Guide\nThis version: 2 April 2019. First published: 14 June 2010.\n\n" + P2_NEWS, date(2010, 6, 14)),
    ("modified-created", "Guide\nCreated: 14 June 2010\nModified: 2 April 2019\n\n" + P2_NEWS, date(2010, 6, 14)),
    ("byline-updated", "Ferry strike ends\nBy Ann Lee\nUpdated 12 May 2019 10:02 BST\n\n" + P2_NEWS, date(2019, 5, 12)),
    ("orig-year-revised-day", "Guide\nOriginally published 2008; revised 2 April 2019\n\n" + P2_NEWS, date(2019, 4, 2)),
    ("originally-in-body", "Guide\nPosted 2 April 2019\n\nThis article was originally published on 14 June 2010 in the Review.\n" + P2_NEWS, date(2019, 4, 2)),
    # UK/US numeric
    ("uk-pounds-numeric", "Lowmoor Gazette\n04/10/2024 09:15\n\nThe toll will rise to £4 from 1 November.\n" + P2_NEWS, date(2024, 10, 4)),
    ("uk-colour-numeric", "Lowmoor Gazette\nPosted 04/10/2024\n\nThe town's organisation of the centre was criticised by the neighbourhood forum.\n" + P2_NEWS, date(2024, 10, 4)),
    ("us-dollar-numeric", "Valley Courier\nPosted 04/10/2024\n\nThe toll will rise to $4 on November 1, the organization said.\n" + P2_NEWS, date(2024, 4, 10)),
    ("uk-dotted-numeric", "Lowmoor Gazette\n04.10.2024\n\n" + P2_NEWS + "The inquiry opens on 4 November.\n", date(2024, 10, 4)),
    ("uk-couk-only", "www.lowmoor.co.uk/news/ferry\nLowmoor Gazette\n04/10/2024\n\n" + P2_NEWS, date(2024, 10, 4)),
    ("us-com-state", "Posted 04/10/2024\n\nDAYTON, Ohio — " + P2_NEWS, date(2024, 4, 10)),
    # dateline + copyright
    ("dateline-copyright-c", "LOWMOOR, March 14 (Coast News) - " + P2_NEWS + "\n(c) 2024 Coast News\n", date(2024, 3, 14)),
    ("dateline-copyright-weekday-wrong", "LOWMOOR, Friday, March 14 (Coast News) - " + P2_NEWS + "\n© 2024 Coast News\n", None),
    ("dateline-copyright-weekday-right", "LOWMOOR, Thursday, March 14 (Coast News) - " + P2_NEWS + "\n© 2024 Coast News\n", date(2024, 3, 14)),
    ("dateline-copyright-later-report", "LOWMOOR, March 14 (Coast News) - The port reopened on 2 June 2024. " + P2_NEWS + "\n© 2023 Coast News\n", None),
    ("dateline-copyright-top", "© 2022 Coast News\nLOWMOOR, March 14 (Coast News) - " + P2_NEWS, date(2022, 3, 14)),
    ("dateline-near-date-beats", "LOWMOOR, March 14 (Coast News) - The port closed on March 2, 2021. " + P2_NEWS + "\n© 2024 Coast News\n", date(2021, 3, 14)),
    ("dateline-two-copyrights", "LOWMOOR, March 14 (Coast News) - " + P2_NEWS + "\n© 2021 Coast News. Photo © 2019 Ann Lee\n", None),
    # sign-offs
    ("sign-off-dash-month-first", "Notes\n\nThe 2024 accounts were approved at the meeting in January 2025, and the new nets arrived in February 2025.\n\n— Tom, March 14\n", date(2025, 3, 14)),
    ("sign-off-no-year-anywhere", "Dear members,\n\nThanks for a fine season. See you at the dinner.\n\n— Tom, 14 March\n", None),
    ("sign-off-future-only", "Dear members,\n\nThe new season will begin in April 2026.\n\n— Tom, 14 March\n", None),
    ("sign-off-day-reported", "Dear members,\n\nOn 2 March 2025 the committee voted to raise fees.\n\nBest wishes,\nTom\n14 March\n", date(2025, 3, 14)),
    ("sign-off-before-reported-day", "Dear members,\n\nOn 20 March 2025 the committee voted to raise fees.\n\nBest wishes,\nTom\n14 March\n", date(2026, 3, 14)),
    ("not-a-sign-off", "Fixtures\n\nRovers beat City in 2024.\n\nNext match\n14 March\n", None),
]

P3_NEWS = ("The council said on Tuesday that the bridge would stay shut while engineers checked the piers, "
        "and drivers were told to expect delays through the rest of the week.\n")
MINUTES = ("Present: four trustees and the warden.\n\n1. Accounts\nThe treasurer reported a balance of £2,310. "
           "The roof fund grant arrived on 3 February.\n\n2. Any other business\nNone.\n")
P3_PAGES: list[tuple[str, str, date | None]] = [
    ("minutes-of-meeting-held-on", "Kelton Allotment Society\nMinutes of the committee meeting held on Monday 10 February 2025 in the pavilion\n\n" + MINUTES,
     date(2025, 2, 10)),
    ("minutes-of-agm-held-at", "Minutes of the Annual General Meeting, held at the Village Hall on 14 May 2024 at 7pm\n\n" + MINUTES, date(2024, 5, 14)),
    ("minutes-plain-held-on", "Held on 3 March 2025 at the library\n\n" + MINUTES, date(2025, 3, 3)),
    ("release-history", "Pebble release history\n\nPebble is a small, free photo organiser for desktop computers. This page lists the notable "
     "releases; older ones are in the archive.\n\n2.0 (released 4 June 2024)\nNew import dialog and faster thumbnails.\n\n"
     "1.4.1 (2 February 2024)\nFixed a crash on start-up reported on 28 January.\n\n1.0 (12 May 2022)\nFirst public release.\n", None),
    ("release-history-version-word", "Pebble changes\n\nVersion 2.0 - 4 June 2024\nNew import dialog.\n\nVersion 1.4 - 2 February 2024\nBug fixes.\n", None),
    ("release-notes-posted", "Pebble 2.0 is out\nPosted 5 June 2024 by the Pebble team\n\n2.0 (released 4 June 2024)\nNew import dialog.\n", date(2024, 6, 5)),
    ("figure-not-version", "Harbour Weekly\n4.5 million visitors, 12 May 2024\n\n" + P3_NEWS, date(2024, 5, 12)),
]

P4_NEWS = ("The council said on Tuesday that the bridge would stay shut while engineers checked the piers, "
        "and drivers were told to expect delays through the rest of the week.\n")
P4_INVITE = ("Visitors will be able to tour the labs, meet current students and hear short talks from staff. "
          "Refreshments will be served in the atrium.\n")
P4_PAGES: list[tuple[str, str, date | None]] = [
    ("event-name-fields-only", "Event name: Harvest supper\nDate: Friday 10 October 2025\nTime: 7pm\nTickets: £8 from the shop\n\n" + P4_INVITE, date(2025, 10, 10)),
    ("title-author-date-fields", "Title: Harbour wall repairs\nAuthor: Ann Lee\nDate: 3 March 2025\n\n" + P4_NEWS, date(2025, 3, 3)),
    ("event-fields-posted-by-foot", "Event: Harvest supper\nDate: 10 October 2025\nVenue: Church hall\n\n" + P4_INVITE + "\nPosted by Ann on 2 October 2025\n", date(2025, 10, 2)),
    ("event-fields-release", "FOR IMMEDIATE RELEASE\n2 May 2025\n\nEvent: Product launch\nDate: 12 May 2025\nVenue: Riverside Centre\n\n" + P4_INVITE, date(2025, 5, 2)),
    ("published-updated-clock", "Ferry strike ends\nPublished 14:05, 3 March 2008 | Updated 09:10, 12 May 2019\n\n" + P4_NEWS, date(2008, 3, 3)),
    ("updated-orig-brackets", "Ferry strike ends\nUpdated: 12 May 2019 (originally published 3 March 2008)\n\n" + P4_NEWS, date(2008, 3, 3)),
    ("first-posted-last-modified", "Ferry strike ends\nFirst posted: March 3, 2008; last modified May 12, 2019\n\n" + P4_NEWS, date(2008, 3, 3)),
    ("sign-off-chair-ordinal", "Dear members,\n\nOur accounts for 2024 were approved in January 2025.\n\nYours sincerely,\nMargaret Odell\nChair, 14th March\n", date(2025, 3, 14)),
    ("sign-off-bracket", "Notes\n\nThe hall roof was mended in February 2025, at last.\n\n— Tom (14 March)\n", date(2025, 3, 14)),
    ("sign-off-love", "Dear Sam,\n\nWe got back from the coast on 28 May 2025 and the garden is a jungle.\n\nLove, Gran\n3rd June\n", date(2025, 6, 3)),
    ("dateline-copyright-name-first", "KELTON, Wales, Oct. 3 (Coast News) -- " + P4_NEWS + "\nAll contents © Coast News 2023\n", date(2023, 10, 3)),
    ("dateline-copyright-word-name", "KELTON, Oct. 3 (Coast News) -- " + P4_NEWS + "\nCopyright Coast News Ltd 2023. All rights reserved.\n", date(2023, 10, 3)),
    ("dateline-copyright-sign-first", "KELTON, Oct. 3 (Coast News) -- " + P4_NEWS + "\nCopyright © 2023 Coast News\n", date(2023, 10, 3)),
]

PAGES = P1_PAGES + P2_PAGES + P3_PAGES + P4_PAGES


def test_every_page_is_named_once() -> None:
    assert len({name for name, _, _ in PAGES}) == len(PAGES) >= 75


@pytest.mark.parametrize("name, text, want", PAGES, ids=[p[0] for p in PAGES])
def test_page_date(name: str, text: str, want: date | None) -> None:
    assert date_document(Document(name + ".txt", text, name, None, "none")).date == want
