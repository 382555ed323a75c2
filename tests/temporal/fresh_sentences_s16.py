"""Fresh news sentences written for session sixteen (dates, issue 11), in the manner of 1990s wire
and newspaper copy (quarterly results, court reports, diplomatic visits, disasters), with their
TIMEX3 values by the TimeML 1.2.1 guidelines, written before the tagger was run on them.

The forms: weekdays in past reporting and in plans ("said Monday", "is expected to report ... on
Thursday"), quarters and halves and the period "a year earlier" compares with, "last week", "the
1980s", "recently", "two years ago", "the past five years", a Sunday paper's "this week" (the week
ahead), numeric dates in a text that says elsewhere it writes the day first ("the 4th of March", a
"DD.MM.YYYY", a non-US dateline), citation years in brackets (no date of the text's), and
lower-case eras.

``READ`` was scored once on unchanged code (integ16 with the pure move of ``resolve.py``, 725c81b)
and then read for kinds of error; ``HELD`` was kept aside unread and scored, in aggregate only, at
the end of the session (figures in ``test_fresh_sentences_s16.py``). Batches b to h below were
written the same way, one after another, each scored once before its rules and then read; their
held parts (``HELD_B`` ...) were never read. Spans follow the project's
TimeML convention (no preposition; "4:31 a.m. Monday" is one expression, as "5 p.m. Friday" is).
"""

from __future__ import annotations

from datetime import date

from tests.temporal.fresh_sentences_s15 import Gold

RESULTS = date(1998, 10, 21)  # a Wednesday, in the third-quarter reporting season
COURT = date(1991, 3, 8)  # a Friday
VISIT = date(1989, 11, 13)  # a Monday
QUAKE = date(1994, 1, 20)  # a Thursday
SUNDAY = date(1996, 6, 2)  # a Sunday paper
MONDAY_AFTER = date(1998, 10, 19)  # a Monday
FRIDAY_BEFORE = date(1998, 10, 16)  # a Friday
UK = date(2026, 3, 20)
UK_B = date(2026, 2, 10)
EU = date(2026, 3, 10)

