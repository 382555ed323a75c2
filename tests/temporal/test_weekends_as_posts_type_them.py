"""Every weekend as posts type it (issue #11, session 24): "on wkends", "every wknd" (the short
forms were no expression), and "weekends are for ..." opening a sentence, a recurrence as "sundays
are for brunch" is; a counted plural ("the two weekends are booked") stays none."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

D = date(2016, 9, 14)


@pytest.mark.parametrize("text, span", [
    ("on wkends i just sleep", "wkends"),
    ("every wknd at the lake!!", "every wknd"),
    ("weekends r for pancakes", "weekends"),
    ("Long week. Weekends are for the garden.", "Weekends"),
])
def test_every_weekend(text: str, span: str) -> None:
    assert [(t.text, t.value) for t in tag(text, D) if t.type == "SET"] == [(span, "XXXX-WXX-WE")]


def test_a_counted_plural_is_no_recurrence() -> None:
    assert [t.value for t in tag("the two weekends are booked", D) if t.type == "SET"] == []
