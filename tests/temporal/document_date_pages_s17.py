"""Forty page heads and short pages written for session seventeen's document-date work (issue 11,
"The document date"): the kinds of file users drop in, each with the date it was written or ``None``
when the page gives too little to tell (an undated history, an encyclopedia page, a yearless stamp, a
"2 days ago" with nothing to count from). Outlets, people and places are invented; the dates are in
the forms pages print them (DD/MM/YYYY, DD.MM.YYYY, ISO with time and zone, "3rd June 2025", "Tue 3
Jun", "June 3, 2025 at 4:12 p.m. ET", "Issued 14:00 BST Tuesday 3 June 2025", footers).

Each page is ``(name, text, right date or None, where the date stands)``; the last field says where a
reader finds it ("header", "dateline", "footer") or why there is none ("unknown"). The date is the
day the page was written as a reader would take it: the printed issue, posting or dateline day, never
a date the body reports or plans.

``READ`` was scored once on unchanged code (integ17 at e4a4db0) and then read for kinds of error;
``HELD`` was written at the same time, kept aside unread, and scored in aggregate only at the end
(figures in ``test_document_date_pages_s17.py``).
"""

from __future__ import annotations

from datetime import date

Page = tuple[str, str, date | None, str]

READ: tuple[Page, ...] = (
    ("wire-dateline-after-byline",
     "Harbour authority halts night ferries after engine fire\n"
     "By Lena Marsh\n\n"
     "PORT ELWIN, 14 March 2024 — The harbour authority suspended night crossings on Thursday after a fire "
     "broke out in the engine room of the Skerry Queen. Nobody was hurt. The operator said on Wednesday "
     "that the ship had passed its last inspection in January.\n",
     date(2024, 3, 14), "dateline"),
    ("agency-dateline-under-a-date-line",
     "Thu 6 Feb 2025 07.42 GMT\n"
     "Salt marsh scheme wins funding\n\n"
     "BRACKLEY (Norvane Press) — A plan to restore 40 hectares of salt marsh along the Wenn estuary has won "
     "£2m of public funding, the regional council said on Wednesday. Work is due to start in the autumn.\n",
     date(2025, 2, 6), "header"),
    ("day-first-slashes-with-a-bar",
     "Opinion\n"
     "23/09/2023 | Harriet Ossory\n"
     "Why our libraries need longer hours\n\n"
     "When the branch on Kell Street cut its Saturday opening last spring, the queue for the computers "
     "moved to the weekday evenings, and it has stayed there.\n",
     date(2023, 9, 23), "header"),
    ("blog-posted-footer-ordinal",
     "Ten things I learned building a pizza oven\n\n"
     "The first thing: fire bricks are heavier than you think. I ordered two pallets last month and the "
     "driver left them at the bottom of the lane.\n\n"
     "The second: let the dome dry for a week before the first fire. Mine cracked on Sunday because I "
     "could not wait.\n\n"
     "Posted on 3rd June 2025 by Dev in Garden projects | 4 comments\n",
     date(2025, 6, 3), "footer"),
    ("press-release-iso-timestamp",
     "PRESS RELEASE\n"
     "Corvale Biotech reports positive phase 2 results for CV-118\n"
     "2025-04-22T08:00:00+02:00\n\n"
     "LYSEN, Norland — Corvale Biotech today announced that its phase 2 trial of CV-118 met its primary "
     "endpoint. The company enrolled its first patient in March 2023.\n",
     date(2025, 4, 22), "header"),
    ("weather-warning-issued-line",
     "Yellow warning of thunderstorms\n"
     "Issued 14:00 BST Tuesday 3 June 2025\n"
     "Valid from 18:00 Tuesday 3 June until 06:00 Wednesday 4 June\n\n"
     "Heavy showers and thunderstorms may bring flooding to homes and businesses in low-lying parts of the "
     "Orrin valley this evening.\n",
     date(2025, 6, 3), "header"),
    ("council-notice-dated-this-day",
     "MARROWBY TOWN COUNCIL\n"
     "PUBLIC NOTICE\n"
     "Temporary closure of Mill Lane\n\n"
     "Notice is hereby given that Mill Lane will be closed to through traffic from 2 October 2024 until 30 "
     "October 2024 to allow resurfacing works. A signed diversion will be in place via Stock Road.\n\n"
     "Dated this 9th day of September 2024\n"
     "P. Garrow, Town Clerk\n",
     date(2024, 9, 9), "footer"),
    ("incident-report-dotted-date",
     "Incident report IR-2291\n"
     "Date of report: 05.11.2024\n"
     "Reported by: Site supervisor, Dock 4\n\n"
     "At approximately 06:40 a forklift struck a racking upright in aisle C. The driver was uninjured. The "
     "racking was last inspected on 14 August 2024.\n",
     date(2024, 11, 5), "header"),
    ("live-blog-updated-stamp",
     "Live: Storm Ines batters the west coast\n"
     "Updated 16:05 GMT, Sunday 12 January 2025\n\n"
     "16:05 Power has been restored to 4,000 homes in Caddon, the network operator says.\n"
     "15:40 The coastguard has rescued two walkers cut off by the tide near Holm Point.\n"
     "14:55 All ferries from Port Elwin are cancelled for the rest of the day.\n",
     date(2025, 1, 12), "header"),
    ("live-blog-relative-stamp-only",
     "Marathon day: follow the runners\n"
     "Last updated 2 hours ago\n\n"
     "09:12 The elite women are away in cool, dry conditions.\n"
     "09:40 The leading group passes the 10km mark in 33 minutes.\n"
     "10:05 Road closures on the Embankment will lift at 4pm, the council says.\n",
     None, "unknown"),
    ("newsletter-season-issue",
     "The Fenmoor Naturalists' Newsletter\n"
     "Issue 48 — Autumn 2023\n\n"
     "From the chair\n"
     "What a summer it has been. Our moth night drew forty visitors, and the new pond by the car park has "
     "its first dragonflies. Thank you to everyone who came to the work parties.\n",
     None, "unknown"),
    ("forum-reply-stamp",
     "Re: Boiler pressure keeps dropping\n"
     "« Reply #3 on: March 02, 2024, 09:15:33 PM »\n"
     "Quote from: dampsock on March 01, 2024, 11:02:10 AM\n"
     "Had the same thing last winter.\n\n"
     "Check the expansion vessel first. Mine had lost its charge and the engineer topped it up in ten "
     "minutes. It has held at 1.2 bar since.\n",
     date(2024, 3, 2), "header"),
    ("broadcast-transcript",
     "TRANSCRIPT: Morning Briefing with Sally Crane\n"
     "Broadcast: Monday, 14 October 2024, 7:00 a.m.\n\n"
     "CRANE: Good morning. Yesterday the river at Holt rose to its highest level in thirty years, and this "
     "morning the bridge is closed. With me is the county's flood officer, Ravi Dunn.\n"
     "DUNN: Thanks, Sally. We expect the level to fall by Wednesday.\n",
     date(2024, 10, 14), "header"),
    ("undated-canal-history",
     "The Wendle Canal\n\n"
     "The Wendle Canal was cut between 1791 and 1796 to carry coal from the pits at Abbot's Hay to the "
     "river at Sallow. On 12 May 1796 the first boat passed the top lock. Traffic peaked in the 1830s.\n\n"
     "By 1850 the railway had taken most of its trade, and the last commercial cargo passed in 1921. "
     "Volunteers reopened the lower pound in 1988.\n",
     None, "unknown"),
    ("encyclopedia-town-page",
     "Kessarine\n"
     "From Openpedia, the free encyclopedia\n\n"
     "Kessarine is a town in the Oster valley with a population of 12,400 at the 2021 census. It was "
     "granted a market charter in 1244 and was besieged on 3 April 1643. The railway reached it in 1866 "
     "and closed on 5 March 1962.\n",
     None, "unknown"),
    ("profile-fact-box-no-date",
     "Profile: Jonah Treves\n"
     "Age: 44\n"
     "Born: 1980, Caddon\n"
     "Elected: May 2019\n\n"
     "Jonah Treves became leader of the council's largest group last week after a vote of its members. He "
     "was first elected in May 2019 and chaired the housing committee until 2023.\n",
     None, "unknown"),
    ("us-byline-with-clock-and-zone",
     "Riverside Courier\n"
     "City OKs new bike lanes on Harlan Ave.\n"
     "By Tess Morrow\n"
     "June 3, 2025 at 4:12 p.m. ET\n\n"
     "The city council voted 7-2 on Tuesday night to paint protected bike lanes along Harlan Avenue. "
     "Work could begin as early as August.\n",
     date(2025, 6, 3), "header"),
    ("match-report-yearless-stamp",
     "Glenvale Rovers 2-1 Amberley Town\n"
     "Tue 3 Jun\n"
     "Match report\n\n"
     "Rovers came from behind to win their first home game in a month. Amberley led at the break through "
     "a header from Cal Dorrit, but two goals in five minutes turned it.\n",
     None, "unknown"),
    ("byline-dots-ordinal-read-time",
     "How we cut our school's energy bill by a third\n"
     "Written by Amal Siddiq · 3rd June 2025 · 6 min read\n\n"
     "Two winters ago our gas bill was the second biggest cost after salaries. We started with the "
     "boilers, which had run at full heat all weekend since they were fitted.\n",
     date(2025, 6, 3), "header"),
    ("footer-signature-with-date-no-cue",
     "Community orchard gets its first harvest\n\n"
     "Volunteers picked more than 200 kg of apples at the Birchgate community orchard on Saturday, eight "
     "years after the first trees were planted on a former car park.\n\n"
     "The fruit will be pressed at the village hall next weekend and the juice sold to pay for new "
     "fencing. Anyone who wants to help is welcome at the next work day.\n\n"
     "Birchgate Residents' Association · 30 September 2024\n",
     date(2024, 9, 30), "footer"),
    ("yearless-wire-dateline-old-year",
     "Dock workers walk out\n\n"
     "NORDHAVEN, Oct. 14 (Baltic Wire) -- Dock workers at the port of Nordhaven began a 48-hour strike on "
     "Monday over pay, halting container traffic. The union last struck in March 2019, when the stoppage "
     "lasted a week.\n",
     None, "unknown"),
    ("press-release-wire-slashes",
     "FOR IMMEDIATE RELEASE\n\n"
     "Halvorsen Tools opens second plant in Ridgeford\n\n"
     "RIDGEFORD, Ohio, Feb. 11, 2025 /BusinessLine/ -- Halvorsen Tools Inc. today opened its second "
     "manufacturing plant, adding 140 jobs. The company was founded in 1962.\n",
     date(2025, 2, 11), "dateline"),
    ("status-page-iso-zulu",
     "Service incident: delayed card payments\n"
     "Posted 2024-12-02T17:45Z\n\n"
     "Between 15:10 and 17:20 UTC some card payments were delayed by up to two hours. No payments were "
     "lost. We will publish a full review within five working days.\n"
     "Resolved 2024-12-02T18:30Z\n",
     date(2024, 12, 2), "header"),
    ("social-post-days-ago",
     "Posted by u/ferngully · 2 days ago\n"
     "Anyone else's train cancelled this morning?\n\n"
     "The 07:14 from Hatfield Cross was cancelled again, third time this week. The app said signalling "
     "fault. Last Tuesday it was a driver shortage.\n",
     None, "unknown"),
    ("event-notice-future-date",
     "Wenlow Local History Society\n"
     "Autumn lecture\n"
     "Thursday 20 November 2025, 7.30pm, Wenlow Town Hall\n\n"
     "Dr Ines Varga will talk about the mills of the upper valley and the families who ran them. Tickets "
     "are £5 on the door; members free.\n",
     None, "unknown"),
    ("email-sent-header",
     "From: Orla Keane <orla@fenmoor-trust.example>\n"
     "Sent: Wednesday, 5 March 2025 09:14\n"
     "To: Volunteers\n"
     "Subject: Saturday's work party moved\n\n"
     "Hi all, the hedge-laying on Saturday is moved to the north field because the lane is flooded. Meet at "
     "the gate at 9.\n",
     date(2025, 3, 5), "header"),
    ("news-undated-dateline-relative-only",
     "Bridge closed after lorry strike\n\n"
     "HOLT — The old bridge over the Wenn was closed on Tuesday after a lorry struck its parapet, the "
     "county said. Engineers will inspect it this week. It was last repaired in 2011.\n",
     None, "unknown"),
)

