"""What the weekday tests share: a week of report dates, the weekday names, and where a weekday named
in a report of each date should land."""

from __future__ import annotations

from datetime import date, timedelta

from explorer.temporal import tag

WEEK = [date(2024, 3, 4) + timedelta(days=k) for k in range(7)]  # Monday 4 March .. Sunday 10 March 2024
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def day_of(text: str, expression: str, dct: date) -> date:
    """The day ``expression`` in ``text`` begins on, tagged with the document date ``dct``."""
    found = {t.text: t for t in tag(text, dct)}
    assert expression in found, [t.text for t in found.values()]
    got = found[expression].begin
    assert isinstance(got, date)
    return got


def latest(weekday: int, dct: date) -> date:
    """The most recent such weekday, the report's own day included."""
    return dct - timedelta(days=(dct.weekday() - weekday) % 7)


def coming(weekday: int, dct: date) -> date:
    """The next such weekday, the report's own day included (news says "today" for it, so a weekday
    named ahead on its own day is read as that day)."""
    return dct + timedelta(days=(weekday - dct.weekday()) % 7)
