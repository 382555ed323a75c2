"""Fresh informal posts written for session sixteen (dates in informal text, issue 11): social-media
posts, live-blog entries, forum posts, team-chat lines and text messages, each with the day it was
posted, valued by hand by the TimeML 1.2.1 guidelines with the post date as the document date,
before the tagger was run on them. Written by the session's informal-dates developer, not copied.

The forms: shortened and misspelt deictic words ("tmrw", "tonite", "2nite", "yday", "last nite",
"this arvo", "sat nite", "next wk", "this wknd"), clock times as posts write them ("7pm", "19h",
"9.40pm", "14:05"), "in 10 mins", "an hour ago", "2 days ago", holidays ("xmas eve", "NYE", "boxing
day", "the 4th"), day-of-month ordinals ("on the 12th"), "end of the month", "EOD", "by Fri",
weekday ranges ("thurs-fri"), all capitals, missing apostrophes ("its monday"), hashtags and emoji
beside dates, and handles and web addresses with month or day words inside them that are no dates.

``READ`` was scored once on unchanged code (integ16 at 6891dd8) and then read for kinds of error;
``HELD`` was kept aside unread and scored, in aggregate only, at the end of the session (figures in
``test_fresh_posts_s16.py``). Spans follow the project's TimeML convention (no preposition; a clock
time written beside its day is one expression, "this Sat, 7pm"). "l8r" and ages ("ur 30s") are no
dates and carry no gold.
"""

from __future__ import annotations

from datetime import date

from tests.temporal.fresh_sentences_s15 import Gold

FRI = date(2025, 11, 14)  # a Friday, ISO week 46
MON = date(2025, 11, 17)  # a Monday, ISO week 47
WED = date(2024, 3, 13)  # a Wednesday
DEC = date(2025, 12, 20)  # a Saturday before Christmas
JUN = date(2024, 6, 27)  # a Thursday, ISO week 26
JAN = date(2026, 1, 6)  # a Tuesday, ISO week 2

SUN = date(2025, 8, 10)  # a Sunday
THU = date(2025, 10, 2)  # a Thursday, ISO week 40
DEC_B = date(2025, 12, 30)  # a Tuesday
MATCH = date(2024, 9, 14)  # a Saturday

