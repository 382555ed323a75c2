"""A "where" clause whose pronoun "died", "fled" or "wed" on the date is that date's happening (session
fifty-one, the lead's own pages): "She spent her last years in Zurich, where she died in 1949" was titled
"… spends her last years in Zurich" on 1949, since a four-letter past did not read as an act. Our own
sentences; each failed before (the guard marked).
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of

_BORN = "Ottilie Brandauer was born in Graz in 1871. "


def _dated(text: str) -> dict[str, int | None]:
    events = events_of(_BORN + text)
    return {e.title: e.begin.year if e.begin else None for e in events}


@pytest.mark.parametrize("text,title,year", [
    ("She spent her last years in Zurich, where she died in 1949.", "Ottilie Brandauer dies", 1949),
    ("She retired to Nice, where she died in 1949.", "Ottilie Brandauer dies", 1949),
    ("She went back to Graz, where she died on 3 May 1950.", "Ottilie Brandauer dies", 1950),
    ("She settled in Lyon, where she opened a school in 1931.", "Ottilie Brandauer opens a school", 1931),  # guard
])
def test_the_where_clause_is_the_dated_act(text: str, title: str, year: int) -> None:
    assert _dated(text).get(title) == year
