"""A compound of "people" or "children" is a plural subject (session fifty-one, the lead's own pages):
"The townspeople rebuilt it" was titled "The townspeople rebuilds it". Our own sentences; each failed
before (the guard marked).
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of as _titles


@pytest.mark.parametrize("text,title", [
    ("Fire gutted the hall in 1702. The townspeople rebuilt it within a decade.", "The townspeople rebuild it within a decade"),
    ("In 1841 the tradespeople of the lower town formed a guild.", "The tradespeople of the lower town form a guild"),
    ("In June 1966 the schoolchildren planted an oak on the green.", "The schoolchildren plant an oak on the green"),
    ("In 2019 the salespeople at the depot went on strike.", "The salespeople at the depot go on strike"),
    ("In 1950 the people of the valley voted for the dam.", "The people of the valley vote for the dam"),  # guard
])
def test_a_compound_of_people_takes_a_plural_verb(text: str, title: str) -> None:
    assert title in _titles(text)