READ: tuple[Gold, ...] = (
    # quarterly results
    ("Harlow Industries Inc. said Monday its third-quarter profit fell 12% to $41 million, from $46.6 million "
     "a year earlier.", RESULTS,
     (("Monday", "1998-10-19"), ("third-quarter", "1998-Q3"), ("a year earlier", "1997-Q3"))),
    ("The company said sales in the quarter rose 4% to $1.2 billion.", RESULTS, (("the quarter", "1998-Q3"),)),
    ("Analysts had expected earnings of 52 cents a share, according to a survey taken last week.", RESULTS,
     (("last week", "1998-W42"),)),
    ("For the nine months, net income fell 3% to $120 million.", RESULTS, (("the nine months", "P9M"),)),
    ("Harlow shares closed at $34.25, down 75 cents, in New York Stock Exchange composite trading yesterday.",
     RESULTS, (("yesterday", "1998-10-20"),)),
    ("The company expects fourth-quarter results to improve, its chief financial officer said in an interview.",
     RESULTS, (("fourth-quarter", "1998-Q4"),)),
    ("Over the past five years, the company has cut 3,000 jobs.", RESULTS, (("the past five years", "P5Y"),)),
    ("Profit in the 1980s was driven by military contracts.", RESULTS, (("the 1980s", "198"),)),
    ("Two years ago, the company sold its consumer products unit.", RESULTS, (("Two years ago", "1996"),)),
    ("The board recently approved a plan to buy back 5 million shares.", RESULTS, (("recently", "PAST_REF"),)),
    ("The company will report results for the fourth quarter in late January.", RESULTS,
     (("the fourth quarter", "1998-Q4"), ("late January", "1999-01"))),
    ("Orders fell sharply in September from August, the trade group said Tuesday.", RESULTS,
     (("September", "1998-09"), ("August", "1998-08"), ("Tuesday", "1998-10-20"))),
    # court reports
    ("A federal jury in Richmond on Thursday convicted a former savings and loan executive of fraud.", COURT,
     (("Thursday", "1991-03-07"),)),
    ("Sentencing was set for May 17.", COURT, (("May 17", "1991-05-17"),)),
    ("The defendant, who has been free on bond since his arrest in 1989, faces up to 20 years in prison.", COURT,
     (("1989", "1989"), ("20 years", "P20Y"))),
    ("Judge Ellen Marsh denied a defense motion Wednesday to delay the trial until next month.", COURT,
     (("Wednesday", "1991-03-06"), ("next month", "1991-04"))),
    ("The case is expected to go to the jury early next week.", COURT, (("early next week", "1991-W11"),)),
    ("Prosecutors said the scheme ran from 1984 to 1987 and cost taxpayers $40 million.", COURT,
     (("1984", "1984"), ("1987", "1987"))),
    ("The appeals court will hear arguments on Monday.", COURT, (("Monday", "1991-03-11"),)),
    ("Last month, the state Supreme Court refused to hear a similar case.", COURT, (("Last month", "1991-02"),)),
    # diplomatic visits
    ("Foreign Minister Tomas Vallo arrived in Bonn on Sunday for a three-day visit.", VISIT,
     (("Sunday", "1989-11-12"), ("three-day", "P3D"))),
    ("He is scheduled to meet the chancellor Tuesday and fly to Paris on Wednesday.", VISIT,
     (("Tuesday", "1989-11-14"), ("Wednesday", "1989-11-15"))),
    ("It is the first such visit since 1975.", VISIT, (("1975", "1975"),)),
    ("The two governments signed a trade pact in March, officials said.", VISIT, (("March", "1989-03"),)),
    ("Talks on the treaty are expected to resume early next year.", VISIT, (("early next year", "1990"),)),
    ("The minister last visited the capital four years ago.", VISIT, (("four years ago", "1985"),)),
    ("Leaders of the seven nations will meet this weekend in Ottawa.", VISIT, (("this weekend", "1989-W46-WE"),)),
    # disasters
    ("The earthquake struck at 4:31 a.m. Monday, killing at least 51 people.", QUAKE,
     (("4:31 a.m. Monday", "1994-01-17T04:31"),)),
    ("Aftershocks continued through Wednesday night.", QUAKE, (("Wednesday night", "1994-01-19TNI"),)),
    ("It was the deadliest quake in the region since 1971, when 64 people died.", QUAKE, (("1971", "1971"),)),
    ("Officials said Thursday that damage could reach $30 billion.", QUAKE, (("Thursday", "1994-01-20"),)),
    ("Relief workers expect to clear the main highway within two weeks.", QUAKE, (("two weeks", "P2W"),)),
    ("Floods last spring caused $12 billion in damage.", QUAKE, (("last spring", "1993-SP"),)),
    # last session's leftovers, in sentences of my own
    ("The inquest, which opened on the 4th of March, heard that the man was last seen on 03/02/2026.", UK,
     (("the 4th of March", "2026-03-04"), ("03/02/2026", "2026-02-03"))),
    ("LONDON — Police were called to the address on 05/01/2026, the court was told.", UK_B,
     (("05/01/2026", "2026-01-05"),)),
    ("Shares were suspended on 12.01.2026 and trading resumed on 02/03/2026.", EU,
     (("12.01.2026", "2026-01-12"), ("02/03/2026", "2026-03-02"))),
    ("Brinkley Corp. is expected to report its earnings on Thursday.", MONDAY_AFTER, (("Thursday", "1998-10-22"),)),
    ("Rival Ostrand Inc. is expected to post a loss Tuesday, analysts said.", FRIDAY_BEFORE,
     (("Tuesday", "1998-10-20"),)),
    ("Congress returns this week to take up the budget.", SUNDAY, (("this week", "1996-W23"),)),
    ("This week the Senate will vote on the farm bill, and on Friday the House takes up military spending.",
     SUNDAY, (("This week", "1996-W23"), ("Friday", "1996-06-07"))),
    ("Earlier studies [2019] found no such effect, and the committee accepted the finding.", UK, ()),
    ("The method follows (Hartley 2004) and was revised in 2011.", UK, (("2011", "2011"),)),
    ("The fort was built around 120 ad and abandoned in the fifth century.", UK,
     (("120 ad", "0120"), ("the fifth century", "04"))),
)

