"""A hundred and six short passages of our own (session ten, issue 12, events-recall), across genres, each with
the happenings a reader would list, as the predicate word written in the text, in text order. Written
for these tests, not taken from the gold set or any corpus; they name no real person, place or date of
the gold set. Used by ``test_recall_kinds_s10.py``: every happening must come out as an event of the
sentence that tells it, one event per happening."""

from __future__ import annotations

#: (id, genre, text, triggers)
PASSAGES: list[tuple[str, str, str, list[str]]] = [
 # ------------------------------------------------------------------ news
 ("news-quake", "news", "A magnitude 6.1 earthquake struck the coast of Meravia on Monday morning. At least 14 people were killed and hundreds of buildings collapsed in the port of Ostrel.", ["struck"]),
 # (the second sentence counts what the quake did, with no date of its own: a tally, which the gold set
 # leaves out, tests/gold/README.md "leaves out … tallies ('At least 41 people have died')")
 ("news-strike", "news", "Bus drivers in Tarnfield walked out on Wednesday over pay. The union said the strike would last until Friday, and talks with the operator are set for 18 June.", ["walked", "talks"]),
 ("news-minister", "news", "The transport minister, Helena Voss, resigned on Thursday after a report criticised her handling of the rail franchise. She was replaced by her deputy, Omar Lind.", ["resigned", "replaced"]),
 ("news-flood", "news", "Floodwater forced the evacuation of 300 homes in Bremby on Saturday. The river burst its banks shortly after midnight, and the army was called in to build sandbag walls.", ["forced", "burst", "called"]),
 ("news-summit", "news", "The leaders of the five Danube states met in Vorsk on 3 April and agreed to share data on river levels. Their next summit will be held in October.", ["met", "agreed", "held"]),
 ("news-protest", "news", "Thousands marched through the capital on Sunday to protest against the new press law. Police arrested 40 people, and the law was suspended two days later.", ["marched", "arrested", "suspended"]),
 ("news-election-date", "news", "The prime minister called a snap election for 12 May. Parliament will be dissolved on 14 April.", ["called", "dissolved"]),
 ("news-ceasefire", "news", "A ceasefire between the two militias took effect at midnight on Friday. It collapsed within hours, when shelling resumed in the north of the city.", ["took", "collapsed", "resumed"]),
 ("news-hostages", "news", "Three aid workers kidnapped in March were freed on Tuesday. They had been held in a village near the border, the foreign ministry said.", ["kidnapped", "freed"]),
 ("news-visit", "news", "The Orvanian president arrived in Delmar on Wednesday for a three-day state visit, the first by an Orvanian leader since 1998. He laid a wreath at the war memorial on Thursday.", ["arrived", "laid"]),
 ("news-fire", "news", "A fire destroyed a furniture warehouse on the Kelby industrial estate overnight. Firefighters were called at 02:15 and the blaze was under control by 06:00.", ["destroyed", "called"]),
 ("news-undated-agent", "news", "Ortega was later elected mayor of the city. He founded a housing charity and was twice convicted of contempt of court, which he always denied.", ["elected", "founded", "convicted"]),
 # ------------------------------------------------------------------ politics & diplomacy
 ("pol-vote-set", "politics", "The vote on the budget is set for 12 May. The finance committee approved the draft on Tuesday.", ["vote", "approved"]),
 ("pol-deadline", "politics", "The government must publish its response to the inquiry by 30 September. The inquiry's report was published in March.", ["published"]),  # a duty is no happening (gold README)
 ("pol-talks", "politics", "Negotiators from both sides held talks in Geneva last week, and a second round is scheduled for 4 December.", ["held", "round"]),
 ("pol-coalition", "politics", "The Greens left the coalition in January. The government lost its majority, and a confidence vote was held on 2 February, which it narrowly won.", ["left", "lost", "held"]),
 ("pol-treaty", "politics", "The two countries signed a border treaty in 2009. It was ratified by both parliaments in 2011 and came into force the following year.", ["signed", "ratified", "came"]),
 ("pol-nominal", "politics", "After the 2019 floods, the council rebuilt the embankment. The May 3 election returned the same majority.", ["floods", "rebuilt", "election"]),
 ("pol-ambassador", "politics", "Ruvania expelled two Kestrian diplomats on Monday, and Kestria recalled its ambassador the same day.", ["expelled", "recalled"]),
 ("pol-sanctions", "politics", "The EU imposed new sanctions on the regime in June. They were extended for six months in December.", ["imposed", "extended"]),
 ("pol-hypothetical", "politics", "Officials said a deal could be signed in the spring if the talks go well. The talks resumed on Monday.", ["resumed"]),
 ("pol-undated-pair", "politics", "Marek Dolan was arrested after the protests and spent a year in prison. He was released under an amnesty and later founded the Civic Union party.", ["arrested", "released", "founded"]),
 # ------------------------------------------------------------------ history
 ("hist-castle", "history", "The castle was begun in 1283 and completed in 1295. It was besieged twice during the civil war and was slighted by order of Parliament in 1648.", ["begun", "completed", "besieged", "slighted"]),
 ("hist-canal", "history", "The canal company was formed in 1791. Digging started in 1793, and the first boats reached the town in 1798.", ["formed", "started", "reached"]),
 ("hist-siege", "history", "In the spring of 1453 the city was besieged by an army of 80,000. The walls were breached on 29 May, and the city fell the same day.", ["besieged", "breached", "fell"]),
 ("hist-monastery", "history", "Monks from the south founded the monastery around 870. It was sacked by raiders in 991 and rebuilt in stone a century later.", ["founded", "sacked", "rebuilt"]),
 ("hist-railway", "history", "The railway reached Holbeck in 1847. The station was rebuilt in 1882, and the line closed to passengers in 1964.", ["reached", "rebuilt", "closed"]),
 ("hist-war", "history", "War broke out in August 1914. The regiment sailed for France in September and fought at Ypres that autumn.", ["broke", "sailed", "fought"]),
 ("hist-undated", "history", "The old bridge was swept away by a flood. A ferry replaced it until a new bridge was built downstream.", ["swept", "replaced", "built"]),
 ("hist-timeline", "history", "1821: the mill is built.\n1840: the mill burns down.\n1843: a new mill opens on the same site.", ["built", "burns", "opens"]),
 ("hist-reign", "history", "The king died in 1547 and was succeeded by his nine-year-old son. A regency council ruled in his name until 1553.", ["died", "succeeded"]),  # ruling until 1553: a state (session 59)
 ("hist-plague", "history", "Plague reached the port in June 1665. By the end of the year it had killed a third of the population.", ["reached", "killed"]),
 # ------------------------------------------------------------------ biography
 ("bio-scientist", "biography", "Anna Kreel was born in Tallinn in 1921. She studied chemistry in Tartu, emigrated to Canada in 1949 and joined the National Research Council in 1952.", ["born", "studied", "emigrated", "joined"]),
 ("bio-list", "biography", "1998: joins the board of Harlan Steel.\n2001: becomes chief executive.\n2009: retires.", ["joins", "becomes", "retires"]),
 ("bio-writer", "biography", "His first novel was published in 1961 and won the Hawthorn Prize. He married the painter Iris Gale in 1963; they divorced in 1970.", ["published", "won", "married", "divorced"]),
 ("bio-undated", "biography", "She was appointed professor of surgery and later elected president of the Royal College. She died in Bath.", ["appointed", "elected", "died"]),
 ("bio-athlete", "biography", "Okafor won Olympic gold in the 400 metres in 1996. He retired two years later and became a coach.", ["won", "retired", "became"]),
 ("bio-musician", "biography", "The conductor made her debut with the city orchestra in 1987. She was named its music director in 1995 and stepped down in 2012.", ["made", "named", "stepped"]),
 ("bio-politician", "biography", "Ferris entered parliament in 1979. He served as home secretary from 1990 to 1994 and lost his seat in the 1997 election.", ["entered", "served", "lost"]),
 ("bio-explorer", "biography", "In 1911 the expedition set out from the coast with twelve sledges. Three men died on the return journey.", ["set", "died"]),
 ("bio-artist", "biography", "Morrow moved to Paris in 1924, where he met the sculptor Lina Berg. Their joint exhibition opened in 1927.", ["moved", "met", "opened"]),
 # ------------------------------------------------------------------ business
 ("biz-merger", "business", "Halden Bank agreed to buy Corvex Finance for £2.1 billion on Monday. The deal is expected to close in the first quarter of next year.", ["agreed"]),  # (a deal foreseen to close: a forecast, which the gold README leaves out, s49)
 ("biz-results", "business", "Talbot Retail reported a 12 percent rise in sales for the year to March. Its shares rose 4 percent on Thursday.", ["reported", "rose"]),
 ("biz-ceo", "business", "The chief executive, Priya Nand, stepped down in July after six years in the job. The board appointed the finance director, Karl Hess, as her successor.", ["stepped", "appointed"]),
 ("biz-plant", "business", "The carmaker will close its plant in Dorwich in 2026, with the loss of 900 jobs. The plant opened in 1972.", ["close", "opened"]),
 ("biz-launch", "business", "The company launched its first electric van in March and plans to start exports in the autumn.", ["launched", "start"]),
 ("biz-ipo", "business", "Fennick listed its shares on the stock exchange in October 2021. The founder sold half his stake a year later.", ["listed", "sold"]),
 ("biz-recall", "business", "The firm recalled 40,000 heaters on 8 May after reports that several had overheated. Engineers traced the fault to a faulty thermostat.", ["recalled", "traced"]),
 ("biz-takeover", "business", "Shareholders approved the takeover at a meeting on 15 January, and the company was delisted at the end of the month.", ["approved", "delisted"]),
 ("biz-bankrupt", "business", "The airline collapsed in 2019. Its planes were sold to a leasing company and its staff were made redundant.", ["collapsed", "sold", "made"]),
 ("biz-fine", "business", "The regulator fined the bank £30 million on Wednesday for failing to prevent money laundering between 2015 and 2019.", ["fined"]),
 # ------------------------------------------------------------------ science
 ("sci-discovery", "science", "Astronomers detected the comet in January using a telescope in Chile. It will pass closest to the Sun in March 2027.", ["detected", "pass"]),
 ("sci-trial", "science", "The trial enrolled 1,200 patients between 2019 and 2021. Results were published in the journal on Tuesday.", ["enrolled", "published"]),
 ("sci-fossil", "science", "A farmer found the fossil in a quarry in 2016. Scientists described it as a new species in a paper last week.", ["found", "described"]),
 ("sci-launch", "science", "The satellite was launched from French Guiana on 12 October. It reached its final orbit three weeks later and sent back its first images in December.", ["launched", "reached", "sent"]),
 ("sci-vaccine", "science", "The vaccine was approved by regulators in August. The first doses were given to care home residents in September.", ["approved", "given"]),
 ("sci-expedition", "science", "The team drilled through 400 metres of ice last summer. They recovered a core that is thought to be 800,000 years old.", ["drilled", "recovered"]),
 ("sci-retraction", "science", "The journal retracted the paper in 2022, four years after it was published, when the lab's data were found to be fabricated.", ["retracted", "published", "found"]),
 ("sci-undated", "science", "The mission was cancelled because of cost overruns. The probe was never built.", ["cancelled"]),
 # ------------------------------------------------------------------ sport
 ("sport-match", "sport", "Kelby Town beat Ashworth 2-0 on Saturday. Reyes scored both goals, and the win lifted Kelby to third place.", ["beat", "scored"]),
 ("sport-transfer", "sport", "The striker joined Dorford on a three-year contract in July. He was sold to a Spanish club in January for £8 million.", ["joined", "sold"]),
 ("sport-final", "sport", "The final will be played at Westholm on 28 May. Both semi-finals were decided on penalties.", ["played", "decided"]),
 ("sport-retire", "sport", "The former captain, Dana Wells, announced her retirement from international cricket on Friday.", ["announced"]),
 ("sport-season", "sport", "The club was relegated in 2018 and promoted again in 2020. It won the cup in 2023.", ["relegated", "promoted", "won"]),
 ("sport-sacked", "sport", "The manager was sacked on Sunday after a run of six defeats. His assistant will take charge for the match against Bromley on Tuesday.", ["sacked", "take"]),
 ("sport-record", "sport", "Mirza broke the national 1,500 metres record in Oslo in June, and she won the European title in August.", ["broke", "won"]),
 ("sport-race", "sport", "The race started at 9 a.m. in heavy rain. Two riders crashed on the first descent, and the stage was neutralised.", ["started", "crashed", "neutralised"]),
 # ------------------------------------------------------------------ local government
 ("local-closure", "local", "The council voted on Tuesday to close the Eastgate library. The library will shut its doors on 31 March.", ["voted", "shut"]),
 ("local-roadworks", "local", "Roadworks on the High Street began on Monday and will finish by the end of June. The bus station was moved to Church Lane for the duration.", ["began", "finish", "moved"]),
 ("local-planning", "local", "The planning committee refused permission for 120 homes on the Fenwick site in May. The developer lodged an appeal in July.", ["refused", "lodged"]),
 ("local-budget", "local", "Councillors approved a 4.9 percent rise in council tax at the budget meeting on 22 February.", ["approved"]),
 ("local-mayor", "local", "Councillor June Patel was elected mayor at the annual meeting on 18 May. She succeeds Tom Reed, who held the post for two years.", ["elected"]),
 ("local-park", "local", "The new skate park opened on Saturday. It was paid for by a grant from the lottery, awarded in 2022.", ["opened", "awarded"]),
 ("local-consult", "local", "A consultation on the parking plans runs until 14 October. Residents must respond by that date.", ["consultation"]),
 ("local-undated", "local", "The pool was closed after cracks were found in its roof. It was demolished and a new leisure centre was built on the site.", ["closed", "found", "demolished", "built"]),
 # ------------------------------------------------------------------ court
 ("court-trial", "court", "Jonas Brandt was found guilty of manslaughter at Leeds Crown Court on Friday. He will be sentenced on 3 March.", ["found", "sentenced"]),
 ("court-appeal", "court", "The Court of Appeal overturned the conviction in 2019. A retrial was ordered, and he was acquitted in 2021.", ["overturned", "ordered", "acquitted"]),
 ("court-charge", "court", "A 34-year-old man has been charged with arson after a fire at a block of flats in Sefton on Sunday. He appeared before magistrates on Monday.", ["charged", "fire", "appeared"]),
 ("court-undated", "court", "The company was sued by former employees and settled the case out of court. Its founder was later convicted of fraud.", ["sued", "settled", "convicted"]),
 ("court-inquest", "court", "The inquest into the death of the cyclist opened on 4 June and was adjourned until September.", ["opened", "adjourned"]),
 ("court-ruling", "court", "The Supreme Court ruled on Wednesday that the ban was unlawful. The government said it would not appeal.", ["ruled"]),
 ("court-bail", "court", "The defendant was remanded in custody in January and granted bail in April. The trial is due to begin on 9 November.", ["remanded", "granted", "begin"]),
 # ------------------------------------------------------------------ culture & misc
 ("culture-festival", "culture", "The festival opens on 5 July and runs for ten days. Last year it drew 80,000 visitors.", ["opens", "drew"]),
 ("culture-film", "culture", "The film premiered at the Berlin festival in February and won the Golden Bear. It opens in cinemas on 14 March.", ["premiered", "won", "opens"]),
 ("culture-theatre", "culture", "The theatre closed in 1998 and lay empty for twenty years. It reopened in 2019 after a £12 million restoration.", ["closed", "reopened"]),
 ("culture-album", "culture", "The band split up in 2004. They reunited for a tour in 2015 and released a new album the following year.", ["split", "reunited", "released"]),
 ("weather-storm", "weather", "Storm Ida hit the west coast on Tuesday night, bringing gusts of 100 mph. Power was cut to 20,000 homes and a ferry ran aground off Harlow Point.", ["hit", "cut", "ran"]),
 ("transport-rail", "transport", "The new rail line opened on 9 December. Services were suspended on its second day after a signal failure.", ["opened", "suspended"]),
 ("health-outbreak", "health", "The first cases were reported in the town on 3 March. By the end of the month 22 people had been infected and the school was closed.", ["reported", "infected", "closed"]),
 ("edu-school", "education", "The school was rated outstanding by inspectors in 2023. Its head teacher retired in July and was replaced by her deputy.", ["rated", "retired", "replaced"]),
 ("nominal-ceremony", "nominal", "The signing ceremony on Friday was attended by both prime ministers. The accord follows the 2021 war.", ["signing", "war"]),
 ("agency-undated", "business", "The agency denied the claims. Its director resigned and the board was dissolved.", ["denied", "resigned", "dissolved"]),
 # ------------------------------------------------------------------ written after the first fixes, in the genres of the
 # never-opened gold parts as their README names them (wire report, results, live blog, strike history, local news,
 # obituary, health study, transfer, ruling, wildfire timeline, budget, talks, mine rescue, museum reopening)
 ("wire-accord", "news", "GENEVA, March 4 (Reuters) - Ministers from Ardania and Belvar signed an accord on Tuesday reopening four border crossings that were closed in 2021. The crossings will reopen on April 1, officials said, and a joint commission will meet every three months.", ["signed", "closed", "reopen"]),
 ("earnings", "business", "Veltrix Semiconductor said on Wednesday that revenue rose 18 percent in the second quarter. The company raised its forecast for the full year and announced a $2 billion share buyback.", ["rose", "raised", "announced"]),
 ("liveblog", "news", "21:40 Polls have closed across the country.\n22:15 The first result is declared in Northfield, where the Greens hold the seat.\n23:05 The prime minister concedes defeat in a short speech.", ["closed", "declared", "concedes"]),
 ("strike-hist", "history", "The dockers walked out on 14 August 1889. After five weeks the employers gave in, and the men returned to work on 16 September with a pay rise.", ["walked", "gave", "returned"]),
 ("pool-leak", "local", "Hartley Leisure Centre closed its pool last week after staff noticed water leaking into the plant room. Engineers found a crack in the main filter on Thursday, and the pool is expected to reopen next month.", ["closed", "noticed", "found", "reopen"]),
 ("obit2", "biography", "Marta Leone, who has died aged 90, founded the Leone Dance Company in 1961. She retired in 1995 and moved to Lisbon, where she taught until her death.", ["died", "founded", "retired", "moved"]),
 ("study", "science", "Researchers followed 4,000 adults from 2012 to 2020. Those who walked daily had a lower risk of stroke, the study, published on Monday, found.", ["followed", "published"]),
 ("transfer", "sport", "Dorford completed the signing of the winger Luca Brandt from Velden on Friday for a fee of £12 million. Brandt had rejected a move to the club in January.", ["completed", "rejected"]),
 ("court-airport", "court", "The Court of Appeal on Thursday overturned a ruling that had blocked the sale of the airport. The buyers said they would complete the deal by the end of the month.", ["overturned", "complete"]),
 ("wildfire", "news", "Saturday, 2:15 p.m. — A fire is reported near the Eagle Creek trailhead.\nSaturday, 6:40 p.m. — The sheriff orders the evacuation of 300 homes.\nSunday, 9:00 a.m. — Crews contain 20 percent of the fire.", ["reported", "orders", "contain"]),
 ("budget", "local", "The council adopted its 2025 budget on 12 December. Spending on roads will rise by 6 percent, and the library service was spared the cuts proposed in October.", ["adopted", "proposed"]),
 ("dam-talks", "politics", "Delegations from the two countries met in Cairo on Sunday for a fourth round of talks on the dam. The last round, in June, ended without agreement after Kestria walked out.", ["met", "round", "walked"]),
 ("mine", "news", "Rescuers reached the 12 trapped miners early on Friday, 40 hours after the tunnel flooded. All of them were brought to the surface by noon.", ["reached", "flooded", "brought"]),
 ("museum", "culture", "The museum, closed since March 2022 for a £20 million renovation, reopens to the public on 15 June. Its collection of Roman glass was moved to a store in Leeds during the work.", ["reopens", "moved"]),
]
