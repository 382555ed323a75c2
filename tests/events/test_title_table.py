"""A table of our own sentences (issue 12): for each, the title a headline writer would give its dated
happening and the happening's main actor (the first of the event's ``actors``), through the app's own
route: tagging, events, the corpus's actor index and its labels.

The sentences are of varied genres and subject shapes: coordinated subjects, nationality adjectives,
appositions, passives with and without an agent, a subject after a fronted clause or date, pronouns and
role descriptions standing for the last named actor, "X's Y", organisations, and people named with
their office ("Foreign Minister …", "the prime minister"). None is taken from the gold set or the sample.
``actor`` None: the subject names no one (a common noun, "Danish police"): the first actor is that
description as the title writes it ("Danish police", see ``explorer.events.agents``) or nothing, and no
other name of the sentence, an object's or a place's, may stand first in its place.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.events.agents import is_description
from explorer.events.build import build_events

DCT = date(2024, 3, 1)

# (text before the sentence, the sentence, its date expression, title, main actor)
ROWS = [
    # coordinated subjects
    ("", "Anna Berg and Tomas Lind founded the studio in 1998.", "1998",
     "Anna Berg and Tomas Lind found the studio", "Anna Berg"),
    ("", "Northline Rail and Harbour Bus signed a joint ticketing deal in June 2022.", "June 2022",
     "Northline Rail and Harbour Bus sign a joint ticketing deal", "Northline Rail"),
    ("", "Greek and Turkish officials met in Athens on 4 May 2021.", "4 May 2021",
     "Greek and Turkish officials meet in Athens", None),
    ("", "The mayor and the council agreed on a new budget on Tuesday.", "Tuesday",
     "The mayor and the council agree on a new budget", None),
    ("", "Senior Chilean and Peruvian negotiators reached a border deal in January 2014.", "January 2014",
     "Chilean and Peruvian negotiators reach a border deal", None),
    ("", "Senior Danish and Swedish diplomats held secret talks in Geneva in March 2019.", "March 2019",
     "Danish and Swedish diplomats hold secret talks in Geneva", None),
    # nationality adjectives
    ("", "Danish police arrested two suspects in Aarhus on Friday.", "Friday",
     "Danish police arrest two suspects in Aarhus", None),
    ("", "Canadian Prime Minister Lena Hart visited Oslo in May 2023.", "May 2023", "Lena Hart visits Oslo", "Lena Hart"),
    ("", "Italian Foreign Minister Paolo Renzi met his Greek counterpart in Rome on 3 March 2020.", "3 March 2020",
     "Paolo Renzi meets his Greek counterpart in Rome", "Paolo Renzi"),
    ("", "The Dutch government recalled its ambassador from Caracas in April 2019.", "April 2019",
     "The Dutch government recalls its ambassador from Caracas", None),
    ("", "Former Swedish prime minister Olof Lind died in Stockholm on 5 May 2001.", "5 May 2001",
     "Olof Lind dies in Stockholm", "Olof Lind"),
    ("", "American and Mexican engineers finished the border bridge in 1967.", "1967",
     "American and Mexican engineers finish the border bridge", None),
    # appositions
    ("", "Maria Kowal, the chief executive of Lumen Foods, resigned on 2 February 2022.", "2 February 2022",
     "Maria Kowal resigns", "Maria Kowal"),
    ("", "The chief executive of Lumen Foods, Maria Kowal, resigned on 2 February 2022.", "2 February 2022",
     "Maria Kowal resigns", "Maria Kowal"),
    ("", "Harold Finch, 72, a retired surveyor from Leeds, died on Sunday.", "Sunday", "Harold Finch dies", "Harold Finch"),
    ("", "Ruth Olsen, who ran the village school for thirty years, retired in June 1989.", "June 1989",
     "Ruth Olsen retires", "Ruth Olsen"),
    ("", "The striker, Joel Amadi, signed a three-year contract with Westmoor United in July 2021.", "July 2021",
     "Joel Amadi signs a three-year contract with Westmoor United", "Joel Amadi"),
    ("", "Edith Moss, the novelist, died at her home in Bath on 12 March 2015, aged 91.", "12 March 2015",
     "Edith Moss dies at her home in Bath", "Edith Moss"),
    # passives with an agent
    ("", "The new library was opened by Mayor Karen Dahl on 12 March 2018.", "12 March 2018",
     "Karen Dahl opens the new library", "Karen Dahl"),
    ("", "The proposal was rejected by the Harbour Board in November 2020.", "November 2020",
     "Harbour Board rejects the proposal", "Harbour Board"),
    ("", "The painting was bought by the Tate Gallery in 1998.", "1998", "Tate Gallery buys the painting", "Tate Gallery"),
    ("", "The treaty was signed by Chancellor Otto Brandt in Vienna on 9 June 1952.", "9 June 1952",
     "Otto Brandt signs the treaty in Vienna", "Otto Brandt"),
    ("Tarby Cycles made bicycles in Coventry for ninety years. ", "The firm was bought by Brenner Holdings in 2015.",
     "2015", "Brenner Holdings buys the firm", "Brenner Holdings"),
    # passives without an agent
    ("", "The old pier was demolished in 1974.", "1974", "The old pier is demolished", None),
    ("", "Eight people were injured in the blast on Saturday.", "Saturday", "Eight people are injured in the blast", None),
    ("", "Lars Holm was elected mayor of Vik in October 2021.", "October 2021", "Lars Holm is elected mayor of Vik",
     "Lars Holm"),
    ("", "Kessler Steel was nationalised in 1951.", "1951", "Kessler Steel is nationalised", "Kessler Steel"),
    ("", "Parliament was dissolved on 3 April 2019.", "3 April 2019", "Parliament is dissolved", "Parliament"),
    # a subject after a fronted clause or date
    ("", "In March 2015, Oskar Berg opened a bakery on Mill Lane.", "March 2015", "Oskar Berg opens a bakery on Mill Lane",
     "Oskar Berg"),
    ("", "After months of talks, the two unions agreed to merge in 2004.", "2004", "The two unions agree to merge", None),
    ("", "Despite heavy rain, about 4,000 runners took part in the race on Sunday.", "Sunday",
     "About 4,000 runners take part in the race", None),
    ("", "Early on 14 May 1941, German bombers destroyed the cathedral.", "14 May 1941",
     "German bombers destroy the cathedral", None),
    ("", "Following a long illness, Peter Vance died on 3 January 2020.", "3 January 2020", "Peter Vance dies", "Peter Vance"),
    ("", "On Tuesday the Riverside Council approved the plan.", "Tuesday", "The Riverside Council approves the plan",
     "Riverside Council"),
    ("", "In 1642 Abel Tasman reached the island.", "1642", "Abel Tasman reaches the island", "Abel Tasman"),
    # pronouns standing for the last named actor
    ("Greta Lund grew up in Bergen. ", "She moved to Paris in 1931.", "1931", "Greta Lund moves to Paris", "Greta Lund"),
    ("Tomas Varga joined the orchestra as a violinist. ", "He became its conductor in 1962.", "1962",
     "Tomas Varga becomes its conductor", "Tomas Varga"),
    ("Marrow Foods was set up by two brothers in Hull. ", "It opened a second factory in 1955.", "1955",
     "Marrow Foods opens a second factory", "Marrow Foods"),
    ("Nadia Ferro was born in Turin. ", "In 1972 she won the national chess title.", "1972",
     "Nadia Ferro wins the national chess title", "Nadia Ferro"),
    ("Henrik Stav built the workshop himself. ", "He sold it to his nephew in 1988.", "1988",
     "Henrik Stav sells it to his nephew", "Henrik Stav"),
    ("The Harbour Kings are a rowing club from Dunmore. ", "They won the regional cup in 2011.", "2011",
     "The Harbour Kings win the regional cup", "Harbour Kings"),
    # "X's Y"
    ("", "Anna Berg's visit to Warsaw in May 2018 ended a long dispute.", "May 2018", "Anna Berg visits Warsaw", "Anna Berg"),
    ("", "Karl Dorn's resignation in April 2017 surprised the board.", "April 2017", "Karl Dorn resigns", "Karl Dorn"),
    ("", "Nadia Ferro's first novel was published in 1961.", "1961", "Nadia Ferro's first novel is published", "Nadia Ferro"),
    # (a measure's change over a year, "The company's profits fell sharply in 2009", is a statistic and no
    # event since session 21; a happening of the company's thing keeps the possessive's test)
    ("Lumen Foods makes biscuits in Derby. ", "The company's factory closed suddenly in 2009.", "2009",
     "The company's factory closes suddenly", "Lumen Foods"),
    ("", "Brenner Holdings' takeover of Crane Bakeries was completed in 2016.", "2016",
     "Brenner Holdings' takeover of Crane Bakeries is completed", "Brenner Holdings"),
    # organisations
    ("", "The World Health Organization declared the outbreak over on 9 June 2016.", "9 June 2016",
     "The World Health Organization declares the outbreak over", "World Health Organization"),
    ("", "Brenner Holdings cut 300 jobs in March 2023.", "March 2023", "Brenner Holdings cuts 300 jobs", "Brenner Holdings"),
    ("", "The National Weather Office issued a red warning on Thursday.", "Thursday",
     "The National Weather Office issues a red warning", "National Weather Office"),
    ("", "Westmoor United won the cup in 1998.", "1998", "Westmoor United wins the cup", "Westmoor United"),
    ("", "The Supreme Court struck down the law in 2015.", "2015", "The Supreme Court strikes down the law", "Supreme Court"),
    ("The Calder Valley Trust bought the mill in 1990. ", "The trust restored the waterwheel in 1994.", "1994",
     "The trust restores the waterwheel", "Calder Valley Trust"),
    ("", "Calder Energy will open its first solar farm in spring 2025.", "spring 2025",
     "Calder Energy will open its first solar farm", "Calder Energy"),
    ("", "Shares in Brenner Holdings rose 8 percent on Monday.", "Monday", "Shares in Brenner Holdings rise 8 percent",
     "Brenner Holdings"),
    # people named with their office
    ("Prime Minister Helen Marsh faced a revolt in her party. ", "The prime minister announced her resignation on 7 July 2022.",
     "7 July 2022", "The prime minister announces her resignation", "Helen Marsh"),
    ("Pedro Alves, the finance minister, presented the budget. ", "The minister resigned in March 2021.", "March 2021",
     "The minister resigns", "Pedro Alves"),
    ("", "Foreign Minister Jan Kral flew to Beijing on 2 May 2019.", "2 May 2019", "Jan Kral flies to Beijing", "Jan Kral"),
    ("", "President Rosa Melo signed the decree on 1 January 2020.", "1 January 2020", "Rosa Melo signs the decree",
     "Rosa Melo"),
    ("Coach Dan Price took over the team in 2018. ", "The coach was sacked in May 2021.", "May 2021", "The coach is sacked",
     "Dan Price"),
    ("", "Opposition leader Maya Stone called for early elections on 2 June 2023.", "2 June 2023",
     "Maya Stone calls for early elections", "Maya Stone"),
    ("", "Brigadier-General Karim Haddad inspected the border posts in August 2017.", "August 2017",
     "Karim Haddad inspects the border posts", "Karim Haddad"),
    # other genres: science, business, a diary, local news, sport
    ("", "Researchers at Uppsala University sequenced the genome in 2019.", "2019",
     "Researchers at Uppsala University sequence the genome", "Uppsala University"),
    ("", "Landed at Keflavik at dawn on 3 July.", "3 July", "I land at Keflavik at dawn", None),
    ("", "City crews cleared the fallen trees from Mill Road on Wednesday.", "Wednesday",
     "City crews clear the fallen trees from Mill Road", None),
    ("", "A flood destroyed the old wooden bridge over the river in 1890.", "1890",
     "A flood destroys the old wooden bridge over the river", None),
    ("", "Airlines cancelled 140 flights on Monday as the ash cloud spread.", "Monday", "Airlines cancel 140 flights", None),
    ("", "Lina Park scored the winning goal for Harbourside in the final on 18 May 2019.", "18 May 2019",
     "Lina Park scores the winning goal for Harbourside", "Lina Park"),  # ten words at most
]


#: Rows the code did not yet pass when the table was written (sentences' first 40 characters); each is
#: taken out as the kind it shows is fixed, and a strict xfail fails as soon as a row passes.
TITLE_NOT_YET: set[str] = set()  # 22 titles when the table was written (commit 93a8732), none now
ACTOR_NOT_YET: set[str] = set()  # 11 actors then, none now


def _rows(not_yet: set[str]) -> list:
    return [pytest.param(*row, id=row[1][:40], marks=[pytest.mark.xfail(strict=True)] if row[1][:40] in not_yet else [])
            for row in ROWS]


def _event(context: str, sentence: str, expression: str):
    text = context + sentence
    doc = Document("row.txt", text, "", DCT, "given")
    index = build_index([(doc.path, text)])
    at = len(context) + sentence.index(expression)
    events = [index.label(e) for e in build_events(doc, temporal.tag(text, DCT))]
    found = [e for e in events if e.timex_start <= at < e.timex_end]
    assert found, f"no event at {expression!r}: {[(e.timex, e.title) for e in events]}"
    return found[0]


def test_the_table_is_large_and_varied() -> None:
    assert len(ROWS) >= 60
    assert len({sentence for _, sentence, *_ in ROWS}) == len(ROWS)


@pytest.mark.parametrize("context, sentence, expression, title, actor", _rows(TITLE_NOT_YET))
def test_title(context: str, sentence: str, expression: str, title: str, actor: str | None) -> None:
    assert _event(context, sentence, expression).title == title


@pytest.mark.parametrize("context, sentence, expression, title, actor", _rows(ACTOR_NOT_YET))
def test_main_actor(context: str, sentence: str, expression: str, title: str, actor: str | None) -> None:
    event = _event(context, sentence, expression)
    first = event.actors[0] if event.actors else None
    if actor is None:
        # no name: the subject's description ("the old pier") or nothing, never another name of the sentence
        assert first is None or is_description(first) and first.lower() in event.title.lower(), first
    else:
        assert first == actor
