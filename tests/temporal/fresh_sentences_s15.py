"""Fresh news sentences written for session fifteen (dates, issue 11) in forms the older tests lack,
with their TIMEX3 values by the TimeML 1.2.1 guidelines, written before the tagger was run on them.

The forms: ISO and numeric dates with times and zones (``2026-03-04``, ``04/03/2026``, ``4.3.2026``,
``06:00 GMT``), fiscal and half-year labels ("Q3 FY25", "H1 2026", "the final quarter" of a year
ending in June or September), parts of days ("the early hours of Tuesday", "late Monday"), vague
periods ("in recent years", "the coming months", "so far this year", "the next year or so"), and a
history told inside dated news ("first met on 2 April 1887 ... On Friday": the weekday is read from
the report's date, not the story's year).

``READ`` (and ``READ_B``) was scored once on unchanged code and then read for kinds of error;
``HELD`` (and ``HELD_B``) was kept aside and scored, in aggregate only, at the start and at the end
of the session (figures in ``test_fresh_sentences_s15.py``). Spans follow the project's TimeML convention (no preposition;
"the early hours of Tuesday" marks the day alone, as TimeBank does).
"""

from __future__ import annotations

from datetime import date

Gold = tuple[str, date, tuple[tuple[str, str], ...]]

A = date(2026, 3, 11)  # a Wednesday
B = date(2025, 11, 20)  # a Thursday
C = date(2024, 8, 2)  # a Friday

READ: tuple[Gold, ...] = (
    # ISO and numeric dates, clock times with zones
    ("The outage began at 14:30 UTC on 2026-03-04 and lasted six hours.", A,
     (("14:30 UTC", "2026-03-04T14:30"), ("2026-03-04", "2026-03-04"), ("six hours", "PT6H"))),
    ("Officers were called to the flat on 04/03/2026, a police statement said.", A,
     (("04/03/2026", "2026-03-04"),)),
    ("The ceasefire took effect at 06:00 GMT on 4.3.2026.", A,
     (("06:00 GMT", "2026-03-04T06:00"), ("4.3.2026", "2026-03-04"))),
    ("Filings dated 2025-12-31 show the fund held cash.", A, (("2025-12-31", "2025-12-31"),)),
    ("The order, signed 10/02/2026, takes effect on 1 April.", A,
     (("10/02/2026", "2026-02-10"), ("1 April", "2026-04-01"))),
    ("Polls close at 22:00 CET on Sunday.", A, (("22:00 CET", "2026-03-15T22:00"), ("Sunday", "2026-03-15"))),
    ("The satellite launched at 0412 GMT Tuesday.", A, (("0412 GMT", "2026-03-10T04:12"), ("Tuesday", "2026-03-10"))),
    # business periods
    ("Revenue rose 8 percent in Q3 FY25, the company said on Tuesday.", B,
     (("Q3 FY25", "2025-Q3"), ("Tuesday", "2025-11-18"))),
    ("The chipmaker expects growth to return in H1 2026.", B, (("H1 2026", "2026-H1"),)),
    ("Margins improved in the first half, chief executive Lena Moor said.", B, (("the first half", "2025-H1"),)),
    ("The retailer, whose financial year ends in June, said sales in the final quarter fell 3 percent.", B,
     (("June", "XXXX-06"), ("the final quarter", "2025-Q2"))),
    ("Its fiscal year ends on September 30; profit in the final quarter doubled.", B,
     (("September 30", "XXXX-09-30"), ("the final quarter", "2025-Q3"))),
    ("The group will publish full-year results in February.", B, (("February", "2026-02"),)),
    ("So far this year the airline has carried 40 million passengers.", A, (("this year", "2026"),)),
    ("Prices have doubled in recent years, the survey found.", A, (("recent years", "PXY"),)),
    ("Rates are expected to stay high in the coming months.", A, (("the coming months", "PXM"),)),
    ("Sales could recover over the next year or so, analysts said.", A, (("the next year or so", "P1Y"),)),
    ("Earlier this year the council cut its budget.", A, (("Earlier this year", "2026"),)),
    ("The plant shut down earlier this month.", A, (("earlier this month", "2026-03"),)),
    # parts of days
    ("A fire broke out in the early hours of Tuesday at a warehouse.", A, (("Tuesday", "2026-03-10"),)),
    ("The talks collapsed late Monday.", A, (("late Monday", "2026-03-09"),)),
    ("The minister resigned on Thursday evening.", A, (("Thursday evening", "2026-03-05TEV"),)),
    ("Shots were heard early Sunday near the border.", A, (("early Sunday", "2026-03-08"),)),
    ("The shop will open at 9am on Saturday.", A, (("9am", "2026-03-14T09:00"), ("Saturday", "2026-03-14"))),
    # a history told inside dated news
    ("The two families first met on 2 April 1887 in a mill town. On Friday their descendants unveiled a plaque.", A,
     (("2 April 1887", "1887-04-02"), ("Friday", "2026-03-06"))),
    ("The club was founded in 1902 by railway workers. It celebrated with a parade on Saturday.", A,
     (("1902", "1902"), ("Saturday", "2026-03-07"))),
    ("The bridge opened in May 1964. Engineers closed it on Monday after cracks were found.", A,
     (("May 1964", "1964-05"), ("Monday", "2026-03-09"))),
    ("Built in 1911, the theatre reopened last week after a long refit.", A, (("1911", "1911"), ("last week", "2026-W10"))),
    ("Her grandfather sailed from the port in March 1921; on Tuesday she made the same trip.", A,
     (("March 1921", "1921-03"), ("Tuesday", "2026-03-10"))),
    # durations and relative dates
    ("The inquiry will report within 18 months.", A, (("18 months", "P18M"),)),
    ("Two years ago the site was a car park.", A, (("Two years ago", "2024"),)),
    ("The new line is due to open in late 2027.", A, (("late 2027", "2027"),)),
    ("Inflation peaked in mid-2022.", A, (("mid-2022", "2022"),)),
    ("The mayor will step down at the end of the year.", A, (("the end of the year", "2026"),)),
    ("Construction is planned for the second half of next year.", B, (("the second half of next year", "2026-H2"),)),
    ("Exports fell in the three months to September.", B, (("September", "2025-09"),)),
    ("The company was founded a decade ago.", B, (("a decade ago", "2015"),)),
    ("The index hit a record on Nov. 3 and has fallen since.", B, (("Nov. 3", "2025-11-03"),)),
    ("Fans queued from 6 a.m. on Wednesday.", B, (("6 a.m.", "2025-11-19T06:00"), ("Wednesday", "2025-11-19"))),
    ("The merger closed in the fourth quarter of 2024.", B, (("the fourth quarter of 2024", "2024-Q4"),)),
)

