"""Times written in four figures, as wire copy and incident logs write them: once a text has written
one with its zone or "hrs" ("0736 UTC", "0545 hrs"), a bare "at 1015" after it is a time of the same
kind, not a year; "0545 hrs" is a time, not 545 hours."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

D = date(2026, 3, 11)


@pytest.mark.parametrize(("text", "expected"), [
    ("At 0736 UTC the first tremor was recorded; at 1015 a stronger one followed.",
     [("0736 UTC", "2026-03-11T07:36"), ("1015", "2026-03-11T10:15")]),
    ("The ferry sailed at 0600 GMT and docked at 1430.",
     [("0600 GMT", "2026-03-11T06:00"), ("1430", "2026-03-11T14:30")]),
    ("Patrols left base at 0545 hrs. By 1130 they had reached the ridge, and at 1600 they turned back.",
     [("0545 hrs", "2026-03-11T05:45"), ("1130", "2026-03-11T11:30"), ("1600", "2026-03-11T16:00")]),
])
def test_bare_four_figures_after_a_zoned_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, D)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no four-figure time with a zone before: a year, or a level
    ("The abbey was founded in 1015 and burned at 1200.", [("1015", "1015"), ("1200", "1200")]),
    ("The index closed at 1015 after falling 2 percent.", [("1015", "1015")]),
    ("The shift lasted 12 hrs.", [("12 hrs", "PT12H")]),
])
def test_four_figures_without_a_zoned_time_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, D)] == expected
