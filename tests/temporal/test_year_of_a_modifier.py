"""A year inside a participle phrase that describes a noun dates that noun, not the sentence: "the
fund, set up in 1996 by doctors, paid out on Oct. 4" (written in 2004) is October 2004, and "under a
plan approved by shareholders in 2001, the firm bought shares through Sept. 30" is this September.
A passive with "was" is the clause's own verb, so its year still anchors the date after it."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


CASES = [
    ("The trust, set up in 1996 by three retired nurses, paid out its largest grant on Oct. 4.",
     "Oct. 4", date(2004, 11, 17), "2004-10-04"),
    ("Under a scheme approved by members in 2001, the club sold its ground through Sept. 30.",
     "Sept. 30", date(2006, 12, 2), "2006-09-30"),
    ("The ferry line, first launched in 1988 by a local family, carried its last passengers on March 9.",
     "March 9", date(2013, 4, 20), "2013-03-09"),
    ("A levy introduced by the council in 1992 was raised again on Jan. 15.",
     "Jan. 15", date(2009, 2, 11), "2009-01-15"),
]


@pytest.mark.parametrize("text,expr,dct,want", CASES, ids=[c[1] for c in CASES])
def test_a_year_in_a_participle_phrase_does_not_anchor_the_sentence(text: str, expr: str, dct: date,
                                                                     want: str) -> None:
    got = _values(text, dct)
    assert got[expr] == want, got


def test_a_finite_passive_keeps_its_year() -> None:
    # "was bought by ... in 1990" is what the sentence says happened; its "March 3" is that year's
    got = _values("The brewery was bought by a rival in 1990 and on March 3 it closed the old plant.", date(2004, 11, 17))
    assert got["March 3"] == "1990-03-03", got