RESULTS_B = date(1998, 7, 24)  # a Friday
COURT_B = date(1992, 5, 4)  # a Monday
STORM = date(1992, 8, 25)  # a Tuesday
SUNDAY_B = date(1997, 3, 9)  # a Sunday paper
UK_C = date(2027, 4, 10)

HELD: tuple[Gold, ...] = (
    ("Marwick Group said Thursday its second-quarter net income rose 9% from a year earlier.", RESULTS_B,
     (("Thursday", "1998-07-23"), ("second-quarter", "1998-Q2"), ("a year earlier", "1997-Q2"))),
    ("The company's stock has doubled over the past three years.", RESULTS_B, (("the past three years", "P3Y"),)),
    ("Revenue for the first half was $2.1 billion.", RESULTS_B, (("the first half", "1998-H1"),)),
    ("The drugmaker will release third-quarter figures next Tuesday.", RESULTS_B,
     (("third-quarter", "1998-Q3"), ("next Tuesday", "1998-07-28"))),
    ("A jury deliberated for six hours on Friday before acquitting the former mayor.", COURT_B,
     (("six hours", "PT6H"), ("Friday", "1992-05-01"))),
    ("The trial began in January and is expected to last until July.", COURT_B,
     (("January", "1992-01"), ("July", "1992-07"))),
    ("Three years ago, the same court overturned a similar verdict.", COURT_B, (("Three years ago", "1989"),)),
    ("The ambassador returned to Washington last week after talks in Seoul.", COURT_B, (("last week", "1992-W18"),)),
    ("Negotiators plan to meet again on May 12.", COURT_B, (("May 12", "1992-05-12"),)),
    ("The storm made landfall late Saturday near the border.", STORM, (("late Saturday", "1992-08-22"),)),
    ("Since the 1970s, floods have killed more than 2,000 people in the valley.", STORM, (("the 1970s", "197"),)),
    ("The dam was completed in 1962 and last inspected two years ago.", STORM,
     (("1962", "1962"), ("two years ago", "1990"))),
    ("As earlier work showed (Lindqvist 1987), the effect fades after 10 days.", STORM, (("10 days", "P10D"),)),
    ("Negotiators return to the table this week.", SUNDAY_B, (("this week", "1997-W11"),)),
    ("The hearing on the 2nd of April adjourned the case to 09/05/2027.", UK_C,
     (("the 2nd of April", "2027-04-02"), ("09/05/2027", "2027-05-09"))),
    ("Ardent Corp. is expected to announce results Wednesday.", FRIDAY_BEFORE, (("Wednesday", "1998-10-21"),)),
    ("Recently, the government has eased rules on foreign investment.", RESULTS_B, (("Recently", "PAST_REF"),)),
)

# Batch b, written after reading the readable TBAQ errors for a kind (a part of a day said without
# its day, "in the morning", after a report that named the day in the sentence before), before any
# rule for it: the part of the day just told, as the guidelines anchor an anaphoric expression.
MARKETS = date(1989, 10, 30)  # a Monday

