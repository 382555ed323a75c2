"""Fresh sentences written for session seventeen (dates, issue 11), with the TIMEX3 values the TimeML
1.2.1 guidelines give them, written before the tagger was run on them.

Two kinds: 1990s wire copy (markets, results, courts, diplomacy, disasters, sport, labour figures, a
year-end week) and informal posts (plans, complaints, events announced). They aim at what the
earlier fresh sets touched least: where a timex begins and ends ("the year-earlier quarter",
"late Wednesday", "the evening of <date>", "the 12th of next month"), a results report in January
about the quarter just ended, a year-end week whose ISO week belongs to the next year, durations
against points ("three straight weeks", "about 11 hours"), sets ("every weekend", "every five
years"), the direction a tense gives a weekday or a month in reported speech, headlines, ranges of
years and seasons ("1988 to 1991", "the 1997-98 season"), and last session's leftovers told in my
own words (a bare "at 1015" after a 24-hour UTC time, "within the hour", "Sun at midnight", a
verbless "sat 2am-4am", a retold account with an exact day under a news lede).

``READ`` was scored once on unchanged code (integ17, 6ebf7d1) and then read for kinds of error;
``HELD`` (every third sentence as written) was kept aside unread and scored once, in aggregate
only, at the end of the session (figures in ``test_fresh_sentences_s17.py``). Spans follow the
project's convention (no preposition); ranges are scored in the TimeML view (each end its own
expression), as the corpora are.
"""

from __future__ import annotations

from datetime import date

from tests.temporal.fresh_sentences_s15 import Gold

MARKETS = date(1993, 6, 16)  # a Wednesday, ISO week 24
RESULTS = date(1992, 1, 21)  # a Tuesday, early in the fourth-quarter reporting season
COURTS = date(1995, 10, 12)  # a Thursday, week 41
DIPLOMACY = date(1997, 2, 27)  # a Thursday, week 9
STORM = date(1990, 11, 5)  # a Monday, week 45
SPORT = date(1999, 4, 8)  # a Thursday, week 14
JOBS = date(1994, 9, 2)  # a Friday, jobs-report day
YEAR_END = date(1996, 12, 30)  # a Monday in ISO week 1997-W01
POST = date(2026, 3, 11)  # a Wednesday, week 11
POST_B = date(2026, 5, 29)  # a Friday, week 22

READ: tuple[Gold, ...] = (
    # markets
    ("Stocks rose in early trading Wednesday as bond prices firmed.", MARKETS, (("Wednesday", "1993-06-16"),)),
    ("The dollar ended the session at 110.25 yen, its lowest level since mid-February.", MARKETS,
     (("mid-February", "1993-02"),)),
    ("Bond yields have climbed for three straight weeks.", MARKETS, (("three straight weeks", "P3W"),)),
    ("The Federal Reserve's policy committee meets again in early July.", MARKETS, (("early July", "1993-07"),)),
    ("Analysts said the market could test its April lows before the end of the quarter.", MARKETS,
     (("April", "1993-04"), ("the end of the quarter", "1993-Q2"))),
    ("Treasury will auction $15 billion of two-year notes next Tuesday.", MARKETS,
     (("two-year", "P2Y"), ("next Tuesday", "1993-06-22"))),
    # results
    ("Pinecrest Corp. reported a fourth-quarter loss of $12 million, reversing a profit of $8 million in the "
     "year-earlier quarter.", RESULTS, (("fourth-quarter", "1991-Q4"), ("the year-earlier quarter", "1990-Q4"))),
    ("Sales for fiscal 1991, which ended in September, were flat.", RESULTS,
     (("fiscal 1991", "1991"), ("September", "1991-09"))),
    ("Its stock has lost nearly half its value since last spring.", RESULTS, (("last spring", "1991-SP"),)),
    ("Results for the December quarter will be released Feb. 4.", RESULTS,
     (("the December quarter", "1991-Q4"), ("Feb. 4", "1992-02-04"))),
    # courts
    ("A state judge on Wednesday postponed sentencing until next month.", COURTS,
     (("Wednesday", "1995-10-11"), ("next month", "1995-11"))),
    ("The defendant, who has been held without bail since his arrest in March 1994, faces up to 20 years in "
     "prison.", COURTS, (("March 1994", "1994-03"), ("20 years", "P20Y"))),
    ("Testimony resumes Monday morning.", COURTS, (("Monday morning", "1995-10-16TMO"),)),
    ("Prosecutors said the scheme ran from 1988 to 1991.", COURTS, (("1988", "1988"), ("1991", "1991"))),
    # diplomacy
    ("The foreign minister arrived in Seoul late Wednesday for two days of talks.", DIPLOMACY,
     (("late Wednesday", "1997-02-26"), ("two days", "P2D"))),
    ("A spokesman said the summit would take place in the first half of the year.", DIPLOMACY,
     (("the first half of the year", "1997-H1"),)),
    ("Talks broke down early this month over the issue of inspections.", DIPLOMACY,
     (("early this month", "1997-02"),)),
    ("The envoy is due to return to the region at the weekend.", DIPLOMACY, (("the weekend", "1997-W09-WE"),)),
    # disasters
    ("The storm struck the coast early Sunday, killing at least 14 people.", STORM, (("early Sunday", "1990-11-04"),)),
    ("It was the worst disaster to hit the region since a 1974 cyclone killed 200.", STORM, (("1974", "1974"),)),
    ("Forecasters warned that a second storm could reach the coast by Wednesday.", STORM,
     (("Wednesday", "1990-11-07"),)),
    ("Last month's floods left 5,000 people homeless.", STORM, (("Last month's", "1990-10"),)),
    # sport
    ("The club finished third in the 1997-98 season.", SPORT, (("1997", "1997"), ("98", "1998"))),
    ("The striker signed a three-year contract in the summer.", SPORT,
     (("three-year", "P3Y"), ("the summer", "1998-SU"))),
    ("Tickets go on sale Saturday morning.", SPORT, (("Saturday morning", "1999-04-10TMO"),)),
    # labour figures
    ("Nonfarm payrolls rose by 179,000 in August, the Labor Department said today.", JOBS,
     (("August", "1994-08"), ("today", "1994-09-02"))),
    ("Average wages rose 0.3 percent from July.", JOBS, (("July", "1994-07"),)),
    ("The next employment report is due Oct. 7.", JOBS, (("Oct. 7", "1994-10-07"),)),
    # a year-end week
    ("Retailers said holiday sales were the weakest since 1991.", YEAR_END, (("1991", "1991"),)),
    ("The new tax takes effect Jan. 1.", YEAR_END, (("Jan. 1", "1997-01-01"),)),
    ("The company plans to announce its 1997 budget next week.", YEAR_END,
     (("1997", "1997"), ("next week", "1997-W02"))),
    # reported speech: the tense gives the direction
    ("The minister said the agreement would be signed on Monday.", DIPLOMACY, (("Monday", "1997-03-03"),)),
    ("The chairman told shareholders the merger would close by Friday.", MARKETS, (("Friday", "1993-06-18"),)),
    ("The coach said his side had trained on Sunday without the captain.", SPORT, (("Sunday", "1999-04-04"),)),
    ("Witnesses said the dam had shown cracks in September.", STORM, (("September", "1990-09"),)),
    # headlines
    ("Jobless Rate Falls to 6.1% in August\nThe unemployment rate fell last month to its lowest level since 1990.",
     JOBS, (("August", "1994-08"), ("last month", "1994-08"), ("1990", "1990"))),
    # informal posts
    ("cant make it tmrw, got a dentist appt", POST, (("tmrw", "2026-03-12"),)),
    ("the 12th of next month works for me", POST, (("the 12th of next month", "2026-04-12"),)),
    ("sat 2am-4am the gym is closed for cleaning", POST, (("sat 2am", "2026-03-14T02:00"), ("4am", "2026-03-14T04:00"))),
    ("3 weeks and still no refund!!", POST, (("3 weeks", "P3W"),)),
    ("gig moved to fri 20th, same venue", POST, (("fri 20th", "2026-03-20"),)),
    ("last time I flew with them was 2019 and never again", POST, (("2019", "2019"),)),
    ("my flight's at 6:40 tomorrow morning", POST, (("6:40 tomorrow morning", "2026-03-12T06:40"),)),
    ("we've had this car for ten years and it's never let us down", POST_B, (("ten years", "P10Y"),)),
    ("half term next week so the trains will be rammed", POST_B, (("next week", "2026-W23"),)),
    ("got my results back tuesday, all clear", POST_B, (("tuesday", "2026-05-26"),)),
    # leftovers, in my own words
    ("At 0736 UTC the first tremor was recorded; at 1015 a stronger one followed.", POST,
     (("0736 UTC", "2026-03-11T07:36"), ("1015", "2026-03-11T10:15"))),
)