HELD: tuple[Page, ...] = (
    ("health-alert-issued-valid-until",
     "Heat-Health Alert: AMBER\n"
     "Issued at: 09:00 on 16/07/2025\n"
     "Valid until: 09:00 on 19/07/2025\n\n"
     "The agency has issued an amber heat-health alert for the Midlands. Temperatures are expected to reach "
     "33C on Friday. Check on older neighbours and keep rooms cool.\n",
     date(2025, 7, 16), "header"),
    ("obituary-fact-box-foot-published",
     "Margit Hollen, glassblower\n"
     "Born: 2 February 1931, Vessing\n"
     "Died: 17 August 2024, Ormsby\n\n"
     "Margit Hollen, who has died aged 93, turned a village glassworks into a studio known across the "
     "country. She took it over from her father in 1958 and ran it until 2011.\n\n"
     "First published on Fri 23 Aug 2024 18.30 BST\n",
     date(2024, 8, 23), "footer"),
    ("weather-valid-until-before-issued",
     "Met desk: ice warning\n"
     "Valid until 23:59 Friday 7 March 2025\n"
     "Issued 06:00 Thursday 6 March 2025\n\n"
     "Untreated roads and pavements will be icy overnight, especially on higher routes across the moor.\n",
     date(2025, 3, 6), "header"),
    ("us-slashes-posted-at",
     "St Brennan's Parish Bulletin\n"
     "Posted 11/18/2024 at 3:02 PM\n\n"
     "The food bank collection raised 640 items last weekend. Thank you! Advent wreath making is on "
     "Saturday after the 10 o'clock Mass.\n",
     date(2024, 11, 18), "header"),
    ("dateline-month-day-year-colon",
     "Kallen Ridge, Sept. 9, 2023: Firefighters contained a grass fire on the ridge above the reservoir on "
     "Saturday afternoon, the fire service said. The fire started near a car park on Friday evening.\n",
     date(2023, 9, 9), "dateline"),
    ("minutes-of-a-meeting",
     "Ashcombe Allotments Association\n"
     "Minutes of the committee meeting held on 4 December 2024 at the pavilion\n\n"
     "Present: J. Rudd (chair), M. Okafor, L. Penn\n"
     "1. The chair reported that the water supply would be shut off on 15 December for the winter.\n",
     date(2024, 12, 4), "header"),
    ("social-post-yearless-dot",
     "Amberley Town FC @amberleytownfc · 14 Sep\n"
     "FULL TIME: Amberley 3-0 Caddon Athletic. Three points and a clean sheet on a wet afternoon. "
     "Thanks for the noise, everyone.\n",
     None, "unknown"),
    ("encyclopedia-as-of",
     "Orrin Valley Railway\n\n"
     "The Orrin Valley Railway is a heritage line running 9 km from Sallow to Kessarine. It opened in 1871 "
     "and closed to passengers on 2 January 1961. A preservation society reopened the first section in "
     "1979. As of 2024 it carries about 60,000 passengers a year.\n",
     None, "unknown"),
    ("dotted-european-stamp-with-clock",
     "Wenn Valley Post\n"
     "03.06.2025, 14:20\n"
     "Cycle path opens between Holt and Sallow\n\n"
     "The new path along the old railway line was opened on Monday by the county's transport chair. It "
     "took two years to build.\n",
     date(2025, 6, 3), "header"),
    ("press-release-today-announced-footer",
     "Norland Water announces new chief executive\n\n"
     "Norland Water today announced the appointment of Priya Hale as chief executive. She joins from the "
     "Caddon Port Authority, where she has been finance director since 2019.\n\n"
     "Media contact: press@norlandwater.example\n"
     "Issued: 10 April 2025\n",
     date(2025, 4, 10), "footer"),
    ("history-with-a-modern-citation",
     "The Siege of Kessarine\n\n"
     "The siege began on 3 April 1643 when a royalist force of 2,000 men arrived before the walls. The "
     "garrison held out for eleven weeks, and the town surrendered on 20 June. A study published in 1998 "
     "put the dead at fewer than two hundred.\n",
     None, "unknown"),
    ("wire-dateline-weekday-year-body",
     "SALLOW, Norland (Baltic Wire) — Sallow's mayor resigned on Friday, a day after the city's auditors "
     "published a report on the harbour contract.\n\n"
     "Friday, 21 February 2025\n",
     date(2025, 2, 21), "footer"),
    ("interview-recorded-and-published",
     "Podcast: The Makers, episode 31\n"
     "Recorded 12 March 2023 · Published 20 March 2023\n\n"
     "This week we talk to the boat builder Fen Dorrit about the wooden dinghy she finished last month "
     "and the one she starts on Monday.\n",
     date(2023, 3, 20), "header"),
)

