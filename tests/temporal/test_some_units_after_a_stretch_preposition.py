""""some years" alone reads as "some of the years" ("some years are wetter"), so it was never a
duration; after a preposition of a stretch ("in talks for some months", "closed for some weeks", "after
some weeks of talks") it is one, vague as "several months" is (PXM)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2012, 2, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("The two clubs have been negotiating for some months, a spokesman said.", [("some months", "PXM")]),
    ("The ward stayed closed for some weeks while inspectors worked.", [("some weeks", "PXW")]),
    ("After some years abroad, the composer came home.", [("some years", "PXY")]),
])
def test_some_units_after_a_stretch_preposition_are_a_duration(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected


@pytest.mark.parametrize("text", [
    "Some years the harvest fails entirely.",
    "In some years the lake freezes over.",
])
def test_some_units_alone_are_some_of_them(text: str) -> None:
    assert [t.value for t in tag(text, DCT)] == []
