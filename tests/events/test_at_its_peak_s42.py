"""A sentence opened by its subject's own peak (issue 12, session forty-two, event precision): "At its
peak, in 1957, the yard built 30 ships a year", "At their height, in the 1890s, the mills employed 4,000
people" tell the subject's size at its biggest, not a happening on the date
(``tallies_and_baselines.told_at_its_peak``). A happening's worst moment ("At the peak, around 20:00,
some 4,000 homes lost power") and a peak reached as an act stay."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.events.tallies_and_baselines import told_at_its_peak
from tests.events.extracted_events import events_of

_DAY = date(2025, 6, 20)


@pytest.mark.parametrize("sentence", [
    "At its peak, in 1957, the yard launched 30 ships.",
    "At their height, in the 1890s, the mills shipped cloth to forty countries.",
])
def test_what_was_done_at_its_peak_is_no_event(sentence: str) -> None:
    events = events_of(sentence, _DAY)
    assert not [e for e in events if e.timex], [(e.title, e.timex) for e in events]


@pytest.mark.parametrize(("sentence", "word"), [
    ("At the peak, around 20:00 on 14 February 2025, some 4,000 homes lost power.", "power"),
    ("The yard launched its last ship in 1957.", "launch"),
])
def test_a_happening_at_the_peak_stays(sentence: str, word: str) -> None:
    events = events_of(sentence, _DAY)
    assert [e for e in events if word in e.title.lower()], [(e.title, e.timex) for e in events]


@pytest.mark.parametrize(("sentence", "peak"), [
    ("At its peak, in 1957, the yard launched 30 ships.", True),
    ("At the peak, around 20:00, some 4,000 homes lost power.", False),
    ("Its sales peaked in 1957.", False),
])
def test_told_at_its_peak(sentence: str, peak: bool) -> None:
    assert told_at_its_peak(sentence) is peak