HELD: tuple[Gold, ...] = (
    ("The first vote was counted at 23:45 BST on 7 May.", C, (("23:45 BST", "2024-05-07T23:45"), ("7 May", "2024-05-07"))),
    ("Documents dated 2024-06-30 were released on Thursday.", C, (("2024-06-30", "2024-06-30"), ("Thursday", "2024-08-01"))),
    ("The lease expires on 31/12/2025.", C, (("31/12/2025", "2025-12-31"),)),
    ("Profit in H2 2023 beat forecasts.", C, (("H2 2023", "2023-H2"),)),
    ("Sales in Q1 FY24 were flat, the bank said.", C, (("Q1 FY24", "2024-Q1"),)),
    ("The brewer, whose fiscal year ends in September, said volumes rose in the final quarter.", C,
     (("September", "XXXX-09"), ("the final quarter", "2023-Q3"))),
    ("Storms are likely in the coming weeks.", C, (("the coming weeks", "PXW"),)),
    ("House prices have risen sharply in recent months.", C, (("recent months", "PXM"),)),
    ("Police were called in the early hours of Saturday.", C, (("Saturday", "2024-07-27"),)),
    ("The deal was agreed late Wednesday.", C, (("late Wednesday", "2024-07-31"),)),
    ("Residents were evacuated on Monday night.", C, (("Monday night", "2024-07-29TNI"),)),
    ("The brothers opened their first shop on 14 June 1952. On Tuesday the last branch closed.", C,
     (("14 June 1952", "1952-06-14"), ("Tuesday", "2024-07-30"))),
    ("The church was consecrated in 1873. Its bells rang again on Sunday.", C, (("1873", "1873"), ("Sunday", "2024-07-28"))),
    ("Earlier this year the union balloted its members.", C, (("Earlier this year", "2024"),)),
    ("Demand has been weak so far this year.", C, (("this year", "2024"),)),
    ("The firm expects to hire staff over the next year or so.", C, (("the next year or so", "P1Y"),)),
    ("Trading was halted at 15:10 ET on Monday.", C, (("15:10 ET", "2024-07-29T15:10"), ("Monday", "2024-07-29"))),
    ("The report covers the first half.", C, (("the first half", "2024-H1"),)),
    ("The theatre will reopen in early 2025.", C, (("early 2025", "2025"),)),
    ("Flights resumed on 2.8.2024 after the strike.", C, (("2.8.2024", "2024-08-02"),)),
)

# -- batch b, written after batch a had been scored and its kinds fixed: present tense for the future in
# subordinate clauses ("when the case is heard in March"), a clock time or a relative day told after a
# story's day, possessive weekdays, weekends, holidays, modified months and years, parts of days.

D = date(2025, 6, 18)  # a Wednesday, ISO week 25
E = date(2023, 10, 5)  # a Thursday, ISO week 40
F = date(2024, 3, 6)  # a Wednesday, ISO week 10

