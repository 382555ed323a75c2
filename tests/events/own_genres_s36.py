"""Issue 12, session thirty-six: our own passages in fourteen genres the gold set does not hold in
this form (obituary, match report with scorers and minutes, earnings release, sentencing report,
product recall, school newsletter, lifeboat launch log, travel blog by days, a bill's stages, an
auction provenance note, a Q:/A: transcript, a retraction notice, a transfer story, a museum
acquisition note), written before the extractor was run on them, each with the actor and the
predicate a reader would give its dated act (``|`` between options, as the gold set writes them)."""

from __future__ import annotations

# (genre, passage, date expression, actor names, predicate words)
ROWS: list[tuple[str, str, str, str, str]] = [
    # obituary
    ("obituary", "Helen Marsh, who has died aged 91, was a botanist and broadcaster. She was born in Hull on 8 May 1933.", "8 May 1933", "Helen Marsh|Marsh", "born|bear"),
    ("obituary", "Helen Marsh, who has died aged 91, was a botanist and broadcaster. In 1958 she joined the staff of Kew Gardens.", "1958", "Helen Marsh|Marsh", "join"),
    ("obituary", "Helen Marsh, who has died aged 91, was a botanist and broadcaster. She married the painter Colin Reyes in 1961.", "1961", "Helen Marsh|Marsh", "marry|married"),
    ("obituary", "Helen Marsh, who has died aged 91, was a botanist and broadcaster. Her first radio series began in 1974.", "1974", "series", "began|begin"),
    ("obituary", "Helen Marsh, who has died aged 91, was a botanist and broadcaster. She died at home on 2 February 2025.", "2 February 2025", "Helen Marsh|Marsh", "die"),
    # match report with scorers and minutes
    ("match", "Northfield Town 2 Eastley United 1. Sam Okafor opened the scoring after 12 minutes on Saturday 14 September 2024.", "Saturday 14 September 2024", "Sam Okafor|Okafor", "open"),
    ("match", "Match report. On 21 September 2024 Kyle Brennan scored twice as Eastley beat Ravensmoor 3-0.", "21 September 2024", "Kyle Brennan|Brennan|Eastley", "score|beat"),
    ("match", "Match report. Dan Price was sent off on 28 September 2024 for a second booking.", "28 September 2024", "Dan Price|Price", "sent off|send off"),
    ("match", "Match report. On 5 October 2024 the visitors equalised through a late penalty.", "5 October 2024", "visitors", "equalise"),
    ("match", "Match report. The goalkeeper Luca Ferri saved two penalties in the shoot-out on 12 October 2024.", "12 October 2024", "Luca Ferri|Ferri|goalkeeper", "save"),
    # earnings release
    ("earnings", "On 27 February 2025 Corvane plc announced results for the year. Revenue rose 8% to £412 million.", "27 February 2025", "Corvane plc|Corvane", "announce"),
    ("earnings", "Corvane plc reported a pre-tax profit of £51 million on 4 March 2025.", "4 March 2025", "Corvane plc|Corvane", "report"),
    ("earnings", "Corvane plc issued a trading update. The board declared a final dividend of 6.2p on 4 March 2025.", "4 March 2025", "board|Corvane", "declare"),
    ("earnings", "Corvane plc issued a trading update. In January 2025 the group completed the acquisition of Ledra Systems.", "January 2025", "group|Corvane", "complete|acqui"),
    ("earnings", "Corvane plc issued a trading update. The chief executive, Ruth Amis, will step down on 30 June 2025.", "30 June 2025", "Ruth Amis|Amis|chief executive", "step down"),
    # court sentencing report
    ("sentencing", "A builder who stole £80,000 from customers was jailed on 7 March 2025. Gary Hollins, 52, was sentenced to four years at Leeds Crown Court.", "7 March 2025", "builder|Gary Hollins|Hollins", "jail"),
    ("sentencing", "Gary Hollins, 52, admitted eleven counts of fraud on 10 January 2025.", "10 January 2025", "Gary Hollins|Hollins", "admit"),
    ("sentencing", "Judge Sarah Quinn sentenced Gary Hollins to four years in prison on 7 March 2025.", "7 March 2025", "Sarah Quinn|Quinn|Judge", "sentence"),
    ("sentencing", "Gary Hollins was arrested on 3 August 2023 after a customer complained to police.", "3 August 2023", "Gary Hollins|Hollins", "arrest"),
    ("sentencing", "Gary Hollins, a builder, was charged in May 2024. He pleaded guilty on 10 January 2025.", "10 January 2025", "Gary Hollins|Hollins|He", "plead"),
    # product recall
    ("recall", "Brightway Foods is recalling its Crunchy Oat Bars. The company issued the recall on 18 June 2025 because the bars may contain peanuts.", "18 June 2025", "company|Brightway Foods|Brightway", "issue|recall"),
    ("recall", "Brightway Foods recalled 40,000 jars of pesto on 2 May 2025.", "2 May 2025", "Brightway Foods|Brightway", "recall"),
    ("recall", "Product recall. The Food Standards Agency published an allergy alert on 19 June 2025.", "19 June 2025", "Food Standards Agency|Agency", "publish"),
    ("recall", "Product recall. Kettleworks withdrew its Model K2 kettle from sale on 11 April 2025 after reports of overheating.", "11 April 2025", "Kettleworks", "withdr"),
    # school newsletter
    ("school", "Dear parents,\n\nYear 6 visited the Science Museum on 14 November 2024.", "14 November 2024", "Year 6", "visit"),
    ("school", "Dear parents,\n\nOn 20 November 2024 our choir sang at the town hall.", "20 November 2024", "choir", "sang|sing"),
    ("school", "Dear parents,\n\nThe school will close early on Friday 20 December 2024.", "Friday 20 December 2024", "school", "close"),
    ("school", "Dear parents,\n\nMrs Patel retires on 31 December 2024 after 22 years at the school.", "31 December 2024", "Mrs Patel|Patel", "retire"),
    ("school", "Dear parents,\n\nOur under-11 team won the county cup on 9 November 2024.", "9 November 2024", "team", "won|win"),
    # lifeboat launch log
    ("lifeboat", "Launch log.\n\n3 July 2025, 14:20. The inshore lifeboat launched to a kayaker in difficulty off the pier.", "3 July 2025, 14:20", "lifeboat", "launch"),
    ("lifeboat", "Launch log.\n\nOn 9 July 2025 the all-weather lifeboat towed a disabled yacht back to harbour.", "9 July 2025", "lifeboat", "tow"),
    ("lifeboat", "Launch log.\n\nOn 15 July 2025 crew launched to a swimmer swept out by the tide.", "15 July 2025", "crew", "launch"),
    ("lifeboat", "Launch log.\n\nThe coastguard requested a launch on 22 July 2025 after a flare was sighted.", "22 July 2025", "coastguard", "request"),
    # travel blog by days
    ("travel", "Two weeks in Portugal\n\nDay 1 (2 April 2025): We landed in Lisbon and took the tram to the hotel.", "2 April 2025", "We", "land"),
    ("travel", "Two weeks in Portugal\n\nOn 4 April 2025 we drove to Sintra and climbed up to the palace.", "4 April 2025", "we", "drove|drive"),
    ("travel", "Two weeks in Portugal\n\n6 April 2025. I caught the early train to Porto.", "6 April 2025", "I", "caught|catch"),
    ("travel", "Two weeks in Portugal\n\nOn 9 April 2025 my sister joined us in Coimbra.", "9 April 2025", "sister", "join"),
    # legislature's bill stages
    ("bill", "The Water Safety Bill was introduced in the House of Commons on 12 February 2025.", "12 February 2025", "Water Safety Bill|Bill", "introduce"),
    ("bill", "The Water Safety Bill passed its second reading on 3 March 2025 by 310 votes to 190.", "3 March 2025", "Water Safety Bill|Bill", "pass"),
    ("bill", "The Water Safety Bill completed its committee stage. On 9 June 2025 the Bill received Royal Assent.", "9 June 2025", "Bill", "receive"),
    ("bill", "The Water Safety Bill was debated at length. The Lords approved an amendment on 14 May 2025.", "14 May 2025", "Lords", "approve"),
    ("bill", "The minister, Alan Reeve, published the draft bill on 20 January 2025.", "20 January 2025", "Alan Reeve|Reeve|minister", "publish"),
    # auction provenance note
    ("auction", "Provenance: Acquired by Sir Henry Wyatt in Florence in 1887.", "1887", "Henry Wyatt|Wyatt", "acquire"),
    ("auction", "Provenance: Sir Henry Wyatt; by descent to his grandson, who sold it at Christie's on 3 June 1952.", "3 June 1952", "grandson", "sold|sell"),
    ("auction", "Provenance note. The painting was exhibited at the Royal Academy in 1901.", "1901", "painting", "exhibit"),
    ("auction", "Provenance note. The present owner bought the vase at auction in 1978.", "1978", "owner", "bought|buy"),
    # transcript with Q:/A: turns
    ("transcript", "Interview with a retired nurse.\n\nQ: When did you start nursing?\nA: I started at St Mary's in September 1968.", "September 1968", "I", "start"),
    ("transcript", "Interview with a retired nurse.\n\nQ: And after that?\nA: We moved to Canada in 1975.", "1975", "We", "move"),
    ("transcript", "Interview with a retired nurse.\n\nQ: What happened in 1982?\nA: The hospital closed its maternity ward in 1982.", "1982", "hospital", "close"),
    ("transcript", "Interview with a retired nurse.\n\nQ: Did you ever meet the Queen?\nA: Yes, she opened the new wing on 4 May 1979.", "4 May 1979", "she|Queen", "open"),
    # scientific retraction notice
    ("retraction", "Retraction notice. The editors have retracted the article by Lin et al. published on 3 March 2021.", "3 March 2021", "article", "publish"),
    ("retraction", "Retraction notice. On 12 August 2024 the journal retracted the article at the request of the authors.", "12 August 2024", "journal", "retract"),
    ("retraction", "Retraction notice. The authors contacted the journal on 2 July 2024 after finding an error in the code.", "2 July 2024", "authors", "contact"),
    ("retraction", "Retraction notice. An investigation by the university concluded on 30 June 2024 that images had been duplicated.", "30 June 2024", "investigation|university", "conclude"),
    # sports transfer story
    ("transfer", "Westbridge City have signed the midfielder Tom Reid from Dunmore for £12m. The deal was completed on 1 September 2024.", "1 September 2024", "deal", "complete"),
    ("transfer", "Westbridge City signed Tom Reid on 1 September 2024.", "1 September 2024", "Westbridge City|Westbridge", "sign"),
    ("transfer", "Tom Reid joined Dunmore from Ashfield in July 2021.", "July 2021", "Tom Reid|Reid", "join"),
    ("transfer", "Transfer news. Dunmore rejected an opening bid of £8m on 20 August 2024.", "20 August 2024", "Dunmore", "reject"),
    ("transfer", "Transfer news. Tom Reid handed in a transfer request on 25 August 2024.", "25 August 2024", "Tom Reid|Reid", "hand"),
    # museum acquisition note
    ("museum", "The Harbour Museum has acquired a ship's figurehead carved in 1840. The museum bought the figurehead at auction on 15 October 2024.", "15 October 2024", "museum|Harbour Museum", "bought|buy"),
    ("museum", "Museum acquisition. The Art Fund awarded a grant of £20,000 towards the purchase on 2 September 2024.", "2 September 2024", "Art Fund|Fund", "award"),
    ("museum", "Museum acquisition. The figurehead goes on display in the main gallery on 1 March 2025.", "1 March 2025", "figurehead", "go|goes"),
    ("museum", "Museum acquisition. The figurehead was carved in 1840 by an unknown craftsman.", "1840", "craftsman|figurehead", "carve"),
]

