"""A record whose heading names its subject (a CV, a cruise log, a changelog, a body's minutes) tells
its subject's acts with no subject; they are listed as that subject's acts, titled with its name, and
an act under a labelled, dated section heading takes the heading's date (session 35, issue 12:
explorer.events.titles.document_subjects, explorer.events.subjectless_entries.in_a_record,
explorer.events.heading_dates). Labels, a plan with no date and a feeling are no acts; a heading that
names no one keeps the writer's "I". Texts written for this test, in genres the gold set does not
hold them in."""

from __future__ import annotations

import functools
from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.titles.document_subjects import record_subject, unnamed_writer
from explorer.ingest import extract_document

_CV = ("Tomas Lind MSc — Curriculum Vitae\n\nExperience\n\n2016–2021: Site engineer, Harbour Works Ltd.\n"
       "Supervised the rebuilding of the north quay. Trained six apprentices.\n\n"
       "2021: Appointed to lead the dredging programme.\n\nSkills: AutoCAD, Python.\nReferences on request.\n")
_MINUTES = ("Kestrel Rowing Club\nMinutes of the committee meeting held on 6 May 2024\n\nVenue: the boathouse.\n"
            "1. Finance\nReceived the insurance renewal on 2 May. Paid the coach's invoice.\n"
            "2. Regatta\nAgreed to enter two crews. Will review the boat fund.\n")
_CHANGELOG = ("Sparrowdb changelog\n\nSparrowdb is an embedded database.\n\n2.0 (4 March 2023)\n"
              "Dropped the legacy file format. Added a query planner.\n\n1.5 (October 2022)\n"
              "Fixed a race in the writer.\n\n1.0 (1 June 2021)\nFirst public release.\n")
_CRUISE = ("MV Petrel — survey log, August 2022\n\n4 August. Docked at Lerwick. Took on fuel and water.\n"
           "5 August. Surveyed the sound. Felt the swell all day.\n")
_DIARY = ("Walking notes, May 2024\n\nMonday 6 May\nDried the tent by the stove and mended a torn strap.\n\n"
          "Tuesday 7 May\nRain all day.\n\nWednesday 8 May\nCrossed the beck and reached the hut at Sty Head.\n")
_NEWS = ("Harbour council budget\n\nArmed with new figures, the council met on Tuesday. Dropped from the plan "
         "were two bridges.\n")


@functools.lru_cache(maxsize=None)
def _events(text: str) -> list[tuple[str, object, object]]:
    doc = Document("a.txt", text, "t", None, "none")
    return [(e.title, e.begin, e.end) for e in extract_document(doc, None).events]


def _titles(text: str) -> list[str]:
    return [title for title, _, _ in _events(text)]


@pytest.mark.parametrize(("text", "title"), [
    (_CV, "Tomas Lind supervises the rebuilding of the north quay"),
    (_CV, "Tomas Lind trains six apprentices"),
    (_CV, "Tomas Lind is appointed to lead the dredging programme"),
    (_MINUTES, "Kestrel Rowing Club pays the coach's invoice"),
    (_MINUTES, "Kestrel Rowing Club agrees to enter two crews"),
    (_CHANGELOG, "Sparrowdb drops the legacy file format"),
    (_CHANGELOG, "Sparrowdb adds a query planner"),
    (_CRUISE, "MV Petrel docks at Lerwick"),
    (_CRUISE, "MV Petrel surveys the sound"),
    (_DIARY, "I mend a torn strap"),  # an act joined to a diary's subjectless line under a day heading
    (_DIARY, "I reach the hut at Sty Head"),
])
def test_a_records_subjectless_line_is_its_subjects_act(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize(("text", "word"), [
    (_CV, "Skills"), (_CV, "References"),     # labels
    (_MINUTES, "Venue"), (_MINUTES, "review"),  # a label; a plan with no date
    (_CRUISE, "swell"),                        # a feeling
    (_NEWS, "Dropped"),                        # a news sentence's inverted passive
])
def test_labels_plans_and_feelings_are_no_acts(text: str, word: str) -> None:
    assert not [t for t in _titles(text) if word in t]


def test_an_act_under_a_dated_section_heading_takes_its_date() -> None:
    dated = {title: (begin, end) for title, begin, end in _events(_CHANGELOG)}
    assert dated["Sparrowdb drops the legacy file format"] == (date(2023, 3, 4), date(2023, 3, 4))
    assert dated["Sparrowdb fixes a race in the writer"] == (date(2022, 10, 1), date(2022, 10, 31))


@pytest.mark.parametrize(("heading", "subject"), [
    ("Tomas Lind MSc — Curriculum Vitae\n", "Tomas Lind"),
    ("MV Petrel — survey log, August 2022\n", "MV Petrel"),
    ("Sparrowdb changelog\n\nSparrowdb is an embedded database.\n", "Sparrowdb"),
    ("Kestrel Rowing Club\nMinutes of the committee meeting\n", "Kestrel Rowing Club"),
    ("Travel log: ten days in Crete\n\nWe flew out on Monday.\n", None),  # a common noun, not named again
    ("Walking week in the hills, May 2025\n", None),
    ("Diary of a week in May\n", None),
    ("Harbour council budget\n", None),
])
def test_record_subject_from_the_heading(heading: str, subject: str | None) -> None:
    assert record_subject(heading) == subject


def test_a_bodys_own_story_speaks_as_we() -> None:
    assert unnamed_writer("Our story\n\nThe larder began with a table. Here is how we grew.\n") == "We"
    assert unnamed_writer("Notes\n\nI went out. We met.\n") == "I"
