"""Fresh passages written for session sixteen (dates on real pages, issue 11): news passages inside
life stories, obituaries with and without a printed date, incident listings with clock times, profiles
with a news lede, and histories whose reported speech stays in the story's time. Written by the
session's news-passages developer in my own words, valued by hand by the TimeML 1.2.1 guidelines
before the tagger was run on them.

The kinds: a yearless date told by a present-day source ("the school said she had visited ... on 14
July", "his family said he had died on 1 March") is news: the most recent such day before the
document date, whatever year the life story last told; the same shape told by a character of a
history ("the colonel wrote that he had inspected ... on 3 July") stays in the story's year. With no
document date to be had, a news passage's yearless day is ``XXXX-MM-DD`` (undated, anchored on the
document), not a year the life story told. A clock time in a listing takes the day named just before
it in the passage.

``None`` as the date: the passage is dated as a dropped file is (printed date, stamp, footer,
inference, else unknown). ``READ`` was scored once on unchanged code (integ16 at 869b8f0) and then
read for kinds of error; ``HELD`` was kept aside unread and scored, in aggregate only, at the end
(figures in ``test_fresh_passages_s16.py``).
"""

from __future__ import annotations

from datetime import date

Passage = tuple[str, date | None, tuple[tuple[str, str], ...]]

READ: tuple[Passage, ...] = (
    # obituaries: a present-day source's report inside a life story
    ("Former headteacher dies\nA former headteacher has died, her school has said. Ann Pryce taught at "
     "the town's grammar school from 1958 and became its head in 1979. She retired in 1994. The school "
     "said she had visited pupils at a prize-giving on 14 July.", date(2023, 11, 20),
     (("1958", "1958"), ("1979", "1979"), ("1994", "1994"), ("14 July", "2023-07-14"))),
    ("Tributes have been paid to a lifeboat coxswain who served for 30 years. Tom Reece joined the crew "
     "in 1961 and led the rescue of a trawler's crew in 1978. His family said he had died at home on "
     "1 March after a short illness.", date(2022, 3, 5),
     (("30 years", "P30Y"), ("1961", "1961"), ("1978", "1978"), ("1 March", "2022-03-01"))),
    ("A former bishop has died, the diocese has said. He was ordained in 1962 and served in three "
     "parishes before he became bishop in 1988. He retired in 2004. The diocese said he had led a "
     "service in the cathedral on 12 September.", date(2020, 9, 30),
     (("1962", "1962"), ("1988", "1988"), ("2004", "2004"), ("12 September", "2020-09-12"))),
    ("A wartime codebreaker has died aged 96. Edith Moss joined the service in 1942 and worked there "
     "until 1945. Her daughter said she had died peacefully on 11 February.", date(2018, 2, 15),
     (("1942", "1942"), ("1945", "1945"), ("11 February", "2018-02-11"))),
    ("A former footballer has died aged 70, his club said in a statement on Sunday. He died on Friday "
     "after a long illness. He played 300 games between 1970 and 1984.", date(2021, 10, 18),
     (("Sunday", "2021-10-17"), ("Friday", "2021-10-15"), ("1970", "1970"), ("1984", "1984"))),
    ("Local choir founder dies\nThe founder of a village choir has died, the choir has said. He started "
     "the choir in 1974 and conducted it until 2009.\nHe had sung at a carol concert on 10 December.\n"
     "Published: 4 January 2022", None,
     (("1974", "1974"), ("2009", "2009"), ("10 December", "2021-12-10"), ("4 January 2022", "2022-01-04"))),
    # obituaries with no date to be had
    ("A retired nurse has died aged 91.\nShe trained in London in 1952 and ran a ward until 1990.\n"
     "She died at home on 3 April.\nHer funeral will take place on 19 April at the parish church.", None,
     (("1952", "1952"), ("1990", "1990"), ("3 April", "XXXX-04-03"), ("19 April", "XXXX-04-19"))),
    ("A former postmistress has died.\nShe ran the village post office from 1970 to 1999 and was its "
     "longest-serving postmistress.\nShe died on 6 January in hospital.\nA memorial service will be "
     "held on 2 February.", None,
     (("1970", "1970"), ("1999", "1999"), ("6 January", "XXXX-01-06"), ("2 February", "XXXX-02-02"))),
    # profiles with a news lede
    ("A baker who opened her first shop in 1998 has won a national award. Rosa Lind was named best "
     "independent baker at a ceremony on 8 June, the judges said. She began baking in her mother's "
     "kitchen in 1985.", date(2024, 6, 12),
     (("1998", "1998"), ("8 June", "2024-06-08"), ("1985", "1985"))),
    ("A cyclist who first raced in 2001 has announced her retirement. She told reporters on Saturday "
     "that her last race will be on 2 June.", date(2019, 5, 20),
     (("2001", "2001"), ("Saturday", "2019-05-18"), ("2 June", "2019-06-02"))),
    # histories: reported speech by a character stays in the story's time
    ("In 1916 the battalion moved to the front. The colonel wrote that he had inspected the trenches "
     "on 3 July, and the attack began on 10 July.", date(2015, 4, 1),
     (("1916", "1916"), ("3 July", "1916-07-03"), ("10 July", "1916-07-10"))),
    ("The expedition left port in March 1911. Its leader said they had sighted the coast on 14 May, "
     "and the first camp was built on 20 May.", None,
     (("March 1911", "1911-03"), ("14 May", "1911-05-14"), ("20 May", "1911-05-20"))),
    ("In the spring of 1848 the town rose against its governor. A merchant later said he had seen the "
     "first barricade on 18 March. The governor fled on 21 March.", None,
     (("spring of 1848", "1848-SP"), ("18 March", "1848-03-18"), ("21 March", "1848-03-21"))),
    ("In 1943 the minister travelled to the conference. He told his cabinet that he had met the "
     "president on 28 November.", date(2010, 1, 1),
     (("1943", "1943"), ("28 November", "1943-11-28"))),
    # incident listings: a clock time takes the day named before it
    ("Incident 1: On 9 January 2021 a freight train derailed near a level crossing. At 0736 UTC the "
     "signaller stopped all trains.\nIncident 2: On 14 March 2021 a bus left the road in fog. At 1812 "
     "UTC the road was closed.", date(2022, 2, 1),
     (("9 January 2021", "2021-01-09"), ("0736 UTC", "2021-01-09T07:36"),
      ("14 March 2021", "2021-03-14"), ("1812 UTC", "2021-03-14T18:12"))),
    ("On 2 August 2019 a small aircraft lost power after take-off. At 14:20 the pilot declared an "
     "emergency, and at 14:31 it landed in a field.", date(2020, 12, 1),
     (("2 August 2019", "2019-08-02"), ("14:20", "2019-08-02T14:20"), ("14:31", "2019-08-02T14:31"))),
    ("Sunday 27 August: a car caught fire on the ring road. Crews arrived at 21:45.\nMonday 28 August: "
     "a lorry shed its load at 06:10.", date(2023, 8, 30),
     (("Sunday 27 August", "2023-08-27"), ("21:45", "2023-08-27T21:45"),
      ("Monday 28 August", "2023-08-28"), ("06:10", "2023-08-28T06:10"))),
    ("Accident report. On 3 May 2022 a ferry struck the pier. At 0915 GMT the harbour was closed; it "
     "reopened at 1300 GMT.", date(2022, 6, 1),
     (("3 May 2022", "2022-05-03"), ("0915 GMT", "2022-05-03T09:15"), ("1300 GMT", "2022-05-03T13:00"))),
)

