"""A "where" aside telling how long something had lain or lived at the place does not date the main clause
(session fifty-one, the lead's own pages): "Divers raised a cannon from the wreck, where it had lain since
1588" put the raising in 1588. Our own sentences; each failed before (the guard marked).
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of


def _dated(text: str) -> list[tuple[str, str | None]]:
    events = events_of("Published 3 February 2025\n\n" + text)
    return [(e.title, e.timex or None) for e in events]


@pytest.mark.parametrize("text,title", [
    ("Divers raised a cannon from the wreck, where it had lain since 1588.", "Divers raise a cannon from the wreck"),
    ("The family returned to Oslo, where they had lived since 1950.", "The family returns to Oslo"),
    ("Curators moved the tapestry to a new gallery, where it has hung since 1921.", "Curators move the tapestry to a new gallery"),
])
def test_the_aside_s_since_date_is_not_the_act_s(text: str, title: str) -> None:
    assert (title, None) in _dated(text)


def test_a_where_clause_with_its_own_act_keeps_its_date() -> None:  # guard
    assert ("The brothers open a shop", "1952") in _dated("The family moved to Oslo, where the brothers opened a shop in 1952.")
