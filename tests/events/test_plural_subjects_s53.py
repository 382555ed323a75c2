"""Plural subjects take a plural verb in a title (session 53, h53t): a plural common noun opening the
sentence whose ending a surname or a place may share ("Vandals wrecked …", "Gulls nested …": read with the
document's own words, noun_number.COMMON_PLURALS and titles.plural_openers), a share of more than one of
"them" or "us" ("The two of them sailed", tense._share_of_them), and a count before a plural noun is no
count standing alone ("Both sides agreed a truce" was "Both firms sides agree a truce" after "the two
firms", titles.counts._COUNT_ALONE). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of


@pytest.mark.parametrize(
    "text, title",
    [
        ("Vandals wrecked the cricket pavilion in 1987.", "Vandals wreck the cricket pavilion"),
        ("Gulls nested on the roof of the fish market in 1990.", "Gulls nest on the roof of the fish market"),
        ("Drones struck the fuel depot on 3 March 2022.", "Drones strike the fuel depot"),
        ("Pilgrims walked from the abbey to the coast in 1412.", "Pilgrims walk from the abbey to the coast"),
        ("Rivals poached the club's best coach in 2015.", "Rivals poach the club's best coach"),
        ("After a long journey the two of them sailed from Oslo in June 1921.", "The two of them sail from Oslo"),
        ("All four of them voted against the plan in March 2019.", "All four of them vote against the plan"),
        ("In 2010 the two firms merged. Both sides agreed a price in 2011.",
         "Both sides agree a price"),
    ],
)
def test_a_plural_subject_takes_a_plural_verb(text: str, title: str) -> None:
    titles = titles_of(text)
    assert title in titles, titles


@pytest.mark.parametrize(
    "text, title",
    [
        # (guards) a name that shares the ending keeps its singular; one of a group is one
        ("The board sacked Peter Mills in 2005. Mills resigned from the bowls club in 2006.",
         "Mills resigns from the bowls club"),
        ("One of them sailed from Oslo in June 1921.", "One of them sails from Oslo"),
        ("Three men were arrested on 4 May. The three were charged on 6 May.", "The three men are charged"),
    ],
)
def test_a_singular_subject_keeps_its_verb(text: str, title: str) -> None:
    titles = titles_of(text)
    assert title in titles, titles
