"""A described subject with a name in apposition that has a description of its own ("The mill's first
manager, the engineer Ruth Calloway, resigned") is titled by the name: "Ruth Calloway resigns"; a
thing's name after a bare "the" keeps it ("The Harbour Queen arrives")."""

import pytest

from explorer.events.titles import make_title
from explorer.events.titles.apposed_names import name_in_apposition


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return make_title(sentence, at, at + len(date))


@pytest.mark.parametrize("sentence, date, title", [
    ("The mill's first manager, the engineer Ruth Calloway, resigned in 1902.", "1902", "Ruth Calloway resigns"),
    ("Her uncle, a carpenter named Piet Olsen, built the boat in 1931.", "1931", "Piet Olsen builds the boat"),
    ("In 1877 the society's treasurer, the banker Hugh Darrow, left £5,000 to the museum.", "1877",
     "Hugh Darrow leaves £5,000 to the museum"),
    ("The second of three new ferries, the Harbour Queen, arrived from the yard in June.", "June",
     "The Harbour Queen arrives from the yard"),
])
def test_the_apposed_name_is_the_subject(sentence: str, date: str, title: str) -> None:
    assert _title(sentence, date) == title


@pytest.mark.parametrize("clause", [
    "The band recorded its first album, the Low Tide Sessions, in a church hall",  # a verb before the aside
    "The meeting, the first since March, ended early",  # no name
])
def test_no_name_or_a_verb_before(clause: str) -> None:
    assert name_in_apposition(clause) == clause


def test_a_place_named_after_its_description() -> None:
    assert name_in_apposition("The club's old ground, the Mill Field, is to be sold") == "The Mill Field is to be sold"


def test_a_one_word_name_beside_a_description() -> None:
    # ("Brinmoor, is fined": the comma the aside left is gone with it)
    assert _title("The ferry's owner, Brinmoor, was fined £80,000 in March.", "March") == "Brinmoor is fined £80,000"
    assert name_in_apposition("The meeting, Monday, ended early") == "The meeting, Monday, ended early"