READ_B: tuple[Gold, ...] = (
    ("Shares fell on Friday. Dealers sold heavily in the morning but bought back later.", MARKETS,
     (("Friday", "1989-10-27"), ("the morning", "1989-10-27TMO"))),
    ("The talks opened Thursday in Geneva. In the afternoon, the delegates toured the old town.", MARKETS,
     (("Thursday", "1989-10-26"), ("the afternoon", "1989-10-26TAF"))),
    ("Police said the fire started on Saturday. By the evening, it had spread to three houses.", MARKETS,
     (("Saturday", "1989-10-28"), ("the evening", "1989-10-28TEV"))),
    ("The minister will arrive on Wednesday and hold talks in the morning.", MARKETS,
     (("Wednesday", "1989-11-01"), ("the morning", "1989-11-01TMO"))),
    ("The bourse reopened on Oct. 16 after the holiday. Prices rose in the afternoon as buyers returned.", MARKETS,
     (("Oct. 16", "1989-10-16"), ("the afternoon", "1989-10-16TAF"))),
    ("Trading was light in the morning, a dealer said.", MARKETS, (("the morning", "1989-10-30TMO"),)),
)

HELD_B: tuple[Gold, ...] = (
    ("The strike began on Tuesday. In the evening, union leaders met the mayor.", MARKETS,
     (("Tuesday", "1989-10-24"), ("the evening", "1989-10-24TEV"))),
    ("Rescuers reached the village on Sunday and found survivors in the afternoon.", MARKETS,
     (("Sunday", "1989-10-29"), ("the afternoon", "1989-10-29TAF"))),
    ("The vote was held on Oct. 20. Results came in during the night.", MARKETS,
     (("Oct. 20", "1989-10-20"), ("the night", "1989-10-20TNI"))),
)

# Batch c: short wire stories of my own, several sentences each, so that a date told earlier, a
# flashback and a plan share one text (each story is tagged whole, as a document is). Written after
# batches a and b had been scored and their rules made, before the tagger saw these.
CALL_UP = date(1990, 8, 16)  # a Thursday
EARNINGS = date(1998, 2, 9)  # a Monday
SENTENCE = date(1999, 3, 23)  # a Tuesday
SHELTERS = date(1994, 1, 22)  # a Saturday
TRADE_TALKS = date(1991, 7, 10)  # a Wednesday

READ_C: tuple[Gold, ...] = (
    ("WASHINGTON (AP) _ President Bush on Wednesday ordered 40,000 reservists to active duty, the largest "
     "call-up in two decades. The order takes effect Friday and covers reservists for up to 90 days. Earlier "
     "this month, the United Nations imposed sanctions on Iraq. The first ships carrying reservists are expected "
     "to leave next week. In 1968, President Johnson called up 24,500 reservists during a crisis in Korea. "
     "Officials said Thursday that no decision had been made on a second call-up, which could come in September.",
     CALL_UP,
     (("Wednesday", "1990-08-15"), ("two decades", "P20Y"), ("Friday", "1990-08-17"), ("90 days", "P90D"),
      ("Earlier this month", "1990-08"), ("next week", "1990-W34"), ("1968", "1968"), ("Thursday", "1990-08-16"),
      ("September", "1990-09"))),
    ("NEW YORK (Reuters) - Dalton Foods Corp. said Monday its fourth-quarter earnings rose 18 percent, helped by "
     "strong holiday sales. Net income for the three months ended Dec. 31 was $88 million, compared with $74.6 "
     "million in the year-earlier quarter. For all of 1997, the company earned $301 million, up from $266 million "
     "in 1996. Chief executive Lorna Baske said the company expects sales growth to slow in the first half of "
     "this year. The stock has gained 40 percent over the past 12 months. Dalton will hold its shareholders' "
     "meeting on April 22.",
     EARNINGS,
     (("Monday", "1998-02-09"), ("fourth-quarter", "1997-Q4"), ("the three months", "P3M"), ("Dec. 31", "1997-12-31"),
      ("the year-earlier quarter", "1996-Q4"), ("1997", "1997"), ("1996", "1996"),
      ("the first half of this year", "1998-H1"), ("the past 12 months", "P12M"), ("April 22", "1998-04-22"))),
    ("A former bank manager was sentenced Tuesday to six years in prison for stealing $2.3 million from elderly "
     "customers over 10 years. Mara Gedde, 54, pleaded guilty in November to 14 counts of fraud. Prosecutors "
     "said the thefts began in 1987 and went undetected until an audit last spring. Gedde's lawyer said she "
     "would appeal within 30 days. The judge also ordered her to repay the money by the end of the year. A "
     "co-defendant goes on trial next month.",
     SENTENCE,
     (("Tuesday", "1999-03-23"), ("six years", "P6Y"), ("10 years", "P10Y"), ("November", "1998-11"),
      ("1987", "1987"), ("last spring", "1998-SP"), ("30 days", "P30D"), ("the end of the year", "1999"),
      ("next month", "1999-04"))),
    ("LOS ANGELES (AP) _ Thousands of people remained in shelters Saturday, five days after the earthquake. The "
     "quake struck at 4:31 a.m. Monday. By Tuesday night, rescuers had pulled 12 people from a collapsed "
     "apartment building. Officials said Friday that repairs to the freeway could take a year. The last quake "
     "of similar size hit the region in February 1971. Schools will reopen on Jan. 31, the district said.",
     SHELTERS,
     (("Saturday", "1994-01-22"), ("five days", "P5D"), ("4:31 a.m. Monday", "1994-01-17T04:31"),
      ("Tuesday night", "1994-01-18TNI"), ("Friday", "1994-01-21"), ("a year", "P1Y"),
      ("February 1971", "1971-02"), ("Jan. 31", "1994-01-31"))),
)

