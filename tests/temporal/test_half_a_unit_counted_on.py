""""Half an hour later", "half a century later": the half is part of the count, as in "half an hour"
alone or "half a century ago". Read apart, "an hour later" was tagged and the "half" dropped (an
hour where the text says thirty minutes). Half of a long unit counts in the next smaller one, so the
date keeps its precision ("half a century later" than 1945 is 1995, not "the 1900s").
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2019, 5, 15)


def _values(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("text, expected", [
    # no clock time told before: the stretch alone, as "an hour later" is
    ("Half an hour later the police arrived.", ("Half an hour", "DURATION", "PT30M")),
    ("The crews came back half an hour later.", ("half an hour", "DURATION", "PT30M")),
    # after a clock time: that time moved on by thirty minutes
    ("The ferry left at 9:10 a.m. Half an hour later, it ran aground.",
     ("Half an hour later", "TIME", "2019-05-15T09:40")),
    ("The ferry left at 9:10 a.m. About half an hour later, it ran aground.",
     ("About half an hour later", "TIME", "2019-05-15T09:40")),
])
def test_half_an_hour_later_keeps_its_half(text: str, expected: tuple[str, str, str]) -> None:
    got = _values(text)
    assert expected in got
    assert not any(v[0].lower() in ("an hour", "an hour later") for v in got)


@pytest.mark.parametrize("text, expression, value", [
    ("The dam was finished in 1931. Half a century later, it was rebuilt.", "Half a century later", "1981"),
    ("The dam was finished in 1931. Half a decade later, it was rebuilt.", "Half a decade later", "1936"),
])
def test_half_a_long_unit_later_counts_in_years(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text)


@pytest.mark.parametrize("text, expected", [
    # near misses: the plain counts and a half said after the unit are as before
    ("The ferry left at 9:10 a.m. An hour later, it ran aground.", ("An hour later", "TIME", "2019-05-15T10:10")),
    ("The ferry left at 9:10 a.m. An hour and a half later, it ran aground.",
     ("An hour and a half later", "TIME", "2019-05-15T10:40")),
    ("The church burned down half a century ago.", ("half a century ago", "DATE", "1969")),
    ("The meeting lasted half an hour.", ("half an hour", "DURATION", "PT30M")),
    ("The half-hour show starts soon.", ("half-hour", "DURATION", "PT30M")),
])
def test_near_misses_unchanged(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _values(text)
