"""Issue 12, session twelve (titles and actors): kinds of titles found on fresh articles and on the
WikiWars and TimeBank folders. Our own sentences, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from tests.events.test_title_kinds_s8 import _titled


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # an owned kinship noun, then a one-word name in apposition: the name is the subject, not the owner
        ("Duke Casimir raised an army in 1703. In 1704 the duke's brother, Anselm, was captured near Harn. "
         "He was ransomed the following spring.", "the following spring", "Anselm is ransomed"),
        ("King Ludo ruled the valley. His son, Benno, was exiled in 1620. He returned in 1631.", "1631",
         "Benno returns"),
        ("Mara Quist ran the farm for years. Her daughter, Ilse, took over in 1990. She sold the farm in 2001.",
         "2001", "Ilse sells the farm"),
        # the story's main person, named as subject more often, still wins
        ("Mara Quist ran the farm. Her daughter, Ilse, took over in 1990. Mara Quist moved to the coast. "
         "She died in 2001.", "2001", "Mara Quist dies"),
    ],
)
def test_he_or_she_after_an_appositive_name_is_that_name(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        ("This brigade retakes the bridge", "The brigade retakes the bridge"),
        ("These new rules apply to ferries", "The new rules apply to ferries"),
        ("That plan, however, fails", "The plan, however, fails"),
        ("This crisis ends", "The crisis ends"),
        # a demonstrative standing alone as the subject is no determiner: left to other rules
        ("This leads to a strike", "This leads to a strike"),
        ("This followed the vote", "This followed the vote"),
        ("These lead to new talks", "These lead to new talks"),
        ("This was later called the Long March", "This was later called the Long March"),
    ],
)
def test_a_demonstrative_before_the_subjects_noun_becomes_the_article(title: str, expected: str) -> None:
    from explorer.events.titles.pointers import demonstrative_as_article

    assert demonstrative_as_article(title) == expected


def test_a_title_from_a_sentence_opening_with_a_demonstrative_does_not_point_back() -> None:
    text = "The rebels formed a militia in the hills. This militia, led by a former teacher, took the port in May 1921."
    assert _titled(text, "May 1921").startswith("The militia")


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # a passive's named agent that modifies a lower-case noun: the noun phrase acted, whole
        ("The treaty was ratified by the Veskari council in May 1706.", "May 1706", "The Veskari council ratifies the treaty"),
        ("The plan was approved by Harlan directors on 3 March 2026.", "3 March 2026", "Harlan directors approve the plan"),
        ("The depot was shelled by Arnelese gunners in 1863.", "1863", "Arnelese gunners shell the depot"),
        ("The bill was passed by the Dutch parliament in 1999.", "1999", "The Dutch parliament passes the bill"),
        # a name alone still acts alone
        ("The proposal was tabled by Ines Carvalho in May 2020.", "May 2020", "Ines Carvalho tables the proposal"),
    ],
)
def test_a_passive_agent_is_the_whole_noun_phrase_a_name_modifies(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # once the subject's aside is gone, a participle after the subject is its verb, not another aside
        ("Kell Mining, a gold producer, agreed in May 2019 to buy Arden Metals, a copper miner, for $40 million.",
         "May 2019", "Kell Mining agrees to buy Arden Metals"),
        ("Ostby Mills, the oldest paper maker in the region, announced on 4 June 2024 a plan to close, its owners said.",
         "4 June 2024", "Ostby Mills announces a plan to close"),
        # a participle aside before the verb still goes
        ("The mine, owned by a Swiss firm, flooded in May 2019.", "May 2019", "The mine floods"),
        ("The mayor, elected by a narrow margin, resigned on 3 May 2021.", "3 May 2021", "The mayor resigns"),
        ("The bridge, designed by a young engineer, opens to traffic on 3 May 2021.", "3 May 2021",
         "The bridge opens to traffic"),
    ],
)
def test_a_participle_after_the_subjects_aside_is_the_subjects_verb(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression).startswith(expected)


@pytest.mark.parametrize(
    "title, sentence, expected",
    [
        # a noun that counts, gathers or picks from what follows its "of": what follows is the actor
        ("A batch of cracked seals forces a recall", "In 2019 a batch of cracked seals forced a recall of 900 boilers.",
         "cracked seals"),
        ("A band of raiders burns the mill", "In 1612 a band of raiders burned the mill.", "raiders"),
        ("A group of local investors buys the club", "A group of local investors bought the club in 2001.", "local investors"),
        ("The last of the refugees leave the camp", "The last of the refugees left the camp on 3 May 1946.", "the refugees"),
        # a pronoun or a name after "of" is left to the other rules
        ("The first of them goes into service", "The first of them went into service in 1881.", "the first"),
    ],
)
def test_the_actor_of_a_counted_or_gathered_subject_is_what_follows_of(title: str, sentence: str, expected: str) -> None:
    from explorer.events.agents import subject_description

    assert subject_description(title, sentence) == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        # a pronoun subject that only made someone act: the act and who did it
        ("This forced Otmar to abandon Dorn", "Otmar abandons Dorn"),
        ("It allowed the rebels to regroup in the hills", "The rebels regroup in the hills"),
        ("That compelled the council to resign", "The council resigns"),
        ("This enabled Marta Olsen to return home", "Marta Olsen returns home"),
        # not a causative of an act: left alone
        ("This led to fighting", "This led to fighting"),
        ("This forced the army to the coast", "This forced the army to the coast"),
        ("This caused him to resign", "This caused him to resign"),
    ],
)
def test_a_pronoun_that_made_someone_act_gives_way_to_the_act(title: str, expected: str) -> None:
    from explorer.events.titles.pointers import causative_retold

    assert causative_retold(title) == expected


def test_a_causative_sentence_is_titled_by_the_act() -> None:
    text = "Casimir cut the supply road in May 1703. This forced Otmar to abandon Dorn in June 1703."
    assert _titled(text, "June 1703") == "Otmar abandons Dorn"


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # a participial phrase holding the date, before the sentence's subject: who did it is that subject
        ("Having crossed the river in May 1644, the duke's army camped at Oldbury.", "May 1644",
         "The duke's army crosses the river"),
        ("Having lost the vote in March 2019, the rebels left the party.", "March 2019", "The rebels lose the vote"),
        ("Having won the election in 2001, Ines Lutz formed a cabinet.", "2001", "Ines Lutz wins the election"),
        # another participle: the clause it leads into tells the happening
        ("Driven from the port in June 1702, the rebels regrouped in the hills.", "June 1702",
         "The rebels regroup in the hills"),
        # no participial opener: a name or a finite verb before the comma
        ("Sweden declared war in 1700, the first of its wars that decade.", "1700", "Sweden declares war"),
    ],
)
def test_a_participial_opener_is_told_by_the_clause_it_leads_into(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression).startswith(expected)


@pytest.mark.parametrize(
    "name, text, expected",
    [
        # a paragraph after a headline or a date line opens a sentence though no stop comes before it
        ("Nora Vik", "Profile of a potter\n\nNora Vik never planned to teach. She opened a school.", "she"),
        # the person noun written before the name in apposition
        ("Tomas Berg", "Her husband, Tomas Berg, kept the accounts.", "he"),
        ("Anselm", "In 1704 the duke's brother, Anselm, was captured.", "he"),
        ("Ilse", "Her daughter, Ilse, took over the farm.", "she"),
    ],
)
def test_the_text_tells_a_persons_sex_in_more_places(name: str, text: str, expected: str) -> None:
    from explorer.events import gender

    assert gender.sex_in_text(name, text) == expected


def test_he_after_a_woman_and_her_husband_is_the_husband() -> None:
    text = ("Profile: a founder\n\nNora Vik never planned to run a pottery. She trained as a chemist. "
            "Her husband, Tomas Berg, joined the firm in 2012. He bought a second kiln. He later fell out "
            "with the board, and he resigned in March 2018.")
    assert _titled(text, "March 2018") == "Tomas Berg resigns"


def test_she_after_a_line_opened_by_her_name_is_the_woman() -> None:
    text = ("Profile: a founder\n\nNora Vik never planned to run a pottery. Her husband, Tomas Berg, joined in "
            "2012. Vik still chairs the board. Last month she announced a scholarship fund.")
    assert _titled(text, "Last month").startswith("Nora Vik announces")