# A second batch, written after the first was scored (in the genres the first did not reach: tour
# diaries, backer updates, vintage reports, notices pages, oral histories, strike timelines, incident
# logs, health pages with review dates, saved pages with their menus), before any rule was changed.
# ``READ_2`` was scored once on unchanged code and read; ``HELD_2`` is kept aside like ``HELD``.
READ_2: tuple[Page, ...] = (
    ("tour-diary-posted-above-entries",
     "On the road: week two\n"
     "Posted by Kit Amory on 19 April 2025\n\n"
     "Monday 14 April, Hallam\n"
     "Soundcheck ran late because the PA was stuck on the motorway. Good crowd though.\n\n"
     "Wednesday 16 April, Brackley\n"
     "Sold out, and the support band lent us a bass amp when ours blew.\n\n"
     "Friday 18 April, Wenlow\n"
     "Last night of the leg. We drive home tomorrow.\n",
     date(2025, 4, 19), "header"),
    ("backer-update-relative-stamp",
     "Hearthbox Stove\n"
     "Update #7: tooling is done\n"
     "Fennick Works · 3 days ago\n\n"
     "Hi backers! The steel moulds passed their last test on Tuesday and the first fifty stoves come off "
     "the line next week. We expect to ship in June.\n",
     None, "unknown"),
    ("vintage-report-year-only",
     "Vintage report 2023\n"
     "Domaine Harrow, Orrin valley\n\n"
     "A warm, dry spring gave an early flowering, and a wet August slowed ripening. We began picking the "
     "white grapes on 11 September and finished the reds on 6 October. Yields were down a fifth on 2022.\n",
     None, "unknown"),
    ("notices-page-with-issue-date",
     "The Wenlow Advertiser — Public notices\n"
     "Friday 7 March 2025\n\n"
     "LICENSING ACT 2003: Notice is given that Orrin Taverns Ltd has applied for a premises licence at 4 "
     "Market Street. Objections by 28 March 2025.\n\n"
     "ROAD TRAFFIC REGULATION ACT 1984: Stock Road will be closed from 17 March 2025 for ten days.\n"
     "Dated 3 March 2025\n",
     date(2025, 3, 7), "header"),
    ("oral-history-interview-date",
     "Wenlow Voices oral history project\n"
     "Interviewee: Agnes Pell (born 1938)\n"
     "Interview date: 12 June 2019\n"
     "Interviewer: Tom Reade\n\n"
     "TR: When did you start at the mill?\n"
     "AP: In 1953, the week after I turned fifteen. My mother took me on the bus that Monday.\n",
     date(2019, 6, 12), "header"),
    ("strike-timeline-last-updated",
     "Timeline: how the bus strike unfolded\n"
     "Last updated: 4 December 2024\n\n"
     "12 November: Drivers vote by 81% to strike over pay.\n"
     "19 November: The first 24-hour walkout halts all routes in Caddon.\n"
     "2 December: Talks at the conciliation service end without a deal.\n",
     date(2024, 12, 4), "header"),
    ("incident-log-utc-entries",
     "Post-incident review: loss of the Harbourside data link\n"
     "Status: final\n\n"
     "2025-01-07 03:12 UTC  Monitoring reports packet loss on the Harbourside link.\n"
     "2025-01-07 03:40 UTC  Engineer on call confirms a cut fibre near the quay.\n"
     "2025-01-07 09:55 UTC  Service restored over the backup route.\n\n"
     "Report approved 2025-01-10 by the service owner.\n",
     date(2025, 1, 10), "footer"),
    ("health-page-last-reviewed",
     "Hay fever\n"
     "Hay fever is an allergy to pollen. It is usually worse between late March and September, when it "
     "is warm and windy.\n\n"
     "Page last reviewed: 14 February 2024\n"
     "Next review due: 14 February 2027\n",
     date(2024, 2, 14), "footer"),
    ("saved-page-long-menu",
     "Skip to content\nHome\nNews\nSport\nBusiness\nCulture\nTravel\nWeather\nPodcasts\nNewsletters\n"
     "Local\nOpinion\nPuzzles\nJobs\nContact us\n"
     "Wenlow bakery wins national award\n"
     "By Ada Firth\n"
     "Tuesday 8 April 2025, 10:31 am\n\n"
     "A bakery on Wenlow High Street has been named the best in the region at an awards dinner in the "
     "city on Monday night.\n",
     date(2025, 4, 8), "header"),
    ("gov-release-published-on-next-line",
     "Press release\n"
     "New flood defences for Sallow\n"
     "Published\n"
     "14 April 2025\n"
     "From:\n"
     "Environment Office\n\n"
     "Work on a £12m flood wall along the river at Sallow will begin this summer, the Environment Office "
     "said today.\n",
     date(2025, 4, 14), "header"),
    ("legal-notice-upper-case-date",
     "NOTICE OF APPLICATION\n"
     "MONDAY 14 APRIL 2025\n\n"
     "Harrow Estates Ltd gives notice that it has applied to the county council for consent to fell four "
     "trees at Kell Green. Comments may be made within 21 days of this notice.\n",
     date(2025, 4, 14), "header"),
    ("obituary-guestbook-published-range",
     "Arthur Penrose Dunn\n"
     "1941 - 2025\n\n"
     "Arthur Penrose Dunn, 83, of Wenlow, passed away peacefully on April 9, 2025, surrounded by his family. "
     "A service will be held at St Brennan's on Tuesday at 11 a.m.\n\n"
     "Published in the Wenlow Advertiser from Apr. 16 to Apr. 18, 2025.\n",
     date(2025, 4, 16), "footer"),
    ("weekly-newsletter-week-ending",
     "Caddon Chamber of Trade — weekly bulletin\n"
     "Week ending 11 April 2025\n\n"
     "Members met the county's highways team on Wednesday about the roadworks on Quay Street. The team "
     "promised a new signage plan by the end of the month.\n",
     date(2025, 4, 11), "header"),
    ("two-digit-year-slashes-header",
     "Sallow Rowing Club news\n"
     "14/04/25\n\n"
     "Congratulations to the women's four, who won their final at the Caddon regatta on Saturday in a "
     "course record.\n",
     date(2025, 4, 14), "header"),
)

