"""Each act told at an age takes its own age, and an age may end its sentence (session fifty-one, the lead's
own pages): "She played the organ at nine and gave her first public recital at fourteen" dated the recital
by the nine; "She gave her first public recital at fourteen." took no age at all. Our own sentences; each
failed before (the guard marked).
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of

_BORN = "Ottilie Brandauer was born in Graz in 1871. "


def _years(text: str) -> dict[str, int | None]:
    events = events_of(_BORN + text)
    return {e.title: e.begin.year if e.begin else None for e in events}


@pytest.mark.parametrize("text,title,year", [
    ("She played the organ in her parish church at nine and gave her first public recital at fourteen.",
     "Ottilie Brandauer gives her first public recital at fourteen", 1885),
    ("She gave her first public recital at fourteen.", "Ottilie Brandauer gives her first public recital at fourteen", 1885),
    ("She left school at sixteen; she married a printer at twenty-two.", "Ottilie Brandauer marries a printer at twenty-two", 1893),
    ("She moved to Vienna at 19.", "Ottilie Brandauer moves to Vienna at 19", 1890),
    # guard: the first act keeps the first age
    ("She played the organ in her parish church at nine and gave her first public recital at fourteen.",
     "Ottilie Brandauer plays the organ in her parish church", 1880),
])
def test_the_act_takes_its_own_age(text: str, title: str, year: int) -> None:
    assert _years(text).get(title) == year
