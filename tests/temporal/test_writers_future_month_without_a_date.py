"""A bare month in the writer's own future, in news with no date to be had, waits for the document's
date (dates #11).

A council story with no dateline told its wall's history in years ("built in 1887", "warned in 2019")
and then "Work on the new wall will start in April, the council said": April took 2019, the last year
the background named, and the plan sat six years early on the timeline. The writer's future is told
from the day of writing, which the page does not give; a bare month told in the past ("cracks were
noticed in March, the report says") still takes the account's year. Every text here is written for
this file."""

from __future__ import annotations

from explorer.temporal import tag

HEAD = ("Harbour town votes to rebuild sea wall\n\n"
        "Councillors voted on Tuesday to spend 14 million pounds rebuilding the town's sea wall, six weeks "
        "after a storm tore a gap in it.\n\n"
        "The wall was built in 1887 and last repaired in 1974. Engineers warned in 2019 that parts of it "
        "were close to collapse.\n\n")


def _value(text: str, word: str) -> str:
    return next(t.value for t in tag(text) if t.text == word)


def test_the_writer_s_future_month_is_not_the_background_s_year() -> None:
    text = HEAD + "Work on the new wall will start in April, the council said.\n"
    assert _value(text, "April") == "XXXX-04"


def test_a_future_season_waits_too() -> None:
    text = HEAD + "The new wall will be finished in the autumn, the council said.\n"
    assert _value(text, "the autumn") == "XXXX-FA"


def test_a_month_told_in_the_past_keeps_the_account_s_year() -> None:
    text = HEAD + "Cracks were noticed in March, the engineers' report said.\n"
    assert _value(text, "March") == "2019-03"