HELD: tuple[Gold, ...] = (
    ("The Dow Jones industrial average has gained 9 percent so far this year.", MARKETS, (("this year", "1993"),)),
    ("Trading volume on the Big Board was 262 million shares, down from 301 million Tuesday.", MARKETS,
     (("Tuesday", "1993-06-15"),)),
    ("Oil prices have fallen by a fifth over the past 12 months.", MARKETS, (("the past 12 months", "P12M"),)),
    ("For all of 1991, the company earned $31 million.", RESULTS, (("1991", "1991"),)),
    ("The company said it would take a charge in the current quarter.", RESULTS,
     (("the current quarter", "1992-Q1"),)),
    ("Management expects a return to profitability by late 1992.", RESULTS, (("late 1992", "1992"),)),
    ("The jury deliberated for about 11 hours over two days before reaching its verdict.", COURTS,
     (("about 11 hours", "PT11H"), ("two days", "P2D"))),
    ("The appeals court is expected to rule within 90 days.", COURTS, (("90 days", "P90D"),)),
    ("The trial, which opened Sept. 26, has heard from 40 witnesses.", COURTS, (("Sept. 26", "1995-09-26"),)),
    ("The victim's mother testified that she last saw her son on the evening of June 3.", COURTS,
     (("the evening of June 3", "1995-06-03TEV"),)),
    ("The two sides last met in November and agreed to meet again before the end of March.", DIPLOMACY,
     (("November", "1996-11"), ("the end of March", "1997-03"))),
    ("The treaty, signed in 1963, comes up for review every five years.", DIPLOMACY,
     (("1963", "1963"), ("every five years", "P5Y"))),
    ("Officials said it could take weeks to restore power.", STORM, (("weeks", "PXW"),)),
    ("The death toll rose to 31 by late Monday afternoon.", STORM, (("late Monday afternoon", "1990-11-05TAF"),)),
    ("The final is scheduled for May 22 at Wembley.", SPORT, (("May 22", "1999-05-22"),)),
    ("The team has not won away from home since January.", SPORT, (("January", "1999-01"),)),
    ("The jobless rate fell to 6.1 percent, its lowest level in nearly four years.", JOBS,
     (("nearly four years", "P4Y"),)),
    ("Factory employment has risen in five of the past six months.", JOBS, (("the past six months", "P6M"),)),
    ("Markets will close early on Tuesday and reopen Thursday.", YEAR_END,
     (("Tuesday", "1996-12-31"), ("Thursday", "1997-01-02"))),
    ("Last week, the index fell for three sessions in a row.", YEAR_END, (("Last week", "1996-W52"),)),
    ("Police said the man had been seen on Tuesday near the bridge.", COURTS, (("Tuesday", "1995-10-10"),)),
    ("The company said it expects to complete the sale in March.", RESULTS, (("March", "1992-03"),)),
    ("Verdict Expected Friday in Fraud Trial\nThe jury began deliberating on Wednesday.", COURTS,
     (("Friday", "1995-10-13"), ("Wednesday", "1995-10-11"))),
    ("we'll know within the hour", POST, (("the hour", "PT1H"),)),
    ("Server maintenance Sun at midnight, expect downtime", POST, (("Sun at midnight", "2026-03-15T24:00"),)),
    ("been waiting since 8am for a callback, this is ridiculous", POST, (("8am", "2026-03-11T08:00"),)),
    ("road closed every weekend in april for the bridge works", POST,
     (("every weekend", "XXXX-WXX-WE"), ("april", "2026-04"))),
    ("launch party next thurs, rsvp by monday", POST, (("next thurs", "2026-03-19"), ("monday", "2026-03-16"))),
    ("anyone else's bin not collected this morning?", POST, (("this morning", "2026-03-11TMO"),)),
    ("ordered it on the 14th, still hasn't arrived", POST_B, (("the 14th", "2026-05-14"),)),
    ("happy to cover your shift on the 3rd", POST_B, (("the 3rd", "2026-06-03"),)),
    ("The council approved the budget on Tuesday. On 14 June 2019, residents told inspectors, the river rose "
     "three metres and on Saturday the bridge failed.", POST,
     (("Tuesday", "2026-03-10"), ("14 June 2019", "2019-06-14"), ("Saturday", "2019-06-15"))),
)