READ: tuple[Gold, ...] = (
    # social media
    ("cant wait for tmrw!!! 🎉 road trip w the crew", FRI, (("tmrw", "2025-11-15"),)),
    ("TONITE: doors at 7pm, first band on at 8pm. dont be late", FRI,
     (("TONITE", "2025-11-14TNI"), ("7pm", "2025-11-14T19:00"), ("8pm", "2025-11-14T20:00"))),
    ("ugh work 2nite again. see u l8r", FRI, (("2nite", "2025-11-14TNI"),)),
    ("who's out sat nite? 🍻", FRI, (("sat nite", "2025-11-15TNI"),)),
    ("2 days ago i had the best ramen of my life", FRI, (("2 days ago", "2025-11-12"),)),
    ("posted this an hour ago and its already at 10k views lol", FRI, (("an hour ago", "2025-11-14"),)),
    ("yday was rough. today is better ☀️", FRI, (("yday", "2025-11-13"), ("today", "2025-11-14"))),
    ("last nite's game tho 😤 #NBA", FRI, (("last nite", "2025-11-13TNI"),)),
    ("this wknd: brunch, laundry, nap. in that order", FRI, (("this wknd", "2025-W46-WE"),)),
    ("new episode drops next wk!! #countdown", FRI, (("next wk", "2025-W47"),)),
    ("back in 10 mins, grabbing coffee", FRI, (("10 mins", "PT10M"),)),
    ("happy friday everyone!! 🥳", FRI, (("friday", "2025-11-14"),)),
    ("follow @may_fair and @june2020 for more pics", FRI, ()),
    ("full write-up at blog.example.net/march-madness-3rd-round, go read it", FRI, ()),
    ("#MondayMotivation is a lie nobody asked for", FRI, ()),
    ("Its friday and im still at my desk at 7pm 😩", FRI, (("friday", "2025-11-14"), ("7pm", "2025-11-14T19:00"))),
    # live blog
    ("14:05 — Polls close in 55 minutes. Turnout so far is up on 2021.", FRI,
     (("14:05", "2025-11-14T14:05"), ("55 minutes", "PT55M"), ("2021", "2021"))),
    ("19h: the president is expected to speak within the hour.", FRI,
     (("19h", "2025-11-14T19:00"), ("the hour", "PT1H"))),
    ("UPDATE 9.40pm: results from the first district are due by midnight", FRI,
     (("9.40pm", "2025-11-14T21:40"), ("midnight", "2025-11-14T24:00"))),
    ("As of 10:15 this morning, crews had cleared the northbound lanes.", FRI,
     (("10:15 this morning", "2025-11-14T10:15"),)),
    ("Recap of yesterday's session: the committee vote is pushed to Tues.", FRI,
     (("yesterday", "2025-11-13"), ("Tues", "2025-11-18"))),
    # forum threads
    ("Bump. Posted this 3 days ago and still no replies.", MON, (("3 days ago", "2025-11-14"),)),
    ("EDIT (mon): fixed the link, thx all", MON, (("mon", "2025-11-17"),)),
    ("its monday and the build is broken again", MON, (("monday", "2025-11-17"),)),
    ("I've had this card since 2019 and never had this issue until last week.", MON,
     (("2019", "2019"), ("last week", "2025-W46"))),
    ("Anyone going to the meetup on the 29th? Last one was packed.", MON, (("the 29th", "2025-11-29"),)),
    ("Tried the fix from page 3, no luck. Will try again tonight.", MON, (("tonight", "2025-11-17TNI"),)),
    ("Thread from 2 yrs ago but still relevant", MON, (("2 yrs ago", "2023"),)),
    ("Sale ends Sun at midnight, so grab it now", MON, (("Sun at midnight", "2025-11-23T24:00"), ("now", "PRESENT_REF"))),
    ("Been lurking for years, first post!", MON, (("years", "PXY"),)),
    # team chat
    ("can u send the deck by EOD?", WED, (("EOD", "2024-03-13"),)),
    ("standup moved to 10:30 tmrw, sorry for the churn", WED, (("10:30 tmrw", "2024-03-14T10:30"),)),
    ("I'm OOO thurs-fri, back mon", WED, (("thurs", "2024-03-14"), ("fri", "2024-03-15"), ("mon", "2024-03-18"))),
    ("pls review by Fri, we ship next Tues", WED, (("Fri", "2024-03-15"), ("next Tues", "2024-03-19"))),
    ("we do retros every 2 weeks", WED, (("every 2 weeks", "P2W"),)),
    ("heads up: server maintenance sat 2am-4am", WED, (("sat 2am", "2024-03-16T02:00"), ("4am", "2024-03-16T04:00"))),
    ("lunch @ 12:30? the usual place", WED, (("12:30", "2024-03-13T12:30"),)),
    ("quick sync in 5 min?", WED, (("5 min", "PT5M"),)),
    ("Q1 numbers due end of the month, Q2 planning starts in April", WED,
     (("Q1", "2024-Q1"), ("end of the month", "2024-03"), ("April", "2024-04"))),
    ("last sprint ran 2 wks; the next one runs 3 wks", WED, (("2 wks", "P2W"), ("3 wks", "P3W"))),
    # text messages
    ("omw! be there in 20 mins", DEC, (("20 mins", "PT20M"),)),
    ("r u coming xmas eve or xmas day?", DEC, (("xmas eve", "2025-12-24"), ("xmas day", "2025-12-25"))),
    ("NYE plans?? 🎆", DEC, (("NYE", "2025-12-31"),)),
    ("mum says dinner at 6pm tmrw", DEC, (("6pm tmrw", "2025-12-21T18:00"),)),
    ("happy bday!!! 🎂 hope ur 30s r better than ur 20s", DEC, ()),
    ("can we do boxing day instead", DEC, (("boxing day", "2025-12-26"),)),
    ("flight lands on the 23rd. gets in around 11:45 i think", DEC,
     (("the 23rd", "2025-12-23"), ("11:45", "2025-12-23T11:45"))),
    ("shops shut early xmas eve, like 4pm", DEC, (("xmas eve", "2025-12-24"), ("4pm", "2025-12-24T16:00"))),
    ("see u next yr lol", DEC, (("next yr", "2026"),)),
    ("did u get my msg last nite", DEC, (("last nite", "2025-12-19TNI"),)),
    # summer social posts
    ("fireworks on the 4th!!! 🇺🇸🎆", JUN, (("the 4th", "2024-07-04"),)),
    ("this arvo's forecast: 30 degrees and sunny", JUN, (("this arvo", "2024-06-27TAF"),)),
    ("beach tmrw, then camping sat-sun", JUN, (("tmrw", "2024-06-28"), ("sat", "2024-06-29"), ("sun", "2024-06-30"))),
    ("summer hols start next wk 🏖️", JUN, (("next wk", "2024-W27"),)),
    ("up at 6am this morning, who am i", JUN, (("6am this morning", "2024-06-27T06:00"),)),
    ("THIS SATURDAY 9PM. BE THERE. #party", JUN, (("THIS SATURDAY 9PM", "2024-06-29T21:00"),)),
    ("NEXT WEEK: the big reveal 👀", JUN, (("NEXT WEEK", "2024-W27"),)),
    ("bday on the 12th of next month", JUN, (("the 12th of next month", "2024-07-12"),)),
    ("3 wks till vacay!!", JUN, (("3 wks", "P3W"),)),
    ("june has flown by, can't believe july starts mon", JUN,
     (("june", "2024-06"), ("july", "2024-07"), ("mon", "2024-07-01"))),
    # live blog, snow day
    ("08:12 Snow has been falling since 3am and schools are closed today.", JAN,
     (("08:12", "2026-01-06T08:12"), ("3am", "2026-01-06T03:00"), ("today", "2026-01-06"))),
    ("Roads should reopen by 2pm, police said a few minutes ago.", JAN,
     (("2pm", "2026-01-06T14:00"), ("a few minutes ago", "2026-01-06"))),
    ("Forecasters expect more snow overnight and into Thursday.", JAN,
     (("overnight", "2026-01-06TNI"), ("Thursday", "2026-01-08"))),
    ("Recap: Sunday's storm dropped 20cm; yday's added another 10.", JAN,
     (("Sunday", "2026-01-04"), ("yday", "2026-01-05"))),
    ("Next update at 10am.", JAN, (("10am", "2026-01-06T10:00"),)),
    ("The council's meeting on the 12th will review the response.", JAN, (("the 12th", "2026-01-12"),)),
    ("Last winter's storm closed the same roads for 3 days.", JAN, (("Last winter", "2025-WI"), ("3 days", "P3D"))),
    ("Flights resume at 19h local time, the airport said.", JAN, (("19h", "2026-01-06T19:00"),)),
)