HELD_C: tuple[Gold, ...] = (
    ("TOKYO (AP) _ Foreign ministers from six nations will meet here Friday to discuss trade, a government "
     "spokesman said Wednesday. The talks were first proposed in March during a visit by the prime minister. A "
     "similar meeting last year ended without agreement. The ministers are expected to stay through the "
     "weekend. The country's trade surplus has grown for three straight years.",
     TRADE_TALKS,
     (("Friday", "1991-07-12"), ("Wednesday", "1991-07-10"), ("March", "1991-03"), ("last year", "1990"),
      ("the weekend", "1991-W28-WE"), ("three straight years", "P3Y"))),
)

# Batch d: a broadcast transcript, a news agency's report and a newspaper feature of my own, in the
# other manners TimeBank's news is written in (spoken years, "this evening", "earlier today", a
# dateline with its day, a feature's "now"), each tagged whole. Written after batch c was scored.
BROADCAST = date(1998, 3, 5)  # a Thursday
AGENCY = date(1999, 2, 10)  # a Wednesday
FEATURE = date(1998, 1, 14)  # a Wednesday
AGENCY_B = date(1998, 8, 21)  # a Friday

READ_D: tuple[Gold, ...] = (
    ("Good evening. The Senate voted this evening to extend the program for another five years. The measure "
     "now goes to the House, which is expected to take it up next Tuesday. Correspondent Ann Lowe reports. The "
     "program was created in nineteen eighty-six and has been renewed twice. Earlier today, the White House said "
     "the President would sign the bill. In the past few days, both parties have traded charges. We'll have "
     "more on this story tomorrow morning. Elsewhere tonight, flooding in the South has killed at least eleven "
     "people since Sunday.",
     BROADCAST,
     (("this evening", "1998-03-05TEV"), ("five years", "P5Y"), ("now", "PRESENT_REF"), ("next Tuesday", "1998-03-10"),
      ("nineteen eighty-six", "1986"), ("Earlier today", "1998-03-05"), ("the past few days", "PXD"),
      ("tomorrow morning", "1998-03-06TMO"), ("tonight", "1998-03-05TNI"), ("Sunday", "1998-03-01"))),
    ("BEIJING, February 10 (Xinhua) -- China's foreign trade grew 3.5 percent in the first month of this year, "
     "the customs administration said today. Exports in January totaled 12.3 billion U.S. dollars, up from 11.9 "
     "billion dollars in the same month last year. The country aims to keep its trade surplus steady in 1999, "
     "officials said. During the current five-year plan, which ends in 2000, trade is expected to grow by 10 "
     "percent annually. The premier will visit three Asian nations later this month.",
     AGENCY,
     (("February 10", "1999-02-10"), ("the first month of this year", "1999-01"), ("today", "1999-02-10"),
      ("January", "1999-01"), ("the same month last year", "1998-01"), ("1999", "1999"), ("2000", "2000"),
      ("annually", "P1Y"), ("later this month", "1999-02"))),
    ("For three decades, the Hollis family ran the hardware store on Main Street. Then, in the spring of 1996, "
     "a chain opened a superstore two miles away. Within a year, sales had fallen by half. ``We hung on as long "
     "as we could,'' said Tom Hollis, who closed the shop last month. He is 61 now and has taken up fishing. The "
     "building, which dates from the 1920s, will be torn down in the fall.",
     FEATURE,
     (("three decades", "P30Y"), ("the spring of 1996", "1996-SP"), ("a year", "P1Y"), ("last month", "1997-12"),
      ("now", "PRESENT_REF"), ("the 1920s", "192"), ("the fall", "1998-FA"))),
)

