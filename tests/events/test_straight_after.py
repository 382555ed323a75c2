"""An act told as following straight on the dated one before it takes that one's time (session 24).

Every sentence here is written for this file. See ``explorer.events.neighbour_bounds.straight_after``.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.extracted_events import events_of as _events


@pytest.mark.parametrize("story, word, begin, end", [
    ("The auditors found the missing funds in May 1996. The treasurer was dismissed at once. "
     "The society chose a new treasurer in September 1996.", "dismiss", date(1996, 5, 1), date(1996, 5, 31)),
    ("The dam cracked in March 1931. The lower village was evacuated immediately. Repairs began in August 1931.",
     "evacuat", date(1931, 3, 1), date(1931, 3, 31)),
    ("The pier collapsed in October 1889. Its owner was arrested straight away. A new pier opened in June 1891.",
     "arrest", date(1889, 10, 1), date(1889, 10, 31)),
])
def test_an_act_told_straight_after_takes_the_time_before_it(story: str, word: str, begin: date, end: date) -> None:
    found = [e for e in _events(story) if word in e.title.lower() and not e.timex]
    assert found, [(e.title, e.timex, e.begin, e.end) for e in _events(story)]
    assert all((e.begin, e.end) == (begin, end) for e in found), [(e.title, e.begin, e.end, e.derivation) for e in found]


def test_an_act_not_told_so_keeps_the_window_to_the_next_date() -> None:
    story = ("The auditors found the missing funds in May 1996. The treasurer was dismissed. "
             "The society chose a new treasurer in September 1996.")
    found = [e for e in _events(story) if "dismiss" in e.title.lower() and not e.timex]
    assert found and all(e.end == date(1996, 9, 30) for e in found), [(e.title, e.begin, e.end) for e in found]


def test_up_to_the_document_date_too() -> None:
    story = "Cafe owner held\n\nPosted: 12 March 2025\n\nFood inspectors closed a cafe on 3 March. Its owner was arrested at once."
    found = [e for e in _events(story, date(2025, 3, 12)) if "arrest" in e.title.lower() and not e.timex]
    assert found and all((e.begin, e.end) == (date(2025, 3, 3),) * 2 for e in found), [
        (e.title, e.begin, e.end, e.derivation) for e in found]


@pytest.mark.parametrize("story, word, begin, end", [
    # nothing dated after it and no document date: the window before it still dates it
    ("The dam cracked in March 1931. The lower village was evacuated immediately.", "evacuat",
     date(1931, 3, 1), date(1931, 3, 31)),
    # a jump back after it gives no window to the next date, but "immediately" needs none
    ("The bank failed in June 2008. Its chairman resigned immediately. He had founded it in 1990.", "resign",
     date(2008, 6, 1), date(2008, 6, 30)),
])
def test_told_straight_after_with_no_later_date(story: str, word: str, begin: date, end: date) -> None:
    found = [e for e in _events(story) if word in e.title.lower() and not e.timex]
    assert found and all((e.begin, e.end) == (begin, end) for e in found), [
        (e.title, e.begin, e.end, e.derivation) for e in _events(story)]
