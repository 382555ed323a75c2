"""Fresh news sentences written for session fifteen (dates, issue 11) in forms the older tests lack,
with their TIMEX3 values by the TimeML 1.2.1 guidelines, written before the tagger was run on them.

The forms: ISO and numeric dates with times and zones (``2026-03-04``, ``04/03/2026``, ``4.3.2026``,
``06:00 GMT``), fiscal and half-year labels ("Q3 FY25", "H1 2026", "the final quarter" of a year
ending in June or September), parts of days ("the early hours of Tuesday", "late Monday"), vague
periods ("in recent years", "the coming months", "so far this year", "the next year or so"), and a
history told inside dated news ("first met on 2 April 1887 ... On Friday": the weekday is read from
the report's date, not the story's year).

``READ`` was scored once on unchanged code and then read for kinds of error; ``HELD`` was kept aside
and scored, in aggregate only, at the start and at the end of the session (figures in
``test_fresh_sentences_s15.py``). Spans follow the project's TimeML convention (no preposition;
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
