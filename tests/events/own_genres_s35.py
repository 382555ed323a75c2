"""Issue 12, session thirty-five: our own passages in many genres (ship, band and person careers, a
CV, a diary, a forum post, a gazette notice, a clinical letter, sports, court and business reports,
history), none from the gold set, the folders or TimeML, each with the actor and the predicate a
reader would give its dated act, written as the gold set writes them (``|`` between options)."""

from __future__ import annotations

# (genre, passage, date expression, actor names, predicate words)
ROWS: list[tuple[str, str, str, str, str]] = [
    # encyclopedia: a ship's career
    ("ship", "HMS Larkspur was a sloop of the Royal Navy. She was laid down in March 1915 and launched on 2 October 1915.", "March 1915", "HMS Larkspur|Larkspur", "laid down|lay down"),
    ("ship", "HMS Larkspur was a sloop of the Royal Navy. She was laid down in March 1915 and launched on 2 October 1915.", "2 October 1915", "HMS Larkspur|Larkspur", "launch"),
    ("ship", "The freighter Carolina Star was built in Glasgow. She was sold to a Greek owner in 1934.", "1934", "Carolina Star|owner", "sold|sell"),
    ("ship", "The freighter Carolina Star was built in Glasgow. In 1941 she struck a mine off the Dutch coast and sank.", "1941", "Carolina Star", "struck|strike|sank|sink"),
    ("ship", "The liner Aurelia entered service in 1928. She was requisitioned as a troopship in September 1939.", "September 1939", "Aurelia", "requisition"),
    ("ship", "The liner Aurelia entered service in 1928. She was requisitioned as a troopship in September 1939.", "1928", "Aurelia", "enter"),
    # encyclopedia: a band
    ("band", "The Lanterns are a rock band from Leeds. The band formed in 2004 and released their first album in 2006.", "2004", "The Lanterns|band|Lanterns", "form"),
    ("band", "The Lanterns are a rock band from Leeds. The band formed in 2004 and released their first album in 2006.", "2006", "The Lanterns|band|Lanterns", "release"),
    ("band", "The Lanterns are a rock band from Leeds. In 2011 the drummer Tom Ashby left the group.", "2011", "Tom Ashby|drummer", "left|leave"),
    ("band", "The Lanterns are a rock band from Leeds. They split up in 2015 but reunited for a tour in 2019.", "2015", "The Lanterns|Lanterns", "split"),
    ("band", "The Lanterns are a rock band from Leeds. They split up in 2015 but reunited for a tour in 2019.", "2019", "The Lanterns|Lanterns", "reunite"),
    # encyclopedia: a person's career
    ("person", "Margaret Hollis (born 1950) is a British chemist. She joined the University of Bristol in 1978.", "1978", "Margaret Hollis", "join"),
    ("person", "Margaret Hollis (born 1950) is a British chemist. In 1991 she was elected a Fellow of the Royal Society.", "1991", "Margaret Hollis", "elect"),
    ("person", "Margaret Hollis (born 1950) is a British chemist. She retired in 2012 and moved to Cornwall.", "2012", "Margaret Hollis", "retire"),
    ("person", "Dmitri Volkov was a Russian painter. He was born in Tver in 1871.", "1871", "Dmitri Volkov", "born|bear"),
    ("person", "Dmitri Volkov was a Russian painter. He died in Paris on 3 May 1934.", "3 May 1934", "Dmitri Volkov", "die"),
    ("person", "Dmitri Volkov was a Russian painter. In 1899 he won a gold medal at the Academy.", "1899", "Dmitri Volkov", "win|won"),
    # CV lines
    ("cv", "Curriculum vitae: Anna Berg\n\n2015 - 2019: Studied mechanical engineering at Delft University of Technology.\n\nMarch 2020: Joined Solvern Ltd as a junior engineer.", "March 2020", "Anna Berg", "join"),
    ("cv", "Curriculum vitae: Anna Berg\n\nJune 2019: Graduated with distinction.\n\n2021: Promoted to project lead.", "June 2019", "Anna Berg", "graduate"),
    ("cv", "Curriculum vitae: Anna Berg\n\nJune 2019: Graduated with distinction.\n\n2021: Promoted to project lead.", "2021", "Anna Berg", "promote"),
    ("cv", "Curriculum vitae: Anna Berg\n\nIn 2022 I led the redesign of the company's pump range.", "2022", "Anna Berg|I", "led|lead"),
    # diary
    ("diary", "Diary of a walking holiday.\n\n14 August 1962. Left Keswick early. I climbed the fell before lunch.", "14 August 1962", "I", "climb|left|leave"),
    ("diary", "Diary of a walking holiday.\n\n15 August 1962. We reached the inn at dusk and slept badly.", "15 August 1962", "We", "reach"),
    ("diary", "My diary.\n\nMonday 3 June 1985. Mother telephoned from Leeds with the news.", "Monday 3 June 1985", "Mother", "telephone"),
    ("diary", "My diary.\n\nOn Tuesday 4 June 1985 I bought a new bicycle.", "Tuesday 4 June 1985", "I", "bought|buy"),
    # forum post
    ("forum", "Re: router keeps dropping\n\nI updated the firmware on 12 January 2023 and the problem went away.", "12 January 2023", "I", "update"),
    ("forum", "Re: router keeps dropping\n\nMy ISP replaced the modem on 20 January 2023.", "20 January 2023", "ISP", "replace"),
    ("forum", "Re: my old car\n\nWe sold the car in 2018 and bought an electric one.", "2018", "We", "sold|sell"),
    # gazette notices
    ("gazette", "NOTICE is hereby given that the partnership between John Carter and Ellen Moss was dissolved by mutual consent on 31 March 2024.", "31 March 2024", "partnership", "dissolve"),
    ("gazette", "The Secretary of State has appointed Dr Paul Newton as a member of the Board with effect from 1 April 2024.", "1 April 2024", "Secretary of State|Secretary", "appoint"),
    ("gazette", "Notice is given that the company Harwell Foods Limited was struck off the register on 5 May 2023.", "5 May 2023", "Harwell Foods Limited|company|Harwell Foods", "struck|strike"),
    # clinical letter
    ("clinic", "Dear Dr Shaw,\n\nI reviewed Mr Patel in clinic on 9 February 2024. He was admitted to the ward on 2 February 2024 with chest pain.", "9 February 2024", "I", "review"),
    ("clinic", "Dear Dr Shaw,\n\nI reviewed Mr Patel in clinic on 9 February 2024. He was admitted to the ward on 2 February 2024 with chest pain.", "2 February 2024", "Mr Patel|Patel", "admit"),
    ("clinic", "Dear Dr Shaw,\n\nMrs Grant underwent a hip replacement on 14 November 2023 and recovered well.", "14 November 2023", "Mrs Grant|Grant", "underwent|undergo"),
    ("clinic", "Dear Dr Shaw,\n\nWe started her on metformin on 1 March 2024.", "1 March 2024", "We", "start"),
    # sports reports
    ("sport", "Rovers beat City 3-1 on Saturday 12 March 2022 to go top of the table.", "Saturday 12 March 2022", "Rovers", "beat"),
    ("sport", "Jane Ferris broke the national record in the 800 metres on 4 June 2021.", "4 June 2021", "Jane Ferris|Ferris", "broke|break"),
    ("sport", "The Hawks signed the striker Leo Santos on 30 August 2022.", "30 August 2022", "Hawks", "sign"),
    ("sport", "On 2 July 2023 the Ferries drew 0-0 with the Miners.", "2 July 2023", "Ferries", "drew|draw"),
    ("sport", "Coach Mark Dale was sacked on 11 November 2021 after six straight defeats.", "11 November 2021", "Mark Dale|Dale|Coach", "sack"),
    # court reports
    ("court", "On 17 May 2022 the jury found Peter Lyle guilty of fraud.", "17 May 2022", "jury", "found|find"),
    ("court", "Peter Lyle was sentenced to four years in prison on 3 June 2022.", "3 June 2022", "Peter Lyle|Lyle", "sentence"),
    ("court", "The Court of Appeal dismissed his appeal on 8 February 2023.", "8 February 2023", "Court of Appeal|Court", "dismiss"),
    ("court", "Lyle pleaded not guilty at Southwark Crown Court on 5 January 2022.", "5 January 2022", "Lyle", "plead"),
    # business news
    ("business", "Norsk Metals said on 4 April 2024 that it would close its smelter in Tyne.", "4 April 2024", "Norsk Metals|Metals", "close|said|say"),
    ("business", "The 1998 merger of Fenwick Bank and Harrow Trust created the country's largest lender. Fenwick Bank and Harrow Trust merged in 1998.", "1998", "Fenwick Bank|Harrow Trust|Bank", "merge"),
    ("business", "Shares in Orla Retail fell 12 percent on 6 March 2024 after a profit warning.", "6 March 2024", "Shares|Orla Retail", "fell|fall"),
    ("business", "Orla Retail announced on 7 March 2024 that its chief executive, Sam Reid, would step down.", "7 March 2024", "Orla Retail|Sam Reid|Reid", "announce|step down"),
    ("business", "In 2019 Tamsin Foods acquired the bakery chain Crumbs for 40 million pounds.", "2019", "Tamsin Foods|Foods", "acquire"),
    ("business", "Greenway Energy delivers bottled water and opens a depot: in May 2023 the company delivered bottled water to the flooded towns.", "May 2023", "Greenway Energy|company", "deliver"),
    # history
    ("history", "In 1648 the Peace of Westphalia ended the war. In 1650 the last troops withdrew from the towns.", "1650", "troops", "withdrew|withdraw"),
    ("history", "The bridge was opened in 1883.", "1883", "bridge", "open"),
    ("history", "The city fell to the besiegers in 1453.", "1453", "city", "fell|fall"),
    ("history", "In 1215 the barons forced the king to seal the charter.", "1215", "barons", "force"),
    ("history", "The treaty was signed in Paris on 10 February 1763.", "10 February 1763", "treaty", "sign"),
    ("history", "In 1805 the combined fleet sailed from Cadiz, met the British off the cape and was destroyed.", "1805", "fleet", "sail"),
    ("history", "Parliament passed the Reform Act in 1832.", "1832", "Parliament", "pass"),
    ("history", "The rebels seized the arsenal on 14 July 1789.", "14 July 1789", "rebels", "seize"),
    # news with a verb of saying and quoted speech
    ("news", "Prime Minister Tony Mills announced on 3 May 2001 that the election would be held in June.", "3 May 2001", "Tony Mills|Mills|Prime Minister", "announce"),
    ("news", "\"We will rebuild the school,\" the mayor said on 9 October 2020.", "9 October 2020", "mayor", "said|say|rebuild"),
    ("news", "Firefighters rescued two climbers from the ridge on 28 December 2021.", "28 December 2021", "Firefighters", "rescue"),
    ("news", "Fishermen's Union members walked out on 1 May 2022 over pay.", "1 May 2022", "members|Fishermen's Union", "walked out|walk out"),
    ("news", "The Wolves won the cup on 5 May 2018; they were founded in 1901.", "1901", "Wolves", "found"),
    ("news", "Charles Rees took over as editor on 2 January 2019.", "2 January 2019", "Charles Rees|Rees", "took over|take over"),
    ("news", "Residents of Marsh Lane were evacuated on 6 February 2020 after the river burst its banks.", "6 February 2020", "Residents", "evacuate"),
    ("news", "We, the undersigned, opened the new clinic on 3 March 2021.", "3 March 2021", "We", "open"),
    # a series of acts: a pronoun subject after a phrase of time, a passive in the series
    ("forum", "Moving day!\n\nOn 4 June 2020 we moved our office to Bristol and hired four staff.", "4 June 2020", "We", "move|hire"),
    ("history", "The king fled the capital in 1791, was caught at the border and brought back.", "1791", "king", "fled|flee"),
    ("news", "Thomas Evans gave up his seat on 9 July 2019.", "9 July 2019", "Thomas Evans|Evans", "gave up|give up"),
]
