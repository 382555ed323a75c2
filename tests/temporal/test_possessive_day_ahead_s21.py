"""A weekday's event still to come (issue #11, session 21). News names a day's event once it happened
("Wednesday's ruling", "Friday's close"), so a possessive weekday looked back unless "ahead of" came
before it. An event that will be held, is scheduled to start or is set for an hour has not happened
yet, nor one people are getting ready for in the present: "Saturday's match will be played in Rome",
"officials are preparing for Sunday's vote" are the coming days. A past event told with a future
about it ("Thursday's ruling will be appealed") still looks back. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

DCT = date(2007, 6, 13)  # a Wednesday
FILL = ("\n\nThe council voted to widen the road near the harbour, and residents of the district said they "
        "welcomed the plan, which the mayor called a sensible compromise between drivers and shopkeepers.")


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_view(tag(text + FILL, DCT))]


@pytest.mark.parametrize(("text", "day", "value"), [
    # news
    ("Saturday's final will be played in front of 80,000 fans.", "Saturday", "2007-06-16"),
    ("Monday's hearing is scheduled to start at 10 a.m.", "Monday", "2007-06-18"),
    ("Friday's vote is set for noon, the speaker's office said.", "Friday", "2007-06-15"),
    ("Election officials are preparing for Sunday's runoff.", "Sunday", "2007-06-17"),
    # a club newsletter
    ("Thursday's quiz night will take place in the upstairs bar as usual.", "Thursday", "2007-06-14"),
    # a post
    ("so hyped, gearing up for Saturday's gig!!", "Saturday", "2007-06-16"),
])
def test_a_possessive_weekday_whose_event_is_still_to_happen_looks_ahead(text: str, day: str, value: str) -> None:
    assert (day, value) in _found(text)


@pytest.mark.parametrize(("text", "day", "value"), [
    ("Tuesday's ruling will be appealed, lawyers said.", "Tuesday", "2007-06-12"),
    ("Monday's march drew 5,000 people.", "Monday", "2007-06-11"),
    ("Police braced for Saturday's protest, which passed off peacefully.", "Saturday", "2007-06-09"),
])
def test_a_possessive_weekday_of_an_event_that_happened_still_looks_back(text: str, day: str, value: str) -> None:
    assert (day, value) in _found(text)