HELD_2: tuple[Page, ...] = (
    ("heat-alert-yearless-issued-year-in-valid",
     "Heat-health alert: yellow\n"
     "Issued: 10:00 Monday 14 July\n"
     "In force until: 09:00 Wednesday 16 July 2025\n\n"
     "High temperatures are expected across the region this week. Those most at risk should stay out of "
     "the sun between 11am and 3pm.\n",
     date(2025, 7, 14), "header"),
    ("trial-results-release-wire",
     "Vessing Therapeutics announces topline results from phase 3 HALO trial\n\n"
     "VESSING, Norland, May 6, 2025 (GLOBE WIRE) -- Vessing Therapeutics today announced topline results "
     "from HALO, its phase 3 trial of VT-22. The trial enrolled 812 patients between March 2022 and June "
     "2023.\n",
     date(2025, 5, 6), "dateline"),
    ("railway-history-undated",
     "The Sallow and Caddon Railway\n\n"
     "Surveyed in 1844 and opened on 1 August 1849, the line carried slate from the quarries at Caddon "
     "to the harbour. It was absorbed by a larger company in 1872. The last train ran on 30 December "
     "1963, and the trackbed is now a cycle path.\n",
     None, "unknown"),
    ("saved-page-long-menu-dateline",
     "Menu\nHome\nWorld\nRegion\nPolitics\nBusiness\nTech\nScience\nHealth\nSport\nArts\nTravel\n"
     "Video\nAudio\nLive\n"
     "Ferry operator cuts winter timetable\n\n"
     "CADDON, 2 October 2024 — The island ferry operator will run two crossings a day instead of four "
     "from November, it said on Tuesday.\n",
     date(2024, 10, 2), "dateline"),
    ("forum-post-yearless-with-relative",
     "Topic: Allotment water shut off?\n"
     "Posted: Yesterday at 18:22\n\n"
     "Went down this morning and the taps were dry. Anyone know if the association has turned them off "
     "for winter already?\n",
     None, "unknown"),
    ("month-name-first-ordinal-header",
     "Caddon Cycling Club\n"
     "April 14th, 2025\n"
     "Club run report\n\n"
     "Twelve riders braved the wind on Sunday's loop to Sallow and back. Next week's ride starts at 8.\n",
     date(2025, 4, 14), "header"),
    ("crowdfunding-update-dated",
     "Project update 12\n"
     "Wenlow Community Cinema\n"
     "Mar 12, 2025 · 14 comments\n\n"
     "We did it! The seats arrived on Monday and the projector goes in next week. Our opening night is "
     "booked for 4 April.\n",
     date(2025, 3, 12), "header"),
)

