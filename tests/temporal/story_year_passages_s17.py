"""Passages written for session seventeen's "narrative time" work (issue 11): which year a yearless
date takes and which day a weekday inside a dated entry takes, with the values a careful reader
gives them, written before the resolver was run on them.

Kinds: a year said only in passing (a relative clause, "since", a comparison, a record, a
citation) before a yearless date that belongs to the writer's time; a dated entry line (a stamp
heading a paragraph or a line of a status page) and the weekdays told inside its entry; "that
Christmas", "that summer" after a paragraph set in a past year; "the next weekend" after a day.

``READ`` was scored once on unchanged code and then read for kinds of error; ``HELD`` was kept
aside unread and scored only in aggregate, on unchanged code and once at the end (figures in
``test_story_year_s17.py``).
Only the expressions listed are checked: each passage aims at one decision.
"""

from __future__ import annotations

from datetime import date

from tests.temporal.fresh_sentences_s15 import Gold

READ: tuple[Gold, ...] = (
    # a year said in passing, then a yearless date of the writer's time
    ("The museum, which opened in 1998, will close for repairs on 4 May.", date(2026, 2, 10),
     (("4 May", "2026-05-04"),)),
    ("Prices have doubled since 2019, and the new tariff takes effect in April.", date(2025, 11, 3),
     (("April", "2026-04"),)),
    ("The crew, smaller than the 2011 team, reached the summit on 14 June.", date(2024, 7, 2),
     (("14 June", "2024-06-14"),)),
    ("Her time beat the record set in 1987. She will race again on 9 August.", date(2023, 7, 20),
     (("9 August", "2023-08-09"),)),
    ("According to a 2003 survey, the marsh floods most springs. The council inspected the dikes in October.",
     date(2022, 12, 5), (("October", "2022-10"),)),
    ("The ferry, built in 1974, failed its safety check in March.", date(2021, 5, 18), (("March", "2021-03"),)),
    ("Last season's champions, who also won in 2016, open their campaign on 21 August.", date(2025, 7, 1),
     (("21 August", "2025-08-21"),)),
    ("The report cites figures from 2009. Its authors will present it to ministers on 12 February.",
     date(2026, 1, 20), (("12 February", "2026-02-12"),)),
    ("The bridge, first proposed in 1968, finally opened to traffic on 30 September.", date(2025, 10, 15),
     (("30 September", "2025-09-30"),)),
    ("The singer, whose debut came out in 2009, releases her fourth album on 7 March.", date(2026, 1, 15),
     (("7 March", "2026-03-07"),)),
    ("Unemployment is at its lowest since 2008, the ministry said. The next figures are due on 16 July.",
     date(2025, 6, 20), (("16 July", "2025-07-16"),)),
    ("Rainfall is well above the 1995 level. The reservoir overflowed in February.", date(2024, 4, 2),
     (("February", "2024-02"),)),
    ("A plaque recalls the fire of 1871. Volunteers repainted it on 5 May.", date(2023, 5, 20),
     (("5 May", "2023-05-05"),)),
    ("Membership grew by a third compared with 2022. In April the club opened a second pitch.", date(2024, 6, 10),
     (("April", "2024-04"),)),
    # a dated entry line and the weekdays inside its entry
    ("Works notices\n\n3 March\nThe north gate is closed for resurfacing. It will reopen on Friday.\n\n"
     "27 February\nThe lift was repaired on Tuesday.\n", date(2026, 3, 10),
     (("Friday", "2026-03-06"), ("Tuesday", "2026-02-24"))),
    ("Update, 14 November: Crews restored power to most homes on Wednesday.", date(2025, 11, 20),
     (("Wednesday", "2025-11-12"),)),
    ("Tuesday 9 September\nThe pool reopens on Thursday after cleaning.\n", date(2025, 9, 15),
     (("Thursday", "2025-09-11"),)),
    ("12 January - The library will be shut on Saturday for stocktaking.", date(2026, 1, 30),
     (("Saturday", "2026-01-17"),)),
    # "that <holiday or season>" after a past year
    ("In 2019 the family moved to the coast. That Christmas they opened the bakery.", date(2024, 5, 1),
     (("That Christmas", "2019-12-25"),)),
    ("The flood came in the spring of 2013. That summer the town rebuilt its bridge.", date(2020, 1, 8),
     (("That summer", "2013-SU"),)),
    ("By 2018 the mine had closed. That winter half the village left.", date(2023, 3, 3),
     (("That winter", "2018-WI"),)),
    ("The chapel was restored in 2010, and that Easter it held its first service in decades.", date(2024, 9, 9),
     (("that Easter", "2010-04-04"),)),
    # the weekend after a day told
    ("The fair opened on 8 December and moved indoors the next weekend.", date(2025, 12, 20),
     (("the next weekend", "2025-W50-WE"),)),
    ("The ice rink opened on 5 January. The next weekend it hosted a charity match.", date(2026, 2, 1),
     (("The next weekend", "2026-W02-WE"),)),
    # a weekday after a day told, in the past
    ("The storm struck the coast on 2 November. By Thursday, crews had cleared the main road.", date(2026, 11, 20),
     (("Thursday", "2026-11-05"),)),
)

HELD: tuple[Gold, ...] = (
    ("The hotel, which changed hands in 2015, reopens on 2 April.", date(2026, 2, 14), (("2 April", "2026-04-02"),)),
    ("The squad, younger than the side that won in 1999, plays its first match on 11 September.", date(2025, 8, 1),
     (("11 September", "2025-09-11"),)),
    ("A 2017 audit found gaps in the records. Inspectors returned in November.", date(2025, 12, 10),
     (("November", "2025-11"),)),
    ("Entry, 21 October\nThe east wing lost power on Monday and is running on generators.\n", date(2025, 10, 29),
     (("Monday", "2025-10-20"),)),
    ("In 2020 the orchestra lost its home. That autumn it played in car parks.", date(2024, 2, 2),
     (("That autumn", "2020-FA"),)),
    ("The shelter opened on 10 March. The next weekend it was already full.", date(2025, 4, 5),
     (("The next weekend", "2025-W11-WE"),)),
    ("Her last book, published in 2012, sold poorly. The new one is out on 19 May.", date(2026, 3, 2),
     (("19 May", "2026-05-19"),)),
    ("Temperatures matched the record of 1976. On 28 July the county banned hosepipes.", date(2025, 8, 5),
     (("28 July", "2025-07-28"),)),
    ("5 June: The trail closed on Sunday after a rockfall and reopens on Wednesday.", date(2026, 6, 20),
     (("Sunday", "2026-05-31"), ("Wednesday", "2026-06-10"))),
    ("The couple married in 2001. That Christmas they bought the farm.", date(2023, 4, 4),
     (("That Christmas", "2001-12-25"),)),
    ("Fees have not risen since 2014. The board votes on the increase in March.", date(2025, 12, 1),
     (("March", "2026-03"),)),
)