HELD: tuple[Gold, ...] = (
    ("sunday funday!! 🍹 pool then bbq at 5pm", SUN, (("sunday", "2025-08-10"), ("5pm", "2025-08-10T17:00"))),
    ("back to the grind tmrw 😭", SUN, (("tmrw", "2025-08-11"),)),
    ("who else is still up at 2am lol", SUN, (("2am", "2025-08-10T02:00"),)),
    ("last wk was a blur. this wk better be calmer", THU, (("last wk", "2025-W39"), ("this wk", "2025-W40"))),
    ("follow @sat_nite_live and @dec25crew 🎄", SUN, ()),
    ("link: shop.example.org/sale-ends-friday-3rd", SUN, ()),
    ("concert tonite was unreal 🤯", SUN, (("tonite", "2025-08-10TNI"),)),
    ("in 15 mins the stream starts!! link in bio", SUN, (("15 mins", "PT15M"),)),
    ("took this pic 2 hrs ago, still buzzing", SUN, (("2 hrs ago", "2025-08-10"),)),
    ("off work mon thru wed, beach time", SUN, (("mon", "2025-08-11"), ("wed", "2025-08-13"))),
    ("can we push the demo to fri 11am?", THU, (("fri 11am", "2025-10-03T11:00"),)),
    ("I'll have the draft to u by EOD tmrw", THU, (("EOD tmrw", "2025-10-03"),)),
    ("reminder: timesheets are due every friday", THU, (("every friday", "XXXX-WXX-5"),)),
    ("the outage lasted about 40 mins yesterday", THU, (("about 40 mins", "PT40M"), ("yesterday", "2025-10-01"))),
    ("kickoff was on the 29th, so we're 3 days in", THU, (("the 29th", "2025-09-29"), ("3 days", "P3D"))),
    ("Q4 roadmap review mon at 9:30", THU, (("Q4", "2025-Q4"), ("mon at 9:30", "2025-10-06T09:30"))),
    ("Solved! (edited 2 days ago)", THU, (("2 days ago", "2025-09-30"),)),
    ("This bug has been open since March and nobody's touched it", THU, (("March", "2025-03"),)),
    ("ITS THURSDAY ALREADY?? where did the week go", THU, (("THURSDAY", "2025-10-02"), ("the week", "2025-W40"))),
    ("I posted the same q last month, no answers then either", THU, (("last month", "2025-09"),)),
    ("NYE at ours tmrw, bring snacks", DEC_B, (("NYE", "2025-12-31"), ("tmrw", "2025-12-31"))),
    ("see u in 2026! 🎉", DEC_B, (("2026", "2026"),)),
    ("xmas was chaos lol, boxing day even worse", DEC_B, (("xmas", "2025-12-25"), ("boxing day", "2025-12-26"))),
    ("bus leaves 10.15 sharp, dont miss it", DEC_B, (("10.15", "2025-12-30T10:15"),)),
    ("call me l8r, im at work till 6pm", DEC_B, (("6pm", "2025-12-30T18:00"),)),
    ("gym reopens on the 2nd", DEC_B, (("the 2nd", "2026-01-02"),)),
    ("15:32 — Kick-off delayed by 20 minutes due to the weather.", MATCH,
     (("15:32", "2024-09-14T15:32"), ("20 minutes", "PT20M"))),
    ("Half-time. Earlier today the home side confirmed their captain would miss next Saturday's derby.", MATCH,
     (("Earlier today", "2024-09-14"), ("next Saturday", "2024-09-21"))),
    ("The two sides last met in April, a 2-2 draw.", MATCH, (("April", "2024-04"),)),
    ("Final whistle at 17:01. Full report to follow tonight.", MATCH,
     (("17:01", "2024-09-14T17:01"), ("tonight", "2024-09-14TNI"))),
    ("Their next game is on Wednesday evening.", MATCH, (("Wednesday evening", "2024-09-18TEV"),)),
    ("Post your predictions for sat 21st below!! ⚽", MATCH, (("sat 21st", "2024-09-21"),)),
    ("Big game this arvo, can't wait", MATCH, (("this arvo", "2024-09-14TAF"),)),
    ("He's scored in every game since the 3rd of August", MATCH, (("the 3rd of August", "2024-08-03"),)),
)
