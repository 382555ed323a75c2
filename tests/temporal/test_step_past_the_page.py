"""A step forward told in the past ("two years later", "the following year") that would land after the
page's date from the news day the story stood on counts from the year mentioned since (session
twenty-one, dates #11).

An obituary or a profile names the news day first ("died on Monday", "won last Friday"), then tells
the life in years; those years are read as looks back from that day, so "two years later" was
counted from the news day and put the life's step in a year still to come. Every sentence here is
written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2026, 9, 9)


@pytest.mark.parametrize("text, expression, value", [
    ("When the mare Corrie Lass won at Ayr last Friday, her trainer was in hospital. Jo Baird, 50, has run the "
     "yard since 2011. She had ridden in point-to-points for years before a fall in 1996 broke her arm. Three "
     "years later she took out a licence of her own.", "Three years later", "1999"),
    ("When the choir sang at the abbey on Sunday, its founder was in the front row. Ruth Mair, 70, has led it "
     "since 1985. She had taught music for a decade before a move in 1979 brought her to the town. Two years "
     "later she held the first rehearsal in her kitchen.", "Two years later", "1981"),
    ("When the lifeboat was named on Saturday, its oldest crew member cut the ribbon. Dan Rees has served since "
     "1972. He had fished for years before a storm in 1968 sank his boat. The following year he joined the "
     "crew as a mechanic.", "The following year", "1969"),
])
def test_a_past_step_counts_from_the_year_told_not_from_the_news_day(text: str, expression: str, value: str) -> None:
    found = [(t.text, t.value) for t in tag(text, DCT)]
    assert (expression, value) in found, found


def test_a_step_told_ahead_still_counts_from_the_news_day() -> None:
    text = ("When the lifeboat was named on Saturday, its oldest crew member cut the ribbon. Dan Rees has served "
            "since 1972. He had fished for years before a storm in 1968 sank his boat. The crew will replace the "
            "boat two years later.")
    found = [(t.text, t.value) for t in tag(text, DCT)]
    assert ("two years later", "2028") in found, found
