"""Posts (session nine): the sunset of the day a post was written, "the whole morning" as that day's
morning, a count glued to a hashtag mark ("#10yrs") that labels a photo rather than says a
duration, a lower-case weekday with its date ("monday 3 march"), "on sat?" ending its clause. Sentences of our own, each with the TIMEX3 values TimeML marks, for one document date."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

D = date(2016, 9, 14)  # a Wednesday

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Sat on the pier watching the sky turn pink at sunset", [("sunset", "DATE", "2016-09-14")]),
    ("nothing beats a sunrise over the bay", [("sunrise", "DATE", "2016-09-14")]),
    ("The colours of dusk from my window", [("dusk", "DATE", "2016-09-14")]),
    ("#sunset #beach #nofilter", []),  # labels for a photo
    ("cruising down Sunset Boulevard with the top down", []),  # a name
    ("the tax cut has a sunset clause", []),
    ("The whole morning my neighbour drilled the wall", [("The whole morning", "TIME", "2016-09-14TMO")]),
    ("slept the entire afternoon lol", [("the entire afternoon", "TIME", "2016-09-14TAF")]),
    ("Found my old camera in a drawer #throwback #10yrs", []),
    ("the battery lasted 10yrs, not bad", [("10yrs", "DURATION", "P10Y")]),
    # a weekday and its date typed in lower case (2016-09-19 is a Monday)
    ("dentist monday 19 september ugh", [("monday 19 september", "DATE", "2016-09-19")]),
    ("dentist monday 19 September ugh", [("monday 19 September", "DATE", "2016-09-19")]),
    ("gig on fri 23rd sept!!", [("fri 23rd sept", "DATE", "2016-09-23")]),
    ("gig fri sept 23 at the bar", [("fri sept 23", "DATE", "2016-09-23")]),
    ("flight out sat 1 october 2016", [("sat 1 october 2016", "DATE", "2016-10-01")]),
    ("he said monday 3 people came", [("monday", "DATE", "2016-09-12")]),
    # "on sat" that ends its clause is the day; "on sun cream" is none
    ("anyone free on sat?", [("sat", "DATE", "2016-09-17")]),
    ("put on sun cream pls", []),
    ("the cat sat on the mat.", []),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_post(text: str, want: list[tuple[str, str, str]]) -> None:
    got = [(t.text, t.type, t.value) for t in timeml_view(tag(text, D))]
    assert got == want


def test_sunset_in_an_article_is_no_date() -> None:
    """Only a post is written on the day it shows: an article's sunset may be any day's."""
    text = ("The harbour committee met again to discuss the new lighting scheme for the quay.\n\n"
            "Fishing boats used to come in at sunset, the chairman recalled, and the old lamps guided them "
            "past the rocks at the mouth of the river.\n")
    assert [t.text for t in tag(text, D)] == []


@pytest.mark.parametrize("text", [c[0] for c in CASES], ids=[c[0][:40] for c in CASES])
def test_the_new_rules_triggers_cover_their_matches(text: str) -> None:
    from explorer.temporal.grammar.scanner import trigger_misses

    assert trigger_misses(text) == []
