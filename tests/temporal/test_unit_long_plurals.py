"""'<unit>-long' in the plural as in the singular (issue #11, session 19): "a decades-long feud", "a
months-long siege", "the hours-long standoff" are stretches of an unsaid number of units, as "for
decades" is; "a minute-long silence" is one minute. The plural went untagged, or the article was
read as a count of one ("A decades-long" as P10Y)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text, date(2003, 5, 14)))]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("A decades-long feud between the clans ended.", "decades-long", "PXDE"),
    ("Food ran short during a months-long siege.", "months-long", "PXM"),
    ("The hours-long standoff ended peacefully.", "hours-long", "PTXH"),
    ("A weeks-long strike shut the docks.", "weeks-long", "PXW"),
    ("Their centuries-long rivalry cooled.", "centuries-long", "PXCE"),
    ("A minute-long silence fell over the square.", "A minute-long", "PT1M"),
    ("The day-long meeting ended without a deal.", "day-long", "P1D"),
])
def test_unit_long(text: str, expression: str, value: str) -> None:
    assert _found(text) == [(expression, "DURATION", value)]


def test_an_article_before_a_plural_unit_is_no_count() -> None:
    assert not [f for f in _found("It was a years-long effort.") if f[2] == "P1Y"]
