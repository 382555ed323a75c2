"""The resolver learns that a past verb chose a yearless period's year from the period's derivation
("... + past tense"), to move "the second week of January" told as done on 3 January to last year's.
Both sides use ``yearless.TOLD_IN_THE_PAST``: these cases fail if the reading and the check drift
apart again (the check had its own copy of the words). Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag
from explorer.temporal.yearless import TOLD_IN_THE_PAST, told_in


@pytest.mark.parametrize("text,phrase", [
    ("Exports fell sharply in March, the ministry said.", "March"),
    ("The committee met on June 4 to review the plan.", "June 4"),
])
def test_a_yearless_date_placed_by_a_past_verb_says_so(text: str, phrase: str) -> None:
    t = next(t for t in tag(text, date(2024, 5, 20)) if t.text == phrase)
    assert t.derivation.endswith(TOLD_IN_THE_PAST)


def test_a_yearless_date_placed_by_a_future_verb_does_not() -> None:
    t = next(t for t in tag("The committee will meet on June 4 to review the plan.", date(2024, 5, 20)) if t.text == "June 4")
    assert t.derivation.endswith(told_in("future")) and not t.derivation.endswith(TOLD_IN_THE_PAST)


@pytest.mark.parametrize("text", [
    "Work on the bridge stalled in the second week of January.",
    "Work on the bridge stalled during the last week of January.",
])
def test_a_part_of_the_month_under_way_told_as_done_is_last_years(text: str) -> None:
    # written on 3 January: the part lies after the page, so the one told as done is last year's
    part = next(t for t in tag(text, date(2024, 1, 3)) if "January" in t.text)
    assert part.type == "DURATION" and isinstance(part.begin, date) and part.begin.year == 2023