# A second batch in the same genres, written in the genres' own registers (terse logs, long
# sentences with asides, passives without an agent, minutes in brackets, fronted clauses), before the
# extractor was run on them.
ROWS += [
    ("obituary", "Born in Cork on 12 April 1940, the son of a shipwright, Declan Moran trained as an engineer before turning to poetry.", "12 April 1940", "Declan Moran|Moran", "born|bear"),
    ("obituary", "After the death of his wife in 1999, Moran, who had by then published six collections, withdrew from public life.", "1999", "Moran|wife", "withdr|die|death"),
    ("obituary", "Her breakthrough came in 1966, when the BBC commissioned a series on wild flowers.", "1966", "BBC", "commission"),
    ("obituary", "He is survived by his second wife, Anne, whom he married in 1984, and by three children.", "1984", "he|Anne", "married|marry"),
    ("match", "Okafor doubled the lead in the 58th minute on 14 September 2024, heading in a corner from Liam Shaw.", "14 September 2024", "Okafor", "double|head"),
    ("match", "Eastley, who had lost their previous three matches, hit back on 21 September 2024 with a 3-0 win over Ravensmoor.", "21 September 2024", "Eastley", "hit back|win|won"),
    ("match", "With ten minutes left on 28 September 2024, substitute Joe Kerr curled a free kick into the top corner.", "28 September 2024", "Joe Kerr|Kerr|substitute", "curl"),
    ("match", "Scorers: Okafor 12, 58; Brennan 71. Attendance 4,210. Played at Mill Lane on 14 September 2024, the home side's first league win of the season.", "14 September 2024", "home side|Northfield", "play|win"),
    ("earnings", "Operating profit fell by 12% to £38 million in the six months to 30 June 2025, the company said.", "30 June 2025", "Operating profit|profit", "fell|fall"),
    ("earnings", "Trading in the first quarter of 2025 was in line with expectations, chairman Peter Ngata told shareholders on 15 May 2025.", "15 May 2025", "Peter Ngata|Ngata|chairman", "told|tell"),
    ("earnings", "The group opened 14 new stores in 2024, taking its total to 312.", "2024", "group", "open"),
    ("sentencing", "Sentencing him on 7 March 2025, Judge Quinn said Hollins had preyed on elderly customers.", "7 March 2025", "Judge Quinn|Quinn|Judge", "sentence|said|say"),
    ("sentencing", "The court heard that between March 2021 and June 2023 Hollins took deposits for work he never carried out.", "March 2021 and June 2023", "Hollins", "took|take"),
    ("sentencing", "Hollins, of Wakefield, was also banned from acting as a company director for ten years on 7 March 2025.", "7 March 2025", "Hollins", "ban"),
    ("recall", "Customers who bought the bars before 30 June 2025 are advised not to eat them.", "30 June 2025", "Customers", "advise|bought|buy"),
    ("recall", "The affected batch, which was sold in Tesco and Asda stores from 1 June 2025, carries the code L2541.", "1 June 2025", "batch", "sold|sell"),
    ("recall", "No injuries have been reported, the manufacturer said in a statement on 12 April 2025.", "12 April 2025", "manufacturer", "said|say|report"),
    ("school", "A huge thank you to everyone who came to the Christmas fair on 7 December 2024, which raised £2,340 for the library.", "7 December 2024", "fair|everyone", "raise|came|come"),
    ("school", "Congratulations to Amira in Year 4, who was named young writer of the year on 25 November 2024!", "25 November 2024", "Amira", "name"),
    ("school", "Reception enjoyed a visit from the fire brigade on 13 November 2024.", "13 November 2024", "Reception|fire brigade|brigade", "enjoy|visit"),
    ("lifeboat", "18 July 2025, 02:45. Pagers went off at 02:45 for a fishing vessel taking on water 4 miles south of the headland.", "02:45", "Pagers|lifeboat|crew", "went off|go off|launch"),
    ("lifeboat", "Launch log.\n\n24 July 2025. Launched 11:10 to reports of a dog cut off by the tide. Dog recovered and returned to owner.", "11:10", "lifeboat|crew", "launch"),
    ("lifeboat", "Launch log.\n\nOn 30 July 2025 the helmsman, Chris Dunn, was presented with a long service medal.", "30 July 2025", "Chris Dunn|Dunn|helmsman", "present"),
    ("travel", "Day 5 (6 April 2025). After a slow breakfast we wandered along the Ribeira and ate sardines by the river.", "6 April 2025", "we", "wander"),
    ("travel", "Two weeks in Portugal\n\nThe ferry to the island was cancelled on 11 April 2025 because of the wind, so we stayed another night.", "11 April 2025", "ferry", "cancel"),
    ("travel", "Two weeks in Portugal\n\nOn our last day, 15 April 2025, Tom lost his passport at the airport.", "15 April 2025", "Tom", "lost|lose"),
    ("bill", "Report stage and third reading took place on 29 April 2025, when MPs rejected a rebel amendment.", "29 April 2025", "MPs|Report stage|third reading", "reject|take place"),
    ("bill", "Having cleared the Commons, the Bill was given a first reading in the House of Lords on 30 April 2025.", "30 April 2025", "Bill", "given|give"),
    ("bill", "Ministers tabled 40 government amendments on 2 June 2025 to meet concerns raised by peers.", "2 June 2025", "Ministers", "table"),
    ("auction", "Provenance: Private collection, Paris, by 1925; Galerie Morel, Geneva, from whom acquired by the present owner in 1963.", "1963", "present owner|owner", "acquire"),
    ("auction", "Provenance note. Looted from the Weiss family in 1941, the drawing was restituted to their heirs in 2009.", "2009", "drawing|heirs", "restitute"),
    ("auction", "Provenance note. The cabinet was commissioned by the 4th Duke of Lorne in 1768 for the library at Ashcombe.", "1768", "Duke of Lorne|Duke", "commission"),
    ("transcript", "Q: When did you qualify?\nA: Oh, that would have been in 1971. I passed my finals in the summer.", "1971", "I", "qualif|pass"),
    ("transcript", "Q: And the strike?\nA: We walked out on 3 March 1984, the whole pit, and we didn't go back for a year.", "3 March 1984", "We", "walk"),
    ("transcript", "Q: Tell me about the flood.\nA: The river came up in the night on 14 October 1987, and by morning the ward was under water.", "14 October 1987", "river", "came|come"),
    ("retraction", "This article has been retracted at the request of the Editor-in-Chief. Concerns were raised on PubPeer on 14 January 2024 about Figure 3.", "14 January 2024", "Concerns", "raise"),
    ("retraction", "The corresponding author, Dr Wei Lin, agreed to the retraction on 1 August 2024; two co-authors did not respond.", "1 August 2024", "Wei Lin|Lin|corresponding author", "agree"),
    ("transfer", "Reid, 24, passed a medical on 31 August 2024 before putting pen to paper on a five-year deal.", "31 August 2024", "Reid", "pass"),
    ("transfer", "The fee, a club record, eclipses the £9m Westbridge paid for Ola Banjo in January 2023.", "January 2023", "Westbridge", "paid|pay"),
    ("transfer", "Dunmore confirmed on 1 September 2024 that the player had left.", "1 September 2024", "Dunmore", "confirm"),
    ("museum", "The figurehead, thought to come from the brig Mary Ellen, was found in a barn near Bideford in 2019.", "2019", "figurehead", "found|find"),
    ("museum", "Curator Jo Pike said the museum had been trying to buy the piece since it surfaced in 2019.", "2019", "piece|it", "surface"),
    ("museum", "Museum acquisition. Conservators cleaned and stabilised the carving over the winter, and it was unveiled on 1 March 2025.", "1 March 2025", "it|figurehead|carving", "unveil"),
]

