"""The tense "got" gives a weekday: a simple past ("got my results back tuesday") looks back, a
present perfect of having a fixture ("I've got a match Saturday") looks ahead. Before, "got" was no
past marker, so "back" made the first a plan, and the second was read as past."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

FRI = date(2026, 5, 29)


@pytest.mark.parametrize(("text", "value"), [
    ("got my results back tuesday, all clear", "2026-05-26"),
    ("We got the keys back on Monday.", "2026-05-25"),
    ("Got home late on Sunday after the match.", "2026-05-24"),
    ("I've got a match Saturday.", "2026-05-30"),
    ("she's got a gig on Saturday", "2026-05-30"),
    ("He has got a hearing on Monday.", "2026-06-01"),
    ("we have got to finish by Monday", "2026-06-01"),
])
def test_got_gives_the_direction(text: str, value: str) -> None:
    assert [t.value for t in tag(text, FRI)] == [value]
