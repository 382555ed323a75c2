"""Twenty-five short pages written for session twenty-nine's document-date work (issue 11): the
furniture a dropped folder's files carry when no date is given, in the forms that were still open
(numeric dates day first and month first, ambiguous ones and what settles them, "D.M.YY" with a
two-figure year, ISO stamps beside identifiers that look like dates, a letter or a release dated at
its foot, a dateline that names only a weekday, a newsletter's season, a page whose only dates are in
its body). Outlets, people and places are invented.

Each page is ``(name, text, right date or None, where the date stands)``, as in
``document_date_pages_s17.py``; the right date was written down before the code was run on the page.

An ambiguous slashed date ("03/04/2011") with nothing else on the page to settle its order is read
month first, the tagger's convention (``slashed_month_day``); a weekday printed beside it, a slashed
date elsewhere on the page that can only be day first, or dates in words written day first settle it.
"""

from __future__ import annotations

from datetime import date

Page = tuple[str, str, date | None, str]

PAGES: tuple[Page, ...] = (
    ("exchange-announcement-day-first",
     "MARLOW BASIN RESOURCES LIMITED\n"
     "ASX ANNOUNCEMENT\n"
     "14/03/2011\n\n"
     "Drilling update: Kestrel prospect\n\n"
     "The Board of Marlow Basin Resources Limited is pleased to advise that the second hole at the Kestrel "
     "prospect reached its target depth of 1,840 metres yesterday. Core samples will be sent to the laboratory "
     "this week and results are expected within six weeks. The company will hold a briefing for investors next "
     "Tuesday.\n",
     date(2011, 3, 14), "header"),
    ("exchange-announcement-ambiguous-settled-by-body",
     "Announcement to the market\n"
     "Date: 03/04/2011\n\n"
     "Half-year results\n\n"
     "Tarrant Holdings Ltd reports a net profit of $4.2 million for the half-year ended 31/12/2010, up 12 per "
     "cent on the previous corresponding period. The directors have declared an interim dividend of 3 cents per "
     "share, payable to shareholders on the register at the record date. Trading conditions improved last "
     "month, the chief executive said.\n",
     date(2011, 4, 3), "header"),
    ("us-memo-month-first-settled",
     "MEMORANDUM\n"
     "Date: 04/03/2012\n"
     "To: All department heads\n"
     "From: Facilities office\n"
     "Re: Parking garage closure\n\n"
     "As announced at the meeting on 11/15/2011, the north parking garage will close for repairs starting next "
     "Monday. Staff who hold a garage permit may park in Lot C until the work is finished. Please share this "
     "notice with your teams before Friday. Questions about permits should go to the facilities office.\n",
     date(2012, 4, 3), "header"),
    ("ambiguous-slashes-no-cue",
     "Notice to residents\n"
     "03/04/2011\n\n"
     "Water supply interruption\n\n"
     "Water will be turned off in Alder Road and the streets around it tomorrow between 9am and 3pm while a "
     "valve is replaced. Residents are advised to store drinking water tonight. We are sorry for the "
     "inconvenience. Bottled water will be available at the community hall from 8am, and staff will check on "
     "elderly residents during the afternoon.\n",
     date(2011, 3, 4), "header"),
    ("ambiguous-slashes-weekday-settles",
     "Harbour Ward Residents' Association\n"
     "Tuesday, 03/04/2012\n\n"
     "Minutes of the committee\n\n"
     "The committee met this evening in the upstairs room of the library. The treasurer reported that the spring "
     "fair had raised more than expected and that the hall hire for next month is paid. The secretary will write "
     "to the council about the broken street lights on Quay Lane before the weekend.\n",
     date(2012, 4, 3), "header"),
    ("war-diary-dotted-short-years",
     "WAR DIARY\n"
     "1st Battalion, Westmarch Rifles\n\n"
     "1.9.39\n"
     "0600 Battalion ordered to mobilise. Companies drew stores at the depot.\n"
     "1430 Advance party left by train for the concentration area.\n"
     "2.9.39\n"
     "0800 Main body entrained. Weather fine and warm.\n"
     "2215 Arrived at the concentration area and went into billets in the village.\n"
     "3.9.39\n"
     "1115 News of the declaration of war received by wireless. All ranks informed at 1200.\n"
     "1600 Training resumed by companies.\n",
     None, "unknown"),
    ("battalion-order-dotted-short-year",
     "BATTALION ORDERS No. 37\n"
     "by Lt.-Col. H. Penrose, Commanding\n"
     "14.6.44\n\n"
     "1. The Battalion will move tomorrow to the assembly area north of the river. Companies will be ready to "
     "march at 0530.\n"
     "2. Greatcoats will be carried on the trucks. Rations for two days will be drawn tonight.\n"
     "3. The move of last week showed that march discipline must improve.\n",
     date(1944, 6, 14), "header"),
    ("security-advisory-iso-with-identifiers",
     "Security Advisory NVL-SA-2020-07\n"
     "CVE-2019-1234, CVE-2020-0415\n"
     "Published: 2020-09-15\n"
     "Severity: High\n\n"
     "A flaw in the authentication module of Novalink Gateway allows a remote attacker to bypass login. "
     "Versions before 4.2.1 are affected. The issue was reported to us last month by an independent researcher. "
     "Customers should upgrade today; a workaround is described below for those who cannot upgrade this week. "
     "We thank the researcher for working with us.\n",
     date(2020, 9, 15), "header"),
    ("advisory-identifier-and-release-date",
     "Advisory 2021-11 | Corral Systems\n"
     "Release date: 2021-11-08\n\n"
     "Corral Systems has released firmware 7.3 for its DS-series storage units to fix two vulnerabilities "
     "(CVE-2021-44231 and CVE-2021-44232). An attacker on the local network could read files from the "
     "management interface. We are not aware of any attacks using these flaws. Support will extend its hours "
     "until Friday to help customers apply the update.\n",
     date(2021, 11, 8), "header"),
    ("bulletin-identifiers-only",
     "Patch bulletin KB-2019-0611\n"
     "Product: Sabre Office Suite\n\n"
     "This update resolves an issue in which spreadsheets with more than 65,000 rows open slowly. It also "
     "addresses CVE-2019-1102, a memory corruption flaw in the document parser. Install the update from the "
     "settings menu and restart the application. Earlier bulletins in this series are listed on the support "
     "site. Administrators can deploy it to managed machines through the usual channel.\n",
     None, "unknown"),
    ("chair-letter-dated-at-foot",
     "Letter from the Chair\n\n"
     "Dear shareholders,\n\n"
     "The past year tested our company as few before it. Demand for our pumps fell in the first half, and we "
     "closed the plant at Redbourne in July. In the second half orders recovered, and the board is proposing a "
     "final dividend of 8 pence. I thank our staff for their work through a difficult year, and I look forward "
     "to meeting many of you at the annual general meeting next month.\n\n"
     "Eleanor Whitcombe\n"
     "Chair\n"
     "14 March 2019\n",
     date(2019, 3, 14), "footer"),
    ("deed-dated-this-day-at-foot",
     "DEED OF VARIATION\n\n"
     "This deed varies the lease of the premises known as Unit 4, Tanner's Yard, granted by the landlord to the "
     "tenant for a term of ten years. The parties agree that the annual rent shall be reviewed every third year "
     "and that the tenant may assign the lease with the landlord's consent, which shall not be unreasonably "
     "withheld.\n\n"
     "Dated this 3rd day of May 1999\n"
     "Signed by the landlord and the tenant in the presence of a witness\n",
     date(1999, 5, 3), "footer"),
    ("press-release-issued-at-foot",
     "Kerrow District Council\n"
     "Press release\n\n"
     "Library hours to be extended\n\n"
     "Kerrow's central library will open until 8pm on weekdays from next month, the council said today. The "
     "change follows a survey last autumn in which most users asked for later opening. Councillor Amira Dunn "
     "said the extra hours would help students and people who work during the day.\n\n"
     "ENDS\n"
     "Issued 14 March 2011\n",
     date(2011, 3, 14), "footer"),
    ("for-immediate-release-month-first",
     "FOR IMMEDIATE RELEASE\n"
     "March 3, 2015\n\n"
     "Gideon Valley Wildlife Trust opens new visitor center\n\n"
     "The Gideon Valley Wildlife Trust will open its new visitor center to the public on Saturday. The building, "
     "which took two years to complete, houses an exhibit on the valley's wetlands and a classroom for school "
     "groups. Admission is free during the first week, and volunteers "
     "will lead guided walks every afternoon.\n",
     date(2015, 3, 3), "header"),
    ("wire-publication-line-then-dateline",
     "Published 6 March 2012 07:15 GMT\n\n"
     "NAIROBI, March 5 (Lakeside Wire) — Ministers from six countries agreed on Monday to share data on river "
     "levels across the basin, after floods last month drove thousands from their homes. The agreement will be "
     "signed at a summit next week, officials said. Talks on a joint warning system will continue in April. "
     "Donors have offered to pay for new gauges.\n",
     date(2012, 3, 6), "header"),
    ("translated-agency-item-time-stamp",
     "12.04.2016 17:42\n"
     "Translated from Russian\n\n"
     "MINSK, April 12 /Belnova/. The ministry of transport said on Tuesday that the new rail link to the airport "
     "would open in the autumn. Trial runs began last week and will continue until the end of the month, a "
     "spokesman told the agency. The line was first proposed in 2009. Tickets will cost the same as the city bus.\n",
     date(2016, 4, 12), "header"),
    ("posted-hours-ago",
     "Community board\n"
     "Posted 3h ago by gardenfan\n\n"
     "Has anyone else had their allotment shed broken into this week? Ours was forced on Tuesday night and the "
     "mower taken. The police came yesterday but said there was little they could do. The committee is meeting "
     "on Thursday to talk about a new gate. Please lock your sheds and keep an eye out.\n",
     None, "unknown"),
    ("dateline-weekday-only",
     "PARIS, Tuesday — The organisers of the city's book fair said they expected record crowds this weekend, "
     "after advance ticket sales doubled. More than 400 publishers will take part, and a new hall has been added "
     "for comics and graphic novels. The fair opens on Friday and runs until Monday evening. "
     "Organisers advised visitors to come early and to bring a bag for their books.\n",
     None, "unknown"),
    ("newsletter-issue-season",
     "The Fernbrook Naturalist\n"
     "Issue 42, Spring 2015\n\n"
     "From the editor\n\n"
     "Welcome to the spring issue. The winter counts are in, and the number of wading birds on the reservoir was "
     "the highest we have recorded. Thanks to everyone who braved the cold for the January survey. Our next "
     "field trip is to the chalk downs in May. Bring boots and a packed lunch.\n",
     None, "unknown"),
    ("body-dates-only",
     "Kellsworth Bridge\n\n"
     "The Kellsworth Bridge is a stone arch bridge over the River Mell. It was designed by the engineer Thomas "
     "Abery and opened on 12 June 1832, replacing a ferry. The bridge was widened in 1911 and listed as a "
     "historic structure in 1967. A flood on 4 November 1953 damaged its southern arch, which was rebuilt the "
     "following year.\n",
     None, "unknown"),
    ("us-updated-line-month-first",
     "Riverside Little League\n"
     "Last updated: 10/23/2014\n\n"
     "Fall registration is now closed. Teams and coaches will be announced next week, and the first practice "
     "is set for the Saturday after. Families who registered late will be placed on a waiting list. Thank you to "
     "everyone who volunteered at the pumpkin sale last weekend. "
     "Uniforms will be handed out at the first practice.\n",
     date(2014, 10, 23), "header"),
    ("iso-date-with-masthead",
     "2017-06-05 | Ostrava Business Daily\n"
     "Steelmaker to cut night shifts\n\n"
     "The region's largest steelmaker will stop night shifts at its rolling mill from next month, the company "
     "said on Monday, blaming weak orders from carmakers. About 300 workers will move to day shifts; none will "
     "lose their jobs, a spokeswoman said. The union said it "
     "would ask for a meeting with managers this week to discuss pay.\n",
     date(2017, 6, 5), "header"),
    ("report-id-and-report-date",
     "Inspection report RPT-2018-0412\n"
     "Report date: 2018-05-02\n"
     "Site: Harbour Road depot\n\n"
     "The inspector visited the depot yesterday and found the fire exits clear and the extinguishers in date. Two "
     "forklift drivers had not completed their refresher training, which is due every three years. The manager "
     "agreed to book the training within the month. No further action is needed before the next visit.\n",
     date(2018, 5, 2), "header"),
    ("letter-place-and-date-at-foot",
     "Dear Mr Harland,\n\n"
     "Thank you for your letter of last week about the footpath behind the school. I have asked the highways "
     "officer to inspect it, and he will do so on Thursday. If the surface is as poor as you describe, it will be "
     "repaired before the winter. I will write again when I have his report.\n\n"
     "Yours sincerely,\n"
     "J. Oyelaran\n"
     "Harrowgate, 2 February 1998\n",
     date(1998, 2, 2), "footer"),
    ("exchange-announcement-ambiguous-settled-by-record-date",
     "Pellam Gold Mines Ltd\n"
     "Announcement date: 07/06/2019\n\n"
     "Dividend declaration\n\n"
     "The directors have declared a final dividend of 5 cents per share. The record date is 21/06/2019 and the "
     "dividend will be paid in July. Shares will trade ex-dividend from the day before the record date. The "
     "company's annual report was lodged last week. Shareholders may choose to "
     "reinvest the dividend.\n",
     date(2019, 6, 7), "header"),
)
