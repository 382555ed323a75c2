"""A stretch of an unsaid number of units after "within" (issue #11, session 27): "died within weeks
of his capture", "within days the town was retaken". The news tagger read such a plural only
before a comma or a full stop ("arrived within hours."), the rule "in years" needs; TimeML marks
every "within <units>" as a vague duration (5 of 5 readable TBAQ and WikiWars cases)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

#: news prose after the sentence, so that it is read as an article and not as a short post
FILL = ("\n\nThe council voted to widen the road near the harbour, and residents of the district said they "
        "welcomed the plan, which the mayor called a sensible compromise between drivers and shopkeepers.")


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text + FILL, date(2004, 9, 21)))]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Relatives were told that the pilot probably died within weeks of his capture.", "weeks", "PXW"),
    ("Within hours of the earthquake, volunteers were clearing the main square.", "hours", "PTXH"),
    ("The garrison surrendered the fort but within days was pushed back across the river.", "days", "PXD"),
    ("The bakery chain collapsed within months of the merger, creditors said on Monday.", "months", "PXM"),
    ("Engineers expect the dam to silt up within decades unless the valley is replanted.", "decades", "PXDE"),
    ("The mayor said within minutes the crowd had left the square.", "minutes", "PTXM"),
])
def test_within_units_is_a_vague_duration(text: str, expression: str, value: str) -> None:
    found = _found(text)
    assert (expression, "DURATION", value) in found, found


@pytest.mark.parametrize("text", [
    "Farmers lost their crops in months of heavy rain that flooded the valley.",
    "Storm damage in days gone by was repaired by the parish, the vicar recalled.",
])
def test_in_units_inside_a_clause_stays_untagged(text: str) -> None:
    assert not [f for f in _found(text) if f[1] == "DURATION"], _found(text)
