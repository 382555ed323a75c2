"""A title's verb agrees with its subject's number (issue #12): plural subjects whose ending the
title step misread, and singular names and nouns that end like plurals. Sentences of our own."""

from __future__ import annotations

import pytest

from explorer.events.noun_number import plural_opener, plural_without_s, singular_in_s
from explorer.events.tense import headline_tense


@pytest.mark.parametrize(
    ("past", "present"),
    [
        # a bare plural opening the sentence, capitalised only because it opens it
        ("Burglars broke into the pharmacy overnight", "Burglars break into the pharmacy overnight"),
        ("Temperatures fell below freezing across the valley", "Temperatures fall below freezing across the valley"),
        ("Thieves stole two bronze statues from the park", "Thieves steal two bronze statues from the park"),
        ("Smugglars hid the crates", "Smugglars hide the crates"),  # an ending, not a word we list
        ("Gunmen opened fire on the convoy", "Gunmen open fire on the convoy"),
        ("Geese flew over the reservoir", "Geese fly over the reservoir"),
        # plurals with no "-s" after a determiner or a count
        ("The gunmen barricaded themselves inside the bank", "The gunmen barricade themselves inside the bank"),
        ("Two fishermen rescued a stranded walker", "Two fishermen rescue a stranded walker"),
        ("The workmen finished the roof in a week", "The workmen finish the roof in a week"),
        ("Those firemen were praised by the mayor", "Those firemen are praised by the mayor"),
    ],
)
def test_plural_subject_takes_a_plural_verb(past: str, present: str) -> None:
    assert headline_tense(past) == present


@pytest.mark.parametrize(
    ("past", "present"),
    [
        # names that end like a plural of people
        ("Anders died at his home in the hills", "Anders dies at his home in the hills"),
        ("Peters won the second heat", "Peters wins the second heat"),
        ("Rogers resigned from the board", "Rogers resigns from the board"),
        ("Davies scored twice in the second half", "Davies scores twice in the second half"),
        ("Flanders voted against the measure", "Flanders votes against the measure"),
        ("Frances opened the new ward", "Frances opens the new ward"),
        # nouns in "-s" that are singular
        ("The series ended after six seasons", "The series ends after six seasons"),
        ("Physics won the largest share of the grants", "Physics wins the largest share of the grants"),
        ("The news broke shortly after noon", "The news breaks shortly after noon"),
        ("Athletics returned to the renovated stadium", "Athletics returns to the renovated stadium"),
        # look-alikes that were already right and must stay so
        ("The press reported the fire", "The press reports the fire"),
        ("News broke late in the evening", "News breaks late in the evening"),
        ("Kansas voted for the amendment", "Kansas votes for the amendment"),
        ("The Netherlands joined the pact", "The Netherlands joins the pact"),
        ("Jones resigned as chairman", "Jones resigns as chairman"),
        ("Lars painted the mural", "Lars paints the mural"),
        ("Yemen closed its airspace", "Yemen closes its airspace"),
        ("The omen was ignored", "The omen is ignored"),
    ],
)
def test_singular_subject_keeps_a_singular_verb(past: str, present: str) -> None:
    assert headline_tense(past) == present


@pytest.mark.parametrize(
    ("past", "present"),
    [
        ("Officials denied the report", "Officials deny the report"),
        ("Protesters marched to the square", "Protesters march to the square"),
        ("The burglars broke in through the roof", "The burglars break in through the roof"),
        ("Some residents left before dawn", "Some residents leave before dawn"),
        ("Many farmers protested the levy", "Many farmers protest the levy"),
    ],
)
def test_plurals_read_before_stay_plural(past: str, present: str) -> None:
    assert headline_tense(past) == present


def test_word_classes() -> None:
    assert plural_without_s("gunmen") and plural_without_s("women") and plural_without_s("mice")
    assert not plural_without_s("specimen") and not plural_without_s("abdomen") and not plural_without_s("Carmen")
    assert plural_opener("Temperatures") and plural_opener("Burglars") and plural_opener("Gunmen")
    assert not plural_opener("Lars") and not plural_opener("Mars") and not plural_opener("Yemen")
    assert not plural_opener("temperatures")  # a capitalised opener only
    assert singular_in_s("series") and singular_in_s("Physics") and singular_in_s("Anders")
    assert not singular_in_s("riders")  # a lower-case plural is no name


@pytest.mark.parametrize("name", ["Anders", "Peters", "Rogers", "Myers", "Chambers", "Connors", "Clements"])
@pytest.mark.parametrize("verb", [("resigned", "resigns"), ("won", "wins"), ("died", "dies"), ("left", "leaves")])
@pytest.mark.parametrize("tail", ["", " on Monday", " after a long illness"])
def test_any_listed_name_takes_a_singular_verb(name: str, verb: tuple[str, str], tail: str) -> None:
    assert headline_tense(f"{name} {verb[0]}{tail}") == f"{name} {verb[1]}{tail}"


def test_a_listed_name_that_is_also_a_common_noun_follows_the_document() -> None:
    """ "Rivers" is a surname and a plural: the title step reads the name, the last pass over openers
    the document, which writes the noun in lower case."""
    from explorer.events.titles.plural_openers import plural_opener_title

    text = "Rivers burst their banks after the storm. By noon two rivers had reached the bridges."
    title = headline_tense("Rivers burst their banks after the storm")
    assert title == "Rivers bursts their banks after the storm"
    assert plural_opener_title(title, text) == "Rivers burst their banks after the storm"
    named = "Rivers resigned on Friday. The board thanked Rivers for a decade of work."
    assert plural_opener_title(headline_tense("Rivers resigned on Friday"), named) == "Rivers resigns on Friday"
