"""Event dates, session thirty-four (issues 11 and 12): carried dates and acts without a date of their own.

Short passages of our own (three to six sentences, several genres: news told against its date with
"on Monday", histories whose years are carried across paragraphs and stopped at headings, diaries under
day headings, logs with clock times, "the following week", "a month after the fire", "later that year",
"the weeks before" a happening, reported speech that dates its saying and the act it reports apart,
obituaries, encyclopedia entries, and a noun's modifier that dates a thing, not the act), each read as
one article, with a document date when it has one. Each row gives the days its happening can have
taken place, written before the extractor was run on the passage; ``None`` means the text never dates
it, so the event must not claim an exact date. Rows still wrong are marked with the kind of error they
show (strict xfail), so a fix turns them into passes. Written for this test; nothing here names anything
from a gold article or a corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.passage_windows import assert_in_window, passage_events, window_rows

#: (id, document date, text, rows of (words of the sentence, predicate words "a|b", first day, last day))
PASSAGES: list[tuple[str, date | None, str, list[tuple[str, str, str | None, str | None]]]] = [
    ("news-monday-bridge", date(2025, 9, 18),
     "The county closed the Hale Road bridge on Monday after divers found cracks in a pier. Engineers will "
     "inspect it again next week. Buses are being diverted through Marlow.",
     [("closed the Hale Road bridge", "close", "2025-09-15", "2025-09-15")]),
    ("said-wednesday-sold-2018", date(2024, 4, 12),
     "The charity said on Wednesday that it had sold the farmhouse in 2018 to pay its debts. Its trustees "
     "resigned a year later.",
     [("sold the farmhouse in 2018", "sold|sell", "2018-01-01", "2018-12-31"),
      ("sold the farmhouse in 2018", "said|says", "2024-04-10", "2024-04-10"),
      ("Its trustees resigned", "resign", "2019-01-01", "2019-12-31")]),
    ("history-canal-paragraphs", None,
     "The canal company was formed in 1791.\n\nDigging began at the northern end in April 1793. The navvies "
     "reached the hills that autumn, where a tunnel was needed.\n\nThe tunnel collapsed in 1796, killing six "
     "men. Work stopped for two years.",
     [("Digging began", "began|begin|dig", "1793-04-01", "1793-04-30"),
      ("The navvies reached the hills", "reach", "1793-09-01", "1793-12-31"),
      ("The tunnel collapsed", "collapse", "1796-01-01", "1796-12-31")]),
    ("diary-day-headings", None,
     "Monday 3 March 1941\n\nThe sirens went at nine. We spent the night in the cellar with the Wards.\n\n"
     "Tuesday 4 March 1941\n\nThe baker's shop on our street was hit. Mother queued for bread at the market "
     "instead.",
     [("We spent the night in the cellar", "spent|spend", "1941-03-03", "1941-03-04"),
      ("The baker's shop on our street was hit", "hit", "1941-03-03", "1941-03-04"),
      ("Mother queued for bread", "queue", "1941-03-04", "1941-03-04")]),
    ("log-clock-times", None,
     "Operations log, 9 October 2023\n\nAt 06:10 the night shift reported a gas smell in hall B. The "
     "supervisor evacuated the hall at 06:25. Engineers found a cracked valve and replaced it. The hall "
     "reopened at 11:00.",
     [("the night shift reported a gas smell", "report", "2023-10-09", "2023-10-09"),
      ("The supervisor evacuated the hall", "evacuate", "2023-10-09", "2023-10-09"),
      ("Engineers found a cracked valve", "found|find|replace", "2023-10-09", "2023-10-09"),
      ("The hall reopened", "reopen", "2023-10-09", "2023-10-09")]),
    ("following-week-occupation", None,
     "The town council voted to close the swimming baths on 14 February 1984. Protesters occupied the "
     "building the following week. The baths reopened in September 1985.",
     [("Protesters occupied the building", "occup", "1984-02-19", "1984-02-26"),
      ("The baths reopened", "reopen", "1985-09-01", "1985-09-30")]),
    ("month-after-library-fire", None,
     "Fire gutted the town's library on 2 November 1952. A month after the fire, readers began lending their "
     "own books from a room in the town hall. The new library opened in 1956.",
     [("readers began lending", "began|begin|lend", "1952-12-01", "1952-12-31"),
      ("The new library opened", "open", "1956-01-01", "1956-12-31")]),
    ("later-that-year-tram", None,
     "The first tram ran on the new line in March 1901. Later that year the company extended it to the "
     "docks. The line closed in 1949.",
     [("the company extended it", "extend", "1901-03-01", "1901-12-31"),
      ("The line closed", "close", "1949-01-01", "1949-12-31")]),
    ("said-tuesday-leaked-2021", date(2025, 6, 13),
     "The regulator said on Tuesday that the reservoir had leaked for most of 2021 before anyone noticed. "
     "Engineers sealed the leak in January 2022.",
     [("the reservoir had leaked", "said|says", "2025-06-10", "2025-06-10"),
      ("Engineers sealed the leak", "seal", "2022-01-01", "2022-01-31")]),
    ("obituary-boat-builder", date(2023, 5, 19),
     "Peter Aske, the boat builder, has died aged 91. He built his first dinghy in 1947 and opened a yard at "
     "Wrenmouth in 1958. After his wife died in 1990 he sold the yard to his apprentices. He died at home on "
     "Sunday.",
     [("He built his first dinghy", "built|build", "1947-01-01", "1947-12-31"),
      ("opened a yard at Wrenmouth", "open", "1958-01-01", "1958-12-31"),
      ("he sold the yard", "sold|sell", "1990-01-01", "2023-05-14"),
      ("He died at home", "die", "2023-05-14", "2023-05-14")]),
    ("encyclopedia-abbey", None,
     "Karsk Abbey was founded by Benedictine monks in 1134. It was sacked by raiders in 1217 and rebuilt "
     "over the following decades. The abbey was dissolved in 1539, and its lands were sold to a local family.",
     [("Karsk Abbey was founded", "found", "1134-01-01", "1134-12-31"),
      ("It was sacked by raiders", "sack", "1217-01-01", "1217-12-31"),
      ("The abbey was dissolved", "dissolve", "1539-01-01", "1539-12-31"),
      ("its lands were sold", "sold|sell", "1539-01-01", "1539-12-31")]),
    ("modifier-century-treaty", None,
     "In 1648 the two kingdoms signed a treaty ending the previous century's wars. The border was redrawn "
     "in 1650 by a joint commission.",
     [("signed a treaty", "sign", "1648-01-01", "1648-12-31"),
      ("The border was redrawn", "redraw|redrew", "1650-01-01", "1650-12-31")]),
    ("modifier-century-demolition", date(2024, 10, 16),
     "Workers began demolishing the 19th-century warehouse on the quay on Monday. The council bought it in "
     "March for £1.",
     [("Workers began demolishing", "began|begin|demolish", "2024-10-14", "2024-10-14"),
      ("The council bought it", "bought|buy", "2024-03-01", "2024-03-31")]),
    ("weeks-before-opening", None,
     "The bridge was opened by the king on 4 July 1932. In the weeks before the opening, engineers tested it "
     "with loaded lorries. Crowds crossed it on foot the next morning.",
     [("engineers tested it", "test", "1932-05-01", "1932-07-04"),
      ("The bridge was opened", "open", "1932-07-04", "1932-07-04")]),
    ("news-last-week-arrest", date(2024, 11, 8),
     "Police arrested a 34-year-old man last week after a series of thefts from garden sheds. He appeared "
     "before magistrates on Thursday and was remanded in custody.",
     [("Police arrested a 34-year-old man", "arrest", "2024-10-28", "2024-11-03"),
      ("He appeared before magistrates", "appear", "2024-11-07", "2024-11-07"),
      ("He appeared before magistrates", "remand", "2024-11-07", "2024-11-07")]),
    ("diary-next-day", None,
     "Friday 8 August 1969\n\nWe drove to the coast in Dad's van. The engine overheated near Ashby and we "
     "waited two hours for a mechanic.\n\nThe next day we swam in the sea for the first time.",
     [("We drove to the coast", "drove|drive", "1969-08-08", "1969-08-08"),
      ("The engine overheated", "overheat", "1969-08-08", "1969-08-08"),
      ("we swam in the sea", "swam|swim", "1969-08-09", "1969-08-09")]),
    ("heading-stops-carry", None,
     "Early years\n\nThe printing works opened in 1868 in a former chapel. It printed the town's first "
     "newspaper in 1871.\n\nThe war\n\nMost of the printers joined the army. The works printed ration books "
     "for the government.",
     [("The printing works opened", "open", "1868-01-01", "1868-12-31"),
      ("Most of the printers joined the army", "join", None, None)]),
    ("news-then-background", date(2025, 2, 21),
     "Shoppers returned to the market hall on Thursday after a three-month refit.\n\nThe hall was built in "
     "1878 by the borough. It survived a fire in 1931 and was damaged by bombs in 1941.",
     [("Shoppers returned", "return", "2025-02-20", "2025-02-20"),
      ("It survived a fire", "surviv", "1931-01-01", "1931-12-31")]),
    ("life-undated-between", None,
     "Ruth Keane was born in Cork in 1931. She trained as a nurse and later worked in hospitals in London "
     "and Lagos. In 1975 she founded a clinic in her home town.",
     [("She trained as a nurse", "train", None, None),
      ("she founded a clinic", "found", "1975-01-01", "1975-12-31")]),
    ("clock-ferry-midnight", None,
     "The ferry left Harwich at 22:30 on 12 March 2019. A fire broke out in the engine room at 01:40. The "
     "crew put it out within an hour, and the ferry docked at 07:15.",
     [("The ferry left Harwich", "left|leave", "2019-03-12", "2019-03-12"),
      ("A fire broke out", "broke|break", "2019-03-13", "2019-03-13"),
      ("the ferry docked", "dock", "2019-03-13", "2019-03-13")]),
    ("said-wednesday-stopped-october", date(2026, 1, 16),
     "The mayor said on Wednesday that the city had stopped paying the contractor in October. The contractor "
     "walked off the site a week later.",
     [("the city had stopped paying", "stop", "2025-10-01", "2025-10-31"),
      ("the city had stopped paying", "said|says", "2026-01-14", "2026-01-14"),
      ("The contractor walked off", "walk", "2025-10-08", "2025-11-07")]),
    ("later-that-year-violinist", None,
     "Ida Brenner joined the orchestra as a violinist in 1962. Later that year she played her first solo at "
     "the Albert Hall. She became its leader in 1971.",
     [("she played her first solo", "play", "1962-01-01", "1962-12-31"),
      ("She became its leader", "became|become", "1971-01-01", "1971-12-31")]),
    ("earlier-that-day", None,
     "The prime minister resigned on the evening of 11 May 1940. Earlier that day, his cabinet had refused "
     "to support him in a vote.",
     [("The prime minister resigned", "resign", "1940-05-11", "1940-05-11"),
      ("his cabinet had refused", "refuse", "1940-05-11", "1940-05-11")]),
    ("previous-week-boiler", date(2025, 3, 7),
     "The school reopened on Monday. It had closed the previous week after a boiler failed.",
     [("The school reopened", "reopen", "2025-03-03", "2025-03-03"),
      ("It had closed the previous week", "close", "2025-02-24", "2025-03-02")]),
    ("history-winter-after-year", None,
     "In 1815 the harvest failed across the county.\n\nThat winter bread riots broke out in three market "
     "towns. Magistrates called in soldiers to restore order.",
     [("the harvest failed", "fail", "1815-01-01", "1815-12-31"),
      ("bread riots broke out", "broke|break|riot", "1815-11-01", "1816-03-31")]),
    ("encyclopedia-following-century", None,
     "The castle was begun in 1270 for the Earl of Marl. In the following century it passed to the crown, "
     "which used it as a prison.",
     [("The castle was begun", "begun|begin|castle", "1270-01-01", "1270-12-31"),
      ("it passed to the crown", "pass", "1300-01-01", "1400-12-31")]),
    ("dateline-walkout", None,
     "ARLOW, 5 June 2025 — Workers at the Arlow paper mill walked out on Monday over a pay freeze. Managers "
     "offered a 2 per cent rise on Tuesday, which the union rejected.",
     [("Workers at the Arlow paper mill walked out", "walk", "2025-06-02", "2025-06-02"),
      ("Managers offered a 2 per cent rise", "offer", "2025-06-03", "2025-06-03")]),
    ("modifier-clock-auction", date(2024, 10, 16),
     "The museum bought a 17th-century clock at auction on Saturday. It will go on show in the spring.",
     [("The museum bought", "bought|buy", "2024-10-12", "2024-10-12")]),
    ("aside-opened-1995", date(2025, 1, 15),
     "The bakery, which opened in 1995, closed its doors on Friday. Its owner thanked customers in a letter "
     "pinned to the window.",
     [("closed its doors", "close", "2025-01-10", "2025-01-10"),
      ("Its owner thanked customers", "thank", "2025-01-10", "2025-01-15")]),
    ("year-headings-carry", None,
     "1851\n\nThe line reached Carlow in May. A station was built beside the river.\n\n1852\n\nIn June a storm "
     "washed away the embankment.",
     [("The line reached Carlow", "reach", "1851-05-01", "1851-05-31"),
      ("A station was built", "built|build", "1851-01-01", "1851-12-31"),
      ("a storm washed away", "wash", "1852-06-01", "1852-06-30")]),
    ("weeks-before-vote", date(2025, 12, 12),
     "Turnout in Thursday's by-election was 31 per cent. In the weeks before the vote, both candidates "
     "campaigned door to door.",
     [("both candidates campaigned", "campaign", "2025-10-01", "2025-12-11")]),
    ("two-hours-later", None,
     "The alarm sounded at 03:10 on 5 January 2022. Two hours later the last guests were led out of the "
     "hotel.",
     [("the last guests were led out", "led|lead", "2022-01-05", "2022-01-05")]),
    ("report-published-march", date(2025, 5, 16),
     "A report published in March blamed the council for the delays. The council rejected its findings on "
     "Monday.",
     [("The council rejected its findings", "reject", "2025-05-12", "2025-05-12"),
      ("blamed the council", "blame", "2025-03-01", "2025-03-31")]),
    ("days-after-a-month-step-on", None,
     "The ferry company cut its winter sailings in November 1977. Two days later the island's council "
     "protested to the ministry. The sailings were restored in 1979.",
     [("the island's council protested", "protest", "1977-11-03", "1977-12-02"),
      ("The sailings were restored", "restor", "1979-01-01", "1979-12-31")]),
    ("week-after-a-year-keeps-it", None,
     "The foundry moved to Dunmore in 1884. A week later a boiler exploded in the new casting shed.",
     [("a boiler exploded", "explod", "1884-01-01", "1884-12-31")]),
    ("said-monday-had-accepted", date(2026, 11, 11),
     "The prime minister asked the president on Sunday to dissolve parliament. The president said on Monday "
     "that she had accepted the request.",
     [("she had accepted the request", "accept", "2026-11-08", "2026-11-09"),
      ("The prime minister asked the president", "ask", "2026-11-08", "2026-11-08")]),
    ("said-tuesday-had-sent-letters", date(2025, 6, 13),
     "The water company said on Tuesday that it had sent letters to every household in the valley. Engineers "
     "will visit each street next month.",
     [("it had sent letters", "sent|send", None, None)]),
    ("said-monday-had-arrested-saturday", date(2025, 6, 13),
     "Police said on Monday that they had arrested two men on Saturday. Both were released on bail.",
     [("they had arrested two men", "arrest", "2025-06-07", "2025-06-07")]),
    ("said-monday-it-closed-pool", date(2025, 6, 13),
     "The council said on Monday it closed the pool last month after a leak. It reopened the pool on "
     "Thursday.",
     [("it closed the pool", "close", "2025-05-01", "2025-05-31"),
      ("It reopened the pool", "reopen", "2025-06-12", "2025-06-12")]),
    ("said-monday-had-arrested-no-that", date(2025, 6, 13),
     "Police said on Monday they had arrested two men on Saturday after a break-in at the post office.",
     [("they had arrested two men", "arrest", "2025-06-07", "2025-06-07")]),
    ("on-wednesday-added-not-a-saying", date(2025, 3, 21),
     "The regional board on Wednesday added 12 schools to its repair list. Builders started work at two of "
     "them on Thursday.",
     [("added 12 schools", "add", "2025-03-19", "2025-03-19"),
      ("Builders started work", "start", "2025-03-20", "2025-03-20")]),
    ("said-friday-it-cancelled", date(2025, 6, 13),
     "The festival's organisers said on Friday that they cancelled the fireworks because of the drought.",
     [("they cancelled the fireworks", "cancel", None, None)]),
]


#: rows still dated wrong, by the kind of error (see the session's report)
_OPEN: dict[tuple[str, str, str], str] = {
    ("said-monday-it-closed-pool", "it closed the pool", "close"): "a plain past told by a dated saying is titled as "
                                                                   "the saying and dated by it; its own 'last month' "
                                                                   "is lost",
    ("said-friday-it-cancelled", "they cancelled the fireworks", "cancel"): "a plain past told by a dated saying is "
                                                                            "titled as the saying: the saying's day, "
                                                                            "exact",
}


@pytest.mark.parametrize(("pid", "cue", "predicate", "first", "last"), list(window_rows(PASSAGES, _OPEN)))
def test_a_passages_event_lies_in_its_window(pid: str, cue: str, predicate: str, first: str | None,
                                             last: str | None) -> None:
    assert_in_window(passage_events(PASSAGES, pid), cue, predicate, first, last)
