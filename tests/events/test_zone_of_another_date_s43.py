"""A clock time's zone ("local time", "UTC", "GMT") goes out of a title with the clock time, whichever date
the title is for: at "21:30 local time that evening" the evening's title kept "local time", came out unlike
the clock time's, and the happening was told twice (issue 12: duplicates within a sentence). Sentences
written for this test (weather, war, astronomy, shipping, climbing, space); the happening of another
clause stays an event of its own."""

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events

OPENING = "The storm formed on 3 March 2026. "


def _titles(sentence: str) -> list[str]:
    text = OPENING + sentence
    doc = Document("a.txt", text, "t", date(2026, 3, 11), "given")
    return [e.title for e in build_events(doc, temporal.tag(text, doc.date)) if e.sentence_start >= len(OPENING)]


@pytest.mark.parametrize("sentence", [
    "The storm made landfall near the port at about 21:30 local time that evening.",
    "The convoy crossed the border at 05:40 local time the next morning.",
    "The comet passed closest to the Sun at 14:02 UTC that afternoon.",
    "The vessel sent its last signal at 23:10 GMT that night, about forty miles off the coast.",
    "The summit was reached at 10.20am local time the following day.",
    "The lander touched down at 03:17 (local time) that morning.",
])
def test_a_clock_time_in_a_zone_and_its_part_of_day_are_one_happening(sentence: str) -> None:
    titles = _titles(sentence)
    assert len(titles) == 1
    assert not any(zone in titles[0] for zone in ("local time", "UTC", "GMT"))


def test_another_clauses_happening_stays() -> None:
    assert len(_titles("The ferry docked at 20:05 local time that evening, and the passengers went ashore the next morning.")) == 2
