"""Two title kinds from an own page (a family's Christmas letter), with sentences of our own:

- a comment adverb opening the clause is no part of the title ("Sadly, we lost our old dog Biscuit in
  October" was titled "Sadly we lose our old dog Biscuit");
- a short frame that only announces news before a colon is titled by the clause after the colon ("Our big
  news came in August: Ellie and Marcus got engaged" was titled "Our big news comes: Ellie and Marcus got
  engaged").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.test_precision_kinds_s10 import _events

DEC = date(2025, 12, 20)


@pytest.mark.parametrize(("text", "title"), [
    ("Sadly, we lost our old dog Biscuit in October.", "We lose our old dog Biscuit"),
    ("Tragically the ferry sank on 4 June 1911 with all hands.", "The ferry sinks with all hands"),
    ("Happily, the council reopened the library in March.", "The council reopens the library"),
    ("Unfortunately the club lost the final on 3 May.", "The club loses the final"),
])
def test_a_comment_adverb_is_no_part_of_the_title(text: str, title: str) -> None:
    assert title in [e.title for e in _events(text, DEC)]


@pytest.mark.parametrize(("text", "title"), [
    ("Our big news came in August: Ellie and Marcus got engaged on a beach in Crete.",
     "Ellie and Marcus get engaged on a beach in Crete"),
    ("The highlight came on 3 May: the choir sang at the cathedral in Wells.", "The choir sings at the cathedral in Wells"),
])
def test_news_announced_before_a_colon_is_titled_by_what_follows(text: str, title: str) -> None:
    assert title in [e.title for e in _events(text, DEC)]


def test_guard_a_happening_before_a_colon_keeps_its_title() -> None:
    titles = [e.title for e in _events("The bakery opened in June: it sold bread and cakes.", DEC)]
    assert any(t.startswith("The bakery opens") for t in titles), titles
