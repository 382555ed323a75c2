"""Issue 12, session fifteen (titles and actors, round two): a perfect told as a headline tells it,
in the present. Our own sentences, none from the gold set, the folders, web pages or TimeML."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.tense import headline_tense
from explorer.events.titles import make_title
from explorer.ingest import extract_document

_LEAD = "Coast news\n\nIt was a wet week on the coast. "
_TAIL = " The council met again later."


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", _LEAD + text + _TAIL, "t"), dct=date(2024, 9, 1)).events]


@pytest.mark.parametrize(("text", "title"), [
    ("The lifeboat crew has rescued four kayakers off the headland.", "The lifeboat crew rescues four kayakers"),
    ("Railway workers have closed the level crossing at Brackmoor.", "Railway workers close the level crossing"),
    ("The brewery has just reopened its old malt house.", "The brewery reopens its old malt house"),
    ("The museum has since returned the carved panels to the chapel.", "The museum returns the carved panels"),
])
def test_a_perfect_happening_is_titled_in_the_present(text: str, title: str) -> None:
    titles = _titles(text)
    assert any(t.startswith(title) for t in titles), titles


@pytest.mark.parametrize(("title", "expected"), [
    ("The ferry firm has cancelled its night sailings", "The ferry firm cancels its night sailings"),
    ("Two climbers have been found", "Two climbers are found"),
    ("The depot had lost its keys", "The depot loses its keys"),
    ("The garrison had withdrawn from the fort", "The garrison withdraws from the fort"),
    ("The mayor has taken the chair", "The mayor takes the chair"),
    # "have" told the subject is plural, whatever its words look like
    ("Surveys in the valley have suggested a fall", "Surveys in the valley suggest a fall"),
    ("Talks with Kelby have collapsed", "Talks with Kelby collapse"),
])
def test_the_last_pass_puts_a_perfect_in_the_present(title: str, expected: str) -> None:
    assert headline_tense(title, perfect=True) == expected


@pytest.mark.parametrize("title", [
    "The club has never lost at home",  # a negation is no happening to retell
    "Divers say they have found the wreck",  # the told clause's perfect, not the title's verb
    "The town has a new harbour master",  # "has" as a verb of its own
    "There has been a thaw in relations",  # an existential "there": no subject to retell
])
def test_what_the_perfect_rule_leaves(title: str) -> None:
    assert headline_tense(title, perfect=True) == title


def test_a_present_perfect_stays_until_the_last_pass() -> None:
    # the folds read "has …" in a title as news whose day is told elsewhere
    assert headline_tense("The ferry firm has cancelled its night sailings") == "The ferry firm has cancelled its night sailings"


# ------------------------------------------- an opening "When" clause's title ends at its comma


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("When the tide turned on 8 August, the lifeboat crew launched from the slipway.", "8 August", "The tide turns"),
    ("When the quarry closed in 1962, the village lost its school.", "1962", "The quarry closes"),
    ("When the strike ended on 2 June, the dockers went back to work.", "2 June", "The strike ends"),
    ("Once the snow melted in April, the pass reopened to carts.", "April", "The snow melts"),
    ("When in 1912 the chapel burned, the parish rebuilt it in stone.", "1912", "The chapel burns"),
])
def test_an_opening_when_clause_does_not_run_into_the_main_clause(sentence: str, expression: str, title: str) -> None:
    at = sentence.index(expression)
    assert make_title(sentence, at, at + len(expression)) == title


def test_a_when_clause_that_tells_a_failure_still_gives_the_main_clause() -> None:
    sentence = "When the ferry failed to arrive that evening, the harbour master called the coastguard."
    at = sentence.index("that evening")
    assert make_title(sentence, at, at + len("that evening")) == "The harbour master calls the coastguard"


# ------------------------------------------- ", so" opens a clause of its own


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The fog lifted on Sunday morning, so three boats left the harbour at noon.", "The fog lifts", "Three boats leave the harbour"),
    ("The well ran dry on 3 July, so the farm bought a tank on 5 July.", "The well runs dry", "The farm buys a tank"),
    ("The printer broke down on Monday, so the staff waited until Thursday.", "The printer breaks down", "The staff wait"),
])
def test_a_result_after_so_is_titled_from_its_own_clause(text: str, first: str, second: str) -> None:
    titles = _titles(text)
    assert any(t.startswith(first) and "so" not in t.split() for t in titles), titles
    assert any(t.startswith(second) for t in titles), titles


def test_so_far_and_so_that_open_no_clause() -> None:
    from explorer.events.clauses import CLAUSE_BREAK
    assert not CLAUSE_BREAK.search("The cellar, so far, has stayed dry")
    assert not CLAUSE_BREAK.search("The wall was raised, so that the yard stayed dry")
    assert CLAUSE_BREAK.search("The wall fell, so the yard flooded")


# ------------------------------------------- "he" or "she" never names a publication


@pytest.mark.parametrize("context", [
    "Eastbrook Gazette reported the case on 3 May. ",
    "Harlow Herald covered the hearing in June. ",
    "Kelby Chronicle printed the letter on Friday. ",
])
def test_a_person_pronoun_is_no_publication(context: str) -> None:
    title = make_title("He collapsed at home on 9 May.", 25, 30, context=context)
    assert title.startswith("He collapses"), title


def test_a_person_pronoun_still_names_the_person_before() -> None:
    title = make_title("He collapsed at home on 9 May.", 25, 30, context="Tomas Berg, a porter, worked nights. ")
    assert title.startswith("Tomas Berg collapses"), title


# ------------------------------------------- "it" for a body named as the subject before, after an opening phrase


@pytest.mark.parametrize(("context", "sentence", "expression", "title"), [
    ("For three years, Brenfield Foods told its members that all was well. ",
     "Its accounts showed profits, and in 2021 it paid the largest dividend in its history.", "2021",
     "Brenfield Foods pays the largest dividend"),
    ("In 2019, the Kelby Rowing Club bought a new boat. ", "It won the regional cup in 2020.", "2020",
     "The Kelby Rowing Club wins the regional cup"),
    ("Tarnwell Energy says its meters would flag the fault. It says it does not know why. ",
     "It offered Ms Dale £50 on 3 May.", "3 May", "Tarnwell Energy offers Ms Dale £50"),
])
def test_it_names_the_body_that_opened_a_sentence_before(context: str, sentence: str, expression: str, title: str) -> None:
    at = sentence.index(expression)
    assert make_title(sentence, at, at + len(expression), context=context).startswith(title)


# ------------------------------------------- a career's dated list entry tells what the protagonist did


_PROFILE = ("Harbour school names a head\n\nThe governors have appointed Dr Mara Quell as head teacher. "
            "Dr Quell grew up in the town. Dr Quell said she was delighted.\n\nCareer\n\n")


@pytest.mark.parametrize(("entry", "expression", "title"), [
    ("- 2001: Joins Kelby Academy as a teacher", "2001", "Quell joins Kelby Academy as a teacher"),
    ("- 1996: Graduates in history from the University of Tarn", "1996", "Quell graduates in history"),
    ("2015: Moves to Dunmore High School", "2015", "Quell moves to Dunmore High School"),
])
def test_a_career_entry_names_the_protagonist(entry: str, expression: str, title: str) -> None:
    at = entry.index(expression)
    assert make_title(entry, at, at + len(expression), context=_PROFILE).startswith(title)


def test_a_list_entry_with_no_protagonist_is_left() -> None:
    entry = "- 2001: Joins Kelby Academy as a teacher"
    context = "Staff notes\n\nThe governors met. Ann Holt and Petra Venn spoke.\n\n"
    assert make_title(entry, 2, 6, context=context).startswith("Joins Kelby Academy")
