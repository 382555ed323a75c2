""""which" after a phrase that places or tops a noun ("a reading group at the town library, which met
…", "a small show on the strike, which opened …") tells of the noun the phrase hangs from; a verb and
its particle ("brought in a tug, which …") are no such phrase. A long object of a relative clause goes
after its verb's particle ("which the board set up" + "an inquiry into the sale": "set up an inquiry
into the sale")."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.relative_dates import relative_telling
from explorer.ingest.extract import extract_document


def _told(sentence: str, when: str) -> str:
    at = sentence.index(when)
    return relative_telling(sentence, at, at + len(when))[0].rstrip(".")


@pytest.mark.parametrize("sentence, when, told", [
    ("She joined a reading group at the town library, which met in March.", "March",
     "A reading group at the town library met in March"),
    ("The flag is now part of a small show on the strike, which opened in Hall 2 in 2021.", "2021",
     "A small show on the strike opened in Hall 2 in 2021"),
    # a verb and its particle before the noun: the noun next to the comma
    ("On Sunday the port brought in a tug, which towed the barge clear on Monday.", "Monday",
     "A tug towed the barge clear on Monday"),
    # a verb whose number agrees with the nearest noun only
    ("She wrote a note on the repairs, which were finished in May.", "May", "The repairs were finished in May"),
    # a phrase of giving: the nearest noun
    ("She gave her press to the guild, which sold it in 1950.", "1950", "The guild sold it in 1950"),
])
def test_the_noun_a_which_clause_tells_of(sentence: str, when: str, told: str) -> None:
    assert _told(sentence, when) == told


def test_a_long_object_goes_after_the_particle() -> None:
    assert _told("The mayor said an inquiry into the ferry deal, which the council set up last May, would report soon.",
                 "last May") == "The council set up an inquiry into the ferry deal last May"


def test_titles() -> None:
    text = "She joined a reading group at the town library, which met for the first time in March 2024."
    titles = [e.title for e in extract_document(Document("a.txt", "Headline\n\n" + text, "a"), dct=date(2025, 6, 1)).events]
    assert any(t.startswith("A reading group") for t in titles)


@pytest.mark.parametrize("sentence, when, told", [
    # s58: after an act's noun and "of", an object relative with a subject of its own tells of the act
    ("Residents fought the closure of the health centre, which the trust announced in January.", "January",
     "The trust announced the closure of the health centre in January"),
    ("The sale of the ground, which the club agreed in March, paid for the stand.", "March",
     "The club agreed the sale of the ground in March"),
    ("Neighbours opposed the demolition of the old baths, which the council approved in May.", "May",
     "The council approved the demolition of the old baths in May"),
    # guards: a thing's noun before "of" keeps the nearest noun; a subject relative tells of the nearest noun
    ("The roof of the chapel, which soldiers burned in 1643, was rebuilt.", "1643", "Soldiers burned the chapel in 1643"),
    ("Staff marked the closure of the health centre, which opened in 1990.", "1990", "The health centre opened in 1990"),
])
def test_an_object_relative_after_an_acts_noun_tells_of_the_act(sentence: str, when: str, told: str) -> None:
    assert _told(sentence, when) == told
