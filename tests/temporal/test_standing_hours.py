"""Clock times of a standing rule ("our helpline is open every day from 9am to 6pm", "licensed to
sell alcohol from 11:00 to 23:00 daily", "Mondays to Fridays, 8am-4pm") hold on every day the rule
names: TimeML leaves their day unsaid (XXXX-XX-XXT09:00), not the page's date. A time on a line or
in a sentence that names its day ("Friday 6 June – Quiz night, as every Friday, from 8pm") and a live
page's entry stamp keep their day."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize(("text", "clock", "value"), [
    ("For advice, call our helpline, open every day from 9am to 6pm, on 0300 555 0101.", "9am", "XXXX-XX-XXT09:00"),
    ("The Anchor has applied for a licence to sell alcohol from 11:00 to 23:00 daily.", "23:00", "XXXX-XX-XXT23:00"),
    ("The library will open on weekdays from 10am until 7pm.", "10am", "XXXX-XX-XXT10:00"),
])
def test_hours_of_a_standing_rule_have_no_day(text: str, clock: str, value: str) -> None:
    assert _values(text, date(2026, 4, 2))[clock] == value


def test_a_time_on_a_line_naming_its_day_keeps_it() -> None:
    text = "What's on\nFriday 10 April – Quiz night at the Anchor, as every Friday, from 8pm.\n"
    assert _values(text, date(2026, 4, 2))["8pm"] == "2026-04-10T20:00"