HELD_D: tuple[Gold, ...] = (
    ("NAIROBI, August 21 (Xinhua) -- Kenya's parliament on Thursday approved a budget for the fiscal year that "
     "began in July, two weeks after the bombing of the U.S. embassy here. The budget, presented in June, raises "
     "spending by 8 percent. Lawmakers will debate a tax bill next week.",
     AGENCY_B,
     (("August 21", "1998-08-21"), ("Thursday", "1998-08-20"), ("July", "1998-07"), ("two weeks", "P2W"),
      ("June", "1998-06"), ("next week", "1998-W35"))),
)

# Batch e: more agency, broadcast and feature texts of my own, written after batch d's rules were
# made and before the tagger saw these.
AGENCY_C = date(1998, 4, 16)  # a Thursday
TALKS = date(1999, 11, 30)  # a Tuesday
MILL = date(1998, 12, 3)  # a Thursday

READ_E: tuple[Gold, ...] = (
    ("HANOI, April 16 (Xinhua) -- Vietnam's exports rose 9 percent in the first quarter of this year over the "
     "same period of last year, the trade ministry said Thursday. Rice exports in the first three months "
     "totaled 1.1 million tons. The ministry expects exports to reach 10.5 billion U.S. dollars by the end of "
     "this year. Foreign investment pledges fell sharply in 1997 after rising for a decade. A trade delegation "
     "will leave for Tokyo early next month.",
     AGENCY_C,
     (("April 16", "1998-04-16"), ("the first quarter of this year", "1998-Q1"),
      ("the same period of last year", "1997-Q1"), ("Thursday", "1998-04-16"), ("the first three months", "P3M"),
      ("the end of this year", "1998"), ("1997", "1997"), ("a decade", "P10Y"), ("early next month", "1998-05"))),
    ("Delegates from 135 countries opened talks in Seattle today on a new round of trade negotiations. The "
     "meeting runs through Friday. Protesters have been gathering in the city since the weekend, and police "
     "said they expect larger crowds tomorrow. The last such round took more than seven years to complete and "
     "ended in 1994. Officials hope to finish this one within three years, by the end of 2002.",
     TALKS,
     (("today", "1999-11-30"), ("Friday", "1999-12-03"), ("the weekend", "1999-W47-WE"), ("tomorrow", "1999-12-01"),
      ("more than seven years", "P7Y"), ("1994", "1994"), ("three years", "P3Y"), ("the end of 2002", "2002"))),
    ("Twenty years ago this month, the mill closed its doors. The town has never fully recovered. In the "
     "decade that followed, half of its young people left. Now a software company plans to move into the old "
     "building early next year, and the mayor says the town's best days may lie ahead. ``We waited a long time "
     "for this,'' she said last week.",
     MILL,
     (("Twenty years ago this month", "1978-12"), ("the decade", "P10Y"), ("Now", "PRESENT_REF"),
      ("early next year", "1999"), ("last week", "1998-W48"))),
)

