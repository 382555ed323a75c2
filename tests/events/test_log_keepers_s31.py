"""A log whose heading names its keeper ("Log of the ketch Mary Ellen", "War diary of the 4th
Battalion") titles its entries told with no subject as the keeper's acts, not the writer's "I"
(explorer.events.titles.log_keepers; session 31: a ship's log and a war diary of the readable gold were
titled "I weigh anchor", "I march to Tully Farm", or left "Held prayers on deck"). A heading that
names no keeper keeps "I"; a passive entry and a participle before its subject are left as they were.
Sentences written for this test."""

from __future__ import annotations

import functools
from datetime import date

import pytest

from explorer.documents import Document
from explorer.entities import build_index
from explorer.events.titles.log_keepers import log_keeper
from explorer.ingest import extract_document

_SHIP = ("Log of the ketch Mary Ellen, June 1902\n\n"
         "2 June 1902. Weighed anchor at dawn. Passed the Longstone light at noon. Anchored in the bay at 6 p.m.\n"
         "3 June. Held a muster on deck. Loaded 60 tons of coal at Amble.\n")
_UNIT = ("War diary of the 4th Battalion, Kessock Fusiliers: March 1916\n\n"
         "2 March 1916. Marched to Ridge Wood. Relieved the 2nd Lancers in the front line.\n"
         "4 March. Dug a new support trench. Wounded men arrived at the aid post.\n"
         "6 March. Relieved by the 3rd Guards in the evening.\n")
_PERSON = "Diary of Agnes Pike, 1888\n\n2 May 1888. Walked to the market at Holm. Baked bread for the fair.\n"
_NOTEBOOK = "Crossing the moor: a walker's notebook, May 2023\n\n2 May 2023. Crossed the river at noon.\n"
_UNNAMED = "Diary, May 1916\n\n2 May 1916. Held a meeting in the hall.\n"
_PAGE = "Log in | Register\n\nHarbour news\n\n2 May 1916. Held prayers on deck. Injured men were carried ashore.\n"


@functools.lru_cache(maxsize=None)
def _titles(text: str) -> list[str]:
    """Each text's titles, extracted once for all its cases."""
    doc = Document("a.txt", text, "t", date(2024, 1, 1), "given")
    return [e.title for e in extract_document(doc, date(2024, 1, 1)).events]


@pytest.mark.parametrize(("text", "title"), [
    (_SHIP, "The Mary Ellen weighs anchor at dawn"),
    (_SHIP, "The Mary Ellen passes the Longstone light"),
    (_SHIP, "The Mary Ellen anchors in the bay"),
    (_SHIP, "The Mary Ellen holds a muster on deck"),
    (_SHIP, "The Mary Ellen loads 60 tons of coal at Amble"),
    (_UNIT, "The 4th Battalion marches to Ridge Wood"),
    (_UNIT, "The 4th Battalion relieves the 2nd Lancers"),
    (_UNIT, "The 4th Battalion digs a new support trench"),
    (_PERSON, "Agnes Pike walks to the market at Holm"),
    (_PERSON, "Agnes Pike bakes bread for the fair"),
])
def test_a_logs_subjectless_entry_is_its_keepers_act(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize(("text", "title"), [
    # a passive: the keeper underwent it (session 44: named as the one who underwent it, see test_record_passives_s44)
    (_UNIT, "The 4th Battalion is relieved by the 3rd Guards"),
    (_UNIT, "Wounded men arrive at the aid post"),  # a participle before its subject
    (_NOTEBOOK, "I cross the river"),               # "a walker's notebook" names no keeper
    (_UNNAMED, "I hold a meeting in the hall"),     # a diary's heading with no one named
    (_PAGE, "Held prayers on deck"),                # "Log in" heads no log
    (_PAGE, "Injured men are carried"),
])
def test_an_entry_with_no_keeper_to_name_is_left_as_it_was(text: str, title: str) -> None:
    assert title in _titles(text)


def test_the_keeper_is_the_entrys_actor() -> None:
    doc = Document("a.txt", _SHIP, "t", date(2024, 1, 1), "given")
    index = build_index([(doc.path, _SHIP)])
    actors = {e.title: index.label(e).actors for e in extract_document(doc, date(2024, 1, 1)).events}
    assert actors["The Mary Ellen weighs anchor at dawn"][:1] == ("the Mary Ellen",)
    assert actors["The Mary Ellen holds a muster on deck"][:1] == ("the Mary Ellen",)


@pytest.mark.parametrize(("heading", "keeper"), [
    ("Log of the schooner Kittiwake, April 1894", "The Kittiwake"),
    ("War diary of the 2nd Battalion, Harwell Rifles: October 1917", "The 2nd Battalion"),
    ("Diary of Agnes Pike, 1888", "Agnes Pike"),
    ("Log of March 1940", None),
    ("Diary of a week in May", None),
])
def test_the_keeper_read_from_a_heading(heading: str, keeper: str | None) -> None:
    assert log_keeper(heading + "\n\nText.") == keeper
