"""Session 52 (lead): a life told year by year after a news lead of its end.

An obituary or a profile opens on the news ("died on Tuesday") and then tells the life forward from its
birth: 1933, 1950, 1956 … Each of those years comes nearer the page's year, and the stray-year guard
(story_time._stray) took each one for an aside the text "leaves again at once", because the next year
told was nearer the story's time (the page's week). So the story stayed on the page's week (or on a
late year told in passing), and "the previous summer" or "the year before" in the middle of the life
were counted from it: "joined the shipyard in 1950, after the strike of the previous summer" gave the
summer of the page's year. A year is an aside only when the text comes back to the story after it, not
when it goes on from it. Sentences of our own; each row of the first test failed before.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _value(text: str, expression: str, dct: str) -> str:
    return next(t for t in tag(text, date.fromisoformat(dct)) if t.text == expression).value


_BRANDT = """Oskar Brandt, who built the harbour's cranes, died on Tuesday at home. He was 91.

Brandt was born in Sallow in 1933, the son of a fisherman. He joined the shipyard in 1950, after the \
strike of the previous summer had closed it for a year. He qualified as an engineer in 1956 and married \
Greta Holm in 1959.

The yard was sold in 1999. In 1963 the harbour board asked him to design new cranes after the storms of \
the previous winter. The first of them was working by 1966, and by 1970 there were eight.

He left the board in 1984 and taught at the technical college until 1995. Greta died in 2009.
"""

_DWYER = """Colm Dwyer, who ran the village shop for half a century, died on Friday in the cottage hospital.

Dwyer left school in 1950 and bought the shop in 1961 from a cousin who had opened it the year before. \
He was elected to the parish council in 1968 and served on it for thirty years.

The shop closed in 2015. In 1972 he led the campaign to save the railway halt, which the board had \
marked for closure the previous spring. He gave up his council seat in 1998.
"""

LIVES = [
    (_BRANDT, "the previous summer", "2024-11-20", "1949-SU"),
    (_BRANDT, "the previous winter", "2024-11-20", "1962-WI"),
]

#: guards: a look back told inside a relative clause, or in a sentence that opens on its own year
GUARDS = [
    (_DWYER, "the year before", "2022-06-06", "1960"),
    (_DWYER, "the previous spring", "2022-06-06", "1971-SP"),
]


@pytest.mark.parametrize("text, expression, dct, value", LIVES)
def test_a_step_in_a_life_counts_from_the_life_year_just_told(text: str, expression: str, dct: str,
                                                             value: str) -> None:
    assert _value(text, expression, dct) == value


@pytest.mark.parametrize("text, expression, dct, value", GUARDS)
def test_a_look_back_in_a_clause_of_its_own_year_stays_there(text: str, expression: str, dct: str,
                                                             value: str) -> None:
    assert _value(text, expression, dct) == value


def test_an_aside_year_the_text_comes_back_from_still_leaves_the_story() -> None:
    # guard: 1959 is the story's time, 2005 an aside the text leaves for 1960 at once
    text = ("In 1959 the survey ship charted the reef. The charts, declassified in 2005, show its route. "
            "In 1960 the ship returned, and the following spring it charted the northern channel.")
    assert _value(text, "the following spring", "2024-01-01") == "1961-SP"
