"""A whole unit named next to the one just told, for every unit and every such word (issue #11,
session 19): "the previous decade", "the following century", "the ensuing week", "the subsequent
year", and counted: "the prior two years", "the upcoming three weeks", "the ensuing five days". The
rule knew the day to the year and "next/following/previous/preceding/prior" only, so "the following
decade" went untagged and "the prior two years" lost its determiner."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

WED = date(2003, 5, 14)  # ISO week 20


def _found(text: str, dct: date | None = WED) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text, dct))]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("In 1962 the dam was finished. In the following decade the valley filled with farms.", "the following decade", "197"),
    ("The abbey was rebuilt in 1850 on walls from the previous century.", "the previous century", "17"),
    ("The levee failed in 1927. The ensuing year brought a new law.", "The ensuing year", "1928"),
    ("The mill closed on 3 March 1931. In the subsequent week, forty families left.", "the subsequent week", "1931-W11"),
])
def test_a_whole_unit_next_to_the_one_told(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _found(text)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Tax receipts fell over the prior two years.", "the prior two years", "P2Y"),
    ("The clinic will stay shut for the upcoming three weeks.", "the upcoming three weeks", "P3W"),
    ("The crew waited out the storm, and in the ensuing five days rebuilt the pier.", "the ensuing five days", "P5D"),
    ("Two floods struck, and in the intervening six months the town rebuilt.", "the intervening six months", "P6M"),
])
def test_a_counted_stretch_keeps_its_determiner(text: str, expression: str, value: str) -> None:
    assert (expression, "DURATION", value) in _found(text)


@pytest.mark.parametrize(("text", "expression", "value"), [
    # before Christ the years run down: the decade after 490 BC is the 480s BC, the century before
    # 387 BC the fifth century BC (400-499 BC)
    ("In 490 BC the fleet sailed. In the following decade the city built walls.", "the following decade", "BC048"),
    ("In 387 BC the treaty was signed. It undid the gains of the previous century.", "the previous century", "BC04"),
    # a counted offset still counts years
    ("In 490 BC the fleet sailed. A decade later the city built walls.", "A decade later", "BC0480"),
])
def test_whole_units_before_christ(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _found(text, None)