# A third batch, written after the first two kinds were fixed, before any further rule: stamps in
# the forms social sites, mail and feeds print them, headers below a long standfirst, and pages
# whose only year is a copyright or a plan. ``READ_3`` scored once and read; ``HELD_3`` kept aside.
READ_3: tuple[Page, ...] = (
    ("standfirst-before-byline",
     "Greyford's buses: the routes that may go\n"
     "The county is consulting on cuts to eleven rural routes, several of which carry fewer than ten "
     "passengers a day. We asked the people who still rely on them what losing their bus would mean for "
     "getting to work, to the doctor and to the shops in town.\n"
     "By Jo Pike | 12 May 2025\n\n"
     "Every weekday at 7.05 the 41 leaves Ashby Cross with three passengers.\n",
     date(2025, 5, 12), "header"),
    ("social-stamp-clock-first",
     "Greyford Fire & Rescue\n"
     "Crews are at a barn fire on Kell Lane. Please avoid the area and keep windows closed.\n"
     "6:42 PM · May 12, 2025\n",
     date(2025, 5, 12), "footer"),
    ("mail-date-header-rfc",
     "Date: Mon, 12 May 2025 14:03:22 +0100\n"
     "From: Clerk <clerk@ashby-pc.example>\n"
     "Subject: Agenda for Thursday\n\n"
     "Dear councillors, please find the agenda for Thursday's meeting attached.\n",
     date(2025, 5, 12), "header"),
    ("copyright-year-only",
     "Ten walks from Greyford station\n\n"
     "1. The river loop. Turn left out of the station and follow the towpath past the lock to the old "
     "mill. Allow an hour.\n\n"
     "2. Kell Hill. A steep climb to the beacon with views across three counties.\n\n"
     "© 2025 Greyford Walkers. All rights reserved.\n",
     None, "unknown"),
    ("dash-month-abbrev-header",
     "Ashby Cross Parish Council\n"
     "Planning decisions\n"
     "12-May-2025\n\n"
     "The council raised no objection to the extension at 4 Mill Row.\n",
     date(2025, 5, 12), "header"),
    ("yearless-dateline-pinned-by-recent-day",
     "SALLOW, Tuesday, May 6 — The port's new crane lifted its first container on Tuesday, a week after "
     "it was signed off on April 29, 2025, by the harbour engineer.\n",
     date(2025, 5, 6), "dateline"),
    ("forum-relative-with-edited-stamp",
     "Re: Best bait for perch?\n"
     "Posted 3 days ago\n\n"
     "Worms every time. Red ones from the compost heap.\n"
     "Last edited by rodandline; 12-05-2025 at 09:14.\n",
     date(2025, 5, 12), "footer"),
    ("plan-dated-future-only",
     "Greyford town centre plan\n\n"
     "The new market square will open in spring 2027, and the bus station will move to Mill Road by "
     "2028. Consultation runs until the end of the month.\n",
     None, "unknown"),
    ("slash-iso-header",
     "Kell Valley Water — service update\n"
     "2025/05/12\n\n"
     "Water pressure may be low in Ashby Cross this afternoon while we repair a burst main on the "
     "Sallow road.\n",
     date(2025, 5, 12), "header"),
    ("ordinal-no-comma-byline",
     "By Cara Linden, Business Reporter\n"
     "May 12th 2025\n\n"
     "Greyford's biggest employer said on Monday it would close its packaging line with the loss of 60 "
     "jobs.\n",
     date(2025, 5, 12), "header"),
)

