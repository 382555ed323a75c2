"""In news, "last May", "this spring" and "next March" count from the report even when the same
sentence names another year first: "joined the company in 1990 and became chairman last May" was
read as the May before 1990. A year in the sentence still anchors a yearless date ("in 1998 ... on
March 3"), and "the next May" after it is still not the writer's."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCTS = [date(2004, 11, 17), date(2011, 3, 2), date(1997, 7, 30)]


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize("dct", DCTS, ids=[d.isoformat() for d in DCTS])
def test_last_month_beside_an_older_year_is_the_writers(dct: date) -> None:
    got = _values("The engineer joined the shipyard in 1979 and became its manager last May.", dct)
    want = dct.year if dct.month > 5 else dct.year - 1
    assert got["last May"] == f"{want}-05", got
    assert got["1979"] == "1979"


@pytest.mark.parametrize("dct", DCTS, ids=[d.isoformat() for d in DCTS])
def test_next_month_beside_an_older_year_is_the_writers(dct: date) -> None:
    got = _values("The pianist first played the hall in 1985 and will return to it next October.", dct)
    want = dct.year if dct.month < 10 else dct.year + 1
    assert got["next October"] == f"{want}-10", got


@pytest.mark.parametrize("dct", DCTS, ids=[d.isoformat() for d in DCTS])
def test_this_season_beside_an_older_year_is_the_writers(dct: date) -> None:
    got = _values("The bakery opened on the square in 1968 and changed hands this spring.", dct)
    assert got["this spring"] == f"{dct.year}-SP", got


def test_a_yearless_date_still_takes_the_sentences_year() -> None:
    # not deictic: the year the sentence states is the one it means
    got = _values("In 1995 the firm opened a plant in Ohio and on March 3 announced a second one.", date(2004, 11, 17))
    assert got["March 3"] == "1995-03-03", got