HELD: tuple[Passage, ...] = (
    ("A former rugby captain has died, his old club has said. He won his first cap in 1955 and "
     "captained the side in 1961. The club said he had watched a match at the ground on 25 January.",
     date(2020, 2, 10), (("1955", "1955"), ("1961", "1961"), ("25 January", "2020-01-25"))),
    ("A much-loved lollipop lady has died.\nShe helped children across the road from 1980 until 2005.\n"
     "She died suddenly on 17 October.\nHer funeral will be held on 4 November.", None,
     (("1980", "1980"), ("2005", "2005"), ("17 October", "XXXX-10-17"), ("4 November", "XXXX-11-04"))),
    ("On 22 June 2021 a tanker collided with a tug. At 0452 UTC the tug's crew abandoned ship.\nOn 30 "
     "June 2021 a barge sank at its mooring. At 2310 UTC the alarm was raised.", date(2021, 11, 1),
     (("22 June 2021", "2021-06-22"), ("0452 UTC", "2021-06-22T04:52"),
      ("30 June 2021", "2021-06-30"), ("2310 UTC", "2021-06-30T23:10"))),
    ("The siege began in June 1691. A soldier later wrote that the walls had been breached on 9 July, "
     "and the town surrendered on 12 July.", None,
     (("June 1691", "1691-06"), ("9 July", "1691-07-09"), ("12 July", "1691-07-12"))),
    ("A teacher who began her career in 1990 has been made a dame. She said on Monday that she learned "
     "of the honour on 2 September.", date(2022, 9, 14),
     (("1990", "1990"), ("Monday", "2022-09-12"), ("2 September", "2022-09-02"))),
    ("A former lighthouse keeper has died aged 89, his family said on Saturday. He died in hospital on "
     "Thursday. He kept the light from 1956 to 1982.", date(2019, 7, 8),
     (("Saturday", "2019-07-06"), ("Thursday", "2019-07-04"), ("1956", "1956"), ("1982", "1982"))),
    ("Village doctor dies\nA village doctor who served the parish for 40 years has died, the practice "
     "has said. She qualified in 1961.\nShe had held her last surgery on 30 September.\nPublished: 12 "
     "November 2020", None,
     (("40 years", "P40Y"), ("1961", "1961"), ("30 September", "2020-09-30"),
      ("12 November 2020", "2020-11-12"))),
    ("In 1805 the fleet sailed south. The admiral wrote that he had sighted the enemy on 19 October; the "
     "battle was fought on 21 October.", date(2005, 1, 1),
     (("1805", "1805"), ("19 October", "1805-10-19"), ("21 October", "1805-10-21"))),
    ("On 5 December 2023 a crane toppled at a building site. At 11:40 the site was cleared, and at 15:05 "
     "the crane's driver was freed.", date(2024, 1, 15),
     (("5 December 2023", "2023-12-05"), ("11:40", "2023-12-05T11:40"), ("15:05", "2023-12-05T15:05"))),
)