HELD_E: tuple[Gold, ...] = (
    ("MANILA, April 16 (Xinhua) -- The Philippines' inflation rate eased to 7.8 percent in March from 8.1 "
     "percent in February, the statistics office said today. Inflation in the first quarter of this year "
     "averaged 7.9 percent. The central bank expects prices to stabilize in the second half.",
     AGENCY_C,
     (("April 16", "1998-04-16"), ("March", "1998-03"), ("February", "1998-02"), ("today", "1998-04-16"),
      ("the first quarter of this year", "1998-Q1"), ("the second half", "1998-H2"))),
)

# Batch f: more agency, broadcast and court texts of my own, written after batch e's rules were made
# and before the tagger saw these.
JAKARTA = date(1998, 6, 17)  # a Wednesday
STORM_WATCH = date(1999, 9, 6)  # a Monday
RULING = date(2000, 3, 24)  # a Friday

READ_F: tuple[Gold, ...] = (
    ("JAKARTA, June 17 (AFP) - Indonesia's inflation reached 46 percent in May from a year earlier, the central "
     "bureau of statistics said Wednesday. Prices rose 5.2 percent from the previous month. The rupiah, which "
     "has lost 70 percent of its value since the middle of last year, weakened again in late trading on "
     "Tuesday. The government plans to announce a new budget by the end of the month.",
     JAKARTA,
     (("June 17", "1998-06-17"), ("May", "1998-05"), ("a year earlier", "1997-05"), ("Wednesday", "1998-06-17"),
      ("the previous month", "1998-04"), ("the middle of last year", "1997"), ("Tuesday", "1998-06-16"),
      ("the end of the month", "1998-06"))),
    ("Good morning. Hurricane Floyd is expected to reach the coast by Wednesday evening, forecasters said this "
     "morning. Residents spent the weekend boarding up their homes. Last Friday, the governor declared a state "
     "of emergency. The storm is the strongest to threaten the region in a decade. Forecasters will issue a new "
     "warning in six hours.",
     STORM_WATCH,
     (("Wednesday evening", "1999-09-08TEV"), ("this morning", "1999-09-06TMO"), ("the weekend", "1999-W35-WE"),
      ("Last Friday", "1999-09-03"), ("a decade", "P10Y"), ("six hours", "PT6H"))),
    ("A federal judge on Thursday ordered the software maker to pay $12 million to a rival, ending a legal fight "
     "that began in the mid-1990s. The judge gave the company 60 days to appeal. The ruling came two days after "
     "the two sides failed to settle. In a statement released late Thursday, the company said it would appeal "
     "before the deadline in May. Its shares fell 4 percent in early trading today.",
     RULING,
     (("Thursday", "2000-03-23"), ("the mid-1990s", "199"), ("60 days", "P60D"), ("two days", "P2D"),
      ("late Thursday", "2000-03-23"), ("May", "2000-05"), ("today", "2000-03-24"))),
)

HELD_F: tuple[Gold, ...] = (
    ("SEOUL, June 17 (AFP) - South Korea's jobless rate rose to 6.9 percent in May from 6.7 percent the previous "
     "month, the statistics office said Wednesday. Unemployment has more than doubled since late last year. "
     "Officials expect the rate to peak in the fourth quarter.",
     JAKARTA,
     (("June 17", "1998-06-17"), ("May", "1998-05"), ("the previous month", "1998-04"), ("Wednesday", "1998-06-17"),
      ("late last year", "1997"), ("the fourth quarter", "1998-Q4"))),
)

# Batch g: a life told inside dated news (an obituary, a profile), written after batch f's rule was
# made and before the tagger saw these.
OBITUARY = date(1999, 6, 3)  # a Thursday
PROFILE = date(1997, 10, 8)  # a Wednesday

