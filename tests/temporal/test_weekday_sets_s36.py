"""Weekdays listed with a recurrence share it (explorer/temporal/weekday_sets.py): a plural head said
once after the list ("Friday and Saturday nights") or "every"/"each" said once before it ("every
Monday and Thursday") makes each weekday a SET; a singular head or a list with no quantifier leaves
the days dated. Sentences written for this session, in several registers."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

WED = date(2003, 5, 14)


def _values(text: str, dct: date = WED) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The gallery stays open late on Thursday and Friday evenings.",
     [("Thursday", "SET", "XXXX-WXX-4TEV"), ("Friday evenings", "SET", "XXXX-WXX-5TEV")]),
    ("The pool is closed to the public Monday, Wednesday and Friday mornings.",
     [("Monday", "SET", "XXXX-WXX-1TMO"), ("Wednesday", "SET", "XXXX-WXX-3TMO"), ("Friday mornings", "SET", "XXXX-WXX-5TMO")]),
    ("The airline said two extra flights would leave on Monday and Tuesday nights.",
     [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ("The quiz show airs Monday through Friday afternoons.",
     [("Monday", "SET", "XXXX-WXX-1TAF"), ("Friday afternoons", "SET", "XXXX-WXX-5TAF")]),
    ("Volunteers staff the hotline on Saturday or Sunday nights.",
     [("Saturday", "SET", "XXXX-WXX-6TNI"), ("Sunday nights", "SET", "XXXX-WXX-7TNI")]),
])
def test_a_plural_head_after_the_list(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The farmers' market is held every Monday and Thursday.",
     [("every Monday", "SET", "XXXX-WXX-1"), ("Thursday", "SET", "XXXX-WXX-4")]),
    ("Lessons run each Tuesday and Friday in term time.",
     [("each Tuesday", "SET", "XXXX-WXX-2"), ("Friday", "SET", "XXXX-WXX-5")]),
    ("Bins are emptied every Wednesday, Friday and Sunday.",
     [("every Wednesday", "SET", "XXXX-WXX-3"), ("Friday", "SET", "XXXX-WXX-5"), ("Sunday", "SET", "XXXX-WXX-7")]),
    ("The bar hosts live music every Friday and Saturday night.",
     [("every Friday", "SET", "XXXX-WXX-5"), ("Saturday night", "SET", "XXXX-WXX-6TNI")]),
])
def test_a_quantifier_before_the_list(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no recurrence in the list: the days stay dated
    ("Trucks were banned from the bridge on Saturday and Sunday, police said.",
     [("Saturday", "DATE", "2003-05-10"), ("Sunday", "DATE", "2003-05-11")]),
    # a singular head names one night of one day
    ("Protesters marched on Friday and Saturday night.",
     [("Friday", "DATE", "2003-05-09"), ("Saturday night", "TIME", "2003-05-10TNI")]),
    # the weekday after "every Monday" is not in its list
    ("The union meets every Monday, and on Friday it voted to strike.",
     [("every Monday", "SET", "XXXX-WXX-1"), ("Friday", "DATE", "2003-05-09")]),
    # "last", "next" say which day: not a member of the recurrence
    ("The club opened last Friday and Saturday nights are already sold out.",
     [("last Friday", "DATE", "2003-05-09"), ("Saturday nights", "SET", "XXXX-WXX-6TNI")]),
])
def test_days_that_stay_dated(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(text) == expected