HELD_3: tuple[Page, ...] = (
    ("social-stamp-yearless-at",
     "Ashby Cross Community Hub\n"
     "12 May at 14:03\n"
     "Lost dog found by the play park, brown spaniel, no collar. Message us if he is yours.\n",
     None, "unknown"),
    ("standfirst-then-date-line",
     "A tannery, a fire and a town that rebuilt itself\n"
     "A hundred years after the blaze that destroyed half its high street, Sallow is marking the "
     "anniversary with an exhibition, a parade and the reopening of the arcade that rose from the ashes. "
     "Our reporter spent a week talking to the families whose shops have stood there since.\n"
     "Saturday 17 May 2025\n\n"
     "The fire started in the tannery yard on a windy night in May 1925.\n",
     date(2025, 5, 17), "header"),
    ("judgment-date-label",
     "IN THE COUNTY COURT AT GREYFORD\n"
     "Claim no. G42X118\n"
     "Judgment date: 12/05/2025\n\n"
     "1. The claimant seeks the return of a deposit of £1,200 paid on 3 January 2024.\n",
     date(2025, 5, 12), "header"),
    ("last-edited-footer",
     "Greyford Allotments FAQ\n\n"
     "How long is the waiting list? About two years for a half plot.\n"
     "Can I keep hens? Yes, up to six, with the committee's permission.\n\n"
     "This page was last edited on 3 June 2025, at 14:02.\n",
     date(2025, 6, 3), "footer"),
    ("history-with-rebuilt-and-modern-plan",
     "St Aldric's Church\n\n"
     "A church stood here by 1086. The tower was rebuilt after a storm on 26 November 1703, and the "
     "nave was restored in 1872. The parish plans to repair the roof in 2026.\n",
     None, "unknown"),
)

