"""A dated news text that retells an old story ("how the bridge came to collapse in 2019. Engineers
noticed cracks in March ...") goes on in the story's year: a bare month told in the past tense right
after a date at least two years before the document's is in that year, until the text names a day of
its own again (session thirteen of issue 11, from ``fresh_news_s13``). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2022, 11, 9)


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("text, expected", [
    ("A report out on Tuesday explains how the pier came to close in 2018. Divers found rot in the piles in "
     "April, and the council shut the pier in June.", [("April", "2018-04"), ("June", "2018-06")]),
    ("The school burned down in 2017. Pupils moved to huts in September. In February the governors chose "
     "an architect.", [("September", "2017-09"), ("February", "2018-02")]),
    ("Records show the dam was built in 1964. Water first reached the spillway in November.",
     [("November", "1964-11")]),
    # a day joins once the account is told by months
    ("The ferry was withdrawn in 2016. Crews found a cracked hull in May, and the last crossing ran on June 3.",
     [("May", "2016-05"), ("June 3", "2016-06-03")]),
])
def test_bare_months_after_an_old_year_are_in_it(text: str, expected: list[tuple[str, str]]) -> None:
    found = _values(text)
    for e in expected:
        assert e in found, found


@pytest.mark.parametrize("text, expected", [
    # the year is the document's own, or last year's: the writer's months
    ("The club was sold in 2021. In March the new owners raised prices.", ("March", "2022-03")),
    # a bound, not a time the story is at
    ("The shop has traded since 2015. In March it raised its prices.", ("March", "2022-03")),
    # the writer's day comes between
    ("The plant opened in 2016. On Monday the owners said output fell in October.", ("October", "2022-10")),
    # a day straight after a year, with no month told between, is the writer's
    ("The plan was approved in 2015. The firm bought 900 shares on Sept. 29.", ("Sept. 29", "2022-09-29")),
    # said of the future
    ("The line was planned in 2015. Trains will run from March.", ("March", "2023-03")),
])
def test_months_that_stay_the_writers(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text), _values(text)
