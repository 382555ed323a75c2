"""The one list of spelled-out counts: every rule reads its words from it, so what it says is what
the tagger, the event filters and the titles read."""

import re

import pytest

from explorer.number_words import CARDINALS, cardinals, spelled
from explorer.temporal.tagger import tag


def test_cardinals_run_in_order_of_value():
    values = list(CARDINALS.values())
    assert values == sorted(values)
    assert cardinals(2, 12) == {w: v for w, v in CARDINALS.items() if 2 <= v <= 12}
    assert list(cardinals(18, 30)) == ["eighteen", "nineteen", "twenty", "thirty"]


@pytest.mark.parametrize(("first", "last", "inside", "outside"), [
    (2, 10, ["two", "seven", "ten"], ["one", "eleven", "twenty"]),
    (1, 12, ["one", "twelve"], ["thirteen"]),
    (20, 50, ["twenty", "fifty"], ["sixty", "nineteen"]),
])
def test_spelled_alternation_reads_exactly_its_range(first, last, inside, outside):
    whole = re.compile(rf"(?:{spelled(first, last)})")
    assert all(whole.fullmatch(word) for word in inside)
    assert not any(whole.fullmatch(word) for word in outside)


def test_capital_forms_open_a_sentence():
    assert re.fullmatch(rf"(?:{spelled(2, 5, capital=True)})", "Four")
    assert not re.fullmatch(rf"(?:{spelled(2, 5, capital=True)})", "four")


@pytest.mark.parametrize(("text", "value"), [
    ("The talks lasted seventeen days.", "P17D"),
    ("The crew spent eleven weeks at sea.", "P11W"),
    ("Repairs took forty years.", "P40Y"),
])
def test_the_tagger_reads_counts_from_the_list(text, value):
    assert value in [t.value for t in tag(text, dct=None)]
