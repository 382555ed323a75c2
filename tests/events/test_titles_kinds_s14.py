"""Issue 12, session fourteen (titles and actors): kinds found on fresh articles with hard
who-did-what (an aside between dashes after the subject, a person told again by age alone, a
founding told in the passive by a plural agent, pasts whose "-ed" is no ending). Our own sentences,
none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.agents import subject_description
from explorer.events.tense import present_of
from tests.events.test_title_kinds_s8 import _titled


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # a list of names between dashes after a counted subject
        ("Three lenders — Arno Bank, Velt Savings and the state-owned Kreditor — agreed on Monday to fund the mill.",
         "Monday", "Three lenders agree to fund the mill"),
        ("Two other officers – Ida Wren and Piet Maas – were suspended on 2 May.", "2 May",
         "Two other officers are suspended"),
        # a relative clause between dashes, spaced hyphens, and no spaces around the em dashes
        ("The treasurer - who had kept the books for years - resigned on Friday.", "Friday", "The treasurer resigns"),
        ("The ferry—the oldest in the fleet—was withdrawn in March.", "March", "The ferry is withdrawn"),
        # a bracketed aside between the dashes: the brackets go with it, no stray dash is left
        ("The rebels - (against the terms of the truce) - shelled the port on 3 May.", "3 May",
         "The rebels shell the port"),
        ("The board — (in breach of its own rules) — sold the land in June.", "June", "The board sells the land"),
    ],
)
def test_an_aside_between_dashes_after_the_subject_is_skipped(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


def test_a_date_inside_the_dashes_keeps_its_aside() -> None:
    # the aside is the dated happening's own clause: it is not blanked away
    title = _titled("The committee — which first met on 3 June — approved the plan in July.", "3 June")
    assert "met" in title.lower() or "meet" in title.lower()


def test_a_dateline_dash_opens_no_aside() -> None:
    # "CITY, date — Subject … — verb": the dateline's dash is no aside's opening
    assert _titled("HARLOW, 4 May 2025 — Four clubs — Arden, Bell, Cray and Dunn — joined the league on Monday.",
                   "Monday") == "Four clubs join the league"


@pytest.mark.parametrize(
    "title, sentence, expected",
    [
        ("Three lenders agree to fund the mill",
         "Three lenders — Arno Bank, Velt Savings and Kreditor — agreed on Monday to fund the mill.", "three lenders"),
        ("Two other officers are suspended", "Two other officers – Ida Wren and Piet Maas – were suspended on 2 May.",
         "two other officers"),
    ],
)
def test_the_actor_is_read_past_the_aside(title: str, sentence: str, expected: str) -> None:
    assert subject_description(title, sentence) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # the person the sentence before introduced by a role
        ("Harwick Rovers signed the Danish defender Mads Holm from a second-division side on Friday. "
         "The 24-year-old played 40 games last season and was named player of the year in May.", "May",
         "Mads Holm is named player of the year"),
        # the one person subject of the sentence before, named with an apostrophe or accents
        ("The club's captain, Liam O'Neill, announced his retirement on Tuesday. The 35-year-old joined the club in 2008.",
         "2008", "Liam O'Neill joins the club"),
        ("Inés Ortúzar won the national title in 2019. The 31-year-old retired in 2024.", "2024",
         "Inés Ortúzar retires"),
    ],
)
def test_a_person_told_again_by_age_alone_is_named(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


@pytest.mark.parametrize(
    "text, expression",
    [
        # two people before: an age tells neither
        ("Ann Lowe and Ben Fry opened the shop in 2001. The 40-year-old left it in 2010.", "2010"),
        # an age with its own noun is a description with a head, not a person told again
        ("Police named the rider as Ian Marsh. The 43-year-old man was riding home on 3 May.", "3 May"),
    ],
)
def test_an_age_is_left_alone_when_it_tells_no_one(text: str, expression: str) -> None:
    assert _titled(text, expression).startswith("The 4")


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # "Workers found the club" would read as the past of "find": the passive stays
        ("The club was founded in 1887 by workers at the town's ironworks.", "1887",
         "The club is founded by workers at the town's ironworks"),
        ("The abbey was founded by monks in 1120.", "1120", "The abbey is founded by monks"),
        # a plural agent whose present is no past keeps the active title
        ("The bridge was built by engineers in 1880.", "1880", "Engineers build the bridge"),
    ],
)
def test_a_passive_whose_active_present_reads_as_a_past_stays_passive(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


@pytest.mark.parametrize(
    "past, present",
    [("shed", "sheds"), ("bled", "bleeds"), ("sped", "speeds"), ("ceded", "cedes"), ("conceded", "concedes"),
     ("exceeded", "exceeds"), ("needed", "needs"), ("receded", "recedes"), ("preceded", "precedes"),
     ("seceded", "secedes")],
)
def test_pasts_whose_ed_is_no_ending(past: str, present: str) -> None:
    assert present_of(past) == present


def test_the_firm_sheds_jobs() -> None:
    assert _titled("The firm shed 60 office jobs in March.", "March") == "The firm sheds 60 office jobs"


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # told news of others' completed act, dated in its own clause: the act is the happening
        ("Its chair, Ruth Amsel, said the party's council had voted narrowly on Sunday night to leave the alliance.",
         "Sunday night", "The party's council votes narrowly to leave the alliance"),
        ("The head teacher said the governors had approved the new uniform in March.", "March",
         "The governors approve the new uniform"),
    ],
)
def test_told_news_dated_in_its_own_clause_is_titled_by_the_act(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


@pytest.mark.parametrize(
    "text, expression, teller",
    [
        # the date is the saying's: the teller keeps the frame
        ("Ida Falk said on 7 October that the talks had failed.", "7 October", "Ida Falk"),
        # the date belongs to a relative clause after the told act
        ("The speaker said the premier had written to him about a vote, which will be held on 16 May.", "16 May",
         "The speaker"),
    ],
)
def test_told_news_whose_date_is_not_the_acts_keeps_its_teller(text: str, expression: str, teller: str) -> None:
    assert _titled(text, expression).startswith(teller)


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # the main clause after a "whose" aside is the subject's, not the aside's named person's
        ("The opposition Unity Party, whose leader Ivo Brand was arrested in January, held a rally on Thursday.",
         "Thursday", "The opposition Unity Party holds a rally"),
        ("The choir, whose founder Ruth Amsel died in 2019, sang at the cathedral on 3 May.", "3 May",
         "The choir sings at the cathedral"),
        # the aside's own date: the named person's happening
        ("The opposition Unity Party, whose leader Ivo Brand was arrested in January, held a rally on Thursday.",
         "January", "Ivo Brand is arrested"),
        ("The club, whose owner Ann Voss bought it in 2019, sacked its manager on 3 May.", "2019", "Ann Voss buys it"),
    ],
)
def test_a_whose_aside_after_the_subject(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


def test_the_actor_is_read_past_a_relative_aside() -> None:
    sentence = "The club, whose owner Ann Voss bought it in 2019, sacked its manager on 3 May."
    assert subject_description("The club sacks its manager", sentence) == "the club"
    # the aside's own happening keeps its words: the aside is not blanked for it
    sentence = "The charts, which the admiralty had requested in 1948, were published in 1953."
    assert subject_description("The admiralty requests the charts", sentence) == "the admiralty"


@pytest.mark.parametrize(
    "text, expression, first",
    [
        # lower-case words before a name describe it: the name is who acted, not the aside's person
        ("The opposition Unity Party, whose leader Ivo Brand was arrested in January, held a rally on Thursday.",
         "Thursday", "Unity Party"),
        ("The former minister Ana Diaz resigned from the party on 4 June.", "4 June", "Ana Diaz"),
        # a verb in the present is no describing word: the place after it is no actor
        ("The new railway reached Ostervik in 1902.", "1902", "the new railway"),
        ("Three lenders — Arno Bank, Velt Savings and Kreditor — agreed on Monday to fund the mill.", "Monday",
         "three lenders"),
    ],
)
def test_the_first_actor_of_a_subject_with_an_aside_or_a_description(text: str, expression: str, first: str) -> None:
    from tests.entities.test_description_agents import _events

    event = next(e for e in _events(text) if e.timex == expression)
    assert event.actors[0] == first


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # a surname with a particle opening a sentence ("Al-Hakim") is the person named in full before
        ("The chief of staff, Gen. Samir al-Hakim, was dismissed on Monday by the president. His deputy, "
         "Gen. Nadia Karam, replaced him. Al-Hakim was told of the decision on Sunday. He had taken the post in 2019.",
         "2019", "Samir al-Hakim takes the post"),
        ("Declan O'Hara, the club's coach, left on Friday. His assistant, Rui Costa, will lead the team. "
         "O'Hara was thanked by the board on Saturday. He had joined the club in 2015.", "2015",
         "Declan O'Hara joins the club"),
        # "she" told of a woman named before does not stop "he" standing for the story's man
        ("The health minister, Dr. Ines Marlow, resigned on Monday. She told reporters she could not defend the cuts. "
         "Prime Minister Tomas Berg said the cabinet had met that morning. He accepted her resignation in the afternoon.",
         "the afternoon", "Tomas Berg accepts her resignation"),
    ],
)
def test_whom_he_stands_for(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # a count standing for the group counted just before
        ("Three men were arrested after the raid on Friday. The three were charged with burglary on Saturday.",
         "Saturday", "The three men are charged with burglary"),
        ("Police arrested 3 teenagers on 4 May. The 3 were released on bail on 5 May.", "5 May",
         "The 3 teenagers are released on bail"),
        ("Two of the school's coaches were suspended in May. The two were reinstated in June.", "June",
         "The two coaches are reinstated"),
        # "men" is no participle: the subject keeps its noun
        ("Four men were rescued from the ridge on Sunday.", "Sunday", "Four men are rescued from the ridge"),
    ],
)
def test_a_count_standing_for_a_noun_is_named(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


@pytest.mark.parametrize(
    "text, expression",
    [
        # a measure is no group of people
        ("The storm lasted three days in March. The three were rebuilt in April.", "April"),
        # two groups of that size: the count tells neither
        ("Two nurses and two porters were hurt on Monday. The two were treated on Tuesday.", "Tuesday"),
    ],
)
def test_a_count_is_left_alone_when_no_one_group_fits(text: str, expression: str) -> None:
    assert _titled(text, expression).startswith(("The three are", "The two are"))


def test_the_actor_of_a_named_count_is_the_group() -> None:
    sentence = "The three were charged with burglary on Saturday."
    assert subject_description("The three men are charged with burglary", sentence) == "the three men"


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # a relative clause after a preposition, with its own doer and the date
        ("The fraud, for which Ann Voss was jailed in 2010, was uncovered by auditors.", "2010",
         "Ann Voss is jailed for the fraud"),
        ("The striker Ivo Brand, for whom Harwick paid 4 million pounds in 2019, has left the club.", "2019",
         "Harwick pays 4 million pounds for the striker Ivo Brand"),
        ("The mill, in which the family invested in 1990, closed on 3 March.", "1990", "The family invests in the mill"),
        # the date outside: the aside is read past
        ("The mill, in which the family invested in 1990, closed on 3 March.", "3 March", "The mill closes"),
        # one of a group: the group's act, done by the subject
        ("Ann Voss was among three directors who resigned on 4 May.", "4 May", "Ann Voss resigns"),
        ("He said Tom Reed was one of the six riders who crossed the pass in June.", "June",
         "Tom Reed crosses the pass"),
    ],
)
def test_relative_clauses_with_their_own_doer(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # the second act of a relative clause about a name, dated on its own
        ("She replaces Ivo Marsh, who had led the choir since 2011 and retired at the end of March.",
         "the end of March", "Ivo Marsh retires"),
        ("The trust named Ana Ruiz, who joined the firm in 2001 and became its finance director in 2015, "
         "as chief executive on 2 March.", "2015", "Ana Ruiz becomes its finance director"),
        # a verb and its object are no noun phrase for the clause: the first act is the name's
        ("The trust named Ana Ruiz, who joined the firm in 2001 and became its finance director in 2015, "
         "as chief executive on 2 March.", "2001", "Ana Ruiz joins the firm"),
        # the main clause's date: the aside is read past
        ("The trust named Ana Ruiz, who joined the firm in 2001 and became its finance director in 2015, "
         "as chief executive on 2 March.", "2 March", "The trust names Ana Ruiz as chief executive"),
        ("Ivo Marsh, who founded the choir in 1990 and led it for 20 years, died on Friday.", "Friday", "Ivo Marsh dies"),
    ],
)
def test_a_relative_aside_about_a_name(text: str, expression: str, expected: str) -> None:
    from tests.entities.test_description_agents import _events

    event = next(e for e in _events(text) if e.timex == expression)
    assert event.title == expected


def test_a_relative_aside_before_a_phrase_of_its_own_stays() -> None:
    # ", the founder of …" after the aside is the aside's apposition, not the main clause's verb
    title = _titled("Harbour Radio, which is owned by the family of Ivo Marsh, the founder of the town's choir, "
                    "recently aired its old programmes from 2020.", "2020")
    assert "founder" not in title.split()[:3]


@pytest.mark.parametrize(
    "title, sentence, expected",
    [
        # a list entry opened by a word or a date and a colon: its first word's capital is the sentence's
        ("Engineers restart the pump", "Update: Engineers restarted the pump.", "engineers"),
        ("Negotiators agree a draft treaty", "October 2024: Negotiators agreed a draft treaty.", "negotiators"),
    ],
)
def test_the_subject_after_an_entry_colon_is_a_description(title: str, sentence: str, expected: str) -> None:
    assert subject_description(title, sentence, 0, lone_word=True) == expected


@pytest.mark.parametrize(
    "title, sentence, expected",
    [
        # a regular verb in the plural present after a plural subject, as timelines write entries
        ("Tenants elect a new panel", "May 2024: Tenants elect a new panel.", "tenants"),
        ("Negotiators agree a draft treaty", "October 2024: Negotiators agree a draft treaty.", "negotiators"),
        # no plural noun right before the word: it is read as before
        ("The workers union elects a leader", "The workers union elects a leader.", "the workers union"),
    ],
)
def test_a_plural_present_in_a_list_entry(title: str, sentence: str, expected: str) -> None:
    assert subject_description(title, sentence, 0, lone_word=True) == expected