# A fourth batch, written after the third was scored and its kinds fixed: the genres users drop in
# again (alerts issued without a year, diaries, backer updates, vintage and harvest reports, notices
# pages, oral histories, histories with finds from before the common era), in other phrasings.
# ``READ_4`` scored once and read; ``HELD_4`` kept aside.
READ_4: tuple[Page, ...] = (
    ("alert-issued-yearless-valid-with-year",
     "Cold weather alert — level 3\n"
     "Issued at 09:00 on Friday 9 January\n"
     "In force until 09:00 on Monday 12 January 2026\n\n"
     "Temperatures are expected to fall below freezing across the county from Friday night. Check on "
     "neighbours who live alone.\n",
     date(2026, 1, 9), "header"),
    ("alert-issued-yearless-no-year",
     "Flood alert: River Wenn at Sallow\n"
     "Issued 07:45 Wed 4 Feb\n\n"
     "River levels are rising after heavy rain overnight and may reach the footpaths by the quay this "
     "afternoon. Avoid the riverside walk.\n",
     None, "unknown"),
    ("history-with-a-bc-find",
     "The Holt Branch Line\n\n"
     "The branch opened on 6 June 1864 and ran four miles from the junction to Holt quay. Navvies cutting "
     "the deep section near Ashby found a bronze axe-head later dated to about 1200 BC. Passenger "
     "services ended on 9 September 1957 and the track was lifted in 1960.\n",
     None, "unknown"),
    ("tour-diary-entries-only-with-day-numbers",
     "Road diary: the spring tour\n\n"
     "Day 1 — Friday 4 April 2025, Caddon\n"
     "Load-in at four, doors at seven. The van's heater has given up.\n\n"
     "Day 2 — Saturday 5 April, Sallow\n"
     "Small room, loud crowd. Sold out of the red shirts.\n\n"
     "Day 4 — Monday 7 April, Brackley\n"
     "Day off turned into a radio session at the last minute.\n",
     None, "unknown"),
    ("backer-update-yearless-stamp-year-in-body",
     "Update #12: Boxes are packed\n"
     "Posted Mar 14\n\n"
     "All 1,420 rewards left the warehouse on Tuesday. The tracking emails go out this week. Thank you "
     "for backing us in October 2024, and for your patience since.\n",
     None, "unknown"),
    ("harvest-report-month-published",
     "Harvest report 2024\n"
     "Published January 2025\n\n"
     "The season started late after a cold spring. Picking began on 23 September and ended in the rain "
     "on 18 October. Quantities were a third below average but the quality is high.\n",
     None, "unknown"),
    ("notices-page-several-dated-notices",
     "PUBLIC NOTICES\n\n"
     "TOWN AND COUNTRY PLANNING ACT 1990\n"
     "Application for consent to demolish the former bus garage, Quay Street, Sallow. Comments to the "
     "planning office within 21 days.\n"
     "Dated 2 April 2025\n\n"
     "TRUSTEE ACT 1925\n"
     "Claims against the estate of Joan Ellery, late of 3 Mill Row, who died on 1 February 2025, to the "
     "solicitors named below by 10 June 2025.\n"
     "Dated 4 April 2025\n",
     date(2025, 4, 4), "footer"),
    ("oral-history-recorded-long-ago-published-later",
     "Sallow Memories, tape 14\n"
     "Recorded 3 May 1987 at the speaker's home. Transcribed 2004.\n\n"
     "Q: What do you remember of the fire?\n"
     "A: I was nine. We watched it from the chapel steps the night the tannery went up, and the next "
     "morning the whole street smelled of leather.\n",
     date(1987, 5, 3), "header"),
)

