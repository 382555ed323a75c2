"""A "when" clause after a state's "by" date tells the happening of that date (session fifty-one, the lead's
own pages): in "A wooden bell frame stood on the site by 1402, when the town council paid a carpenter to
mend it" the year dates the council's payment; the frame's standing is no happening. Our own sentences;
each failed before (the guard marked).
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of


def _dated(text: str) -> list[tuple[str, int | None]]:
    events = events_of(text)
    return [(e.title, e.begin.year if e.begin else None) for e in events]


@pytest.mark.parametrize("text,title,year", [
    ("A wooden bell frame stood on the site by 1402, when the town council paid a carpenter to mend it after a gale.",
     "The town council pays a carpenter to mend it", 1402),
    ("A bell frame was on the site by 1402, when the council paid a carpenter to mend it.",
     "The council pays a carpenter to mend it", 1402),
    ("A ferry crossed the river by 1300, when the bishop granted its tolls to the abbey.",
     "The bishop grants its tolls to the abbey", 1300),
    ("The hamlet had a chapel by 1190, when a knight gave it a bell.", "A knight gives it a bell", 1190),
    ("The chapel was already old in 1530, when the abbot ordered a new roof.", "The abbot orders a new roof", 1530),  # guard
])
def test_the_when_clause_is_the_dated_happening(text: str, title: str, year: int) -> None:
    assert _dated(text) == [(title, year)]
