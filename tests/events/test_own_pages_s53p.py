"""Eight pages of our own in the kinds analysts read (session 53, ``own_texts_s53p``: a council's budget consultation
report, an airline's quarterly results, a primary school's newsletter, a police force's weekly incident roundup, a
museum's exhibition programme, a livestock market report, a university's admissions statistics release and a
tourism board's visitor figures; 269–307 words, invented names, written before the extractor was run on them and
read, as a dropped folder is, with no document date given). Each keeps the happenings a reader would list and loses
the false events found on it that this session fixed (see test_page_reports_crowds_shares_s53): the page saying
what it covers, dated by what it reports ("This roundup covers incidents reported to officers last week", "This
release reports undergraduate admissions for courses starting in September 2026", "This bulletin reports visitor
numbers for the summer season", "Skyvane Airways today reports its results for the summer quarter"); many acting,
counted ("about 340 residents came to them"); a share of the people asked ("Of those who answered, 62 per cent
supported a council tax rise … in 2026/27, and 27 per cent opposed any rise"); a named person foreseen with a role
and an honorific before the name ("Curator Dr Imogen Hart is expected to give a talk on the opening weekend"); and a
habit's hour on days of a kind ("the office opens at 8am on sale days").

Already left out on these pages: forecasts with no date ("Mrs Amadi is expected to present the final budget"),
measures that stood ("unemployment in Wrenfield stood at 4.6 per cent in December", "Punctuality stood at 71 per
cent in July"), tallies put after their period ("In September the mart sold 21,600 lambs"), habits ("The council
collects bins every fortnight", "Guided tours leave the front hall at 11am and 2pm daily") and page furniture.

False events still listed on these pages (found, not fixed): a tally with its period first and an acts verb ("In
October, the highways team repaired 1,412 potholes"), a tally dated by its comparison, whose date took "more than"
("carried 6.2 million passengers in the quarter, 9 per cent more than a year earlier", dated 2025), a second verb of
a tally ("Officers attended 418 incidents during the week and made 37 arrests"), a buy-back over a quarter, counts
on a day ("the clearing team answered 4,100 calls", "5,390 enrolled by the census date of 1 October", "A total of
3,214 sheep and 286 cattle were forward"), shares and levels ("Year 4 had the best attendance, at 97.8 per cent",
"The borough's share of business rates fell to 41 per cent", "Shoplifting reports rose to 64 in May", "the overall
average was 268p/kg", "Foot rot cases rose in the dale this autumn"), a tally told as a success ("The reading
challenge was a big success: pupils read 3,480 books in January and February", listed twice), a state ("It brings
together 80 works"), a deadline ("the UCAS deadline for most courses is 28 January 2027"), the headings ("Budget
consultation 2026/27: what you told us", "Third-quarter results for the three months to 30 September 2026").
Dates found wrong: "a fire was started deliberately … on Monday evening" in a roundup posted on Tuesday 9 June dated
15 June; "The school will close for Easter on 27 March" dated Easter Sunday. Titles found wrong: "The group will hold
a capital will publish full-year results", "Applications entry opens", "Glass Light", opens", the campaign "Colours
of Tarnmoor" split into "The district's campaign" and "Will launch". Missed: "Director Paul Lindqvist will step down
at the end of the season". Actors found wrong: "a total", "the overall average", "three" ("three failed breath
tests").
"""

from __future__ import annotations

from pathlib import Path

from tests.events.own_pages import Reader, reader_tests

_PAGES = Path(__file__).parent / "own_texts_s53p"

#: page -> (words of titles a reader would list, words of titles that must not be listed)
_READER: Reader = {
    "01-council-budget-consultation.txt": (["holds six drop-in sessions", "a youth panel meets", "the cabinet agrees to drop",
                                            "full council will vote on the budget", "daniel proctor will retire",
                                            "a second consultation will open"],
                                           ["of those", "27 per cent", "about 340 residents", "collects bins",
                                            "contact centre", "is expected to present", "is expected to be named"]),
    "02-airline-quarterly-results.txt": (["opens a new base", "takes delivery", "a software fault grounds", "flights resume",
                                          "will launch flights", "tickets go on sale", "capital markets day",
                                          "owen petrie will leave", "kate ilunga joins"],
                                         ["reports its results", "is expected to update", "punctuality", "load factor",
                                          "flies to 142", "answers calls"]),
    "03-school-newsletter.txt": (["visit the science museum", "dresses up for world book day", "ofsted inspects the school",
                                  "their report is published", "retires", "beats eastwood primary",
                                  "will play in the county finals", "parents' evenings will be held", "the school will reopen",
                                  "class photographs will be taken"],
                                 ["newsletter covers", "is expected to announce", "breakfast club", "pe kits"]),
    "04-police-weekly-roundup.txt": (["a house on ashby road is broken", "a 24-year-old man is arrested",
                                      "a motorcyclist is seriously injured", "officers stop 56 drivers", "mark denton is charged",
                                      "a fire is started deliberately", "the next meeting will be held"],
                                     ["roundup covers", "is expected to speak", "patrol the town centre", "front counter",
                                      "detection rate"]),
    "05-museum-exhibition-programme.txt": (["closes its east wing", "the wing reopens", "buy a rare seascape",
                                            "will give the annual harbour lecture", "will host a late opening",
                                            "will unveil the restored", "will announce his successor", "go on sale"],
                                           ["is expected to give a talk", "guided tours", "family workshops",
                                            "programme covers"]),
    "06-livestock-market-report.txt": (["the annual sale of breeding ewes takes place", "new cattle ring is opened",
                                        "annual dinner will be held", "the next store lamb sale will take place"],
                                       ["office opens", "holds prime sales", "is expected to speak"]),
    "07-university-admissions-statistics.txt": (["changes visa rules", "opens its new medical school building",
                                                 "signs a partnership", "will hold open days", "will be published"],
                                                ["release reports", "is expected to set out", "reviews every application",
                                                 "answers emails"]),
    "08-tourism-visitor-figures.txt": (["tarnmoor way long-distance path opens", "a landslip closes", "the road reopens",
                                        "the tarnmoor food festival takes place", "will be presented at holme hall"],
                                       ["bulletin reports", "is expected to meet", "guided walks", "tourist information"]),
}


test_every_page_is_read, test_a_page_keeps_its_happenings_and_loses_the_fixed_false_events = reader_tests(
    _PAGES, _READER)