# Batch b: short wire stories of several sentences, in the manner of 1989-1998 newspaper copy
# (results, a court, diplomacy, an earthquake, markets, prices), where a period is named once and
# then referred back to. Written after batch a's rules, scored once on the code of that day (1bf77ca)
# and then read; ``HELD_B`` was kept aside unread until the end.
NOV_1989 = date(1989, 11, 2)  # a Thursday
FEB_1990 = date(1990, 2, 14)  # a Wednesday
MAR_1998 = date(1998, 3, 5)  # a Thursday, week 10
OCT_1989 = date(1989, 10, 27)  # a Friday, week 43
JUL_1991 = date(1991, 7, 9)  # a Tuesday
JAN_1998 = date(1998, 1, 12)  # a Monday
AUG_1990 = date(1990, 8, 20)  # a Monday
DEC_1989 = date(1989, 12, 18)  # a Monday, week 51
SEP_1997 = date(1997, 9, 24)  # a Wednesday

READ_B: tuple[Gold, ...] = (
    ("Calloway Foods Inc. said its third-quarter net income rose 18% to $24.6 million, or 61 cents a share, from "
     "$20.8 million, or 52 cents, a year earlier. Sales in the period increased 9% to $612 million. For the nine "
     "months, profit climbed 11% to $70.1 million. The company, which has raised its dividend each year since "
     "1975, said it expects fourth-quarter results to be in line with expectations. Calloway's shares rose 50 "
     "cents yesterday to close at $38.75 in New York Stock Exchange composite trading. The results were released "
     "after the market closed Wednesday.", NOV_1989,
     (("third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3"), ("the period", "1989-Q3"),
      ("the nine months", "P9M"), ("each year", "P1Y"), ("1975", "1975"), ("fourth-quarter", "1989-Q4"),
      ("yesterday", "1989-11-01"), ("Wednesday", "1989-11-01"))),
    ("A federal judge in Atlanta yesterday sentenced a former county commissioner to 30 months in prison for "
     "accepting bribes. The judge also ordered him to pay a $50,000 fine within 90 days. The commissioner, who "
     "resigned last April, was convicted in November of taking $180,000 from developers between 1984 and 1987. "
     "His lawyer said he would appeal the sentence by the end of the month. The sentencing had been postponed "
     "twice since January.", FEB_1990,
     (("yesterday", "1990-02-13"), ("30 months", "P30M"), ("90 days", "P90D"), ("last April", "1989-04"),
      ("November", "1989-11"), ("1984", "1984"), ("1987", "1987"), ("the end of the month", "1990-02"),
      ("January", "1990-01"))),
    ("The Secretary of State will travel to the Middle East next week for talks aimed at reviving the stalled "
     "peace process, a State Department spokesman said today. The trip, her third to the region since she took "
     "office 13 months ago, is expected to last five days. She last visited in September, when she met leaders "
     "in four capitals over two days. Officials said a decision on a summit would not be made before mid-April. "
     "The two sides have not held direct talks for more than a year.", MAR_1998,
     (("next week", "1998-W11"), ("today", "1998-03-05"), ("13 months ago", "1997-02"), ("five days", "P5D"),
      ("September", "1997-09"), ("two days", "P2D"), ("mid-April", "1998-04"), ("more than a year", "P1Y"))),
    ("Rescue workers today found two more bodies in the rubble of a collapsed highway, raising the death toll "
     "from last week's earthquake to 61. The quake struck at 5:04 p.m. Oct. 17 and lasted 15 seconds. Officials "
     "said it could take months to clear the debris, and that the highway would remain closed at least until "
     "the spring. The last earthquake of comparable strength to hit the area occurred in 1906. Aftershocks "
     "continued through the weekend and into Monday morning.", OCT_1989,
     (("today", "1989-10-27"), ("last week's", "1989-W42"), ("5:04 p.m. Oct. 17", "1989-10-17T17:04"),
      ("15 seconds", "PT15S"), ("months", "PXM"), ("the spring", "1990-SP"), ("1906", "1906"),
      ("the weekend", "1989-W42-WE"), ("Monday morning", "1989-10-23TMO"))),
    ("Stock prices fell sharply yesterday as investors worried about a weaker-than-expected employment report "
     "released Friday. The Dow Jones Industrial Average dropped 28.73 points to 2,932.47, its biggest one-day "
     "loss since mid-June. Trading was light, with many investors away on vacation. Bond prices rose, pushing "
     "the yield on the 30-year Treasury bond down to 8.38% from 8.45% late Monday. Analysts said the market "
     "could remain volatile until second-quarter earnings reports begin arriving later this month.", JUL_1991,
     (("yesterday", "1991-07-08"), ("Friday", "1991-07-05"), ("one-day", "P1D"), ("mid-June", "1991-06"),
      ("30-year", "P30Y"), ("late Monday", "1991-07-08"), ("second-quarter", "1991-Q2"),
      ("later this month", "1991-07"))),
    ("Consumer prices rose just 1.7% in 1997, the smallest increase in 11 years, the Labor Department reported "
     "Friday. In December alone, prices were unchanged. Economists expect inflation to stay below 2% through "
     "the first half of this year. The Federal Reserve's policy-making committee next meets Feb. 3-4. Wages "
     "have grown faster than prices for 18 straight months.", JAN_1998,
     (("1997", "1997"), ("11 years", "P11Y"), ("Friday", "1998-01-09"), ("December", "1997-12"),
      ("the first half of this year", "1998-H1"), ("Feb. 3", "1998-02-03"), ("4", "1998-02-04"),
      ("18 straight months", "P18M"))),
)

