"""Issue 12, session thirty-six, a second set written apart from ``own_genres_s36``: our own
passages in fourteen genres none of which we took from the gold set (obituary, match report,
earnings release, sentencing report, product recall, school newsletter, lifeboat log, travel blog,
a bill's stages, auction provenance, a Q:/A: transcript, a retraction notice, a transfer story, a
museum acquisition), each with the actor and the predicate a reader would give its dated act,
written as the gold set writes them (``|`` between options)."""

from __future__ import annotations

# (genre, passage, date expression, actor names, predicate words)
ROWS: list[tuple[str, str, str, str, str]] = [
    # obituary
    ("obituary", "Helen Marsh, who taught chemistry for forty years, has died aged 88. She was born in Hull on 4 June 1936.", "4 June 1936", "Helen Marsh|Marsh", "born|bear"),
    ("obituary", "Helen Marsh, who taught chemistry for forty years, has died aged 88. In 1961 she married the engineer Paul Grant.", "1961", "Helen Marsh|Marsh", "marry|married"),
    ("obituary", "Helen Marsh, who taught chemistry for forty years, has died aged 88. She joined Fenwick Grammar School in 1964.", "1964", "Helen Marsh|Marsh", "join"),
    ("obituary", "Helen Marsh, who taught chemistry for forty years, has died aged 88. She died at home on 12 November 2024.", "12 November 2024", "Helen Marsh|Marsh", "die"),
    ("obituary", "Helen Marsh, who taught chemistry for forty years, has died aged 88. Her funeral will be held on 2 December 2024.", "2 December 2024", "funeral|Helen Marsh|Marsh", "held|hold"),
    # match report
    ("match", "Northgate 2 Eastfield 1. Played on Saturday 14 September 2024. Ann Lee scored in the 12th minute.", "Saturday 14 September 2024", "Northgate|Eastfield", "play"),
    ("match", "On 5 October 2024 Northgate beat Eastfield 3-1 at the Meadow.", "5 October 2024", "Northgate", "beat"),
    ("match", "On 19 October 2024 Tom Reid was sent off for a second yellow card.", "19 October 2024", "Tom Reid|Reid", "sent off|send off"),
    ("match", "Eastfield drew 0-0 with Harbour Town on 26 October 2024.", "26 October 2024", "Eastfield", "drew|draw"),
    # earnings release
    ("earnings", "Brightwell plc published its annual report on 24 June 2024. Revenue rose 8% to £412 million.", "24 June 2024", "Brightwell plc|Brightwell", "publish"),
    ("earnings", "Profit before tax fell to £31 million in the first half of 2024, Brightwell said.", "the first half of 2024", "Profit|profit before tax", "fell|fall"),
    ("earnings", "Brightwell plc will pay a final dividend of 6.2p on 19 July 2024.", "19 July 2024", "Brightwell plc|Brightwell", "pay"),
    ("earnings", "On 3 June 2024 Brightwell completed the acquisition of Coastline Foods.", "3 June 2024", "Brightwell", "complete"),
    ("earnings", "Chief executive Sara Quinn will step down on 30 September 2024.", "30 September 2024", "Sara Quinn|Quinn|chief executive", "step down"),
    # court sentencing
    ("court", "A man who robbed a post office in Derby was jailed for six years on 8 May 2023. Karl Hoyle, 34, admitted robbery.", "8 May 2023", "man|Karl Hoyle|Hoyle", "jail"),
    ("court", "Karl Hoyle, 34, of Derby, pleaded guilty to robbery at an earlier hearing on 2 March 2023.", "2 March 2023", "Karl Hoyle|Hoyle", "plead"),
    ("court", "Karl Hoyle, 34, of Derby, was sentenced at Nottingham Crown Court on 8 May 2023.", "8 May 2023", "Karl Hoyle|Hoyle", "sentence"),
    ("court", "The robbery happened on 14 January 2023, when Hoyle threatened a cashier with a hammer.", "14 January 2023", "Hoyle|robbery", "threaten|happen"),
    # product recall
    ("recall", "Greenleaf Foods is recalling its Oat Crunch bars because they may contain peanuts. The bars were sold from 1 February 2025.", "1 February 2025", "bars|Oat Crunch bars", "sold|sell"),
    ("recall", "On 10 March 2025 Greenleaf Foods recalled its Oat Crunch bars.", "10 March 2025", "Greenleaf Foods|Greenleaf", "recall"),
    ("recall", "The Food Standards Agency issued an allergy alert on 11 March 2025.", "11 March 2025", "Food Standards Agency|Agency", "issue"),
    ("recall", "Trident Motors recalled 12,000 vans in May 2025 over a brake fault.", "May 2025", "Trident Motors|Trident", "recall"),
    # school newsletter
    ("school", "Dear parents, Year 6 will visit the Science Museum on Friday 7 March 2025.", "Friday 7 March 2025", "Year 6", "visit"),
    ("school", "The school choir sang at the Town Hall on 12 December 2024.", "12 December 2024", "choir|school choir", "sang|sing"),
    ("school", "Mrs Patel retires at the end of term on 18 July 2025 after 22 years with us.", "18 July 2025", "Mrs Patel|Patel", "retire"),
    ("school", "School closes for half term on 14 February 2025.", "14 February 2025", "School", "close"),
    ("school", "Sports day takes place on 20 June 2025 on the lower field.", "20 June 2025", "Sports day", "take place|takes"),
    # lifeboat log
    ("lifeboat", "Launch log. 23 August 2024, 14:10: the crew launched to a yacht with a fouled propeller off Black Head.", "23 August 2024, 14:10", "crew", "launch"),  # (session 44: the clock with a colon after it is read, one expression with its day)
    ("lifeboat", "On 2 September 2024 the volunteer crew rescued two walkers cut off by the tide.", "2 September 2024", "crew|volunteer crew", "rescue"),
    ("lifeboat", "The lifeboat was launched at 03:40 on 9 September 2024 to a fishing vessel taking on water.", "9 September 2024", "lifeboat", "launch"),
    ("lifeboat", "The coastguard paged the crew on 15 September 2024 after a kayaker was reported missing.", "15 September 2024", "coastguard", "page"),
    # travel blog by days
    ("travel", "Day 1, 3 April 2024: we flew from Manchester to Lisbon and walked up to the castle.", "3 April 2024", "we", "flew|fly"),
    ("travel", "Day 3, 5 April 2024. We took the train to Porto.", "5 April 2024", "we", "took|take"),
    ("travel", "On 8 April 2024 we hired a car and drove to the Douro valley.", "8 April 2024", "we", "hire"),
    ("travel", "Our flight home left Porto on 12 April 2024.", "12 April 2024", "flight", "left|leave"),
    # legislature: a bill's stages
    ("bill", "The Water Safety Bill was introduced in the Commons on 16 January 2024.", "16 January 2024", "Water Safety Bill|Bill", "introduce"),
    ("bill", "The Water Safety Bill passed its second reading on 6 February 2024.", "6 February 2024", "Water Safety Bill|Bill", "pass"),
    ("bill", "The Lords approved the bill without amendment on 9 May 2024.", "9 May 2024", "Lords", "approve"),
    ("bill", "The Water Safety Bill received royal assent on 23 May 2024.", "23 May 2024", "Water Safety Bill|Bill", "receive"),
    # auction provenance
    ("provenance", "Provenance: acquired by Colonel James Fairley in Cairo in 1921.", "1921", "James Fairley|Fairley|Colonel", "acquire"),
    ("provenance", "The painting passed to his daughter Edith Fairley in 1950.", "1950", "painting", "pass"),
    ("provenance", "The vase was sold at Harwood's, London, on 4 May 1978, lot 112.", "4 May 1978", "vase", "sold|sell"),
    ("provenance", "The clock was exhibited at the Royal Academy in 1896.", "1896", "clock", "exhibit"),
    # transcript Q:/A:
    ("transcript", "Q: When did you join the company? A: I joined Hartley Engineering in March 2009.", "March 2009", "I", "join"),
    ("transcript", "Q: And then? A: In 2015 I moved to the Leeds office.", "2015", "I", "move"),
    ("transcript", "Q: What happened on 4 June 2019? A: The factory flooded and we lost a week's work.", "4 June 2019", "factory", "flood"),
    ("transcript", "Q: Did you report it? A: Yes, I emailed the safety manager on 6 June 2019.", "6 June 2019", "I", "email"),
    # scientific retraction notice
    ("retraction", "The article by Chen et al., published on 3 March 2021, has been retracted at the request of the authors.", "3 March 2021", "article", "publish"),
    ("retraction", "The Editors retracted this article on 14 October 2023 after concerns were raised about image duplication.", "14 October 2023", "Editors", "retract"),
    ("retraction", "The journal received a complaint about the data on 2 May 2023.", "2 May 2023", "journal", "receive"),
    ("retraction", "An erratum was issued on 10 June 2021.", "10 June 2021", "erratum", "issue"),
    # transfer story
    ("transfer", "Harbour Town have signed striker Tom Reid from Northgate for an undisclosed fee. Reid joined Northgate in 2019.", "2019", "Reid|Tom Reid", "join"),
    ("transfer", "On 30 August 2024 Harbour Town signed Tom Reid on a three-year deal.", "30 August 2024", "Harbour Town", "sign"),
    ("transfer", "Reid made his debut for Harbour Town on 14 September 2024.", "14 September 2024", "Reid", "made|make"),
    ("transfer", "The club sold winger Luis Mendes to Porto in January 2024.", "January 2024", "club", "sold|sell"),
    ("transfer", "Ellie Shaw will join Rangers on loan on 1 July 2025.", "1 July 2025", "Ellie Shaw|Shaw", "join"),
    # museum acquisition
    ("museum", "The Whitby Museum has acquired a rare Viking sword found in a field near Pickering. The sword was discovered by a metal detectorist in 2022.", "2022", "sword|detectorist", "discover"),
    ("museum", "The museum bought the sword at auction on 9 February 2024 for £48,000.", "9 February 2024", "museum", "bought|buy"),
    ("museum", "The sword goes on display on 1 March 2025.", "1 March 2025", "sword", "go|goes"),
    ("museum", "The Art Fund awarded the museum a grant of £20,000 in January 2024.", "January 2024", "Art Fund|Fund", "award"),
]
