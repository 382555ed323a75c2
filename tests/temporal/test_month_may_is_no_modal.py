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
