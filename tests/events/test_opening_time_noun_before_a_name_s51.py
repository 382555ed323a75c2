"""An act told after an opening "After the war" with no comma before a name is an event (session fifty-one,
the lead's own sentences): "After the war Carrow moved to London" gave none, while "After the war, Carrow
moved" and "After the war she moved" did. Our own sentences; each failed before (the guards marked).
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of

_LIFE = "Ada Carrow was born in 1910. She joined the navy in 1940. "


def _titles(text: str) -> list[str]:
    return [e.title for e in events_of(_LIFE + text)]


@pytest.mark.parametrize("text,title", [
    ("After the war Carrow moved to London.", "Carrow moves to London"),
    ("During the siege Ada Carrow nursed the wounded.", "Ada Carrow nurses the wounded"),
    ("After the wedding Carrow sold the farm.", "Carrow sells the farm"),
    ("Before the election Carrow resigned from the party.", "Carrow resigns"),  # guard: a resignation was read
    ("After the war, Carrow moved to London.", "Carrow moves to London"),  # guard: with a comma it was read
])
def test_the_act_after_the_opening_is_an_event(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_place_that_grows_is_no_act() -> None:  # guard
    assert _titles("After the war London grew quickly.")[2:] == []
