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
