"""A happening named by its date inside a phrase after a preposition names that thing's time, not the
clause's (session forty-eight, from an own page: a theatre review). "Quinn rewrote it after the first
run and cut a long flashback to the wreck of 1931" had dated the rewriting 1931."""

from __future__ import annotations

import pytest

from explorer.events.date_roles import date_role


def _role(sentence: str, date_text: str) -> str | None:
    start = sentence.index(date_text)
    return date_role(sentence, start, start + len(date_text))


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Quinn rewrote the second act and cut a long flashback to the wreck of 1931.", "1931"),
    ("The museum bought a painting of the flood of 1953.", "1953"),
    ("The town built a memorial to the pit disaster of 1966.", "1966"),
    ("Her novel about the great fire of 1666 won the prize.", "1666"),
])
def test_a_thing_named_by_its_date_dates_no_clause(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "dated thing"


@pytest.mark.parametrize(("sentence", "date_text"), [
    # guards: a part or a stretch of time, a day's possessive, an act done for the thing, a "when" after it
    ("The firm extended the lease to the end of 1999.", "1999"),
    ("Ana Vidal rode away on the last climb of Friday's fifth stage.", "Friday"),
    ("A committee of the assembly spent most of 2022 hearing evidence.", "2022"),
    ("Its director introduced printed schedules for the census of 1841.", "1841"),
    ("The play marks the anniversary of the walkout of 1875, when 400 women stopped work.", "1875"),
])
def test_guards_dates_that_still_date_their_clause(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "dated thing"
