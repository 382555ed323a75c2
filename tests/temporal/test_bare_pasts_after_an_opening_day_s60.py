"""A day opening its sentence, then a past whose form is the bare verb's (session 60, found on a
probe page of our own written in January about the spring before: "On the night of 21 April a
radiation frost hit the lower parcels").

"On 21 April the mayor resigned" was read as a past for sure, so the day lay behind the report;
"On 21 April a storm hit the coast" was a past by the verbs' weighing only, and a day a few months
ahead of a January report was then taken as nearer: the coming April. A bare past after a singular
subject ("a storm hit", "the council cut", "the firm set") is a past as sure as "resigned", with or
without a comma after the day, and whatever the subject's words before its noun. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

_JANUARY = date(2026, 1, 14)


def _value(text: str, expression: str) -> str:
    return next(t.value for t in tag(text, _JANUARY) if t.text == expression)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("On 21 April a storm hit the coast.", "21 April", "2025-04-21"),
    ("On 21 April, a storm hit the coast.", "21 April", "2025-04-21"),
    ("On the night of 21 April a radiation frost hit the lower fields.", "the night of 21 April", "2025-04-21TNI"),
    ("On 3 May the parish council cut the grant to the youth club.", "3 May", "2025-05-03"),
    ("On 12 March the board set a new target for the year.", "12 March", "2025-03-12"),
    ("On 2 March the new owner put the farm up for sale.", "2 March", "2025-03-02"),
    # guards: a day far enough back was behind the report already; a future, and a singular's present,
    # look ahead as before
    ("On 30 June the old mill shut its gates for good.", "30 June", "2025-06-30"),
    ("On 21 April the council will cut the grant.", "21 April", "2026-04-21"),
    ("On 21 April the council cuts the grant to the club.", "21 April", "2026-04-21"),
])
def test_a_bare_past_after_an_opening_day_puts_the_day_behind_the_report(text: str, expression: str,
                                                                          value: str) -> None:
    assert _value(text, expression) == value
