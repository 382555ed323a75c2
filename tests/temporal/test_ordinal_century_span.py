"""A century named by its ordinal ("the 12th century", "the early fifth century") spans the years
both ways of counting it agree on: 1101 to 1199. Writers count the 12th century from 1101 to 1200 or
from 1100 to 1199; the span ran from 1100, a year the first count leaves out, so a "second century CE"
event read 0100-0199 was wrong for gold 0101-0200. "The later 13th century" is its last third (it was the
whole century, the comparative left out). "The 1100s" is still 1100-1199, and the TIMEX
value ("11") is unchanged. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2024, 3, 1)


def _span(text: str, expression: str) -> tuple[str | None, date | None, date | None]:
    found = [t for t in tag(text, DCT) if t.text == expression]
    assert found, [t.text for t in tag(text, DCT)]
    return found[0].value, found[0].begin, found[0].end_day


@pytest.mark.parametrize("text, expression, expected", [
    ("Pilgrims crossed the ford throughout the 12th century.", "the 12th century",
     ("11", date(1101, 1, 1), date(1199, 12, 31))),
    ("The fort was abandoned in the early fifth century.", "the early fifth century",
     ("04", date(401, 1, 1), date(433, 12, 31))),
    ("Trade along the coast peaked in the second century CE.", "the second century CE",
     ("01", date(101, 1, 1), date(199, 12, 31))),
    # a history's comparative is the century's last or first part, as "late" and "early" are
    ("In the later 13th century the friars built a second chapel.", "the later 13th century",
     ("12", date(1267, 1, 1), date(1299, 12, 31))),
    ("The earliest graves date from the earlier fifth century.", "the earlier fifth century",
     ("04", date(401, 1, 1), date(433, 12, 31))),
])
def test_an_ordinal_century_spans_the_years_both_counts_share(text: str, expression: str, expected: tuple) -> None:
    assert _span(text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("Trade along the coast grew through the 1800s.", "the 1800s", ("18", date(1800, 1, 1), date(1899, 12, 31))),
    # the last third ends where it did
    ("Weavers settled in the valley during the late 16th century.", "the late 16th century",
     ("15", date(1567, 1, 1), date(1599, 12, 31))),
    ("A wall was built in the 8th century BC.", "the 8th century BC", ("BC07", None, None)),
])
def test_a_century_by_its_hundreds_and_a_bc_century_keep_their_span(text: str, expression: str, expected: tuple) -> None:
    got = _span(text, expression)
    assert got[0] == expected[0] and (expected[1] is None or got[1:] == expected[1:])
