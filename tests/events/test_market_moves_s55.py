"""A market's move told as a happening (session 55, issue 12): shares, a yield or a currency moving on a
day or on an announcement, told with whose shares they are ("Shares in Orvane fell"), in a "when" or
"and" clause beside the main act, or as the main act's result ("…, sending its shares down 9 per
cent"). The README keeps a market move on a day and leaves out a change over a period. Sentences
written for this test; names, places, dates and verbs vary."""

from __future__ import annotations

import pytest

from explorer.events.tense import headline_tense
from tests.events.extracted_events import titles_of


@pytest.mark.parametrize(("text", "title"), [
    # whose shares, told after the noun
    ("Orvane Mining said on 4 March 2025 that it would close its copper mine. Shares in Orvane fell 14 percent "
     "in Toronto.", "Shares in Orvane fall 14 percent in Toronto"),
    ("Hadley Steel warned on 2 June 2025 that profits would halve. Shares of Hadley gained in early trading.",
     "Shares of Hadley gain in early trading"),
    # a currency by its name
    ("The central bank raised its main rate on 3 May 2024. The peso strengthened by 2% against the dollar "
     "after the announcement.", "The peso strengthens"),
    # the main act's result, told by a participle
    ("Tolland Foods cut its profit forecast on Tuesday, sending its shares down 9 per cent in London.",
     "Tolland Foods shares fall 9 per cent in London"),
    ("Marrick Brewing lost its biggest contract on 12 May 2023, sending its shares to a record low.",
     "Marrick Brewing shares fall to a record low"),
    # a move in a "when" or "while" clause beside the main act
    ("Pellow went public with its offer on 22 April 2025, when Marden shares jumped 18 percent.",
     "Marden shares jump 18 percent"),
    ("Corbel shares fell 6 percent on Friday 3 May 2024, while Lusk shares rose slightly.", "Lusk shares rise"),  # guard
    ("The Ostmark bank held its rate on 6 March 2026, and yields on ten-year bonds slid to 2.1%.",
     "Yields on ten-year bonds slide to 2.1%"),
])
def test_a_market_move_is_an_event(text: str, title: str) -> None:
    assert any(t.startswith(title) for t in titles_of(text)), titles_of(text)


@pytest.mark.parametrize(("text", "word"), [
    # a change over a period is a statistic (guards: no event before the change either)
    ("The first lock opened on 2 August 1771, and the price of coal in Denby fell by almost half within a year.",
     "price"),
    ("The bakery opened on 3 May 2021. Prices of flour rose 12 percent in the year to March.", "Prices"),
    ("The shop reopened on 9 June 2022. Shares in Tarn rose 40 percent over the past month.", "Shares"),
])
def test_a_move_over_a_period_is_no_event(text: str, word: str) -> None:
    assert not any(t.startswith(word) or f" {word.lower()} " in f" {t.lower()} " for t in titles_of(text)), titles_of(text)


@pytest.mark.parametrize(("title", "present"), [
    # a title's first word, capitalised as its opening, is no name before "of"
    ("Shares of Hadley gained in early trading", "Shares of Hadley gain in early trading"),
    ("Residents of Low Street left in 1953", "Residents of Low Street leave in 1953"),
    ("Members of the Ashby family sold the mill", "Members of the Ashby family sell the mill"),  # guard
])
def test_a_plural_head_before_of_and_a_name_takes_a_plural_verb(title: str, present: str) -> None:
    assert headline_tense(title) == present
