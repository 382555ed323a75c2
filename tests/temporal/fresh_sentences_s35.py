"""Session 35 of issue 11: sentences of our own in genres beyond news (CVs, business reports, office
mail, chat, nineteenth-century letters, clinical notes, seventeenth-century diaries, academic and
legal notices, event listings, forum posts, encyclopedia lines on antiquity, non-Latin weekdays),
each with the TIMEX3 values the TimeML guidelines give. Written before the tagger was run on them.

Each row: genre, text, document date (None: none), and the (expression, value) pairs a reader marks.
An expression is matched to the timex whose text is it, holds it or lies inside it (a span that differs
is not counted against the value); a clock time's value may carry the zone the text names.
"""

from __future__ import annotations

from datetime import date

WED = date(2025, 11, 5)       # a Wednesday
LETTER = date(1862, 11, 9)

CASES: list[tuple[str, str, date | None, tuple[tuple[str, str], ...]]] = [
    # --- CVs and résumés
    ("cv", "Research Assistant, University of Leeds, 2014–18.", None, (("2014", "2014"), ("18", "2018"))),
    ("cv", "Project Manager, Hallam Foods, 2019–present.", None, (("2019", "2019"), ("present", "PRESENT_REF"))),
    ("cv", "Freelance translator since 2021 (German, Dutch).", None, (("2021", "2021"),)),
    ("cv", "Data Analyst, Jan 2020 – Mar 2022, Northwind Ltd.", None, (("Jan 2020", "2020-01"), ("Mar 2022", "2022-03"))),
    ("cv", "Sept 2016 - June 2019  BSc Geography, University of Exeter", None, (("Sept 2016", "2016-09"), ("June 2019", "2019-06"))),
    ("cv", "2010-2013: Sales Assistant, Boots, Norwich", None, (("2010", "2010"), ("2013", "2013"))),
    ("cv", "Volunteer football coach (2008 – 2011)", None, (("2008", "2008"), ("2011", "2011"))),
    ("cv", "Head of Design, 03/2017 – 11/2020", None, (("03/2017", "2017-03"), ("11/2020", "2020-11"))),
    ("cv", "Summer 2012: internship at the county record office.", None, (("Summer 2012", "2012-SU"),)),
    ("cv", "Senior Nurse, Ward 7 (May 2015 to Oct 2019)", None, (("May 2015", "2015-05"), ("Oct 2019", "2019-10"))),
    ("cv", "Teaching Fellow 2022–24; Lecturer 2024–", None, (("2022", "2022"), ("24", "2024"), ("2024", "2024"))),
    # --- sport and seasons in short form
    ("sport", "He joined the club in Spring '19 after a loan spell.", WED, (("Spring '19", "2019-SP"),)),
    ("sport", "The winter of '63 froze the canal solid.", WED, (("The winter of '63", "1963-WI"),)),
    ("sport", "They were promoted in '98 and relegated in '01.", WED, (("'98", "1998"), ("'01", "2001"))),
    ("sport", "She won the title in autumn 2023 and defended it last spring.", WED,
     (("autumn 2023", "2023-FA"), ("last spring", "2025-SP"))),
    # --- business reports
    ("business", "Revenue in Q3 FY24 rose four percent.", WED, (("Q3 FY24", "2024-Q3"),)),
    ("business", "Guidance for H1 2025 was cut twice.", WED, (("H1 2025", "2025-H1"),)),
    ("business", "Margins improved in the second half of 2024.", WED, (("the second half of 2024", "2024-H2"),)),
    ("business", "Results for the year ended 31 March 2025 are attached.", WED, (("31 March 2025", "2025-03-31"),)),
    ("business", "Invoices are payable within 30 days.", WED, (("30 days", "P30D"),)),
    ("business", "Sales in the first quarter of 2026 are expected to recover.", WED, (("the first quarter of 2026", "2026-Q1"),)),
    ("business", "The board meets quarterly.", WED, (("quarterly", "P3M"),)),
    # --- office e-mail
    ("email", "The rota for w/c 3 June 2024 is attached.", WED, (("w/c 3 June 2024", "2024-W23"),)),
    ("email", "Can you send the draft by end of play Tuesday?", WED, (("Tuesday", "2025-11-11"),)),
    ("email", "Let's catch up first thing Monday.", WED, (("Monday", "2025-11-10"),)),
    ("email", "I'm out of the office until Thurs 13th.", WED, (("Thurs 13th", "2025-11-13"),)),
    ("email", "Deadline: COB Friday.", WED, (("Friday", "2025-11-07"),)),
    ("email", "The meeting has moved to 2.30pm tomorrow.", WED, (("2.30pm tomorrow", "2025-11-06T14:30"),)),
    ("email", "The call is at 9am PST on Monday.", WED, (("9am PST", "2025-11-10T09:00"),)),
    ("email", "I was off sick last week but I'm back now.", WED, (("last week", "2025-W44"), ("now", "PRESENT_REF"))),
    # --- chat and text messages
    ("chat", "c u tmr at 8", WED, (("tmr", "2025-11-06"),)),
    ("chat", "saw him last Tues at the gym", WED, (("last Tues", "2025-11-04"),)),
    ("chat", "we went there a couple of weeks back", WED, (("a couple of weeks back", "2025-W43"),)),
    ("chat", "2moro is fine for me", WED, (("2moro", "2025-11-06"),)),
    ("chat", "r u free tonite?", WED, (("tonite", "2025-11-05TNI"),)),
    ("chat", "what r u doing this wknd", WED, (("this wknd", "2025-W45-WE"),)),
    ("chat", "cant make it, maybe next wk", WED, (("next wk", "2025-W46"),)),
    ("chat", "haven't seen her in ages, not since xmas", WED, (("xmas", "2024-12-25"),)),
    ("chat", "got back yday, still jetlagged", WED, (("yday", "2025-11-04"),)),
    # --- nineteenth-century letters
    ("letter", "Your letter of the 4th inst. came to hand today.", LETTER, (("the 4th inst.", "1862-11-04"),)),
    ("letter", "I wrote to you on the 28th ult. but have had no reply.", LETTER, (("the 28th ult.", "1862-10-28"),)),
    ("letter", "We expect to sail on the 20th prox.", LETTER, (("the 20th prox.", "1862-12-20"),)),
    ("letter", "On Tuesday last the river rose above the weir.", LETTER, (("Tuesday last", "1862-11-04"),)),
    ("letter", "Mother was taken ill on the 2nd and is no better.", LETTER, (("the 2nd", "1862-11-02"),)),
    # --- notices with day and ordinal only
    ("notice", "Parish fête, Sat 8th, from 2pm.", WED, (("Sat 8th", "2025-11-08"),)),
    ("notice", "Bin collection moves to Fri 14th this week only.", WED, (("Fri 14th", "2025-11-14"),)),
    ("notice", "Festival runs Fri 14 – Sun 16 November.", WED, (("Fri 14", "2025-11-14"), ("Sun 16 November", "2025-11-16"))),
    ("notice", "Late licence until 2am Sunday.", WED, (("2am Sunday", "2025-11-09T02:00"),)),
    # --- clinical notes
    ("clinical", "He has had a productive cough for three weeks.", WED, (("three weeks", "P3W"),)),
    ("clinical", "Observations were taken four-hourly overnight.", WED, (("four-hourly", "PT4H"),)),
    ("clinical", "Seen in clinic on 12/08/2025 with chest pain.", WED, (("12/08/2025", "2025-08-12"),)),
    ("clinical", "Follow-up appointment in six months.", WED, (("six months", "P6M"),)),
    ("clinical", "Symptoms began in the small hours of Sunday.", WED, (("Sunday", "2025-11-02"),)),
    ("clinical", "She was kept nil by mouth for 48 hours.", WED, (("48 hours", "PT48H"),)),
    ("clinical", "Paracetamol 1 g four times daily for five days.", WED, (("five days", "P5D"),)),
    # --- seventeenth-century diaries
    ("diary17", "1 March 1666/7. Up betimes, and to the office all the morning.", None, (("1 March 1666/7", "1667-03-01"),)),
    ("diary17", "This day, the 23rd of January 1664/5, I paid my tailor.", None, (("the 23rd of January 1664/5", "1665-01-23"),)),
    ("diary17", "Lord's Day, 2 September 1666. Some of our maids sitting up late.", None, (("2 September 1666", "1666-09-02"),)),
    ("diary17", "The plague years of the 1660s emptied the city.", None, (("the 1660s", "166"),)),
    ("diary17", "It was upon the twenty-third of April 1616 that he died.", None, (("the twenty-third of April 1616", "1616-04-23"),)),
    ("diary17", "On 10 February 1684/5 the King was buried privately.", None, (("10 February 1684/5", "1685-02-10"),)),
    # --- academic and legal notices
    ("academic", "Applications close at 5pm on 15 January 2026.", WED, (("5pm on 15 January 2026", "2026-01-15T17:00"),)),
    ("academic", "The exam board meets in the week beginning 9 June 2025.", WED, (("the week beginning 9 June 2025", "2025-W24"),)),
    ("academic", "Teaching begins on Monday 19 January 2026.", WED, (("Monday 19 January 2026", "2026-01-19"),)),
    ("gazette", "Dated this 3rd day of November 2025.", WED, (("this 3rd day of November 2025", "2025-11-03"),)),
    ("gazette", "Claims must be sent by 31st December 2025.", WED, (("31st December 2025", "2025-12-31"),)),
    ("gazette", "The Order comes into force on 1st April 2026.", WED, (("1st April 2026", "2026-04-01"),)),
    ("gazette", "The meeting will be held on 14 January 2026 at 10.30 a.m.", WED,
     (("14 January 2026", "2026-01-14"), ("10.30 a.m.", "2026-01-14T10:30"))),
    ("gazette", "Given under my hand on the fourteenth day of March 2025.", WED, (("the fourteenth day of March 2025", "2025-03-14"),)),
    # --- clock times with zones
    ("listing", "Kick-off is at 7.45pm GMT on Saturday 8 November.", WED, (("7.45pm GMT", "2025-11-08T19:45"),)),
    ("listing", "The launch window opens at 03:15 UTC on 12 December 2025.", WED, (("03:15 UTC", "2025-12-12T03:15"),)),
    ("listing", "Doors 6:30 p.m. tonight.", WED, (("6:30 p.m. tonight", "2025-11-05T18:30"),)),
    ("listing", "The webinar starts at 10:00 CET on 20 November.", WED, (("10:00 CET", "2025-11-20T10:00"),)),
    # --- ordinals in words
    ("ordinal", "The wedding is on the twenty-third of May 2026.", WED, (("the twenty-third of May 2026", "2026-05-23"),)),
    ("ordinal", "They landed on the first of June 1944.", WED, (("the first of June 1944", "1944-06-01"),)),
    ("ordinal", "The shop closed on the thirty-first of December 1999.", WED, (("the thirty-first of December 1999", "1999-12-31"),)),
    ("ordinal", "Rent is due on the first of every month.", WED, (("the first of every month", "XXXX-XX-01"),)),
    # --- antiquity
    ("ancient", "Augustus died in AD 14.", None, (("AD 14", "0014"),)),
    ("ancient", "Caesar crossed the Rubicon in 49 BC.", None, (("49 BC", "BC0049"),)),
    ("ancient", "The city was traditionally founded in 753 BC.", None, (("753 BC", "BC0753"),)),
    ("ancient", "The wall was begun in AD 122.", None, (("AD 122", "0122"),)),
    ("ancient", "The Normans landed in 1066 AD.", None, (("1066 AD", "1066"),)),
    ("ancient", "Bronze tools spread in the 5th century BC.", None, (("the 5th century BC", "BC04"),)),
    # --- decades
    ("decade", "Rave culture peaked in the late '90s.", WED, (("the late '90s", "199"),)),
    ("decade", "The estate was built in the mid-1980s.", WED, (("the mid-1980s", "198"),)),
    ("decade", "The mill closed in the 1890s.", WED, (("the 1890s", "189"),)),
    # --- forum posts
    ("forum", "Bought it back in 2019 and it was fine till last month.", WED, (("2019", "2019"), ("last month", "2025-10"))),
    ("forum", "Posted: Mon Oct 27, 2025 9:14 pm", WED, (("Mon Oct 27, 2025 9:14 pm", "2025-10-27T21:14"),)),
    ("forum", "been waiting since Tues for a reply", WED, (("Tues", "2025-11-04"),)),
    ("forum", "Same thing happened to me the other day.", WED, (("the other day", "PAST_REF"),)),
    # --- modern diary
    ("diary", "Mon 3rd. Rain all day; stayed in.", WED, (("Mon 3rd", "2025-11-03"),)),
    ("diary", "Yesterday evening we walked to the lighthouse.", WED, (("Yesterday evening", "2025-11-04TEV"),)),
    ("diary", "This morning the frost was still on the car.", WED, (("This morning", "2025-11-05TMO"),)),
    # --- weekdays in other alphabets
    ("cyrillic", "Встреча состоится во вторник.", WED, (("вторник", "2025-11-11"),)),
    ("cyrillic", "В пятницу он уехал в Москву.", WED, (("пятницу", "2025-10-31"),)),
    ("greek", "Η συνεδρίαση θα γίνει την Τρίτη.", WED, (("Τρίτη", "2025-11-11"),)),
    ("ukrainian", "Засідання відбудеться у вівторок.", WED, (("вівторок", "2025-11-11"),)),
]

