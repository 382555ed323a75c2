"""Two small grammar holes (issue #11, session 21). "All-night talks", "an all-evening rally": a part of
the day that ends a compound adjective names no time, and was read as tonight. "Over the past day" is
one day up to now (P1D), as "the past hour" and "the past week" are; it went untagged."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

FILL = ("\n\nThe council voted to widen the road near the harbour, and residents of the district said they "
        "welcomed the plan, which the mayor called a sensible compromise between drivers and shopkeepers.")


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text + FILL, date(2009, 4, 2)))]


@pytest.mark.parametrize("text", [
    "The deal came after all-night talks between the two unions.",
    "Supporters held an all-evening vigil outside the court.",
    "we pulled an all-night study session before the exam",
])
def test_a_part_of_day_ending_a_compound_adjective_is_no_time(text: str) -> None:
    assert not any(ty == "TIME" for _t, ty, _v in _found(text))


@pytest.mark.parametrize(("text", "expression"), [
    ("Traffic on the bridge has been heavy over the past day.", "the past day"),
    ("In the past day, three more ships docked at the port.", "the past day"),
    ("the past day has been a blur honestly", "the past day"),
])
def test_the_past_day_is_one_day_up_to_now(text: str, expression: str) -> None:
    assert (expression, "DURATION", "P1D") in _found(text)


def test_a_part_of_day_with_its_own_modifier_stays_a_time() -> None:
    assert ("mid-afternoon", "TIME", "2009-04-02TAF") in _found("Fighting resumed mid-afternoon.")


@pytest.mark.parametrize("text", [
    "The church held a coffee morning to raise money for the roof.",
    "The pub runs a quiz night every month in the back room.",
    "The school will hold an open evening for new parents.",
    "The film night raised 300 pounds for the hospice.",
    "Our curry night is booked up already, the organisers said.",
    # an occasion named by a plural possessive (session 59)
    "The pub holds a ladies' night every month.",
    "The farmers' evening raised 200 pounds for the church roof.",
    "The school ran a parents' evening for the new pupils.",
])
def test_a_part_of_day_named_by_its_occasion_is_no_time(text: str) -> None:
    """A noun before a part of day, after an article or a possessive, names an occasion that is held,
    not a time of day (issue 11: "coffee morning", "quiz night", "open evening" were tagged as tonight)."""
    assert not any(ty == "TIME" for _t, ty, _v in _found(text))


@pytest.mark.parametrize(("text", "expression"), [
    # guards: a preposition of time, or a word that says what the time was like, keeps the time
    ("We first met on a summer evening by the lake.", "evening"),
    ("The boat sank during a stormy night off the point.", "night"),
    ("It was a rain-soaked night, and the match went ahead anyway.", "night"),
    ("It was a busy night for the crews at the station.", "night"),
    ("The crews worked through the night to clear the road.", "the night"),
    ("Groundstaff took the covers off the course overnight.", "overnight"),
])
def test_a_part_of_day_after_a_describing_word_stays_a_time(text: str, expression: str) -> None:
    assert any(t == expression and ty == "TIME" for t, ty, _v in _found(text))
