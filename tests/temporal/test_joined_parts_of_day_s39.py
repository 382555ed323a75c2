"""A bare part of day joined to a day's part is that day's (session 39): "on Thursday afternoon and
evening" on a page dated Friday put the evening on Friday, and a live page's "Last updated 00:40" and
every entry after it moved a day on."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag


def _values(text: str, dct: date | None) -> dict[str, str]:
    return {text[t.start:t.end]: t.value for t in tag(text, dct)}


@pytest.mark.parametrize("phrase, first, second", [
    ("on Tuesday morning and afternoon", "2025-06-10TMO", "2025-06-10TAF"),
    ("on Wednesday afternoon and evening", "2025-06-11TAF", "2025-06-11TEV"),
    ("on Sunday evening and night", "2025-06-08TEV", "2025-06-08TNI"),
    ("on Saturday morning or afternoon", "2025-06-07TMO", "2025-06-07TAF"),
])
def test_the_second_part_is_the_same_day_s(phrase: str, first: str, second: str) -> None:
    text = f"Divers searched the lake {phrase}, the police said."
    got = tag(text, date(2025, 6, 13))  # a Friday
    parts = [t for t in got if t.type == "TIME"]
    assert [t.value for t in parts] == [first, second], [(text[t.start:t.end], t.value) for t in got]


_LIVE = """Live: Flood barrier closes as river peaks
Crews worked through Monday afternoon and evening to raise the barrier
Live updates · Tuesday 3 February 2026 · Last updated 01:15

01:15 – That is all from us tonight. The council will brief reporters at 9am.

23:50 – The river has peaked at 4.1 metres, the agency says.

21:30 – The barrier is fully closed.

17:05 – Residents of the lower town are told to move their cars.
"""


def test_a_live_page_s_entries_roll_back_over_midnight_from_its_update() -> None:
    values = _values(_LIVE, date(2026, 2, 3))
    assert values["Monday afternoon"] == "2026-02-02TAF"
    assert values["evening"] == "2026-02-02TEV"
    assert values["01:15"] == "2026-02-03T01:15"
    assert values["23:50"] == "2026-02-02T23:50"
    assert values["17:05"] == "2026-02-02T17:05"


_NIGHT_PAGE = """Live: Harbour ward by-election count
Saturday 4 October 2025 – Sunday 5 October 2025
Last updated 01:20

01:20 — That is the end of our coverage. Recounts in two boxes resume at 10am.

00:45 — The returning officer declared the result at 00:38 in the town hall.

23:55 — Turnout is put at 41 percent.

22:10 — Polls have closed and counting has begun.
"""


def test_a_page_spanning_a_night_is_updated_on_its_last_day() -> None:
    values = _values(_NIGHT_PAGE, date(2025, 10, 4))  # dated by its first day, as its header opens
    assert values["01:20"] == "2025-10-05T01:20"
    assert values["00:45"] == "2025-10-05T00:45"
    assert values["00:38"] == "2025-10-05T00:38"  # a time inside an entry is on the entry's day
    assert values["10am"] == "2025-10-05T10:00"
    assert values["23:55"] == "2025-10-04T23:55"
    assert values["22:10"] == "2025-10-04T22:10"