READ_B: tuple[Gold, ...] = (
    ("The family will appeal if the case is heard in March.", D, (("March", "2026-03"),)),
    ("Output will rise once the plant reopens in February.", D, (("February", "2026-02"),)),
    ("The licence lapses unless the council renews it in April.", D, (("April", "2026-04"),)),
    ("When the plant reopened in February, output rose.", D, (("February", "2025-02"),)),
    ("Police said the attack happened on June 3. The man was shot at 10 p.m. outside a bar.", D,
     (("June 3", "2025-06-03"), ("10 p.m.", "2025-06-03T22:00"))),
    ("The ship docked on 12 June. The previous day, crews had repaired its engine.", D,
     (("12 June", "2025-06-12"), ("The previous day", "2025-06-11"))),
    ("The ferry sank on 2 May; three days later divers found the wreck.", D,
     (("2 May", "2025-05-02"), ("three days later", "2025-05-05"))),
    ("Markets were calm ahead of Monday's vote.", D, (("Monday", "2025-06-23"),)),
    ("Turnout fell sharply in Monday's vote, officials said.", D, (("Monday", "2025-06-16"),)),
    ("The firm had 40 staff as of Jan. 1.", D, (("Jan. 1", "2025-01-01"),)),
    ("The shelter was full on Christmas Eve.", D, (("Christmas Eve", "2024-12-24"),)),
    ("Fares will rise on New Year's Day.", D, (("New Year's Day", "2026-01-01"),)),
    ("Sales slowed late last year.", D, (("late last year", "2024"),)),
    ("The clinic opens early next month.", D, (("early next month", "2025-07"),)),
    ("The minister met union leaders earlier in the week.", D, (("the week", "2025-W25"),)),
    ("A decision is expected later this week.", D, (("later this week", "2025-W25"),)),
    ("Three people were hurt in a crash this past weekend.", D, (("this past weekend", "2025-W24-WE"),)),
    ("Storms are forecast for this weekend.", D, (("this weekend", "2025-W25-WE"),)),
    ("Rents rose 6 percent over the past 12 months.", D, (("the past 12 months", "P12M"),)),
    ("Flooding in mid-March closed the road.", D, (("mid-March", "2025-03"),)),
    ("Prices have fallen since the start of the year.", D, (("the start of the year", "2025"),)),
    ("Rescuers reached the village within hours.", D, (("hours", "PTXH"),)),
    ("The store will close on Thanksgiving.", E, (("Thanksgiving", "2023-11-23"),)),
    ("Protesters gathered outside the court on Monday night.", E, (("Monday night", "2023-10-02TNI"),)),
    ("The mayor will speak tonight.", E, (("tonight", "2023-10-05TNI"),)),
    ("Talks resume this afternoon.", E, (("this afternoon", "2023-10-05TAF"),)),
    ("The bridge was closed yesterday morning.", E, (("yesterday morning", "2023-10-04TMO"),)),
    ("The ruling came 10 days ago.", E, (("10 days ago", "2023-09-25"),)),
    ("The band has played the venue every year since 2019.", E, (("every year", "P1Y"), ("2019", "2019"))),
    ("The new terminal opens next spring.", E, (("next spring", "2024-SP"),)),
)

HELD_B: tuple[Gold, ...] = (
    ("Fees will fall if the board approves the plan in January.", F, (("January", "2025-01"),)),
    ("Once the bridge reopens in February, traffic will ease.", F, (("February", "2025-02"),)),
    ("The robbery took place on 1 March. The gang left at 11 p.m. in a stolen van.", F,
     (("1 March", "2024-03-01"), ("11 p.m.", "2024-03-01T23:00"))),
    ("The strike began on 20 February. The following day, schools closed.", F,
     (("20 February", "2024-02-20"), ("The following day", "2024-02-21"))),
    ("Investors sold shares after Tuesday's announcement.", F, (("Tuesday", "2024-03-05"),)),
    ("Fans are queuing for Saturday's final.", F, (("Saturday", "2024-03-09"),)),
    ("The fund held $2 billion as of Dec. 31.", F, (("Dec. 31", "2023-12-31"),)),
    ("Rail fares rose late last year.", F, (("late last year", "2023"),)),
    ("The results are due later this week.", F, (("later this week", "2024-W10"),)),
    ("Two climbers died last weekend.", F, (("last weekend", "2024-W09-WE"),)),
    ("Wages rose 4 percent over the past 18 months.", F, (("the past 18 months", "P18M"),)),
    ("The river burst its banks in mid-January.", F, (("mid-January", "2024-01"),)),
    ("The market will reopen this evening.", F, (("this evening", "2024-03-06TEV"),)),
    ("The committee met two weeks ago.", F, (("two weeks ago", "2024-W08"),)),
    ("The museum reopens next autumn.", F, (("next autumn", "2024-FA"),)),
)