SAT = date(2025, 11, 8)       # a Saturday

#: a second batch, written after the first was fixed, to see whether the fixes carry (and what else misses)
CASES_B: list[tuple[str, str, date | None, tuple[tuple[str, str], ...]]] = [
    ("cv", "Apr 2018 – present: Lead Engineer, Corvid Systems", None, (("Apr 2018", "2018-04"), ("present", "PRESENT_REF"))),
    ("cv", "Trustee (2012 to date), Harbour Trust", None, (("2012", "2012"), ("date", "PRESENT_REF"))),
    ("cv", "PhD, 2009–2013; MSc, 2008", None, (("2009", "2009"), ("2013", "2013"), ("2008", "2008"))),
    ("cv", "Lecturer, 1/2015 – 8/2019", None, (("1/2015", "2015-01"), ("8/2019", "2019-08"))),
    ("ship", "Wed 12th. Wind SW, fresh. At 0400 sighted the light.", SAT, (("Wed 12th", "2025-11-12"),)),
    ("ship", "Noon position logged; at 2200 hrs we hove to.", SAT, (("Noon", "2025-11-08T12:00"),)),
    ("court", "The defendant was remanded until 2 December.", SAT, (("2 December", "2025-12-02"),)),
    ("court", "Sentencing was adjourned for 28 days.", SAT, (("28 days", "P28D"),)),
    ("court", "The offence took place on or about 14th June 2024.", SAT, (("14th June 2024", "2024-06-14"),)),
    ("weather", "Showers clearing by midday, then dry until Tuesday night.", SAT, (("midday", "2025-11-08T12:00"), ("Tuesday night", "2025-11-11TNI"))),
    ("travel", "We landed on 3 November; three nights later we caught the ferry.", SAT, (("three nights later", "2025-11-06"),)),
    ("weather", "Frost is likely in the early hours of Monday.", SAT, (("Monday", "2025-11-10"),)),
    ("weather", "Outlook for the weekend after next: unsettled.", SAT, (("the weekend after next", "2025-W47-WE"),)),
    ("recipe", "Chill the dough for 30 mins, then bake for 1 hr 15.", SAT, (("30 mins", "PT30M"),)),
    ("recipe", "I first made this cake the summer I turned twelve, back in 1997.", SAT, (("1997", "1997"),)),
    ("travel", "We arrived in Kyoto on day 4 of the trip, a rainy Thursday.", SAT, (("Thursday", "2025-11-06"),)),
    ("obituary", "Born 3 March 1931 in Leith, she died peacefully on 1st November 2025, aged 94.", SAT,
     (("3 March 1931", "1931-03-03"), ("1st November 2025", "2025-11-01"))),
    ("obituary", "He served with the RAF from 1950 until 1962.", SAT, (("1950", "1950"), ("1962", "1962"))),
    ("newsletter", "Half term: Mon 27 Oct – Fri 31 Oct.", SAT, (("Mon 27 Oct", "2025-10-27"), ("Fri 31 Oct", "2025-10-31"))),
    ("newsletter", "Nativity rehearsals every Tuesday afternoon until the 16th.", SAT, (("every Tuesday afternoon", "XXXX-WXX-2TAF"),)),
    ("newsletter", "Term ends at 1.30pm on Friday 19 December.", SAT, (("Friday 19 December", "2025-12-19"),)),
    ("police", "Between 2300 on Friday and 0600 on Saturday, a van was stolen.", SAT, (("Friday", "2025-11-07"), ("Saturday", "2025-11-08"))),
    ("police", "The burglary happened in the early hours of Sunday 2nd November.", SAT, (("Sunday 2nd November", "2025-11-02"),)),
    ("museum", "Bronze mirror, Han dynasty, 2nd century AD.", None, (("2nd century AD", "01"),)),
    ("museum", "Amphora, c. 500–450 BC, from Attica.", None, (("500", "BC0500"), ("450 BC", "BC0450"))),
    ("museum", "Painted in the 1660s, the portrait was sold in 1802.", None, (("the 1660s", "166"), ("1802", "1802"))),
    ("property", "Completion is expected in Q2 2026, with viewings from w/c 17 Nov.", SAT, (("Q2 2026", "2026-Q2"), ("w/c 17 Nov", "2025-W47"))),
    ("changelog", "v2.3.1 (2025-10-30): fixed a crash on start-up.", SAT, (("2025-10-30", "2025-10-30"),)),
    ("changelog", "Support for Python 3.8 ends in October.", SAT, (("October", "2026-10"),)),
    ("podcast", "Recorded on the 2nd of this month, released a week later.", SAT, (("the 2nd of this month", "2025-11-02"),)),
    ("podcast", "New episodes every other Friday.", SAT, (("every other Friday", "XXXX-WXX-5"),)),
    ("hansard", "The House met at half past two o'clock.", SAT, (("half past two o'clock", "2025-11-08T14:30"),)),
    ("hansard", "The Bill was read a second time on 4th November.", SAT, (("4th November", "2025-11-04"),)),
    ("lab", "Incubated at 37 °C for 48 h, then stored at 4 °C overnight.", SAT, (("48 h", "PT48H"),)),
    ("lab", "Samples collected 14/10/25 and analysed 21/10/25.", SAT, (("14/10/25", "2025-10-14"), ("21/10/25", "2025-10-21"))),
    ("chat", "omw, b there in 10 mins", SAT, (("10 mins", "PT10M"),)),
    ("chat", "can we do thurs instead? or fri arvo", SAT, (("thurs", "2025-11-13"), ("fri arvo", "2025-11-14TAF"))),
    ("letter", "Bath, 9th November 1862.\n\nSir, I have your favour of the 6th inst. and reply by return.", None,
     (("9th November 1862", "1862-11-09"), ("the 6th inst.", "1862-11-06"))),
    ("diary17", "Lord's day. 25 March 1665/6. Up and to church.", None, (("25 March 1665/6", "1666-03-25"),)),
    ("diary17", "The great frost of January 1683/4 held the Thames fast.", None, (("January 1683/4", "1684-01"),)),
    ("sport", "He scored twice in the 2019/20 season.", SAT, (("2019/20", "2019"),)),
    ("sport", "The final whistle went at 4.52pm.", SAT, (("4.52pm", "2025-11-08T16:52"),)),
    ("cyrillic", "В среду он вернулся домой.", SAT, (("среду", "2025-11-05"),)),
    ("cyrillic", "Заседание пройдет в четверг.", SAT, (("четверг", "2025-11-13"),)),
    ("greek", "Θα επιστρέψει την Κυριακή.", SAT, (("Κυριακή", "2025-11-09"),)),
    ("ukrainian", "У понеділок він повернувся.", SAT, (("понеділок", "2025-11-03"),)),
]
