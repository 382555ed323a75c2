"""A date after an opening "By" that times what was held then (issue 12, session forty-two, event
precision): "by 1910 the family owned nine mills", "By the 4th century BC the city lay between two
empires", "by the end of the decade the order ran twelve hospitals", "By noon the line stretched round
the block" tell how things stood, not a happening on the date (``date_roles_held.held_by_then``: the role
"state reached"). A deed done by then keeps its date, and so does a state told with no "By" opening."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import date_role_of


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The first mill opened in 1871, and by 1910 the family owned nine mills.", "1910"),
    ("By the 4th century BC the city lay between two empires.", "the 4th century BC"),
    ("The order came to the town in 1850; by the end of the decade it ran twelve hospitals.", "the end of the decade"),
    ("By noon the line stretched round the block.", "noon"),
    ("Trade collapsed: by the 1890s the harbour stood empty.", "the 1890s"),
])
def test_what_was_held_by_then_is_a_state_reached(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) == "state reached"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("By the evening the rebels had withdrawn from the bridge.", "the evening"),
    ("By noon the captain had ordered the cargo thrown overboard.", "noon"),
    ("By Friday the minister stood down.", "Friday"),
    ("In 1910 the family owned nine mills.", "1910"),
])
def test_a_deed_done_by_then_or_a_state_with_no_by_keeps_its_date(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) != "state reached"
