"""A range of two yearless months or days is never read with its end before its beginning (session
seven of issue 11). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(1998, 3, 11)


def _range(text: str, dct: date | None = DCT, narrative: bool = False) -> list[str]:
    got = [t for t in tag(text, dct, narrative=narrative) if t.parts]
    assert len(got) == 1, [(t.text, t.value) for t in tag(text, dct, narrative=narrative)]
    return [p.value for p in got[0].parts]


@pytest.mark.parametrize("text, values", [
    ("Exports rose in the January-June period.", ["1998-01", "1998-06"]),
    ("Output will rise in the September-February period.", ["1998-09", "1999-02"]),
    ("The trade fair runs from Jan. 1 to Dec. 31.", ["1998-01-01", "1998-12-31"]),
    # in the right order already: untouched
    ("The fair ran from Nov. 28 to Jan. 3.", ["1997-11-28", "1998-01-03"]),
])
def test_news_range_reads_its_end_after_its_beginning(text: str, values: list[str]) -> None:
    assert _range(text) == values


def test_story_range_ends_in_the_story_time() -> None:
    """In a narrative the range ends where the story is: "from October to March" in early 1945 began
    in October 1944, and the story stays in 1945 after it."""
    text = ("The army landed in January 1945 and took the city in March. The allies fought in the hills "
            "from October to March, then took the port by May 3.")
    found = tag(text, None, narrative=True)
    rng = [t for t in found if t.parts]
    assert [p.value for p in rng[0].parts] == ["1944-10", "1945-03"]
    assert [(t.text, t.value) for t in found if t.text == "May 3"] == [("May 3", "1945-05-03")]


def test_a_weekday_then_a_month_keeps_its_own_reading() -> None:
    """ "a revision Friday to December's figures" is no range of months: the month is not moved."""
    found = tag("After a revision Friday to December's figures, the economy grew.", DCT, narrative=False)
    assert ("1997-12" in [p.value for t in found for p in (t.parts or (t,))])