HELD_B: tuple[Gold, ...] = (
    ("Oil prices jumped more than $2 a barrel today, to their highest level in almost five years, as the "
     "standoff in the Persian Gulf continued. Crude for September delivery settled at $31.10 in New York. Prices "
     "have nearly doubled since late July, before the invasion on Aug. 2. Analysts said supplies should be "
     "adequate through the end of the year, but warned that a cold winter could push prices higher. OPEC "
     "ministers are scheduled to meet in Vienna on Aug. 26.", AUG_1990,
     (("today", "1990-08-20"), ("almost five years", "P5Y"), ("September", "1990-09"), ("late July", "1990-07"),
      ("Aug. 2", "1990-08-02"), ("the end of the year", "1990"), ("winter", "1990-WI"), ("Aug. 26", "1990-08-26"))),
    ("Workers at the company's two assembly plants voted over the weekend to accept a three-year contract, "
     "ending a strike that began Nov. 20. Production is expected to resume Wednesday. The union's previous "
     "contract expired in September. Under the new agreement, wages will rise 4% a year, and workers will "
     "receive a $1,000 bonus by Christmas. The company said the four-week walkout cost it about $40 million in "
     "the fourth quarter.", DEC_1989,
     (("the weekend", "1989-W50-WE"), ("three-year", "P3Y"), ("Nov. 20", "1989-11-20"), ("Wednesday", "1989-12-20"),
      ("September", "1989-09"), ("a year", "P1Y"), ("Christmas", "1989-12-25"), ("four-week", "P4W"),
      ("the fourth quarter", "1989-Q4"))),
    ("Shares of Brightwave Systems plunged 22% yesterday after the software maker warned that its "
     "third-quarter earnings would fall short of analysts' estimates. The quarter ends Sept. 30. Brightwave, "
     "which went public in 1995, said revenue in the current quarter would be about $48 million, compared with "
     "$51 million in the year-ago period. The company will report its results in late October. It was the "
     "second profit warning in six months.", SEP_1997,
     (("yesterday", "1997-09-23"), ("third-quarter", "1997-Q3"), ("Sept. 30", "1997-09-30"), ("1995", "1995"),
      ("the current quarter", "1997-Q3"), ("the year-ago period", "1996-Q3"), ("late October", "1997-10"),
      ("six months", "P6M"))),
)

# Batch c: broadcast transcripts (an evening news lede, a cable update, a public-radio programme, a
# morning show) and agency copy (an election brief, customs figures with a dateline, a tax-season
# item), as 1998-2000 broadcast and agency news is written. Written after batch b's rules, scored once
# on the code of that day (d892243) and then read; ``HELD_C`` was kept aside unread until the end.
JAN_8_1998 = date(1998, 1, 8)  # a Thursday, week 2
FEB_13_1998 = date(1998, 2, 13)  # a Friday
MAR_31_1998 = date(1998, 3, 31)  # a Tuesday
MAR_13_1999 = date(1999, 3, 13)  # a Saturday
JAN_21_1998 = date(1998, 1, 21)  # a Wednesday
APR_3_2000 = date(2000, 4, 3)  # a Monday
OCT_8_1999 = date(1999, 10, 8)  # a Friday, week 40

READ_C: tuple[Gold, ...] = (
    ("Good evening. We begin tonight with the weather, which has paralyzed much of the Northeast for the last "
     "three days. Ice storms knocked out power to more than a million homes, and utility officials said this "
     "evening that some customers may not have electricity until next week. The storm began late Monday and is "
     "expected to move out to sea by tomorrow afternoon. It is the worst ice storm in the region in at least 50 "
     "years.", JAN_8_1998,
     (("tonight", "1998-01-08TNI"), ("the last three days", "P3D"), ("this evening", "1998-01-08TEV"),
      ("next week", "1998-W03"), ("late Monday", "1998-01-05"), ("tomorrow afternoon", "1998-01-09TAF"),
      ("at least 50 years", "P50Y"))),
    ("The Pentagon says a second aircraft carrier will arrive in the Gulf within days. Defense officials told "
     "reporters this morning that the ship left port on Wednesday. The administration has given diplomacy until "
     "the end of the month, a senior official said. Inspectors have been barred from some sites since October. "
     "We'll have more on this story in the next half hour.", FEB_13_1998,
     (("days", "PXD"), ("this morning", "1998-02-13TMO"), ("Wednesday", "1998-02-11"),
      ("the end of the month", "1998-02"), ("October", "1997-10"), ("the next half hour", "PT30M"))),
    ("Officials in the capital say the first round of voting will be held on April 19, with a runoff two weeks "
     "later if no candidate wins a majority. The election commission began registering voters in February. "
     "Opposition leaders, who boycotted the last election in 1993, said Tuesday they will take part. The "
     "campaign formally opens on Saturday.", MAR_31_1998,
     (("April 19", "1998-04-19"), ("two weeks later", "1998-05-03"), ("February", "1998-02"), ("1993", "1993"),
      ("Tuesday", "1998-03-31"), ("Saturday", "1998-04-04"))),
    ("BEIJING, March 13 (Xinhua) -- China's foreign trade rose 12.4 percent in the first two months, the General "
     "Administration of Customs said here today. Exports in January and February totaled 25.6 billion U.S. "
     "dollars. The country's trade surplus for the whole of last year stood at 43.6 billion dollars. The customs "
     "figures for the current month will be released in April.", MAR_13_1999,
     (("March 13", "1999-03-13"), ("the first two months", "P2M"), ("today", "1999-03-13"), ("January", "1999-01"),
      ("February", "1999-02"), ("last year", "1998"), ("the current month", "1999-03"), ("April", "1999-04"))),
    ("I'm Lisa Mullins, and this is The World. Coming up in the next hour: the Pope's visit to Cuba, which begins "
     "today. John Paul the Second will spend five days on the island. He last traveled to Latin America in 1996. "
     "Cuban officials have been preparing for the visit for nearly a year, and many Cubans have waited decades "
     "for a moment like this.", JAN_21_1998,
     (("the next hour", "PT1H"), ("today", "1998-01-21"), ("five days", "P5D"), ("1996", "1996"),
      ("nearly a year", "P1Y"), ("decades", "PXDE"))),
    ("The deadline for filing federal income tax returns is two weeks from today, and the Internal Revenue "
     "Service said yesterday that it had already received 40 million returns, 8 percent more than last year. "
     "Electronic filing has grown by about a fifth annually since 1997. Officials expect a late surge before "
     "April 17.", APR_3_2000,
     (("two weeks from today", "2000-04-17"), ("yesterday", "2000-04-02"), ("last year", "1999"),
      ("annually", "P1Y"), ("1997", "1997"), ("April 17", "2000-04-17"))),
)

