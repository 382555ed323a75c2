"""Two kinds from own pages (a chess tournament report, a tramway's history), with sentences of our own:

- a title whose sentence held a "who" aside with two dates lost letters of a word after it ("Broek, who
  had won the event in 2022 and 2023, started with five straight wins" was titled "… five straight s"):
  the aside's dates were cut again after the aside was blanked, and the spaces stripped round them moved
  the next date's offsets into the word;
- a paragraph opening "After the war", "Years later" moves the story past the last date told: its
  undated act is not placed on that day ("On the night of 8 May 1941 bombs destroyed the depot. // After
  the war the council decided to scrap the trams" had put the decision in May 1941).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.test_precision_kinds_s10 import _events


@pytest.mark.parametrize(("text", "words"), [
    ("Broek, who had won the event in 2022 and 2023, started with five straight wins on Wednesday.", "five straight wins"),
    ("The mayor, who had lost in 2015 and 2019, opened the new games hall on Friday.", "the new games hall"),
    ("Our coach, who joined in March 2020 and left in May 2021, signed three players on Monday.", "three players"),
])
def test_a_blanked_aside_with_two_dates_leaves_the_words_after_it_whole(text: str, words: str) -> None:
    titles = [e.title for e in _events(text)]
    assert any(words in t for t in titles), titles


@pytest.mark.parametrize(("text", "act"), [
    ("On the night of 8 May 1941 bombs destroyed the depot and 31 trams.\n\n"
     "After the war the council decided to scrap the trams.", "scrap the trams"),
    ("On 3 June 1898 the mill burned down.\n\nAfter the fire the council decided to buy the site.", "buy the site"),
    ("On 2 May 1926 the miners walked out.\n\nAfter the strike the company decided to close the pit.", "close the pit"),
])
def test_a_paragraph_that_moves_on_is_not_the_last_day(text: str, act: str) -> None:
    events = _events(text, None)
    first = min(e.begin for e in events if e.begin is not None)
    # (an act left off the timeline is no false date; one on it is not pinned to the day before)
    assert not any(act in e.title and e.begin is not None and e.end == first for e in events)


def test_guard_a_paragraph_told_on_the_same_day_is_carried() -> None:
    text = "On the night of 8 May 1941 bombs destroyed the depot and 31 trams.\n\nThe council ordered the lines closed."
    event = next(e for e in _events(text, None) if "orders the lines" in e.title or "closed" in e.title.lower())
    assert event.begin == date(1941, 5, 8)


def test_a_history_does_not_carry_its_time_into_a_paragraph_that_moves_on() -> None:
    text = ("The tramway company was formed in 1879. Its first line opened in 1881, and the corporation bought it "
            "in 1899.\n\nOn the night of 8 May 1941 German bombs destroyed the depot and 31 cars.\n\n"
            "After the war the council decided to scrap the trams. The last route closed on 30 September 1956.")
    event = next(e for e in _events(text, None) if "scrap the trams" in e.title)
    assert event.begin is None or event.end > date(1941, 5, 31)
