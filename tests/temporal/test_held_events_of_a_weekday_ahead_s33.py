"""A weekday's gathering, contest or ballot that does something still to come (issue #11, session 33).
"Tuesday's meeting will decide", "Sunday's election will be the first since 1990", "Saturday's summit
is expected to draw 20 leaders": a meeting, a vote or a match acting in the future has not been held
yet. An outcome ("Friday's ruling will affect thousands") or a passive about the event ("Monday's vote
will be challenged in court") still looks back, as before. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

DCT = date(2011, 9, 14)  # a Wednesday
FILL = ("\n\nThe council voted to widen the road near the harbour, and residents of the district said they "
        "welcomed the plan, which the mayor called a sensible compromise between drivers and shopkeepers.")


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_view(tag(text + FILL, DCT))]


@pytest.mark.parametrize(("text", "day", "value"), [
    ("Tuesday's meeting will decide whether the plant stays open.", "Tuesday", "2011-09-20"),
    ("Sunday's election will be the first since the war.", "Sunday", "2011-09-18"),
    ("Saturday's summit is expected to draw leaders from 20 countries.", "Saturday", "2011-09-17"),
    ("Officials hope Friday's talks will end the dispute.", "Friday", "2011-09-16"),
    ("Monday's hearing, the first in the case, will focus on the evidence.", "Monday", "2011-09-19"),
    ("Thursday's referendum is likely to split the party.", "Thursday", "2011-09-15"),
    ("The union said Friday's strike would go ahead.", "Friday", "2011-09-16"),
    ("Saturday's derby will decide the title, the manager said.", "Saturday", "2011-09-17"),
])
def test_a_held_event_of_a_weekday_acting_in_the_future_looks_ahead(text: str, day: str, value: str) -> None:
    assert (day, value) in _found(text)


@pytest.mark.parametrize(("text", "day", "value"), [
    ("Tuesday's ruling will affect thousands of tenants.", "Tuesday", "2011-09-13"),
    ("Monday's vote will be challenged in court, the opposition said.", "Monday", "2011-09-12"),
    ("Sunday's election was the first since the war.", "Sunday", "2011-09-11"),
    ("Saturday's match drew 40,000 fans.", "Saturday", "2011-09-10"),
    ("Friday's meeting will have lasting effects, analysts said.", "Friday", "2011-09-09"),
])
def test_an_outcome_or_a_past_event_of_a_weekday_still_looks_back(text: str, day: str, value: str) -> None:
    assert (day, value) in _found(text)
