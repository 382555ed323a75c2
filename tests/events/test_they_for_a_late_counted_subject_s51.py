""""They" after a sentence that ends on counted people's own clause stands for those people (session
fifty-one, the lead's own pages): after "Officers were called to the shop on Tuesday, after two men
threatened staff with a hammer", "They fled on a moped" was titled "Officers flee on a moped". Our own
sentences; the first failed before, the others are guards (a passive after "they" was already read so).
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of


def _last_title(text: str) -> str:
    return events_of("Published 14 August 2025\n\n" + text)[-1].title


@pytest.mark.parametrize("text,title", [
    ("Officers were called to the shop on Tuesday, after two men threatened staff with a hammer. They fled on a moped.",
     "The men flee on a moped"),
    # guards: already right before
    ("Paramedics reached the quarry on Sunday, after three climbers fell from a ledge. They were taken to hospital in Leeds.",
     "The climbers are taken"),
    ("Firefighters were called to the barn on Friday, when four teenagers started a fire. They were arrested in the woods.",
     "The teenagers are arrested"),
    # guard: no counted people in a closing clause, the main subject stays
    ("Firefighters reached the farm on Sunday after a long drive. They left on Monday.", "Firefighters leave"),
])
def test_they_is_the_counted_people_just_told(text: str, title: str) -> None:
    assert _last_title(text) == title
