"""An "it" opening a clause stands for the body or thing named before it in its sentence (or opening the
sentence before) when the text itself calls that name "it": "its" in the name's clause ("Users praised
Quillnote for its speed"), "its" in a phrase set before the name ("Having lost its main customer,
Brannock"), or an act of "it" after the name's verb of saying ("Marlow Foods confirmed that it was
considering a bid"). Titles were "It opens an office in Lagos", naming nothing. A person's name (a
title or "he"/"she" with it), an "it" that names nothing ("said that it was a bad year") and a word
capitalised only to open a sentence are left alone. Every sentence here is written for this file."""

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _titles(text: str) -> set[str]:
    return {e.title for e in extract_document(Document("a.txt", "A story\n\n" + text, "a")).events}


@pytest.mark.parametrize("text, title", [
    ("Having lost its main customer, Brannock turned to exports, and in 2004 it opened an office in Lagos.",
     "Brannock opens an office in Lagos"),
    ("Marlow Foods confirmed that it was considering a bid, and on 9 June it offered 300p a share.",
     "Marlow Foods offers 300p a share"),
    ("Dunmore Electric admitted that its tests had been faked. In May it paid a fine of £2 million.",
     "Dunmore Electric pays a fine of £2 million"),
    ("Shares in Corvex fell sharply. Corvex said in March that it would close the plant, and in June it sold the "
     "site to a developer.", "Corvex sells the site to a developer"),
    ("Donations to Hearthline doubled in 2019, when Hearthline moved its helpline online; in 2021 it opened a second "
     "office.", "Hearthline opens a second office"),
    ("Under the treaty Ostria kept its northern ports, but in 1921 it ceded the islands to Velland.",
     "Ostria cedes the islands to Velland"),
    ("Users praised Quillnote for its speed, and in 2020 it added a dark mode.", "Quillnote adds a dark mode"),
])
def test_it_names_the_body_the_text_calls_it(text: str, title: str) -> None:
    assert title in _titles(text), _titles(text)


@pytest.mark.parametrize("text, wrong", [
    ("Peter Lund said that it was a bad year. In May it closed.", {"Peter Lund closes"}),
    ("Anna Berg wrote the novel in 1990, and in 1992 it won the Orwell Prize.", {"Anna Berg wins the Orwell Prize"}),
    ("The vacuum is light. Suction is strong for its price. It picked up a bowl of rice on 3 May.",
     {"Suction picks up a bowl of rice"}),
    ("Mr Hale sold the car and its trailer in 2001, and in 2003 it was scrapped.", {"Mr Hale is scrapped", "Hale is scrapped"}),
])
def test_no_body_is_read_into_it(text: str, wrong: set[str]) -> None:
    assert not wrong & _titles(text), _titles(text)