# A third batch, written before the extractor was run on them: the same genres told by other hands
# (a wire obituary, a club's website, a regulator's notice, a press release's quotes, a ship's log).
ROWS += [
    ("obituary", "The actor Paul Denning has died at the age of 84, his family announced on 3 January 2025.", "3 January 2025", "Paul Denning|Denning|family", "die|announce"),
    ("obituary", "Denning made his stage debut at the Old Vic in 1962 and was knighted in 2004.", "1962", "Denning", "made|make|debut"),
    ("obituary", "Denning made his stage debut at the Old Vic in 1962 and was knighted in 2004.", "2004", "Denning", "knight"),
    ("match", "The breakthrough came in the 34th minute on 9 November 2024 when Okafor converted from the spot.", "9 November 2024", "Okafor", "convert"),
    ("match", "Ravensmoor's manager, Gail Hurst, was dismissed on 10 November 2024, a day after the defeat.", "10 November 2024", "Gail Hurst|Hurst|manager", "dismiss"),
    ("earnings", "Shares in Corvane plc fell 9% on 4 March 2025 after the company cut its forecast.", "4 March 2025", "Shares|Corvane", "fell|fall"),
    ("earnings", "Last year the company also sold its logistics arm to Brenner Group for £60 million, completing the deal on 30 September 2024.", "30 September 2024", "company|Corvane", "complet|sold|sell"),
    ("sentencing", "Two brothers who ran a puppy farm were given suspended sentences at Exeter Crown Court on 21 February 2025.", "21 February 2025", "brothers", "given|give|sentence"),
    ("sentencing", "The pair were convicted in December 2024 of causing unnecessary suffering to 40 dogs.", "December 2024", "pair", "convict"),
    ("recall", "Halden Motors has recalled 12,000 vans over a faulty brake hose. Owners will be contacted by letter from 1 August 2025.", "1 August 2025", "Owners|Halden Motors", "contact"),
    ("recall", "Halden Motors first learned of the fault on 14 May 2025, when a dealer reported a leak.", "14 May 2025", "Halden Motors|Halden", "learn"),
    ("school", "Our new head teacher, Mr Okoro, joins us on 6 January 2025.", "6 January 2025", "Mr Okoro|Okoro|head teacher", "join"),
    ("school", "The PTA raised £1,200 at the summer fete on 5 July 2024.", "5 July 2024", "PTA", "raise"),
    ("lifeboat", "Log of the lifeboat Grace Harling\n\n4 August 2025. Launched at 09:30 to a dinghy capsized in the bay. Two sailors taken aboard.", "09:30", "Grace Harling|lifeboat", "launch"),
    ("travel", "Two weeks in Portugal\n\nWe arrived in Porto on 7 April 2025 after a three-hour train ride.", "7 April 2025", "We", "arrive"),
    ("travel", "Two weeks in Portugal\n\nOn 12 April 2025, having missed the last bus, we hitched a lift to Tomar.", "12 April 2025", "we", "hitch|miss"),
    ("bill", "The Bill was carried over to the new session on 7 November 2024.", "7 November 2024", "Bill", "carr"),
    ("bill", "Peers voted 214 to 180 on 21 May 2025 to insert a new clause on bathing water.", "21 May 2025", "Peers", "vote"),
    ("auction", "Lot 42. A George III silver teapot, made in London in 1772 by Hester Bateman.", "1772", "Hester Bateman|Bateman|teapot", "made|make"),
    ("auction", "The collection was bequeathed to the county museum in 1931 and deaccessioned in 2023.", "2023", "collection", "deaccession"),
    ("transcript", "Q: When did the factory shut?\nA: They closed the gates for good on 30 June 1981.", "30 June 1981", "They", "close"),
    ("retraction", "Nature Cell Biology retracted a 2019 paper by Ortiz and colleagues on 5 March 2025.", "5 March 2025", "Nature Cell Biology|Biology", "retract"),
    ("transfer", "Banjo, who cost £9m in January 2023, was loaned to Dunmore for the rest of the season on 2 February 2024.", "2 February 2024", "Banjo", "loan"),
    ("transfer", "The striker's agent, Luis Mota, confirmed on 29 August 2024 that talks had broken down.", "29 August 2024", "Luis Mota|Mota|agent", "confirm"),
    ("museum", "The painting, bought by the gallery in 1968, was found in 2024 to be a later copy.", "1968", "gallery|painting", "bought|buy"),
    ("museum", "Visitors will be able to see the figurehead from 1 March 2025, the museum said.", "1 March 2025", "Visitors|museum", "see|able"),
]

