"""Kinds of missed event found in session 45 (h45r) on the opened part's missed events, each checked on
pages and sentences written for this test, not taken from the gold articles."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str):
    return list(extract_document(Document("a.txt", text, "t"), dct=date(2024, 9, 1)).events)


def _with(events, word: str):
    return [e for e in events if word in e.title.lower()]


# ------------------------------------------------------------ release notes whose headings name no one


@pytest.mark.parametrize(("page", "word", "day"), [
    ("Release notes\n\nVersion 3.2 (2 March 2024)\nAdded a search box. Removed the old export menu.\n\n"
     "Version 3.1 (12 February 2024)\nFixed a crash when opening large files.\n\n"
     "Version 3.0 (5 January 2024)\nRewrote the sync engine.", "export menu", date(2024, 3, 2)),
    ("Release notes\n\nVersion 3.2 (2 March 2024)\nAdded a search box. Removed the old export menu.\n\n"
     "Version 3.1 (12 February 2024)\nFixed a crash when opening large files.\n\n"
     "Version 3.0 (5 January 2024)\nRewrote the sync engine.", "sync engine", date(2024, 1, 5)),
    ("What changed\n\n2.8 — 14 May 2023\n- Dropped support for the old printer driver.\n- Improved the start-up time.\n\n"
     "2.7 — 20 April 2023\n- Replaced the font renderer.\n\n2.6 — 1 March 2023\n- Moved the settings to one window.",
     "font renderer", date(2023, 4, 20)),
    ("What changed\n\n2.8 — 14 May 2023\n- Dropped support for the old printer driver.\n- Improved the start-up time.\n\n"
     "2.7 — 20 April 2023\n- Replaced the font renderer.\n\n2.6 — 1 March 2023\n- Moved the settings to one window.",
     "printer driver", date(2023, 5, 14)),
])
def test_a_release_note_under_a_heading_that_names_no_one_is_dated_by_it(page: str, word: str, day: date) -> None:
    found = _with(_events(page), word)
    assert [e.begin for e in found] == [day], [(e.title, e.begin) for e in _events(page)]


def test_a_dated_heading_alone_does_not_make_a_story_an_entry() -> None:
    # two dated headings are as often a dateline and a caption: the subjectless reading needs three
    page = ("Club news\n\nSpring meeting (2 March 2024)\nElected a new treasurer.\n\n"
            "Summer meeting (12 June 2024)\nFelt the hall was too small.")
    assert not _with(_events(page), "treasurer") and not _with(_events(page), "hall"), \
        [e.title for e in _events(page)]


def test_a_feeling_under_a_release_heading_is_no_act() -> None:
    page = ("Release notes\n\nVersion 3.2 (2 March 2024)\nFelt the menus were too crowded.\n\n"
            "Version 3.1 (12 February 2024)\nFixed a crash when opening large files.\n\n"
            "Version 3.0 (5 January 2024)\nRewrote the sync engine.")
    assert not _with(_events(page), "menus"), [e.title for e in _events(page)]


# ------------------------------------------------------------ a dated list's line with two acts


@pytest.mark.parametrize(("page", "first", "second", "day"), [
    ("How we got here\n\n- 12 March 2023: the shop opened and sold 500 copies in a day.\n"
     "- 2 April 2023: we printed a second run.\n- 9 May 2023: we moved to a bigger unit.",
     "open", "sells 500", date(2023, 3, 12)),
    ("How we got here\n\n- 12 March 2023: we printed a first run.\n"
     "- May 2023: we built the second kiln and fired ten pots for the fair.\n- 9 July 2023: we moved to a bigger unit.",
     "kiln", "pots", date(2023, 5, 1)),
    ("Diary of the dig\n\n3 August 2022: the team cleared the topsoil and found a Roman coin under the hedge.\n"
     "10 August 2022: the team backfilled the trench.",
     "topsoil", "coin", date(2022, 8, 3)),
])
def test_a_dated_line_s_two_acts_are_both_listed(page: str, first: str, second: str, day: date) -> None:
    events = _events(page)
    assert [e.begin for e in _with(events, first)] == [day], [(e.title, e.begin) for e in events]
    assert [e.begin for e in _with(events, second)] == [day], [(e.title, e.begin) for e in events]


def test_a_dated_line_s_act_is_not_folded_into_the_next_sentence_of_its_line() -> None:
    page = ("Timeline of the dispute\n\n4 May – Pay talks collapse. Drivers walk out at the two depots.\n"
            "9 May – The union calls off the strike.\n12 May – Drivers accept a new offer.")
    events = _events(page)
    assert _with(events, "talks") and _with(events, "walk out"), [e.title for e in events]


def test_a_plain_sentence_s_joined_act_is_still_read() -> None:
    # guard: no label opens the line, the subject is the sentence's own
    events = _events("Office news\n\nThe office moved on 3 June 2024 and hired two clerks.")
    assert _with(events, "clerks"), [e.title for e in events]
