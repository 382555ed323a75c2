"""Kinds of bad titles found in session six (issue 12), each with our own sentences: a determiner
read inside a word ("the an of American"), verbs in "-ore", and more below."""

from __future__ import annotations

import pytest

from explorer.events.clauses import relative_antecedent
from explorer.events.tense import present_of
from explorer.events.titles import make_title


def _title(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


def test_a_relative_clause_tells_of_its_noun_never_of_a_determiner_inside_a_word() -> None:
    sentence = "Senior Danish and American engineers drew up plans that led to the opening of the tunnel in 1994."
    assert _title(sentence, "1994") == "Plans lead to the opening of the tunnel"
    left = sentence.index("led")
    assert relative_antecedent(sentence, left) == "plans"
    other = "Canadian officials held talks that ended in 2001."
    assert relative_antecedent(other, other.index("ended")) == "talks"


@pytest.mark.parametrize("past, present", [
    ("scored", "scores"), ("restored", "restores"), ("ignored", "ignores"), ("explored", "explores"),
    ("stored", "stores"), ("timed", "times"), ("anchored", "anchors"), ("monitored", "monitors"),
    ("sponsored", "sponsors"), ("poured", "pours"), ("claimed", "claims"),
])
def test_verbs_in_ore_keep_their_e_and_nouns_made_verbs_take_none(past, present) -> None:
    assert present_of(past) == present


def test_two_subjects_of_one_verb_are_one_clause_but_two_phrases_before_a_comma_are_not() -> None:
    assert _title("The mayor and the council agreed on a new budget on Tuesday.", "Tuesday") == \
        "The mayor and the council agree on a new budget"
    # a phrase opening with a preposition, then its subject after a comma: the date's clause is the phrase
    sentence = "Since the opening of the Westgate Library in 1992 and the sale of the mill, the town has grown."
    assert _title(sentence, "1992") != "The town has grown"


@pytest.mark.parametrize("sentence, expression, expected", [
    ("Judge Ann Pryce of the Northfield Crown Court handed down the sentence on Monday after a short hearing.",
     "Monday", "Ann Pryce hands down the sentence after a short hearing"),
    ("Deputy Prime Minister Joao Reis opened the new bridge in May 2011.", "May 2011", "Joao Reis opens the new bridge"),
    ("Admiral Brandt inspected the fleet in 1911.", "1911", "Admiral Brandt inspects the fleet"),
    ("General Motors closed the plant in 1987.", "1987", "General Motors closes the plant"),
    ("King Harald V opened the museum in 1994.", "1994", "King Harald V opens the museum"),
])
def test_a_persons_office_before_their_full_name_goes_a_title_before_a_surname_or_a_monarch_stays(
        sentence, expression, expected) -> None:
    assert _title(sentence, expression) == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    # an age beside the name, a verb with no passive after two asides
    ("Mary Holt, 84, a former nurse from Derby, died on Tuesday.", "Tuesday", "Mary Holt dies"),
    ("Jon Eide, the composer, died at his home in Bergen on 2 May 2009, aged 80.", "2 May 2009",
     "Jon Eide dies at his home in Bergen"),
    # a trailing clause of why or when, with its own subject and verb
    ("Ferries stayed in port on Friday as the gale worsened.", "Friday", "Ferries stay in port"),
    ("The club was renamed as a tribute to its founder in 1931.", "1931", "The club is renamed as a tribute to its founder"),
    # a noun ending like a participle ("town", "crown") is no participle
    ("The town was rebuilt in stone in 1204.", "1204", "The town is rebuilt in stone"),
])
def test_asides_of_age_trailing_reasons_and_nouns_like_participles(sentence, expression, expected) -> None:
    assert _title(sentence, expression) == expected


@pytest.mark.parametrize("context, sentence, expression, expected", [
    ("Corvane Foods was set up in Hull. ", "It opened a second factory in 1955.", "1955", "Corvane Foods opens a second factory"),
    ("The Paper Boats are a folk band. ", "They toured Japan in 2012.", "2012", "The Paper Boats tour Japan"),
    # a person's sentence: "it" is no one named there
    ("Ada Brook founded Corvane Foods and ran her shop. ", "It closed in 1970.", "1970", "It closes"),
])
def test_it_and_they_take_the_body_named_as_the_subject_before(context, sentence, expression, expected) -> None:
    start = sentence.index(expression)
    assert make_title(sentence, start, start + len(expression), context=context) == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    # a long title is never cut inside a name
    ("Mayor Ola Berg was on 3 May 2016 reportedly furious with the visiting Danish Culture Minister Karen Ellegaard Holm.",
     "3 May 2016", "Ola Berg is reportedly furious"),
    # "some time in 1997": the vague time goes with the date
    ("The council chose Ada Brook to lead the housing trust some time in 1997.", "1997",
     "The council chooses Ada Brook to lead the housing trust"),
])
def test_a_long_title_is_not_cut_inside_a_name_and_a_vague_time_goes_with_its_date(sentence, expression, expected) -> None:
    assert _title(sentence, expression) == expected


def test_it_stands_for_a_thing_made_or_launched_before_and_a_share_goes_with_its_date() -> None:
    context = "Orla was launched on a Vega rocket in 2015. "
    sentence = "It spent most of 2017 in hibernation, and it took its first pictures of the moon in May 2018."
    start = sentence.index("May 2018")
    others = [(sentence.index("2017"), sentence.index("2017") + 4)]
    assert make_title(sentence, start, start + 8, context=context, others=others) == "Orla takes its first pictures of the moon"
    # a person is never "it"
    assert _title("It closed in 1970.", "1970") == "It closes"


@pytest.mark.parametrize("title, expected", [
    ("Strong winds and waves hampered the search", "Strong winds and waves hamper the search"),
    ("Fire and smoke filled the hall", "Fire and smoke fill the hall"),
    ("Prices rose and fell", "Prices rise and fall"),  # two verbs, not two subjects
])
def test_two_plain_nouns_joined_by_and_are_a_plural_subject(title, expected) -> None:
    from explorer.events.tense import headline_tense

    assert headline_tense(title) == expected