# A fourth batch, written before the extractor was run on them: longer sentences with asides,
# passives with agents and fronted phrases, as press releases and reports write them.
ROWS += [
    ("obituary", "A keen sailor, Marsh crossed the Atlantic single-handed in 1979, a feat she rarely mentioned.", "1979", "Marsh", "cross"),
    ("obituary", "In 1988, after a long campaign led by Marsh, the meadow was declared a nature reserve.", "1988", "meadow", "declare"),
    ("match", "Brennan, signed from Ashfield in the summer, struck the post on 16 November 2024 before Kerr tapped in the rebound.", "16 November 2024", "Brennan", "struck|strike"),
    ("earnings", "According to the filing, Corvane repaid a £30 million loan on 15 January 2025.", "15 January 2025", "Corvane", "repa"),
    ("earnings", "The board, which met on 3 March 2025, approved a share buyback of up to £20 million.", "3 March 2025", "board", "met|meet"),
    ("sentencing", "Sentenced to six years on 14 March 2025, the former solicitor showed no emotion.", "14 March 2025", "solicitor", "sentence"),
    ("sentencing", "Detectives from the fraud unit raided the offices of Hollins Build on 9 September 2023.", "9 September 2023", "Detectives", "raid"),
    ("recall", "The recall, announced by the regulator on 3 June 2025, covers about 2,000 jars.", "3 June 2025", "regulator", "announce"),
    ("school", "Last term, on 11 October 2024, Year 5 planted 60 trees along the school field.", "11 October 2024", "Year 5", "plant"),
    ("lifeboat", "Launch log.\n\nOn 2 September 2025 volunteers from the station rescued two walkers cut off by the tide at Black Rock.", "2 September 2025", "volunteers", "rescue"),
    ("travel", "Two weeks in Portugal\n\nThe next morning, 10 April 2025, the hire car broke down outside Évora.", "10 April 2025", "car|hire car", "broke|break"),
    ("bill", "Introduced by the Liberal Democrat peer Lady Ross, the amendment was defeated on 16 May 2025.", "16 May 2025", "amendment", "defeat"),
    ("auction", "The manuscript, sold by Sotheby's to a private buyer in 1994, resurfaced at a house sale in 2022.", "2022", "manuscript", "resurface"),
    ("transcript", "Q: What happened to the mill?\nA: It burned down in 1964. My father lost everything.", "1964", "mill|It", "burn"),
    ("retraction", "The paper, first flagged by data sleuths on 4 April 2023, had been cited 310 times.", "4 April 2023", "data sleuths|sleuths|paper", "flag"),
    ("transfer", "After months of speculation, Okafor finally completed his move to Westbridge on 31 January 2025.", "31 January 2025", "Okafor", "complete"),
    ("museum", "Thanks to a public appeal launched on 1 June 2024, the museum raised the remaining £15,000.", "1 June 2024", "appeal", "launch"),
]