HELD_C: tuple[Gold, ...] = (
    ("Rescue teams on Friday pulled a 6-year-old girl alive from the ruins of an apartment building, nearly four "
     "days after the earthquake. The quake, which struck shortly after 3 a.m. Monday, has killed at least 2,000 "
     "people. Officials said the search would go on through the weekend. The last major quake in the region, in "
     "1994, killed 51 people.", OCT_8_1999,
     (("Friday", "1999-10-08"), ("6-year-old", "P6Y"), ("nearly four days", "P4D"),
      ("3 a.m. Monday", "1999-10-04T03:00"), ("the weekend", "1999-W40-WE"), ("1994", "1994"))),
    ("Good morning. It's 7 a.m. here in Washington. The president meets congressional leaders this afternoon to "
     "talk about the budget, ahead of his State of the Union address next Tuesday. Last year's budget deal took "
     "months of negotiations. The White House said Monday it expects a surplus in fiscal 1999.", JAN_21_1998,
     (("7 a.m.", "1998-01-21T07:00"), ("this afternoon", "1998-01-21TAF"), ("next Tuesday", "1998-01-27"),
      ("Last year's", "1997"), ("months", "PXM"), ("Monday", "1998-01-19"), ("fiscal 1999", "1999"))),
)

# Batch d: posts in the manner of tweets (the week's end, plans, complaints, anniversaries) and last
# session's leftovers told again in other words ("within the hour", "Sun at midnight", a retold account
# under a news lede). Written after batch c's rules, scored once on the code of that day (8fb0f4a) and
# then read; ``HELD_D`` was kept aside unread until the end. ``HELD`` above holds some of the same
# leftover kinds, so its end figure is not wholly unseen for them.
READ_D: tuple[Gold, ...] = (
    ("omg its finally friday!!! 🎉", POST_B, (("friday", "2026-05-29"),)),
    ("been up since 5am smh", POST_B, (("5am", "2026-05-29T05:00"),)),
    ("mondays are the worst", POST_B, (("mondays", "XXXX-WXX-1"),)),
    ("see everyone at the bbq on the 6th!", POST_B, (("the 6th", "2026-06-06"),)),
    ("cannot believe its been a year since we lost grandad", POST_B, (("a year", "P1Y"),)),
    ("new episode drops tonight", POST_B, (("tonight", "2026-05-29TNI"),)),
    ("last summer was so much better", POST_B, (("last summer", "2025-SU"),)),
    ("back to school in september ugh", POST_B, (("september", "2026-09"),)),
    ("the weekend cant come soon enough", POST_B, (("the weekend", "2026-W22-WE"),)),
    ("hasnt rained here in weeks", POST_B, (("weeks", "PXW"),)),
    ("Police expect to release the names of the victims within the hour.", POST, (("the hour", "PT1H"),)),
    ("Nominations close Sun at midnight.", POST, (("Sun at midnight", "2026-03-15T24:00"),)),
    ("The council approved the budget on Tuesday. On 3 May 2018, a neighbour told reporters, the dam cracked, "
     "and on Friday the valley flooded.", POST,
     (("Tuesday", "2026-03-10"), ("3 May 2018", "2018-05-03"), ("Friday", "2018-05-04"))),
)

HELD_D: tuple[Gold, ...] = (
    ("is the shop open on monday?", POST_B, (("monday", "2026-06-01"),)),
    ("woke up at 4:30 for no reason", POST_B, (("4:30", "2026-05-29T04:30"),)),
    ("3 yrs at this company today 🥳", POST_B, (("3 yrs", "P3Y"), ("today", "2026-05-29"))),
    ("moving house on the 13th, need boxes", POST_B, (("the 13th", "2026-06-13"),)),
    ("flu for the 2nd time this year", POST_B, (("this year", "2026"),)),
    ("two weeks off starting monday!!", POST_B, (("two weeks", "P2W"), ("monday", "2026-06-01"))),
    ("Doors open at 7pm, the show starts at 7:30.", POST, (("7pm", "2026-03-11T19:00"), ("7:30", "2026-03-11T19:30"))),
    ("The bakery is shut on Mondays.", POST, (("Mondays", "XXXX-WXX-1"),)),
)

# Batch e: more wire and newspaper passages (an acquisition, consumer credit, a museum's reopening, a
# school shooting's aftermath, a World Series, a war's ground campaign in a broadcast) as 1989-1999
# copy is written. Written after batch d's rules, scored once on the code of that day (4c40650) and
# then read; ``HELD_E`` was kept aside unread until the end.
OCT_30_1989 = date(1989, 10, 30)  # a Monday
NOV_8_1989 = date(1989, 11, 8)  # a Wednesday
FEB_27_1998 = date(1998, 2, 27)  # a Friday
APR_19_1999 = date(1999, 4, 19)  # a Monday, week 16
OCT_26_1998 = date(1998, 10, 26)  # a Monday, week 44
FEB_25_1991 = date(1991, 2, 25)  # a Monday
SEP_5_1989 = date(1989, 9, 5)  # a Tuesday
JUN_15_1998 = date(1998, 6, 15)  # a Monday, week 25

