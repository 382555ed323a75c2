"""Session 30 of issue 11 (the TBAQ wire gap): kinds found in ten short wire stories in the AQUAINT
style, written and annotated before the tagger was run on them (``fresh_wire_s30/``). Sentences here
are our own and vary the words of each kind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.temporal.test_fresh_news_s11 import assert_fresh_scores
from tests.temporal.test_wire_stories_s28 import _found

HERE = Path(__file__).resolve().parent
FRESH = HERE / "fresh_wire_s30"


def test_the_fresh_wire_stories_are_all_there() -> None:
    files = sorted(FRESH.glob("*.tml"))
    assert len(files) == 10
    assert sum(f.read_text().count("<TIMEX3 ") - 1 for f in files) == 135


def test_fresh_wire_s30_values(tmp_path: Path) -> None:
    # measured with "the whole year" read: relaxed 0.985, value 0.963 (0.981 and 0.959 before)
    assert_fresh_scores(FRESH, tmp_path, "dct", (0.98, 0.96))


@pytest.mark.parametrize("text, dct, expression, value", [
    ("Output would grow about 8 percent for the whole year.", date(1999, 11, 23), "the whole year", "1999"),
    ("Officials expect exports to rise 5 percent over the entire year.", date(2012, 8, 30), "the entire year", "2012"),
    ("In 1995 the drought lasted the whole year.", date(2001, 4, 2), "the whole year", "1995"),
    ("Inflation ran at 3 percent in 2008, and prices rose in every month of the whole year.", date(2009, 1, 20), "the whole year", "2008"),
])
def test_the_whole_year_is_the_year_the_text_is_in(text: str, dct: date, expression: str, value: str) -> None:
    """ "for the whole year", "over the entire year": the full year (the report's, or the one the text
    just told), said in other words; they went untagged."""
    assert _found(text, dct)[expression] == ("DATE", value)


@pytest.mark.parametrize("text", [
    "The ferry runs the whole year round.",
    "Rebels held the town for the entire year of 1998.",
])
def test_a_habit_or_a_year_said_after_is_not_the_whole_year(text: str) -> None:
    found = _found(text, date(2001, 4, 2))
    assert not [k for k in found if "whole year" in k or "entire year" in k]


