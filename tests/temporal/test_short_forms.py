"""Years clipped to two figures after a preposition or "fiscal", and "FY" years (session seven of
issue 11). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(1999, 6, 2)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT, narrative=False)]


@pytest.mark.parametrize("text, expression, value", [
    ("Shipments have doubled since '95.", "'95", "1995"),
    ("The plant closed in '97 after the strike.", "'97", "1997"),
    ("Margins narrowed in fiscal '98.", "fiscal '98", "1998"),
    ("Orders slumped in late '96.", "late '96", "1996"),
    ("The agency's budget for FY98 was cut.", "FY98", "1998"),
    ("Revenue guidance for FY 2000 is unchanged.", "FY 2000", "2000"),
    ("The rules take effect in '01.", "'01", "2001"),
])
def test_short_years(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


@pytest.mark.parametrize("text", [
    "The '98 model sold well.",
    "He shot 72 in the first round and 'round 70 in the second.",
    "The FYI memo went out.",
    "Their 98's were all sold.",
])
def test_clipped_figures_that_are_no_years(text: str) -> None:
    assert _found(text) == []
