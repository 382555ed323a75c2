"""Kinds found on pages of our own (session 49, h49r: a ski-touring diary, a village fete report, a cycling
race's stage report, a house renovation blog) and on the opened part's missed events, with sentences of
our own:

- a news story's lede told in one short paragraph (fewer than 20 words) fell in the page's header: its
  date, the page's own, was read as a dateline and its acts were never read ("A storm struck Harbury on
  Tuesday and flooded two streets." under "Harbury, 3 March 2026");
- a move told by its means ("About 300 residents left by bus") or by the way it went ("Two jets flew low
  over the town", "Rescuers waded across the river") read as no act: with no place it went to, into or
  from, "left" or "flew" told nothing;
- a race's story after "The stage started in rain", itself placed on the story's day, was left undated:
  the start of something lasting stopped the day's carry, though the start had no date of its own;
- a thing dropped somewhere ("A volunteer dropped a bucket into the water", "Two helicopters dropped water on
  the ridge") read as no act: "dropped" is left out of the plain acts for a measure's fall ("Shares dropped 4
  percent"); told with a place it fell to, it is one;
- a log's stamp opening a line ("12 June, 14:00. Docked in Galway.") or a month's heading ("April") that
  made no event of its own did not move the story's day: the acts after it were carried back to the last
  dated act's day; so was a diary's paragraph opened by the day it tells ("Yesterday was a rest day at the
  hut. The guide checked our transceivers").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.test_precision_kinds_s10 import _events

_BODY = ("Council officers said the clean-up would take most of the week and that residents should keep away from "
         "the riverbank until the water had gone down.")


@pytest.mark.parametrize(("head", "lede", "words", "day"), [
    ("Harbury, 3 March 2026", "A storm struck the town of Harbury on Tuesday and flooded two streets.",
     "strikes the town", date(2026, 3, 3)),
    ("Lenford, 12 October 2025", "Firefighters rescued a fisherman from the River Lenn on Sunday morning.",
     "rescue a fisherman", date(2025, 10, 12)),
    ("Ashby, 20 May 2024", "A lorry overturned on the ring road at Ashby on Monday, spilling its load of gravel.",
     "lorry overturns", date(2024, 5, 20)),
])
def test_a_short_lede_is_read_as_the_story(head: str, lede: str, words: str, day: date) -> None:
    text = f"Local news\n\n{head}\n\n{lede}\n\n{_BODY}"
    events = _events(text, None)
    assert any(words in e.title and e.begin == day for e in events), [(e.title, e.begin) for e in events]


@pytest.mark.parametrize("line", [
    "Posted on 3 March 2026 by Ann Lowe, local reporter",
    "Updated on Tuesday 3 March 2026",
    "By Ann Lowe | Local reporter | Published on Tuesday, 3 March 2026.",
])
def test_guard_a_byline_with_the_page_s_date_stays_in_the_header(line: str) -> None:
    text = f"Storm hits Harbury\n\n{line}\n\n{_BODY}"
    assert not any(e.timex and "3 March" in e.timex or "Tuesday" in e.timex for e in _events(text, None))


_LEDE = ("A storm struck the town of Harbury on Tuesday, and the river burst its banks at the old mill on the edge "
         "of the town centre, council officials said.\n\n")


@pytest.mark.parametrize(("sentence", "words"), [
    ("Forty pupils left by coach for the leisure centre.", "leave by coach"),
    ("The Harlan family returned by ferry.", "returns by ferry"),
    ("Two gliders flew low over the harbour.", "fly low over the harbour"),
    ("The search party trekked across the moor.", "treks across the moor"),
    ("The flood water poured through the lower village.", "pours through the lower village"),
    # (a thing dropped somewhere)
    ("A volunteer dropped a bucket into the water.", "drops a bucket into the water"),
    ("Two helicopters dropped water on the burning ridge.", "drop water on the burning ridge"),
    ("The trawler dropped anchor off the point.", "drops anchor off the point"),
    ("Her son dropped his keys down a drain.", "drops his keys down a drain"),
])
def test_a_move_or_a_drop_told_by_its_means_or_its_way_is_an_act(sentence: str, words: str) -> None:
    events = _events(_LEDE + sentence, date(2026, 3, 4))
    assert any(words in e.title for e in events), [e.title for e in events]


@pytest.mark.parametrize("sentence", [
    "The old duke ruled over the valley.",
    "I cycled past the church every morning.",
    "The clerk looked through the ledgers.",
    # (a measure that dropped)
    "Shares in the ferry company dropped sharply on the news.",
    "Turnout dropped in the northern wards.",
    "Sales dropped 4 percent in the quarter.",
])
def test_guard_a_state_a_habit_a_reading_or_a_measure_is_no_act(sentence: str) -> None:
    events = _events(_LEDE + sentence, date(2026, 3, 4))
    assert not any(e.sentence_start >= len(_LEDE) for e in events), [e.title for e in events]


@pytest.mark.parametrize(("text", "words"), [
    ("Race report\n\nVera Lind won the women's marathon at Kelso on Sunday after a late surge past the leader.\n\n"
     "The race started in thick fog. Four runners broke away early and opened a gap of a minute.", "break away"),
    ("Regatta\n\nTeam Orla won the coastal regatta at Penmor on Saturday after a close finish with the champions.\n\n"
     "The regatta started in a light breeze. Orla rounded the first mark in the lead.", "rounds the first mark"),
])
def test_an_act_after_an_undated_start_keeps_the_story_s_day(text: str, words: str) -> None:
    event = next(e for e in _events(text, date(2025, 10, 13)) if words in e.title)
    assert event.begin is not None and event.begin == event.end and event.begin.weekday() in (5, 6), event


@pytest.mark.parametrize(("text", "words", "day", "dct"), [
    ("Log of the Kestrel, June 2025\n\n4 June. Hauled the nets at dawn and sorted the catch.\n\n"
     "6 June, 09:00. Moored at Ardrin. The crew unloaded the boxes onto the quay.", "unloads the boxes", date(2025, 6, 6),
     None),
    ("The Farrow dispute\n\nOn 2 June 1911 the dockers walked out and the owners locked the gates.\n\nJuly 1911\n\n"
     "The owners hired three hundred men from the south. Fights broke out at the gates.", "hire three hundred men",
     date(1911, 7, 1), date(2024, 5, 10)),
    # (a diary's paragraph opened by the day it tells: "Yesterday was a rest day at the hut.")
    ("Diary, day six\n\nThursday 12 March 2026\n\nWe crossed the col at dawn and reached the hut by noon. The warden "
     "made soup.\n\nYesterday was a rest day at the hut. The guide checked our transceivers and showed us the route.",
     "checks our transceivers", date(2026, 3, 11), None),
])
def test_a_line_s_stamp_moves_the_story_s_day(text: str, words: str, day: date, dct: date | None) -> None:
    event = next(e for e in _events(text, dct) if words in e.title)
    assert event.begin == day, event


def test_guard_acts_after_the_last_dated_act_keep_its_day() -> None:
    text = ("Log of the Kestrel, June 2025\n\n4 June. Hauled the nets at dawn and sorted the catch.\n\n"
            "The crew unloaded the boxes onto the quay.")
    event = next(e for e in _events(text, None) if "unloads the boxes" in e.title)
    assert event.begin == date(2025, 6, 4), event
