"""The month May is no modal verb, and a prefixed irregular past is a past (issue 11 audit, session 15).

The tense patterns were read case-blind, so "May" in "on May 3" counted as the modal "may": a
sentence whose verb the past list did not know ("rebuilt", "outsold", "cut") put its May date after
the report ("On May 3 the owner rebuilt it", written in March 2021, was 2021-05-03). The same
sentences with June or with a listed past verb were read as the past, which is what these hold.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

MARCH = date(2021, 3, 10)


def _value(text: str, expression: str, dct: date | None = MARCH) -> str:
    found = [t for t in tag(text, dct) if t.text == expression]
    assert found, [t.text for t in tag(text, dct)]
    return found[0].value


@pytest.mark.parametrize("text, expression, expected", [
    # a past verb the lists did not know, beside the month May: last May, as with June
    ("On May 3 the owner rebuilt the wing.", "May 3", "2020-05-03"),
    ("The owner rebuilt the wing on May 3.", "May 3", "2020-05-03"),
    ("The owner rebuilt the wing on June 3.", "June 3", "2020-06-03"),
    ("The owner cut the ribbon on May 3.", "May 3", "2020-05-03"),
    ("The firm outsold its rivals in May.", "May", "2020-05"),
    ("The crew overran the deadline on 4 May.", "4 May", "2020-05-04"),
    # inside a history told in dated news, the story's year, as a known verb already gave
    ("In 1901 a fire destroyed the east wing. On May 3 the owner rebuilt it.", "May 3", "1901-05-03"),
    ("In 1901 a fire destroyed the east wing. On May 3 the owner repaired it.", "May 3", "1901-05-03"),
])
def test_a_may_date_with_a_past_verb_is_in_the_past(text: str, expression: str, expected: str) -> None:
    assert _value(text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    # the modal still looks ahead, in lower case, in a capitals headline, and opening a wish
    ("Prices may rise on Friday.", "Friday", "2021-03-12"),
    ("TRAINS MAY STOP ON FRIDAY", "FRIDAY", "2021-03-12"),
    ("May the best team win on Saturday.", "Saturday", "2021-03-13"),
    # and a plan in May is still ahead
    ("The council will vote on May 3.", "May 3", "2021-05-03"),
])
def test_the_modal_may_still_looks_ahead(text: str, expression: str, expected: str) -> None:
    assert _value(text, expression) == expected


def test_a_prefixed_irregular_past_is_a_past() -> None:
    """ "rebuilt" is the past of "rebuild" as "built" is of "build" ("resent" and "outlast" are left out: present verbs)."""
    assert _value("The crew rebuilt the shed on Tuesday.", "Tuesday") == "2021-03-09"
    assert _value("The board underwent a review on Tuesday.", "Tuesday") == "2021-03-09"


@pytest.mark.parametrize("text, expression, expected", [
    # session 55: a May or March opening a chronology's line with a dash or colon is the month, in
    # the year of the line before (as "June – ..." already was)
    ("The Glassworks\n\n1862 – founded by two brothers.\n1870 – moved to the canal side.\nMarch – lit the new furnace.\n",
     "March", "1870-03"),
    ("The Rowing Club\n\n1904 – formed at the boathouse.\n1911 – first regatta.\nMay: a second boathouse opened.\n",
     "May", "1911-05"),
    # guard (passes on 9c9a8e54 too: a bullet's dash before the month already said so)
    ("Timeline\n\n1990 – the plant opens.\n1994 – the second line starts.\n- March – the union signs its first contract.\n",
     "March", "1994-03"),
])
def test_a_may_or_march_labelling_a_chronology_line_is_the_month(text: str, expression: str, expected: str) -> None:
    assert _value(text, expression, None) == expected


@pytest.mark.parametrize("text", [
    # guards (pass on 9c9a8e54 too): the verb and the modal opening a line stay untagged
    "Notes for the rally\n\nMarch to the square at noon, then listen to the speakers.\n",
    "Club rules\n\nMay members bring guests? Yes, two each.\n",
])
def test_a_verb_may_or_march_opening_a_line_stays_untagged(text: str) -> None:
    assert not [t for t in tag(text, MARCH) if t.text in ("May", "March")]