# A fifth batch, written before the extractor was run on them: the terse registers (a result line, a
# log with times, a spoken answer, a release's quote), where titles went wrong most often above.
ROWS += [
    ("match", "Full time: Northfield 2 Eastley 2. Shaw equalised in stoppage time on 23 November 2024 to rescue a point.", "23 November 2024", "Shaw", "equalise"),
    ("match", "Match report. Eastley captain Ryan Cole limped off with a hamstring injury on 30 November 2024.", "30 November 2024", "Ryan Cole|Cole|captain", "limp"),
    ("lifeboat", "Launch log.\n\n12 August 2025, 16:05. Both lifeboats were launched after a windsurfer was reported missing off the point.", "12 August 2025, 16:05", "lifeboats", "launch"),
    ("lifeboat", "Launch log.\n\nThe casualty was handed over to paramedics at the slipway on 12 August 2025.", "12 August 2025", "casualty", "hand"),
    ("transcript", "Q: Where were you when the news came?\nA: I was on the night shift. The matron told us on 22 November 1963.", "22 November 1963", "matron", "told|tell"),
    ("transcript", "Q: And your brother?\nA: He emigrated to Australia in 1966 and never came back.", "1966", "He|brother", "emigrate"),
    ("earnings", "\"We delivered a strong second half,\" said chief executive Ruth Amis on 4 March 2025.", "4 March 2025", "Ruth Amis|Amis", "said|say|deliver"),
    ("recall", "Owners of the affected kettles should stop using them immediately. The firm has sold 8,000 of the model since March 2023.", "March 2023", "firm", "sold|sell"),
    ("school", "Dear parents,\n\nOn Friday 8 November 2024 the school council presented its ideas to the governors.", "Friday 8 November 2024", "school council|council", "present"),
    ("bill", "The Bill was published in draft on 20 January 2025 and introduced to Parliament a month later.", "20 January 2025", "Bill", "publish"),
    ("retraction", "An expression of concern was issued on 1 May 2024, three months before the retraction.", "1 May 2024", "expression of concern|expression", "issue"),
    ("museum", "The museum's director, Dr Ines Hale, announced the acquisition on 20 October 2024.", "20 October 2024", "Ines Hale|Hale|director", "announce"),
]
