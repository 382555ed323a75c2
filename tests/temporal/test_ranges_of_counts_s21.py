"""A range of counts of one unit (issue #11, session 21): "two to six days", "ten or fifteen years".
TimeML marks each end of a range as its own expression, for dates ("from 1990 to 1995") as for
durations: "two" (P2D) and "six days" (P6D), which is how TBAQ and WikiWars annotate both readable
cases. The tagger read the whole as one vague duration (PXD), which matched neither end's value. A
range with an article ("the next 30 to 60 days"), a hyphenated one ("4-6 months") and a compound
adjective stay one vague duration. Sentences of our own, in news, history and a post."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

FILL = ("\n\nThe council voted to widen the road near the harbour, and residents of the district said they "
        "welcomed the plan, which the mayor called a sensible compromise between drivers and shopkeepers.")


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text + FILL, date(2012, 7, 4)))]


@pytest.mark.parametrize(("text", "first", "second"), [
    # news
    ("Test results take two to six days to come back, the clinic said.", ("two", "P2D"), ("six days", "P6D")),
    ("The airline expects to break even within three or four years.", ("three", "P3Y"), ("four years", "P4Y")),
    # history
    ("The siege lasted eight to ten months, chroniclers disagree.", ("eight", "P8M"), ("ten months", "P10M")),
    # a post
    ("waited like 20 to 30 minutes for a table smh", ("20", "PT20M"), ("30 minutes", "PT30M")),
    # after "between", "and" joins the ends too
    ("The defendant faces between two and five years in prison.", ("two", "P2Y"), ("five years", "P5Y")),
    ("Flooding is expected to last between three and four days.", ("three", "P3D"), ("four days", "P4D")),
])
def test_each_end_of_a_range_of_counts_is_a_duration(text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    found = _found(text)
    assert (first[0], "DURATION", first[1]) in found
    assert (second[0], "DURATION", second[1]) in found


def test_the_whole_range_keeps_both_ends_as_its_parts() -> None:
    whole = [t for t in tag("Test results take two to six days." + FILL, date(2012, 7, 4)) if t.text == "two to six days"]
    assert whole and [p.value for p in whole[0].parts] == ["P2D", "P6D"]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Prices will rise over the next 30 to 60 days.", "the next 30 to 60 days", "PXD"),
    ("Sentences of 4-6 months were handed down.", "4-6 months", "PXM"),
    ("The loan runs five or more years.", "five or more years", "P5Y"),
])
def test_other_ranges_stay_one_duration(text: str, expression: str, value: str) -> None:
    assert (expression, "DURATION", value) in _found(text)


@pytest.mark.parametrize(("text", "expression"), [
    ("It happened two or three weeks ago.", "two or three weeks"),
    ("Two or three days later, the rebels withdrew.", "Two or three days"),
])
def test_a_range_counted_back_or_on_is_left_whole(text: str, expression: str) -> None:
    assert any(t == expression for t, _ty, _v in _found(text))


def test_two_counts_joined_by_and_without_between_are_no_range() -> None:
    assert not any(t.startswith("three") for t, _ty, _v in _found("They met three and five days apart."))
