"""Pronouns a reader resolves inside their own sentence, and "it" that is never a person (session 48).

* "they" in a later clause of its sentence stands for the one plural subject of the clauses before it
  ("The two clubs merged …, and the ground was left out of the deal they signed"), or, when those
  subjects are one (a body, a person), for the counted people or the group one of them acted on;
* "the four", "the two" are a group: their verb stays plural ("The four meet again") and the actor is
  the count, not the count and its verb;
* "it" never stands for a person's noun ("a witness", "a juror", "the last sultan"): past the asides
  between a sentence's opening description and its verb, that description is what "it" takes up.
"""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document
from tests.events.test_titles_kinds_s15 import _event


def _events(text: str):
    return extract_document(Document("a.txt", "Headline\n\n" + text, "a"), dct=date(2024, 5, 10)).events


def _titles(text: str) -> list[str]:
    return [e.title for e in _events(text)]


@pytest.mark.parametrize("text, title", [
    ("The two clubs merged in 1990, and the ground was left out of the deal they signed in 1994.",
     "The two clubs sign the deal"),
    ("The rival firms fell out in 2011, and the patent was not part of the settlement they reached in 2015.",
     "The rival firms reach the settlement"),
    ("The council sent twelve inspectors to the port in May; they stayed for nine days in June.",
     "The inspectors stay for nine days"),
    ("The mayor hired two architects in 2019, and they finished the plans in 2021.",
     "The architects finish the plans"),
    ("I asked our legal team to check the lease in March, and they will report to me in June.",
     "Our legal team will report to me"),
    ("In 2013 the three met again at a wedding, and in 2014 they opened a cafe in Leeds.",
     "The three open a cafe in Leeds"),
])
def test_they_names_an_earlier_clause_of_its_sentence(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize("text, expression, title, actor", [
    ("In 2013 the three met again at a wedding.", "2013", "The three meet again at a wedding", "the three"),
    ("The two signed the contract in May.", "May", "The two sign the contract", "the two"),
])
def test_a_count_after_the_is_a_plural_group(text: str, expression: str, title: str, actor: str) -> None:
    event = _event(text, expression)
    assert (event.title, event.actors[0]) == (title, actor)


@pytest.mark.parametrize("text, expression, actor", [
    # guards: a count before its noun counts it
    ("The three crew were lifted off in June.", "June", "the three crew"),
    ("The two transport ministers met in July.", "July", "the two transport ministers"),
])
def test_a_count_before_its_noun_stays_with_it(text: str, expression: str, actor: str) -> None:
    assert _event(text, expression).actors[0] == actor


@pytest.mark.parametrize("text, title", [
    ("The trial of Ann Roe, 34, who denies the theft, was adjourned on Thursday because a witness was ill. "
     "It will resume on 3 June.", "The trial will resume"),
    ("The hearing, which began in March, was halted on Friday because a juror fell ill. It will restart on 9 June.",
     "The hearing will restart"),
    ("The inquest into the crash, led by the coroner, was suspended in March after a witness collapsed. "
     "It reopened in April.", "The inquest reopens"),
])
def test_it_is_never_a_person(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize("text, title", [
    ("We lost our first son in 1986 and our second in 1988.", "We lose our second son"),
    ("She won her first title in 2001 and her second in 2004.", "She wins her second title"),
    ("The club opened its first shop in 1990 and its third in 1999.", "The club opens its third shop"),
    ("They sold the first house in May 2001 and the last in June 2005.", "They sell the last house"),
])
def test_a_gapped_object_takes_the_first_one_s_noun(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize("text, title", [
    # guards: a second object with a noun of its own, and both objects before one date
    ("He won the race in 2001 and the cup in 2004.", "He wins the race and the cup"),
    ("We lost our first son and our second in 1988.", "We lose our first son and our second"),
])
def test_an_object_with_its_own_noun_is_left_alone(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize("text, title", [
    ("The old bridge, which the council closes on Monday, carries 9,000 cars a day.", "The council closes the old bridge"),
    ("The depot, which the firm sells in May, employs 40 people.", "The firm sells the depot"),
    ("The bridge, which the council will close on Monday, carries 9,000 cars a day.",
     "The council will close the bridge"),
    # guard: told in the past, as before
    ("The hall, which the council bought in 1960, is now a museum.", "The council buys the hall"),
])
def test_an_object_relative_in_the_present_tells_its_subject_s_act(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize("text, title", [
    ("Gunmen released the reporter on Friday, 41 days after they seized her on a road.", "Gunmen seize her on a road"),
    ("The firemen reached the farm at noon on Monday, an hour after they left the station.",
     "The firemen leave the station"),
])
def test_they_names_a_plural_without_s(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_name_ending_in_men_is_no_plural() -> None:
    assert not any(t.startswith("Yemen meet") for t in _titles("Yemen signed the deal in May, a week after they met."))
