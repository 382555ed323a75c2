"""A number after a word that numbers the parts of a text, a series or a place is that part's number,
never a year (acceptance test, session 17: "budget for chapter 2045" was tagged as the year 2045)."""

from __future__ import annotations

import pytest

from explorer.temporal.grammar import find_candidates


def _tagged(text: str) -> list[str]:
    return [text[c.start:c.end] for c in find_candidates(text)]


@pytest.mark.parametrize("text", [
    "The committee agreed the budget for chapter 2045 of the handbook.",
    "Ch. 1987 of the saga is the longest one.",
    "Listeners voted episode 2001 their favourite.",
    "Take bus 2019 to the harbour and walk from there.",
    "Clause 2031 sets out the notice period.",
    "The rule is in article 2012 of the statute.",
    "Item 1999 on the agenda was deferred.",
    "Trains for the coast leave from platform 2004.",
    "The fee is on invoice 2024, attached.",
])
def test_a_numbered_part_is_not_a_year(text: str) -> None:
    assert not any(t.isdigit() and len(t) == 4 for t in _tagged(text))


@pytest.mark.parametrize("text, year", [
    ("The last chapter was written in 2019.", "2019"),
    ("The bus ran on that route until 2011.", "2011"),
    ("Each episode aired in 2003.", "2003"),
])
def test_a_year_near_such_a_word_is_still_a_year(text: str, year: str) -> None:
    assert year in _tagged(text)