READ_E: tuple[Gold, ...] = (
    ("Harbor Bancorp agreed to acquire Tri-County Savings for about $210 million in stock, the companies said. "
     "The transaction, which requires regulatory approval, is expected to be completed in the first half of "
     "1990. Tri-County, which lost $4.2 million last year, has been seeking a buyer since early this year. "
     "Harbor's shares fell 37.5 cents Friday to $24.125. The agreement expires if the deal isn't completed "
     "within nine months.", OCT_30_1989,
     (("the first half of 1990", "1990-H1"), ("last year", "1988"), ("early this year", "1989"),
      ("Friday", "1989-10-27"), ("nine months", "P9M"))),
    ("Consumer credit grew at a 5.2% rate in September, the Federal Reserve said. That was slower than the 7.9% "
     "pace in August and well below the 10% rate of a year earlier. Economists said borrowing has slowed "
     "steadily since the spring, as auto sales fell after the summer's rebate programs ended. The Fed will "
     "release October figures early next month.", NOV_8_1989,
     (("September", "1989-09"), ("August", "1989-08"), ("a year earlier", "1988-09"), ("the spring", "1989-SP"),
      ("the summer's", "1989-SU"), ("October", "1989-10"), ("early next month", "1989-12"))),
    ("The museum, closed since last spring for a $40 million renovation, reopens to the public on March 14. Its "
     "director, who arrived in 1994, said the project took longer than the two years originally planned. "
     "Admission will be free for a week. The new wing will host a show of 19th-century landscapes through the "
     "end of June.", FEB_27_1998,
     (("last spring", "1997-SP"), ("March 14", "1998-03-14"), ("1994", "1994"), ("the two years", "P2Y"),
      ("a week", "P1W"), ("19th-century", "18"), ("the end of June", "1998-06"))),
    ("The gunman entered the school at 11:20 a.m. Tuesday and was dead by noon, the police said. Investigators "
     "spent the weekend interviewing students. The school, which reopened this morning, had held a safety drill "
     "only two weeks before the shooting. A memorial service is planned for Thursday evening.", APR_19_1999,
     (("11:20 a.m. Tuesday", "1999-04-13T11:20"), ("noon", "1999-04-13T12:00"), ("the weekend", "1999-W15-WE"),
      ("this morning", "1999-04-19TMO"), ("two weeks", "P2W"), ("Thursday evening", "1999-04-22TEV"))),
    ("The Yankees completed a four-game sweep of the San Diego Padres last night, winning their 24th World "
     "Series title and their second in three years. The victory capped a season in which the team won 125 "
     "games, more than any team since 1906. The players will be honored with a parade on Wednesday.",
     OCT_26_1998,
     (("last night", "1998-10-25TNI"), ("three years", "P3Y"), ("1906", "1906"), ("Wednesday", "1998-10-28"))),
    ("Allied forces crossed into Kuwait early Sunday, and by evening had taken more than 5,000 prisoners. "
     "Military officials said the ground war could last weeks rather than months. The President spoke to the "
     "nation at 10 p.m. Saturday, two hours after the deadline expired. A second briefing is scheduled for "
     "4 p.m. today.", FEB_25_1991,
     (("early Sunday", "1991-02-24"), ("evening", "1991-02-24TEV"), ("weeks", "PXW"), ("months", "PXM"),
      ("10 p.m. Saturday", "1991-02-23T22:00"), ("two hours", "PT2H"), ("4 p.m. today", "1991-02-25T16:00"))),
)

HELD_E: tuple[Gold, ...] = (
    ("Retail sales rose 0.8% in July, the Commerce Department said. Sales in June were revised to show a gain "
     "of 0.3%. So far this year, sales were 5.6% above last year's pace. The August report is due Sept. 14.",
     SEP_5_1989,
     (("July", "1989-07"), ("June", "1989-06"), ("this year", "1989"), ("last year's", "1988"),
      ("August", "1989-08"), ("Sept. 14", "1989-09-14"))),
    ("The heat wave that has gripped the region for nine days is expected to break by Wednesday, forecasters "
     "said yesterday. Temperatures reached 104 degrees on Saturday afternoon, a record for the date. Utilities "
     "asked customers to limit air-conditioning this week.", JUN_15_1998,
     (("nine days", "P9D"), ("Wednesday", "1998-06-17"), ("yesterday", "1998-06-14"),
      ("Saturday afternoon", "1998-06-13TAF"), ("this week", "1998-W25"))),
    ("With eight days left before the midterm elections, both parties poured money into close House races over "
     "the weekend. The Democrats have spent $12 million on advertising since Labor Day, party officials said. "
     "Polls will close at 7 p.m. Eastern time on Nov. 3.", OCT_26_1998,
     (("eight days", "P8D"), ("the weekend", "1998-W43-WE"), ("Labor Day", "1998-09-07"),
      ("7 p.m.", "1998-11-03T19:00"), ("Nov. 3", "1998-11-03"))),
)

# Batch f: sets, durations against points, and ranges of months and years, in wire copy. Written after
# batch e's rules, scored once on the code of that day (01f28d3) and then read; ``HELD_F`` was kept
# aside unread until the end.
MAY_14_1996 = date(1996, 5, 14)  # a Tuesday
FEB_20_1996 = date(1996, 2, 20)  # a Tuesday, results season
JUN_3_1996 = date(1996, 6, 3)  # a Monday
MAY_24_1996 = date(1996, 5, 24)  # a Friday before a holiday weekend, week 21

READ_F: tuple[Gold, ...] = (
    ("The committee meets every other Tuesday.", MAY_14_1996, (("every other Tuesday", "XXXX-WXX-2"),)),
    ("The ferry runs hourly.", MAY_14_1996, (("hourly", "PT1H"),)),
    ("Profit for the year rose 12%, the bank said.", FEB_20_1996, (("the year", "1995"),)),
    ("The bank expects earnings to grow 10% in the full year.", FEB_20_1996, (("the full year", "1996"),)),
    ("The strike lasted from early March until mid-May.", JUN_3_1996,
     (("early March", "1996-03"), ("mid-May", "1996-05"))),
    ("The 1995-96 budget was approved in June.", MAY_14_1996, (("1995", "1995"), ("96", "1996"), ("June", "1995-06"))),
    ("Markets reopen after the long weekend on Tuesday.", MAY_24_1996,
     (("the long weekend", "1996-W21-WE"), ("Tuesday", "1996-05-28"))),
    ("The survey is conducted annually.", MAY_14_1996, (("annually", "P1Y"),)),
)

HELD_F: tuple[Gold, ...] = (
    ("Inspections are carried out twice a year.", MAY_14_1996, (("twice a year", "P1Y"),)),
    ("Premiums are paid quarterly.", MAY_14_1996, (("quarterly", "P3M"),)),
    ("For the past 18 months, the plant has run at half capacity.", MAY_14_1996, (("the past 18 months", "P18M"),)),
    ("The index has risen in each of the past four weeks.", MAY_14_1996, (("the past four weeks", "P4W"),)),
    ("Payments will be made every six months, starting in July.", MAY_14_1996,
     (("every six months", "P6M"), ("July", "1996-07"))),
    ("Sales in the 12 months to March rose 4%.", MAY_14_1996, (("the 12 months", "P12M"), ("March", "1996-03"))),
)

