"""A stretch of an unsaid number of units back or ahead of the document's time, for every unit
(issue #11, session 19): "in recent hours", "in recent quarters", "the upcoming months", "the
decades ahead", "in years to come". The tagger listed these per unit and per word ("recent years",
"the weeks ahead"), so "recent quarters" kept only "recent" and "the upcoming months" went untagged."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

FILL = ("\n\nThe council voted to widen the road near the harbour, and residents of the district said they "
        "welcomed the plan, which the mayor called a sensible compromise between drivers and shopkeepers.")


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text + FILL, date(2003, 5, 14)))]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Rescuers have found no survivors in recent hours.", "recent hours", "PTXH"),
    ("Insurers have lost money in recent quarters.", "recent quarters", "PXQ"),
    ("In the upcoming months, rents are expected to rise.", "the upcoming months", "PXM"),
    ("Sea levels will keep rising in coming centuries.", "coming centuries", "PXCE"),
    ("Prices rose sharply in recent years.", "recent years", "PXY"),
])
def test_recent_and_coming_units_are_vague_durations(text: str, expression: str, value: str) -> None:
    assert (expression, "DURATION", value) in _found(text)


@pytest.mark.parametrize(("text", "expression"), [
    ("The drought will shape farming for the decades ahead.", "the decades ahead"),
    ("The ruling will be felt in years to come.", "years to come"),
    ("The treaty will matter in the months to come.", "the months to come"),
    ("Analysts expect weak demand in coming quarters.", "coming quarters"),
])
def test_units_ahead_are_a_future_reference(text: str, expression: str) -> None:
    assert (expression, "DATE", "FUTURE_REF") in _found(text)


def test_a_counted_stretch_ahead_of_a_plan_is_its_count() -> None:
    assert ("two years", "DURATION", "P2Y") in _found("The bridge opened two years ahead of schedule.")
