"""A phrasal verb's "on" before the date's own preposition stays in the title (session fifty-one, the
lead's own pages): "The new floodlights were switched on in April" was titled "The new floodlights are
switched". Our own sentences; each failed before (guards marked).
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of as _titles


@pytest.mark.parametrize("text,title", [
    ("The new floodlights were switched on in April 2024.", "The new floodlights are switched on"),
    ("The first users logged on in March 1994.", "The first users log on"),
    ("The firm carried on in 1990 under his son.", "The firm carries on under his son"),  # guard (carry on was known)
    ("The street lamps were switched on at dusk on 2 May 1911.", "The street lamps are switched on"),
    ("She was sworn in on 4 May 2021.", "She is sworn in"),  # guard
])
def test_the_particle_stays(text: str, title: str) -> None:
    assert title in _titles(text)