# Batch g: business-page passages in the manner of autumn 1989 (a restructuring, a market rally, a
# spin-off, factory orders). Written after batch f's rules, scored once on the code of that day
# (08203b5) and then read; ``HELD_G`` was kept aside unread until the end.
NOV_1_1989 = date(1989, 11, 1)  # a Wednesday
OCT_19_1989 = date(1989, 10, 19)  # a Thursday, week 42
NOV_14_1989 = date(1989, 11, 14)  # a Tuesday
DEC_5_1989 = date(1989, 12, 5)  # a Tuesday

READ_G: tuple[Gold, ...] = (
    ("Westbrook Industries said it will cut 1,200 jobs over the next 18 months as part of a restructuring that "
     "will cost $85 million in the current quarter. The company said it expects to return to profitability by "
     "mid-1990. Westbrook's net income in the first nine months fell 40%. Its chairman, who joined the company "
     "in 1971, will retire at the end of the year.", NOV_1_1989,
     (("the next 18 months", "P18M"), ("the current quarter", "1989-Q4"), ("mid-1990", "1990"),
      ("the first nine months", "P9M"), ("1971", "1971"), ("the end of the year", "1989"))),
    ("Stock prices rallied again today, recovering most of the ground lost in Friday's plunge. The Dow Jones "
     "Industrial Average has gained 88 points this week. Volume remained heavy, with 265 million shares "
     "changing hands, compared with 416 million on Monday. Some traders said the market could remain volatile "
     "through the end of the month.", OCT_19_1989,
     (("today", "1989-10-19"), ("Friday's", "1989-10-13"), ("this week", "1989-W42"), ("Monday", "1989-10-16"),
      ("the end of the month", "1989-10"))),
    ("Crestline Petroleum said its board approved a plan to spin off its refining unit to shareholders by the "
     "start of next year. The unit had operating profit of $62 million in 1988 and $48 million so far this "
     "year. Crestline's shares, which have risen 30% since August, closed yesterday at $41.50. The company, "
     "which has paid a dividend every quarter since 1958, said the payout won't change.", NOV_14_1989,
     (("the start of next year", "1990"), ("1988", "1988"), ("this year", "1989"), ("August", "1989-08"),
      ("yesterday", "1989-11-13"), ("every quarter", "P3M"), ("1958", "1958"))),
    ("The Commerce Department said factory orders fell 2.1% in October, the largest drop since January. Orders "
     "for durable goods, which were revised upward for September, are expected to rebound in the fourth "
     "quarter. Economists said the figures pointed to slower growth in the first half of 1990. The department "
     "will report November orders on Jan. 4.", DEC_5_1989,
     (("October", "1989-10"), ("January", "1989-01"), ("September", "1989-09"), ("the fourth quarter", "1989-Q4"),
      ("the first half of 1990", "1990-H1"), ("November", "1989-11"), ("Jan. 4", "1990-01-04"))),
)

HELD_G: tuple[Gold, ...] = (
    ("Northgate Airlines posted a third-quarter loss of $14 million, its fourth consecutive quarterly loss. The "
     "carrier said traffic rose 3% in October, after falling for most of the summer. It plans to add 12 daily "
     "flights to Denver beginning Dec. 15.", NOV_1_1989,
     (("third-quarter", "1989-Q3"), ("quarterly", "P3M"), ("October", "1989-10"), ("the summer", "1989-SU"),
      ("daily", "P1D"), ("Dec. 15", "1989-12-15"))),
    ("The Treasury's auction of three-month bills drew a yield of 7.55%, down from 7.72% last week. The "
     "government will sell $9.6 billion of seven-year notes on Tuesday. Demand for the notes has been strong "
     "since the summer.", OCT_19_1989,
     (("three-month", "P3M"), ("last week", "1989-W41"), ("seven-year", "P7Y"), ("Tuesday", "1989-10-24"),
      ("the summer", "1989-SU"))),
)

# Batch h: short articles dropped in with no date given, each dating itself as a reader would (a
# dateline, a "Published" line, a byline with a date); the tagger must find that date first. Written
# after batch g's rules, scored once on the code of that day (2ae8219) and then read; ``HELD_H`` was
# kept aside unread until the end.
READ_H: tuple[Gold, ...] = (
    ("Harbour pilots end strike\n\nPORTSMOUTH, March 4, 1997 -- Harbour pilots voted on Monday to end a "
     "three-week strike that had stranded cargo ships since mid-February. Work resumes on Thursday.", None,
     (("March 4, 1997", "1997-03-04"), ("Monday", "1997-03-03"), ("three-week", "P3W"), ("mid-February", "1997-02"),
      ("Thursday", "1997-03-06"))),
    ("Published: 12 October 2023\n\nCouncil delays library closure\n\nThe council has postponed a decision on "
     "closing the Eastfield library until next month. Campaigners delivered a petition last week, and a public "
     "meeting is planned for 28 October.", None,
     (("12 October 2023", "2023-10-12"), ("next month", "2023-11"), ("last week", "2023-W40"),
      ("28 October", "2023-10-28"))),
    ("By Dana Reyes | June 9, 2015\n\nThe county fair returns this weekend after a two-year pause. Gates open "
     "at 10 a.m. Saturday, and the fair runs through Sunday evening.", None,
     (("June 9, 2015", "2015-06-09"), ("this weekend", "2015-W24-WE"), ("two-year", "P2Y"),
      ("10 a.m. Saturday", "2015-06-13T10:00"), ("Sunday evening", "2015-06-14TEV"))),
    ("NAIROBI, Aug 21 (Reuters) - Kenya's central bank held its benchmark rate on Tuesday, saying inflation had "
     "eased in July. The bank last cut rates in May 2018.", None,
     (("Aug 21", "2018-08-21"), ("Tuesday", "2018-08-21"), ("July", "2018-07"), ("May 2018", "2018-05"))),
)

