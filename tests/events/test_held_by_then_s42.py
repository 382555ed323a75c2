"""A date after an opening "By" that times what was held then (issue 12, session forty-two, event
precision): "by 1910 the family owned nine mills", "By the 4th century BC the city lay between two
empires", "by the end of the decade the order ran twelve hospitals", "By noon the line stretched round
the block" tell how things stood, not a happening on the date (``date_roles_held.held_by_then``: the role
"state reached"). A deed done by then keeps its date, and so does a state told with no "By" opening."""

from __future__ import annotations

import pytest

from datetime import date

from tests.events.extracted_events import date_role_of, events_of


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The first mill opened in 1871, and by 1910 the family owned nine mills.", "1910"),
    ("By the 4th century BC the city lay between two empires.", "the 4th century BC"),
    ("The order came to the town in 1850; by the end of the decade it ran twelve hospitals.", "the end of the decade"),
    ("By noon the line stretched round the block.", "noon"),
    ("Trade collapsed: by the 1890s the harbour stood empty.", "the 1890s"),
    # session 56: a growth or decline reached by an era, told by a perfect
    ("By the 1990s the firm had lost most of its customers.", "the 1990s"),
    ("The mill closed in 1931, and by the 1950s the village had shrunk to forty houses.", "the 1950s"),
    ("By the 18th century the port had grown to twice its old size.", "the 18th century"),
    ("By the end of the decade the chapel had fallen into ruin.", "the end of the decade"),
    # session 60: a bare plural held after an opening "By", and "be" with no participle before a closing "by"
    ("Budburst came early, and by mid-April the vines had shoots ten centimetres long.", "mid-April"),
    ("By the autumn the new allotments had tenants.", "the autumn"),
    ("The village hall was full by noon.", "noon"),
    ("The last span of the viaduct was in place by the end of November.", "the end of November"),
    ("She was home by 6pm.", "6pm"),
    ("The new ferry was ready by the spring of 1902.", "the spring of 1902"),
])
def test_what_was_held_by_then_is_a_state_reached(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) == "state reached"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("By the evening the rebels had withdrawn from the bridge.", "the evening"),
    ("By noon the captain had ordered the cargo thrown overboard.", "noon"),
    ("By Friday the minister stood down.", "Friday"),
    ("In 1910 the family owned nine mills.", "1910"),
    # (guards, session 56: a deed done by an era, and a decline reached by a day, keep their dates)
    ("By the mid-1860s lighthouse boards in five countries had bought the design.", "the mid-1860s"),
    ("By Friday the river had fallen by half a metre.", "Friday"),
    # (guards, session 60: a participle after "was", a deed done by then, keeps its date)
    ("The roof was repaired by Friday.", "Friday"),
    ("The bridge was rebuilt by 1925 to a new design.", "1925"),
    ("Service was fully restored by 1:20 p.m.", "1:20 p.m."),
    ("By noon the divers had seen the wreck.", "noon"),
])
def test_a_deed_done_by_then_or_a_state_with_no_by_keeps_its_date(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) != "state reached"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Between 1950 and 1970 the hall was let to dance clubs.", "1950 and 1970"),
    ("From 1971 to 1985 the upper rooms were used as offices by the county.", "1971 to 1985"),
    ("In the 1880s the quays were worked by casual labour.", "the 1880s"),
    ("The farm was leased to a brewery between 1902 and 1931.", "1902 and 1931"),
])
def test_a_use_told_in_the_passive_over_years_is_a_use_held(sentence: str, date_text: str) -> None:
    """Session 56: what a place was put to over a span of years, "was let to", "were used as", "were
    worked by" (``date_roles_states.used_over_a_span``), is no happening; the letting at a point stays."""
    assert date_role_of(sentence, date_text) == "use held"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("In 1950 the hall was let to a dance club.", "1950"),
    ("Between 1950 and 1970 the hall was rebuilt twice.", "1950 and 1970"),
])
def test_a_letting_at_a_point_or_another_passive_over_years_is_no_use_held(sentence: str, date_text: str) -> None:
    """(guards, session 56)"""
    assert date_role_of(sentence, date_text) != "use held"


def test_a_use_held_over_years_gives_no_undated_event_either() -> None:
    """(session 56) Its date dropped, the clause is not read again as an undated act ("The hall is hired")."""
    text = ("The Corn Hall\n\nThe Corn Hall opened in 1862. Throughout the 1960s the hall was hired out for "
            "weddings. In 2005 it was sold to a developer.")
    events = events_of(text, date(2025, 6, 1))
    assert [e.timex for e in events] == ["1862", "2005"], [(e.title, e.timex) for e in events]
