""""later in the day", "Late in the year": part of the period the text is in, the document's in news
and the story's in a history (session seven of issue 11). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


@pytest.mark.parametrize("text, expression, value", [
    ("The governor reached the flooded town later in the day.", "later in the day", "1998-03-11"),
    ("Earlier in the week, the talks stalled.", "Earlier in the week", "1998-W11"),
    ("Late in the month the board will meet again.", "Late in the month", "1998-03"),
])
def test_news_part_of_the_documents_period(text: str, expression: str, value: str) -> None:
    got = [(t.text, t.value) for t in tag(text, date(1998, 3, 11), narrative=False)]
    assert (expression, value) in got


def test_story_part_of_the_storys_year() -> None:
    got = [(t.text, t.value) for t in tag("The port fell in March 1947. Late in the year the army struck again.",
                                          None, narrative=True)]
    assert ("Late in the year", "1947") in got


def test_the_days_session_is_no_part_of_the_day() -> None:
    assert tag("Later in the day's session, stocks slid.", date(1998, 3, 11), narrative=False) == []
