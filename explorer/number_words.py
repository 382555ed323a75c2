"""English number words, the one list every rule that reads a spelled-out count is built from.

Counts are spelled out in every kind of text ("three soldiers", "for two weeks", "Fifty people
gathered"), so the tagger, the event filters and the titles all look for them. They stand in the
bottom layer, beside the auxiliaries, so that no rule spells the words out again and a rule that
needs "two to twelve" and one that needs "one to ten" read the same words.
"""

from __future__ import annotations

#: The cardinals a writer spells out, in the order of their values: one to nineteen, then the tens.
CARDINALS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}


def cardinals(first: int, last: int) -> dict[str, int]:
    """The cardinals valued from ``first`` to ``last``, in order: a rule says which counts it reads
    (a clock hour is one to twelve, a crowd starts at two) instead of listing the words."""
    return {word: value for word, value in CARDINALS.items() if first <= value <= last}


def spelled(first: int, last: int, capital: bool = False) -> str:
    """A regex alternation of the cardinals from ``first`` to ``last`` ("two|three|…|ten"); with
    ``capital``, as they open a sentence ("Two|Three|…")."""
    words = cardinals(first, last)
    return "|".join(word.capitalize() if capital else word for word in words)
