"""A past verb after a number that names rather than counts (session twenty-six, issue 11).

"An earthquake of magnitude 6.1 struck the region on Thursday morning", "Flight 212 landed on Monday
evening": the number is a label, so the verb after it is the clause's past, not a participle after a
count ("the 12 elected members"). Read as no verb, the clause had no past, and a capitalised plural
before the weekday ("the Eastern Lakes region") was read as a plural's present, a plan, putting the
weekday in the week ahead. Sentences written for this test; none names anything from a gold article
or a corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

_FRIDAY = date(2025, 11, 28)


def _begin(text: str, expression: str) -> date | None:
    found = [t for t in tag(text, _FRIDAY) if t.text == expression]
    assert len(found) == 1
    return found[0].begin


@pytest.mark.parametrize(("text", "expression", "day"), [
    ("An earthquake of magnitude 6.1 struck the Eastern Lakes region on Thursday morning.", "Thursday morning",
     date(2025, 11, 27)),
    ("Flight 212 landed at the Twin Rivers airport on Monday evening.", "Monday evening", date(2025, 11, 24)),
    ("A tremor of magnitude 4.8 shook the Green Hills area on Tuesday.", "Tuesday", date(2025, 11, 25)),
    ("Bus 47 crashed near the Old Docks station on Wednesday night.", "Wednesday night", date(2025, 11, 26)),
])
def test_a_past_verb_after_a_label_number_tells_a_past_weekday(text: str, expression: str, day: date) -> None:
    assert _begin(text, expression) == day


def test_a_counted_participle_stays_no_verb() -> None:
    """"The 12 elected members meet on Tuesday": a count, its participle no past; the plural's
    present is a plan, the Tuesday ahead."""
    assert _begin("The 12 elected members meet on Tuesday.", "Tuesday") == date(2025, 12, 2)
