"""Results counted over many games (issue 12, session forty-two, event precision): a record over games
("She scored 14 goals in 22 appearances") and results counted over a stretch ("had lost four in a row by
early November", "won only twice between March and May") tell how a side fared, the sum of many games,
not one happening (``tallies_and_baselines.tells_a_run_of_results``). One game's result on its day stays.
(Session 48: a share of the games, "won four of their six games before Christmas", is such a count too: the
readable gold's event in that sentence is the one game named in it, "including a 61–40 win over the Hawks on
14 December", and the opened gold lists no "won eleven of their twelve games over December and January";
see ``test_period_sums_shares_and_telling_asides_s48``.)"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.events.tallies_and_baselines import tells_a_run_of_results
from tests.events.extracted_events import events_of

_DAY = date(2025, 12, 20)


@pytest.mark.parametrize("sentence", [
    "She scored 14 goals in 22 appearances.",
    "By early November the Hornets had lost four in a row.",
    "The side won only twice between March and May.",
    "United had drawn five times by the end of September.",
])
def test_results_counted_over_many_games_are_no_event(sentence: str) -> None:
    events = events_of(sentence, _DAY)
    assert not events, [(e.title, e.timex) for e in events]


@pytest.mark.parametrize(("sentence", "word"), [
    ("Moss scored twice on her debut against Ashby on 16 November.", "scor"),
    ("The Hornets won 3-1 at Carrow Park on Saturday 6 December.", "win"),
])
def test_one_game_or_a_counted_share_stays(sentence: str, word: str) -> None:
    events = events_of(sentence, _DAY)
    assert [e for e in events if word in e.title.lower()], [(e.title, e.timex) for e in events]


@pytest.mark.parametrize(("title", "before", "run"), [
    ("The striker scores 40 goals in 90 games", None, True),
    ("The Hornets lose four in a row", "By ", True),
    ("Moss scores twice on her debut", "Moss scored twice on her debut on ", False),
    ("The club wins twice", None, True),
])
def test_tells_a_run_of_results(title: str, before: str | None, run: bool) -> None:
    assert tells_a_run_of_results(title, before) is run
