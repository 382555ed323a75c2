"""Session 52 (lead): a participle opening a sentence is no name a pronoun may stand for.

"Raised in Leeds, she studied law. In 2019 she received a medal." gave "Raised receives a medal": the
capitalised first word of the sentence before was taken as its subject's name
(previous_subject.PARTICIPLE_OPENING). Sentences of our own; each row of the first test failed before.
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import event_by_timex, events_of

ROWS = [
    "Raised in Leeds, she studied law. In 2019 she received a medal.",
    "Born in Kraków in 1931, he trained as a printer. In 1960 he opened a press.",
    "Trained in Vienna as a glass cutter, he moved to Prague. In 1908 he opened a workshop.",
    "Brought up by his grandmother, he left school at fourteen. In 1925 he joined the merchant navy.",
]


@pytest.mark.parametrize("text", ROWS)
def test_the_pronoun_is_not_the_participle(text: str) -> None:
    last_year = [w for w in text.replace(".", " ").split() if w.isdigit() and len(w) == 4][-1]
    title = event_by_timex(events_of(text), last_year).title
    assert title.split()[0] in ("She", "He"), title


def test_a_name_opening_the_sentence_is_still_the_pronoun_s() -> None:
    # guard: a real name before a place phrase
    title = event_by_timex(events_of("Ted Rowe studied law in Leeds. In 2019 he received a medal."), "2019").title
    assert title == "Ted Rowe receives a medal"