HELD_4: tuple[Page, ...] = (
    ("alert-issued-weekday-yearless-valid-year-b",
     "Wind warning\n"
     "Issued: Sunday 16 November, 06:00\n"
     "Valid: 12:00 Sunday 16 November to 06:00 Monday 17 November 2025\n\n"
     "Gusts of 60 to 70 mph are likely on exposed coasts this afternoon and evening.\n",
     date(2025, 11, 16), "header"),
    ("history-with-bce-and-modern-survey",
     "Kell Hill fort\n\n"
     "The hillfort on Kell Hill was first occupied around 600 BCE and was abandoned by the first century "
     "CE. The ramparts were surveyed in 1928 and again on 14 August 1979, when a gate was found on the "
     "north side.\n",
     None, "unknown"),
    ("crowdfunding-update-days-ago-with-plan",
     "Update 9 · 5 days ago\n"
     "The Sallow Lido restoration\n\n"
     "We have passed £80,000! The contractor starts on the changing rooms in May 2026 and we hope to "
     "open for swimming in the summer.\n",
     None, "unknown"),
    ("tour-blog-posted-footer-after-entries",
     "Week one on the road\n\n"
     "Thursday 2 October, Hallam: first show of the tour, and the new songs held up.\n"
     "Friday 3 October, Caddon: lost the setlist, played from memory.\n"
     "Saturday 4 October, Wenlow: the best night so far.\n\n"
     "Posted on 6 October 2025 by the band\n",
     date(2025, 10, 6), "footer"),
)

# A fifth batch, written after the fourth's kinds were fixed: press-release and wire furniture
# (embargo lines, "For release", weekday datelines, bylines with dates above an agency dateline),
# bare ISO stamps, updated-and-published pairs. ``READ_5`` scored once and read; ``HELD_5`` kept aside.
READ_5: tuple[Page, ...] = (
    ("embargo-line-with-clock",
     "EMBARGOED UNTIL 00:01 BST, TUESDAY 6 MAY 2025\n\n"
     "Survey finds one in four rural bus stops has no timetable\n\n"
     "A survey of 2,000 bus stops by the Rural Transport Trust found that a quarter showed no "
     "timetable at all.\n",
     date(2025, 5, 6), "header"),
    ("weekday-in-wire-dateline",
     "Port strike ends\n\n"
     "SALLOW, Tuesday, May 6, 2025 — Dock workers returned to work on Tuesday after a three-day strike "
     "over shift patterns ended with a deal late on Monday.\n",
     date(2025, 5, 6), "dateline"),
    ("byline-date-above-agency-dateline",
     "Ferry fares frozen for islanders\n"
     "By Jo Pike, Staff Writer · May 6, 2025\n\n"
     "CADDON (Norvane Press) — Islanders will pay the same ferry fares next year, the operator said on "
     "Tuesday.\n",
     date(2025, 5, 6), "header"),
    ("bare-iso-zulu-stamp",
     "Sallow harbour webcam: maintenance\n"
     "2025-05-06T14:03:00Z\n\n"
     "The harbour webcam will be offline this afternoon while a new lens is fitted.\n",
     date(2025, 5, 6), "header"),
    ("published-and-updated-pair",
     "School meals price to rise\n"
     "Published 2 May 2025 · Updated 6 May 2025\n\n"
     "The price of a school lunch in the county will rise by 20p from September, the council said.\n",
     date(2025, 5, 2), "header"),
    ("for-release-line",
     "NEWS RELEASE\n"
     "For release: 6 May 2025\n"
     "Ashby Cross library extends its opening hours\n\n"
     "The library will open until 8pm on Thursdays from June, the parish council said today.\n",
     date(2025, 5, 6), "header"),
)

HELD_5: tuple[Page, ...] = (
    ("embargo-line-no-clock",
     "Embargoed until Thursday 15 May 2025\n\n"
     "County to plant 10,000 trees along its roads\n\n"
     "The county council will plant ten thousand trees on verges over the next three winters.\n",
     date(2025, 5, 15), "header"),
    ("dateline-with-weekday-and-agency-dash",
     "HOLT, Friday 9 May 2025 (Baltic Wire) - The river authority lifted its flood warning for Holt on "
     "Friday morning as the water fell below the quay.\n",
     date(2025, 5, 9), "dateline"),
    ("byline-date-and-time-iso-offset",
     "Wenlow bakery expands\n"
     "Ada Firth | 2025-05-09 08:15 +01:00\n\n"
     "The award-winning bakery on Wenlow High Street will open a second shop in Sallow next month.\n",
     date(2025, 5, 9), "header"),
)
