"""Session 52 (lead): an aside of two dated participles after its noun.

"The refinery, built in 1968 and expanded in 1994, employs 900 people" tells two happenings of the
refinery. The sentence was cut at its "and" before the aside was read, so the second date's title began
at its participle ("Expanded employs about 900 people", "Rebuilt holds 40,000 fans") and named no
actor; and a first participle the list did not know ("begun") carried the second along ("The chapel is
begun and finished in 1452"). Each participle's happening is now titled on its own, of the noun
(subjects.participle_aside). Sentences of our own; each row failed before.
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import event_by_timex, events_of

ROWS = [
    ("The refinery, built in 1968 and expanded in 1994, employs about 900 people.", "1994",
     "The refinery is expanded"),
    ("The stadium, opened in 1923 and rebuilt in 2006, holds 40,000 fans.", "2006", "The stadium is rebuilt"),
    ("The lighthouse, designed in 1871 and automated in 1989, still guards the bay.", "1989",
     "The lighthouse is automated"),
    ("The chapel, begun in 1410 and finished in 1452, is the oldest building in the town.", "1410",
     "The chapel is begun"),
    ("The chapel, begun in 1410 and finished in 1452, is the oldest building in the town.", "1452",
     "The chapel is finished"),
    ("The manuscript, written in 1398 and stolen in 1921, turned up in a Paris attic in 2003.", "1921",
     "The manuscript is stolen"),
    ("Its charter, granted in 1552 and renewed in 1604, hangs in the town hall.", "1604",
     "Its charter is renewed"),
]


@pytest.mark.parametrize("text, timex, title", ROWS)
def test_each_participle_of_the_aside_is_its_own_happening(text: str, timex: str, title: str) -> None:
    assert event_by_timex(events_of(text), timex).title == title


def test_a_single_participle_aside_is_unchanged() -> None:
    # guard: one participle, then the main verb with its own date
    events = events_of("The ferry, launched in 1964, was sold to a Greek owner in 1991.")
    assert event_by_timex(events, "1964").title == "The ferry is launched"