HELD_H: tuple[Gold, ...] = (
    ("Ferry timetable changes\n\nPosted on 3 April 2019\n\nFrom Monday the first sailing will leave at 06:40, "
     "twenty minutes earlier than now. The winter timetable returns in October.", None,
     (("3 April 2019", "2019-04-03"), ("Monday", "2019-04-08"), ("06:40", "2019-04-08T06:40"),
      ("twenty minutes", "PT20M"), ("now", "PRESENT_REF"), ("winter", "2019-WI"), ("October", "2019-10"))),
    ("LIMA, Peru, Jan. 9, 2001 -- Rescue crews searched on Tuesday for survivors of a landslide that buried "
     "part of a mountain village late Sunday. Rain is forecast to continue through Thursday.", None,
     (("Jan. 9, 2001", "2001-01-09"), ("Tuesday", "2001-01-09"), ("late Sunday", "2001-01-07"),
      ("Thursday", "2001-01-11"))),
)

# Batch i: weekdays, weeks and months in news reporting, the commonest kind of news expression, in
# reported speech, plans, deadlines and accounts (a diplomatic week, an invasion's first weeks, an
# election, the eve of a war, an embassy bombing). Written after batch h, scored once on the code of
# that day (c6a6e5e) and then read; ``HELD_I`` was kept aside unread until the end.
WED_1998 = date(1998, 2, 11)  # a Wednesday, week 7
FRI_1990 = date(1990, 8, 17)  # a Friday, week 33
MON_1999 = date(1999, 3, 15)  # a Monday, week 11
WED_1991 = date(1991, 1, 16)  # a Wednesday
MON_1998 = date(1998, 8, 10)  # a Monday, week 33

READ_I: tuple[Gold, ...] = (
    ("The envoy, who arrived Sunday, is to meet the president Thursday.", WED_1998,
     (("Sunday", "1998-02-08"), ("Thursday", "1998-02-12"))),
    ("Negotiators worked late Monday and resumed talks this morning.", WED_1998,
     (("late Monday", "1998-02-09"), ("this morning", "1998-02-11TMO"))),
    ("The strike, which began Jan. 28, continued today.", WED_1998, (("Jan. 28", "1998-01-28"), ("today", "1998-02-11"))),
    ("A spokesman said Tuesday that the minister would decide by Friday.", WED_1998,
     (("Tuesday", "1998-02-10"), ("Friday", "1998-02-13"))),
    ("The report, due out Monday, is expected to show a rise in unemployment.", WED_1998, (("Monday", "1998-02-16"),)),
    ("Iraqi troops began moving toward the border on Aug. 1 and crossed it the next day.", FRI_1990,
     (("Aug. 1", "1990-08-01"), ("the next day", "1990-08-02"))),
    ("The President returned to Washington Wednesday night after a week at his vacation home.", FRI_1990,
     (("Wednesday night", "1990-08-15TNI"), ("a week", "P1W"))),
    ("Oil ministers will hold an emergency meeting in Vienna next Tuesday.", FRI_1990, (("next Tuesday", "1990-08-21"),)),
    ("Since the invasion two weeks ago, oil prices have risen 40 percent.", FRI_1990, (("two weeks ago", "1990-W31"),)),
    ("The embassy was ordered closed by Friday, Aug. 24.", FRI_1990, (("Friday, Aug. 24", "1990-08-24"),)),
    ("Voters go to the polls on Sunday for the first time since 1991.", MON_1999,
     (("Sunday", "1999-03-21"), ("1991", "1991"))),
    ("The central bank cut rates on Friday, its second cut this year.", MON_1999,
     (("Friday", "1999-03-12"), ("this year", "1999"))),
    ("The minister resigned over the weekend amid a bribery scandal.", MON_1999, (("the weekend", "1999-W10-WE"),)),
    ("Police said the suspect had been living in the city since last summer.", MON_1999, (("last summer", "1998-SU"),)),
    ("The trial is set to begin a week from Tuesday.", MON_1999, (("a week from Tuesday", "1999-03-23"),)),
    ("Congress authorized the use of force on Saturday after three days of debate.", WED_1991,
     (("Saturday", "1991-01-12"), ("three days", "P3D"))),
    ("Airlines have cancelled flights to the region through the end of January.", WED_1991,
     (("the end of January", "1991-01"),)),
    ("The bombs exploded at about 10:30 a.m. Friday.", MON_1998, (("about 10:30 a.m. Friday", "1998-08-07T10:30"),)),
    ("Investigators expect to finish their work at the site by the end of the week.", MON_1998,
     (("the end of the week", "1998-W33"),)),
    ("The FBI sent a team of 60 agents on Saturday, and more will arrive Tuesday.", MON_1998,
     (("Saturday", "1998-08-08"), ("Tuesday", "1998-08-11"))),
    ("Rescuers worked around the clock for four days.", MON_1998, (("four days", "P4D"),)),
    ("The dead included 12 Americans, officials said Sunday.", MON_1998, (("Sunday", "1998-08-09"),)),
)

HELD_I: tuple[Gold, ...] = (
    ("The talks, which broke off Friday, will resume after the holiday on Monday.", WED_1998,
     (("Friday", "1998-02-06"), ("Monday", "1998-02-16"))),
    ("The vote was postponed from Tuesday to next Wednesday.", WED_1998,
     (("Tuesday", "1998-02-10"), ("next Wednesday", "1998-02-18"))),
    ("Saudi Arabia asked for American help last week, and the first troops arrived Wednesday.", FRI_1990,
     (("last week", "1990-W32"), ("Wednesday", "1990-08-15"))),
    ("The Pentagon will brief reporters at 2 p.m. today.", FRI_1990, (("2 p.m. today", "1990-08-17T14:00"),)),
    ("The company's shares fell 8 percent on Friday after it warned of lower profits.", MON_1999,
     (("Friday", "1999-03-12"),)),
    ("The bridge will be closed to traffic from Wednesday until the end of the month.", MON_1999,
     (("Wednesday", "1999-03-17"), ("the end of the month", "1999-03"))),
    ("Allied aircraft flew more than 1,000 sorties in the first 14 hours of the war.", WED_1991,
     (("the first 14 hours", "PT14H"),)),
    ("Embassy staff had received warnings in the spring, officials said Monday.", MON_1998,
     (("the spring", "1998-SP"), ("Monday", "1998-08-10"))),
    ("The embassy will reopen on Aug. 24, a spokesman said.", MON_1998, (("Aug. 24", "1998-08-24"),)),
    ("Funerals for the victims are scheduled for Thursday and Friday.", MON_1998,
     (("Thursday", "1998-08-13"), ("Friday", "1998-08-14"))),
)
