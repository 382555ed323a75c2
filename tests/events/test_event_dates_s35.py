"""Event dates, session thirty-five (issue 12, the date column): new genres.

Short passages of our own in genres the readable gold lacks: diaries (a past weekday counted back from
the entry's heading), logs and clinical letters (relative days: "on admission", "day 3", "the following
morning", "48 hours later"), CVs (a range heading the acts listed under it), biographies and histories
(a section heading's year resets the carried date), match and court reports, business news (a reported
plain past before its saying), travel blogs, and "the week after", "within a month", "by the end of the
year" windows. Each row gives the days its happening can have taken place, written before the extractor
was run; ``None`` means the text never dates it exactly. Rows still wrong are strict xfails naming the
kind of error. Nothing here names anything from a gold article or a corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.passage_windows import assert_in_window, passage_events, window_rows

PASSAGES: list[tuple[str, date | None, str, list[tuple[str, str, str | None, str | None]]]] = [
    # --- diaries
    ("diary-past-weekday", None,
     "Thursday 12 June 1975\n\nAunt Vera rang this morning. She had fallen in her garden on Monday and "
     "nobody found her until the evening. I took the bus to see her after lunch.",
     [("She had fallen in her garden", "fall|fell|fallen", "1975-06-09", "1975-06-09"),
      ("I took the bus", "took|take", "1975-06-12", "1975-06-12")]),
    ("diary-yesterday", None,
     "Sunday 2 May 2004\n\nYesterday we planted the potatoes. Today it rained, so I mended the shed door.",
     [("we planted the potatoes", "plant", "2004-05-01", "2004-05-01"),
      ("I mended the shed door", "mend", "2004-05-02", "2004-05-02")]),
    ("diary-two-entries", None,
     "14 August 1916\n\nWe marched all night and reached the village at dawn. The captain was wounded.\n\n"
     "16 August 1916\n\nThe battalion moved back to the reserve line. Letters arrived from home.",
     [("We marched all night", "march", "1916-08-13", "1916-08-14"),
      ("The captain was wounded", "wound", "1916-08-13", "1916-08-14"),
      ("The battalion moved back", "move", "1916-08-15", "1916-08-16"),
      ("Letters arrived from home", "arriv", "1916-08-15", "1916-08-16")]),
    ("diary-last-friday", None,
     "Wednesday 9 October 1963\n\nThe school sent Tom home last Friday with a fever. The doctor came on "
     "Saturday and said it was measles.",
     [("The school sent Tom home", "sent|send", "1963-10-04", "1963-10-04"),
      ("The doctor came", "came|come", "1963-10-05", "1963-10-05")]),
    # --- logs
    ("log-next-morning", None,
     "Ship's log, 3 April 1889\n\nWind rose from the west at noon. We took in the topsails. The following "
     "morning the mainmast cracked and the carpenter fished it with spars.",
     [("We took in the topsails", "took|take", "1889-04-03", "1889-04-03"),
      ("the mainmast cracked", "crack", "1889-04-04", "1889-04-04"),
      ("the carpenter fished it", "fish", "1889-04-04", "1889-04-04")]),
    ("log-hours-later", None,
     "Incident log, 21 January 2022\n\nA server in rack 4 failed at 02:40. The on-call engineer restarted it "
     "at 03:15. 48 hours later the same server failed again.",
     [("A server in rack 4 failed", "fail", "2022-01-21", "2022-01-21"),
      ("The on-call engineer restarted", "restart", "2022-01-21", "2022-01-21"),
      ("the same server failed again", "fail", "2022-01-23", "2022-01-23")]),
    ("log-day-numbers", None,
     "Expedition log. We left base camp on 2 May 1998.\n\nDay 3: the porters refused to cross the glacier. "
     "Day 4: we crossed it roped together.",
     [("We left base camp", "left|leave", "1998-05-02", "1998-05-02"),
      ("we crossed it roped", "cross", "1998-05-04", "1998-05-05")]),
    ("log-watch-entries", date(2019, 3, 7),
     "Night watch report. At 23:30 a van stopped outside gate 2. The guard called the police at 23:40. "
     "Officers arrived twenty minutes later and searched the van.",
     [("a van stopped outside gate 2", "stop", "2019-03-06", "2019-03-07"),
      ("The guard called the police", "call", "2019-03-06", "2019-03-07"),
      ("Officers arrived", "arriv", "2019-03-06", "2019-03-08")]),  # 23:40 + 20 minutes is midnight
    # --- clinical letters
    ("clinic-admission", None,
     "Dear Dr Hale,\n\nMrs Lund was admitted on 4 February 2021 with chest pain. On admission she was "
     "breathless and her ECG was abnormal. She had an angiogram the following day, and a stent was placed. "
     "She was discharged on 9 February.",
     [("Mrs Lund was admitted", "admit", "2021-02-04", "2021-02-04"),
      ("She had an angiogram", "had|angiogram|have", "2021-02-05", "2021-02-05"),
      ("a stent was placed", "place", "2021-02-05", "2021-02-05"),
      ("She was discharged", "discharg", "2021-02-09", "2021-02-09")]),
    ("clinic-days-after", None,
     "Mr Orme underwent a hip replacement on 11 March 2020. Two days after surgery he developed a fever. "
     "He was started on antibiotics and recovered within a week.",
     [("Mr Orme underwent a hip replacement", "underw", "2020-03-11", "2020-03-11"),
      ("he developed a fever", "develop", "2020-03-13", "2020-03-13")]),
    ("clinic-review", date(2023, 8, 15),
     "I reviewed Ms Patel in clinic today. She fell at home in June and broke her wrist. The fracture has "
     "healed well. I have referred her to physiotherapy.",
     [("I reviewed Ms Patel", "review", "2023-08-15", "2023-08-15"),
      ("She fell at home in June", "fell|fall", "2023-06-01", "2023-06-30"),
      ("She fell at home in June", "broke|break", "2023-06-01", "2023-06-30")]),
    # --- CVs
    ("cv-range-heading", None,
     "Work history\n\nSenior engineer, Halden Pumps, 2014–2018\nLed the redesign of the valve range. "
     "Opened a service office in Porto.\n\nProject manager, Ferris Rail, 2018–2022\nDelivered a new "
     "signalling system.",
     [("Led the redesign", "led|lead", "2014-01-01", "2018-12-31"),
      ("Opened a service office", "open", "2014-01-01", "2018-12-31"),
      ("Delivered a new", "deliver", "2018-01-01", "2022-12-31")]),
    ("cv-year-lines", None,
     "Education\n\n2009 Graduated in chemistry from the University of Leeds.\n2011 Completed a master's "
     "degree in materials science.\n\nAwards\n\n2016 Won the society's young researcher prize.",
     [("Graduated in chemistry", "graduat", "2009-01-01", "2009-12-31"),
      ("Completed a master", "complet", "2011-01-01", "2011-12-31"),
      ("Won the society", "won|win", "2016-01-01", "2016-12-31")]),
    # --- biographies
    ("bio-section-years", None,
     "Early life\n\nMarta Vell was born in 1902 in a mining town. She left school at fourteen.\n\n"
     "Career\n\nIn 1925 she joined a touring theatre company. Two years later she founded her own troupe. "
     "The troupe toured Canada in 1931.",
     [("Marta Vell was born", "born", "1902-01-01", "1902-12-31"),
      ("she joined a touring", "join", "1925-01-01", "1925-12-31"),
      ("she founded her own troupe", "found", "1927-01-01", "1927-12-31"),
      ("The troupe toured Canada", "tour", "1931-01-01", "1931-12-31")]),
    ("bio-following-year", None,
     "Iver Brandt won a scholarship to Vienna in 1884. The following year he married Clara Holm, a singer. "
     "He died of typhoid in 1893.",
     [("he married Clara Holm", "marr", "1885-01-01", "1885-12-31"),
      ("He died of typhoid", "die", "1893-01-01", "1893-12-31")]),
    ("bio-heading-resets", None,
     "1942\n\nThe family fled to the mountains. Their house was burned.\n\n1945\n\nThey returned to the "
     "village and rebuilt the mill.",
     [("The family fled", "fled|flee", "1942-01-01", "1942-12-31"),
      ("Their house was burned", "burn", "1942-01-01", "1942-12-31"),
      ("They returned to the village", "return", "1945-01-01", "1945-12-31"),
      ("rebuilt the mill", "rebuil", "1945-01-01", "1945-12-31")]),
    # --- match reports
    ("match-saturday", date(2024, 2, 12),
     "Carrow Town beat Millford 3–1 on Saturday. Reid scored twice before half-time. Millford's keeper was "
     "sent off after the break. The teams meet again in April.",
     [("Carrow Town beat Millford", "beat", "2024-02-10", "2024-02-10"),
      ("Reid scored twice", "scor", "2024-02-10", "2024-02-10"),
      ("keeper was sent off", "sent|send", "2024-02-10", "2024-02-10")]),
    ("match-last-season", date(2022, 9, 5),
     "The club were relegated last season after losing eleven home games. On Sunday they won their first "
     "match back in the second tier.",
     [("On Sunday they won", "won|win", "2022-09-04", "2022-09-04")]),
    # --- court reports
    ("court-sentenced", date(2021, 11, 26),
     "A man who robbed a petrol station in Deane was jailed for four years on Thursday. The court heard he "
     "threatened a cashier with a knife in July. He was arrested two days later.",
     [("was jailed for four years", "jail", "2021-11-25", "2021-11-25"),
      ("he threatened a cashier", "threat", "2021-07-01", "2021-07-31"),
      ("He was arrested two days later", "arrest", "2021-07-03", "2021-08-02")]),
    ("court-heard-dates", date(2018, 5, 4),
     "The jury heard that the defendant bought the van on 3 March 2017. He sold it a week later to a dealer "
     "in Farsley. The trial continues on Monday.",
     [("the defendant bought the van", "bought|buy", "2017-03-03", "2017-03-03"),
      ("He sold it a week later", "sold|sell", "2017-03-08", "2017-03-12")]),
    # --- business news
    ("biz-said-plain-past", date(2025, 6, 13),
     "The bakery chain said on Friday that it closed four shops because of rising rents. It will open two "
     "new ones in the autumn.",
     [("it closed four shops", "clos", None, None)]),
    ("biz-results", date(2024, 3, 1),
     "Norel Foods said on Thursday that its profit fell by a third in 2023. The company cut 300 jobs in "
     "October and sold its frozen-meals unit in December.",
     [("its profit fell", "fell|fall", "2023-01-01", "2023-12-31"),
      ("The company cut 300 jobs", "cut", "2023-10-01", "2023-10-31"),
      ("sold its frozen-meals unit", "sold|sell", "2023-12-01", "2023-12-31"),
      ("Norel Foods said on Thursday", "said|say", "2024-02-29", "2024-02-29")]),
    ("biz-by-end-of-year", date(2024, 5, 20),
     "The airline agreed to buy twelve jets on Monday. It expects the first to arrive by the end of the "
     "year. Its shares rose 4% after the announcement.",
     [("The airline agreed to buy", "agree", "2024-05-20", "2024-05-20")]),
    ("biz-within-a-month", None,
     "The mill closed on 30 June 1999. Within a month, most of its workers had found jobs at the new "
     "warehouse.",
     [("most of its workers had found jobs", "found|find", "1999-06-30", "1999-07-31")]),
    # --- travel blog
    ("travel-days", None,
     "Day one, 5 September 2019. We landed in Tbilisi late and took a taxi to the old town.\n\nDay two. "
     "We climbed to the fortress before breakfast and spent the afternoon in the sulphur baths.",
     [("We landed in Tbilisi", "land", "2019-09-05", "2019-09-05"),
      ("We climbed to the fortress", "climb", "2019-09-06", "2019-09-06")]),
    ("travel-next-morning", None,
     "On 14 July 2017 we caught the night train to Split. The next morning we hired bikes and rode along "
     "the coast. Two days later we took the ferry to Hvar.",
     [("we caught the night train", "caught|catch", "2017-07-14", "2017-07-14"),
      ("we hired bikes", "hire", "2017-07-15", "2017-07-15"),
      ("we took the ferry", "took|take", "2017-07-17", "2017-07-17")]),
    # --- histories
    ("history-season-heading", None,
     "The siege of the port began in March 1571.\n\nSummer\n\nThe defenders sank two supply ships in the "
     "harbour. Disease spread through the camp.\n\nThe siege was lifted in October 1571.",
     [("The siege of the port began", "began|begin", "1571-03-01", "1571-03-31"),
      ("The defenders sank two", "sank|sink", "1571-06-01", "1571-09-30"),
      ("The siege was lifted", "lift", "1571-10-01", "1571-10-31")]),
    ("history-week-after", None,
     "The rebels seized the arsenal on 9 May 1848. The week after, the army retook the city.",
     [("the army retook the city", "retook|retake", "1848-05-10", "1848-05-21")]),
    ("history-within-weeks", None,
     "The general strike began on 4 May 1926. Within two weeks, the union leaders called it off. The miners "
     "stayed out until November.",
     [("the union leaders called it off", "call", "1926-05-04", "1926-05-18")]),
    ("news-within-hours", date(2021, 3, 12),
     "Two men robbed a jeweller's shop in Kelby on Tuesday. Within hours police had arrested both of them.",
     [("police had arrested both", "arrest", "2021-03-09", "2021-03-10")]),
    ("plan-within-a-year", date(2021, 3, 12),
     "The plant opened in May 2020. Within a year it will double its output, the owners say.",
     [("The plant opened", "open", "2020-05-01", "2020-05-31")]),
    ("history-carry-paragraphs", None,
     "In 1810 the colony's governor banned the sale of rum.\n\nThe soldiers mutinied and arrested him. He was "
     "sent back to England in chains.",
     [("the colony's governor banned", "ban", "1810-01-01", "1810-12-31")]),
    ("history-within-year", None,
     "The railway reached the town in 1862. Within a year three hotels had opened near the station.",
     [("three hotels had opened", "open", "1862-01-01", "1863-12-31")]),
    # --- news
    ("news-said-had-previous", date(2023, 10, 6),
     "The hospital trust said on Wednesday that it had suspended two surgeons in August. An inquiry will "
     "report next spring.",
     [("it had suspended two surgeons", "suspend", "2023-08-01", "2023-08-31"),
      ("The hospital trust said", "said|say", "2023-10-04", "2023-10-04")]),
    ("news-told-reporters", date(2025, 1, 17),
     "The mayor told reporters on Thursday that the city had lost its bid for the games. The bid cost "
     "£4 million.",
     [("told reporters on Thursday", "told|tell", "2025-01-16", "2025-01-16")]),
    ("news-earlier-this-month", date(2022, 4, 22),
     "Flood water entered 40 homes earlier this month. The council opened a relief fund on Tuesday.",
     [("Flood water entered 40 homes", "enter", "2022-04-01", "2022-04-22"),
      ("The council opened a relief fund", "open", "2022-04-19", "2022-04-19")]),
    # --- memoir / letter
    ("letter-dated", None,
     "Lisbon, 3 May 1911\n\nDear Anna,\n\nWe arrived on Tuesday after a rough crossing. Father has taken "
     "rooms near the river. Yesterday I visited the cathedral.",
     [("We arrived on Tuesday", "arriv", "1911-05-02", "1911-05-02"),
      ("I visited the cathedral", "visit", "1911-05-02", "1911-05-02")]),
    ("memoir-that-winter", None,
     "We moved to the farm in 1951. That winter the river froze and my brother broke his leg on the ice. "
     "In the spring of 1952 we bought our first tractor.",
     [("the river froze", "froze|freeze", "1951-01-01", "1952-03-31"),
      ("we bought our first tractor", "bought|buy", "1952-03-01", "1952-06-30")]),
    # --- police / accident report
    ("police-report", None,
     "At about 17:20 on 8 November 2020 a car left the road on the B1040 and struck a tree. The driver was "
     "taken to hospital. He died the following day.",
     [("a car left the road", "left|leave|struck|strike", "2020-11-08", "2020-11-08"),
      ("The driver was taken", "taken|take", "2020-11-08", "2020-11-08"),
      ("He died the following day", "die", "2020-11-09", "2020-11-09")]),
    # --- minutes
    ("minutes", None,
     "Minutes of the parish council, 12 January 2016\n\nThe clerk reported that the bus shelter had been "
     "repaired in December. The council agreed to buy a new noticeboard.",
     [("the bus shelter had been repaired", "repair", "2015-12-01", "2015-12-31"),
      ("The council agreed to buy", "agree", "2016-01-12", "2016-01-12")]),
    # --- science / lab notebook
    ("lab-notebook", None,
     "Lab notebook, 6 June 2018\n\nSeeded the plates at 09:00. The cultures were contaminated by the "
     "afternoon. Three days later we repeated the run with fresh media.",
     [("Seeded the plates", "seed", "2018-06-06", "2018-06-06"),
      ("we repeated the run", "repeat", "2018-06-09", "2018-06-09")]),
    # --- sports season
    ("season-review", None,
     "The 1987 season began badly. The team lost its first five games. In June the coach was sacked, and "
     "the new coach won eight of his first ten matches.",
     [("The team lost its first five", "lost|lose", "1987-01-01", "1987-12-31"),
      ("the coach was sacked", "sack", "1987-06-01", "1987-06-30")]),
    # --- obituary plain
    ("obit-career", date(2020, 2, 3),
     "Joan Ferrer, who has died aged 88, taught music in Leith for forty years. She founded the town's "
     "youth orchestra in 1969 and led it on a tour of Norway in 1974. She retired in 1995.",
     [("She founded the town's youth", "found", "1969-01-01", "1969-12-31"),
      ("led it on a tour", "led|lead|tour", "1974-01-01", "1974-12-31"),
      ("She retired in 1995", "retir", "1995-01-01", "1995-12-31")]),
    # --- forum post
    ("forum-post", date(2024, 7, 2),
     "Posted 2 July 2024. My boiler stopped working on Saturday. The engineer came yesterday and replaced "
     "the pump, but it failed again this morning.",
     [("My boiler stopped working", "stop", "2024-06-29", "2024-06-29"),
      ("The engineer came yesterday", "came|come|replace", "2024-07-01", "2024-07-01"),
      ("it failed again this morning", "fail", "2024-07-02", "2024-07-02")]),
]


#: rows still dated wrong, by the kind of error (see the session's report)
_OPEN: dict[tuple[str, str, str], str] = {
    ("biz-said-plain-past", "it closed four shops", "clos"): "a plain past told by a dated saying is titled as the "
                                                            "saying and dated by it, exact",
    ("travel-days", "We climbed to the fortress", "climb"): "a numbered day heading ('Day two.') is not counted on "
                                                            "from the first",
    ("history-season-heading", "The defenders sank two", "sank|sink"): "a yearless season heading ('Summer') does "
                                                                       "not date its section",
    ("minutes", "The council agreed to buy", "agree"): "a meeting's dated heading with words beside the date does "
                                                      "not date the acts under it",
}


@pytest.mark.parametrize(("pid", "cue", "predicate", "first", "last"), list(window_rows(PASSAGES, _OPEN)))
def test_a_passages_event_lies_in_its_window(pid: str, cue: str, predicate: str, first: str | None,
                                             last: str | None) -> None:
    assert_in_window(passage_events(PASSAGES, pid), cue, predicate, first, last)
