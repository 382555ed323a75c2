"""Document dates from the header blocks real files carry (issue #11, session 37 helper h37d).

Each row: the first lines of an article plus a body sentence with a relative date, and the document
date a reader takes from it (TimeML's DCT: the publication date, not a later "Updated" stamp, since
the text's "yesterday" was written on the day it was first published) -- or None when the header only
names other days (an event in a headline, a conference banner, a copyright year, "Est. 1998")."""
from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest.extract import date_document

B = [
    ("Harbour council approves new ferry timetable\nBy Jane Roe | March 3, 2021\n\n"
     "The council voted on Tuesday to add two evening sailings.", date(2021, 3, 3)),
    ("Home > News > Local\nShare  Tweet  Email\nFlood barrier opens early\nPublished 14 February 2019\n\n"
     "Engineers finished the work last week.", date(2019, 2, 14)),
    ("GENEVA, June 5 (Wire) - Aid agencies said on Monday that supplies were running low.\n"
     "Posted 2017-06-05 09:14 UTC\n\nThe convoy left yesterday.", date(2017, 6, 5)),
    ("Published: 12 May 2020, 08:00 BST | Updated: 15 May 2020, 17:30 BST\n\nRail strike called off\n\n"
     "Union leaders agreed on Monday to suspend the action.", date(2020, 5, 12)),
    ("First published on Wed 7 Oct 2015 10.02 BST\nLast modified on Thu 8 Oct 2015 12.00 BST\n\n"
     "The minister said yesterday that the plan would go ahead.", date(2015, 10, 7)),
    ("Last modified: 2022-11-30\n\nAbout the programme\n\nThe fund opened last month to new applicants.",
     date(2022, 11, 30)),
    ("From: press@example.org\nSent: Thursday, April 9, 2020 4:12 PM\nTo: newsroom@example.com\n"
     "Subject: Shelter reopens\n\nThe shelter reopened on Monday after repairs.", date(2020, 4, 9)),
    ("FOR IMMEDIATE RELEASE\nJanuary 22, 2018\n\nAcme Tools names new chief executive\n\n"
     "The board approved the appointment last week.", date(2018, 1, 22)),
    ("Posted by riverfan on 03/08/2016 at 9:41 pm\n\nAnyone else see the water level drop yesterday?",
     date(2016, 3, 8)),
    ("Newsletter No. 47 - Autumn 2019\nDear members,\n\nOur volunteers planted 400 trees last month.",
     None),
    ("The Battle of 1815: what really happened at dawn\n\nHistorians met on Friday to debate the sources.",
     None),
    ("Annual Conference 12-14 May 2024 - Register now!\nHome | About | Contact\n\n"
     "Organisers said on Tuesday that tickets were selling fast.", None),
    ("Copyright 2021 Example Media. All rights reserved.\n\nCity budget talks stall\n\n"
     "Councillors left the chamber on Thursday without a deal.", None),
    ("The Valley Gazette - Est. 1998\n\nSchool roof repaired\n\nWorkers finished the job last week.", None),
    ("Policy brief | 2023-09-18\nAuthor: Dr A. Lane\n\nThe central bank raised rates last month.",
     date(2023, 9, 18)),
    ("Journal of Rural Studies, Vol. 12, Issue 3\nReceived 4 January 2011; accepted 2 March 2011\n\n"
     "Farmers interviewed last spring reported lower yields.", None),
    ("Le 14 mars 2022\n\nLa mairie a annoncé hier la fermeture du pont.", date(2022, 3, 14)),
    ("Madrid, 3 de julio de 2019\n\nEl gobierno aprobó ayer el nuevo presupuesto.", date(2019, 7, 3)),
    ("Berlin, 21. Oktober 2020\n\nDie Regierung hat gestern neue Regeln beschlossen.", date(2020, 10, 21)),
    ("We use cookies to improve your experience. Accept\nMenu  Search\nBridge closure extended\n"
     "Mon 2 Aug 2021\nRead more\n\nThe county said on Friday the bridge would stay shut.", date(2021, 8, 2)),
    ("Updated 6:45 p.m. ET, Fri November 4, 2016\n\nPolls closed late on Friday in the west.",
     date(2016, 11, 4)),
    ("2014.05.27\nBlog\n\nI finally finished the garden shed on Sunday.", date(2014, 5, 27)),
    ("Ministry of Health\nPress statement\n27/04/2021\n\nVaccination centres opened on Monday.",
     date(2021, 4, 27)),
    ("Date: Mon, 17 Jul 2023 08:02:11 +0200\nSubject: meeting notes\n\nWe agreed yesterday to postpone.",
     date(2023, 7, 17)),
    ("World Cup 2026 qualifiers: five things we learned\n\nThe squad flew home on Wednesday.", None),
    ("Issue 212\nThe Weekly Digest\n\nMarkets fell sharply last week.", None),
    ("Dispatch from the coast\nSeptember 9, 2012 at 11:05 am\n\nThe storm passed overnight on Saturday.",
     date(2012, 9, 9)),
    ("Posted: Tue Feb 02, 2010 3:14 pm    Post subject: Re: engine noise\n\n"
     "Mine did the same last winter.", date(2010, 2, 2)),
    # the header's label announces an event's day: not the page's date (fixed in session 37)
    ("Seminar: 5 March 2020, 2pm, Room 4\nSpeaker: Dr Ray\n\nThe talk covers results from last year.", None),
    ("Match preview: Saturday 3 May 2025, kick-off 15:00\n\nThe manager said on Thursday the squad was fit.", None),
    ("Election day is November 8, 2022\nVoter guide\n\nEarly voting began on Monday.", None),
    ("Summit on 12-14 May 2024 in Vienna\nPosted 2 April 2024\n\nDelegates confirmed last week that they would attend.",
     date(2024, 4, 2)),
    ("Webinar: 12 June 2024\nPublished 1 May 2024\n\nRegistration opened last week.", date(2024, 5, 1)),
    ("Remembering 9 November 1989: the night the border opened\n\nVeterans gathered on Sunday to mark the day.", None),
    ("Jane Doe (1932 - 2020)\nObituary\n\nShe died last Tuesday at home.", None),
    ("Deadline: 30 June 2022\nCall for proposals\n\nApplications opened last week.", None),
    ("Report date: 2021-03-15\nIncident date: 2021-03-12\n\nThe crew noticed the leak on Friday.", date(2021, 3, 15)),
    ("Est. 1998 - Serving the valley for 25 years\nNews | Events | Shop\nMay 4, 2023\n\nThe bakery reopened on Tuesday.",
     date(2023, 5, 4)),
    ("The Daily Courier\nMONDAY, OCTOBER 3, 1994\nPrice 50p\n\nFire crews were called last night.", date(1994, 10, 3)),
    ("Monday 12th August 2019 | 3 min read\n\nThe trains stopped on Friday evening.", date(2019, 8, 12)),
    ("12 ao\u00fbt 2021 \u00e0 10h15\n\nLe maire a d\u00e9missionn\u00e9 hier.", date(2021, 8, 12)),
    ("Published 2019-07-01T08:30:00Z\nModified 2019-07-03T10:00:00Z\n\nThe dam failed yesterday.", date(2019, 7, 1)),
    ("Last reviewed: 2 March 2022\nNext review due: 2 March 2025\n\nThe clinic changed its hours last month.",
     date(2022, 3, 2)),
    ("Updated: 15 May 2020 | Published: 12 May 2020\n\nRail strike called off\n\nUnion leaders agreed on Monday.",
     date(2020, 5, 12)),
    ("NGO Field Update\nReporting period: January - March 2021\nIssued 9 April 2021\n\nTeams reached three villages last month.",
     date(2021, 4, 9)),
    ("Flood warnings for 20-22 January issued\nEnvironment Agency\n\nResidents were told on Sunday to prepare.", None),
    ("Zuletzt aktualisiert: 04.05.2021\n\nDie Stadt hat gestern den Park geschlossen.", date(2021, 5, 4)),
    ("Pubblicato il 12 settembre 2018\n\nIl sindaco ha annunciato ieri il nuovo piano.", date(2018, 9, 12)),
    ("Home \u00bb Blog \u00bb Gardening\nPosted on 21st April 2015 by Sam\nLeave a comment\n\nThe frost last night killed my seedlings.",
     date(2015, 4, 21)),
    ("\u00a9 2018-2024 City News Network\nTerms | Privacy\n\nLibrary hours extended\n\nThe board decided on Tuesday.", None),
    ("Vol. 33, No. 2 (2004)\npp. 101-120\n\nThe survey last year found mixed results.", None),
    ("By AP | Dec. 1, 2011 | 3:40 PM\n\nThe senator resigned on Wednesday.", date(2011, 12, 1)),
    ("Festival 2023: 7-9 July\nNews\n17 May 2023\nLine-up announced\n\nOrganisers revealed the headliners yesterday.",
     date(2023, 5, 17)),
    ("Upcoming webinar: 12 June 2024\n\nRegistration opened last week.", None),
    ("Lecture - Thursday 9 May 2019, 6pm\nAll welcome\n\nThe speaker returned from fieldwork last month.", None),
    ("Posted 3 days ago\nSubscribe\n\nThe council met on Monday.", None),
    # the weekday settles the order: 3 April 2019 was a Wednesday, 4 March a Monday
    ("Wed, 04/03/2019 - 10:22\n\nThe road reopened yesterday.", date(2019, 4, 3)),
    ("Dublin, 14/05/2018\nPress statement\n\nThe board met on Monday.", date(2018, 5, 14)),
    ("Conference 12-14 May 2024 - Register now!\nNews\n3 March 2024\n\nSpeakers were announced last week.",
     date(2024, 3, 3)),
]


@pytest.mark.parametrize("text, expected", B, ids=[str(i) for i in range(len(B))])
def test_header_block_document_date(text, expected):
    doc = date_document(Document("/tmp/article.txt", text, "", None, "unknown"))
    got = doc.date if doc.date_source != "inferred" else None
    assert got == expected, (doc.date, doc.date_source)
