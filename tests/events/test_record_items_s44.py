"""A record's items under dated headings, told with a bullet or in the present, and entries told in the
historical present titled as their acts (issue 12, session 44).

Release notes list each version's changes under a labelled, dated heading ("Version 5.1 (April
2025)"), as bullets ("- Added a night theme.") or in the present ("Adds a new search engine."). The
subjectless-entry rule read only a past verb opening the sentence, so a bullet before it or a present
tense lost every item. A plural noun opening a sentence ("Volunteers saved the stock") is no present
verb: a present is read only when an object follows it. And an entry told in the historical present
("Colin Parry apologises at a meeting attended by 600 people") is titled as its past is, so the title
names its own subject and verb. Every line here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.entry_present import told_in_the_past
from explorer.ingest import extract_document


def _events(text: str):
    return extract_document(Document("a.txt", text, "A")).events


_NOTES = ("Tessel Notes release history\n\nTessel Notes is a free notebook app. This page lists what changed in each "
          "version of Tessel Notes.\n\n"
          "Version 3.2 (April 2025)\n{a}\n{b}\n\n"
          "Version 3.1 (10 January 2025)\n{c} {d}\n\n"
          "Version 3.0 (2 November 2024)\n{e}\n")


@pytest.mark.parametrize("a, b, c, d, e, expected", [
    ("- Added a night theme.", "- Fixed the crash on startup.", "Adds a new search box.", "Drops support for Android 8.",
     "- Improved battery use.",
     {"Tessel Notes adds a night theme": date(2025, 4, 1), "Tessel Notes fixes the crash on startup": date(2025, 4, 1),
      "Tessel Notes adds a new search box": date(2025, 1, 10), "Tessel Notes drops support for Android 8": date(2025, 1, 10),
      "Tessel Notes improves battery use": date(2024, 11, 2)}),
    ("• Removes the old export dialog.", "• Moves the settings into one file.", "Introduces shared folders.",
     "Replaces the sync engine.", "- Rewrote the editor in Rust.",
     {"Tessel Notes removes the old export dialog": date(2025, 4, 1), "Tessel Notes moves the settings into one file": date(2025, 4, 1),
      "Tessel Notes replaces the sync engine": date(2025, 1, 10), "Tessel Notes rewrites the editor in Rust": date(2024, 11, 2)}),
])
def test_a_release_s_items_are_its_subject_s_acts_on_its_date(a, b, c, d, e, expected) -> None:
    got = {ev.title: ev.begin for ev in _events(_NOTES.format(a=a, b=b, c=c, d=d, e=e))}
    for title, begin in expected.items():
        assert got.get(title) == begin, (title, got)


def test_a_plural_noun_opening_an_item_is_no_present_verb() -> None:
    text = _NOTES.format(a="- Translations updated for Polish.", b="- Contributions are welcome.",
                         c="Volunteers tested the beta.", d="Reports came in quickly.", e="- Added tags.")
    titles = [ev.title for ev in _events(text)]
    assert not any(t.lower().startswith(("translationed", "contributioned", "volunteered", "reported")) for t in titles), titles


@pytest.mark.parametrize("sentence, past", [
    ("Colin Parry apologises at a public meeting attended by 600 people.", "apologised at a public meeting attended"),
    ("A burst pipe at the depot is identified as the source.", "was identified as"),
    ("The two unions call off the strike after a late offer.", "called off"),
    ("Rescuers find the missing walkers at dawn.", "found the missing"),
    ("Firefighters pull two men from the river.", "pulled two men"),
    ("Twelve people are treated in hospital.", "were treated"),
    ("The mayor cuts the ribbon.", "cut the ribbon"),
])
def test_an_entry_in_the_present_is_read_in_the_past_for_its_title(sentence: str, past: str) -> None:
    assert past in told_in_the_past(sentence)


def test_a_present_entry_s_title_names_its_subject_and_verb() -> None:
    text = ("Timeline\n\nThe dispute ended this week after a long summer.\n\n"
            "3 August 2026: The firm issues a notice.\n\n"
            "24 August 2026: The firm's chief executive, Ann Doyle, apologises at a public meeting attended by 600 people.\n\n"
            "25 August 2026: A burst pipe at the depot is identified as the likely source.\n")
    titles = [ev.title for ev in _events(text)]
    assert any(t.startswith("Ann Doyle apologises at a public meeting") for t in titles), titles
    assert any(t.startswith("A burst pipe at the depot is identified") for t in titles), titles


def test_a_heading_above_is_no_subject_of_a_second_act() -> None:
    text = ("Walking week, May 2025\n\nSaturday 10 May\nDrove up from the city and reached the hut before dark.\n\n"
            "Sunday 11 May\nClimbed the north ridge with Ana.\n")
    titles = [ev.title for ev in _events(text)]
    assert not any(t.startswith("Saturday 10 May") for t in titles), titles