READ_G: tuple[Gold, ...] = (
    ("Harold Venn, a chemist who helped develop a widely used heart drug, died Tuesday at his home in Maine. He "
     "was 81. Born in Ohio in 1917, Venn joined the company in 1946 and became head of research a decade later. "
     "In the summer of 1962, his team found the compound that would become the drug. It reached pharmacies "
     "three years later. He retired in 1980 but kept an office at the laboratory until last year. A memorial "
     "service will be held on June 12.",
     OBITUARY,
     (("Tuesday", "1999-06-01"), ("1917", "1917"), ("1946", "1946"), ("a decade later", "1956"),
      ("the summer of 1962", "1962-SU"), ("three years later", "1965"), ("1980", "1980"), ("last year", "1998"),
      ("June 12", "1999-06-12"))),
    ("When Maria Ostrov opened her bakery in 1985, the neighborhood was half empty. That winter, she baked bread "
     "at night and sold it from a cart. By 1991, the shop had three branches. The following year, a chain offered "
     "to buy her out; she refused. Now 58, she still bakes the first loaves herself. On Monday she signed a lease "
     "for a fourth shop, which opens in January.",
     PROFILE,
     (("1985", "1985"), ("That winter", "1985-WI"), ("1991", "1991"), ("The following year", "1992"),
      ("Now", "PRESENT_REF"), ("Monday", "1997-10-06"), ("January", "1998-01"))),
)

HELD_G: tuple[Gold, ...] = (
    ("Edna Bright, who ran the town's library for four decades, died Sunday. She was 90. She took the job in "
     "1931, when the library opened, and stayed until 1971. Her funeral is scheduled for Friday.",
     PROFILE,
     (("four decades", "P40Y"), ("Sunday", "1997-10-05"), ("1931", "1931"), ("1971", "1971"),
      ("Friday", "1997-10-10"))),
)

# Batch h: a results report and a transport disaster of my own, written after batch g's rule was made
# and before the tagger saw these.
CORVELL = date(1998, 10, 28)  # a Wednesday
RAIL = date(2000, 1, 10)  # a Monday

READ_H: tuple[Gold, ...] = (
    ("Corvell Inc. said its net income for the third quarter ended Sept. 30 rose 11 percent, to $54 million, "
     "from $48.6 million in the same quarter of 1997. For the first nine months of 1998, earnings were $150 "
     "million. The company said it expects profit in fiscal 1999 to rise at least 10 percent. Its shares, "
     "which hit a record late last month, closed at $41 on Tuesday.",
     CORVELL,
     (("the third quarter", "1998-Q3"), ("Sept. 30", "1998-09-30"), ("the same quarter of 1997", "1997-Q3"),
      ("the first nine months", "P9M"), ("1998", "1998"), ("fiscal 1999", "1999"), ("late last month", "1998-09"),
      ("Tuesday", "1998-10-27"))),
    ("Rail service between the two cities resumed Sunday, a week after a derailment killed nine people. "
     "Investigators said the train was traveling at 70 mph, twice the speed limit, when it left the tracks "
     "shortly after 6 p.m. on Jan. 2. It was the worst rail accident in the state since 1986. The railroad "
     "said it would install new signals within the next two years. A hearing is set for Feb. 15.",
     RAIL,
     (("Sunday", "2000-01-09"), ("a week", "P1W"), ("6 p.m.", "2000-01-02T18:00"), ("Jan. 2", "2000-01-02"),
      ("1986", "1986"), ("the next two years", "P2Y"), ("Feb. 15", "2000-02-15"))),
)

HELD_H: tuple[Gold, ...] = (
    ("Flights resumed at the airport on Saturday after a snowstorm closed it for two days. The storm dropped 14 "
     "inches of snow on Thursday and Friday, the most since January 1996. Forecasters expect milder weather "
     "later this week.",
     RAIL,
     (("Saturday", "2000-01-08"), ("two days", "P2D"), ("Thursday", "2000-01-06"), ("Friday", "2000-01-07"),
      ("January 1996", "1996-01"), ("later this week", "2000-W02"))),
)
