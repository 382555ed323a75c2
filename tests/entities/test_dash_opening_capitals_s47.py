"""A timeline's line "July 19 - Armed men board the ship" capitalises the word after its spaced dash
as a sentence's first word: no evidence of a name ("Armed" was the actor of the boarding on an own
page, a hijacking timeline). A name after such a dash stays a name. Our own pages."""

from __future__ import annotations

import pytest

from tests.entities.test_clause_opening_capitals_s46 import _actors_of


@pytest.mark.parametrize(("page", "opening", "adjective"), [
    ("Timeline\n\nJuly 19 - Armed men board the tanker at 02:30 local time.", "Armed men", "Armed"),
    ("Chronology\n\n3 March – Heavy shelling hits the port district.", "Heavy shelling", "Heavy"),
    ("Key dates\n\nAug 5 — Masked gunmen rob the depot in Tarrow.", "Masked gunmen", "Masked"),
])
def test_a_word_capitalised_after_a_timeline_dash_is_no_actor(page: str, opening: str, adjective: str) -> None:
    assert adjective not in _actors_of(page, opening)


@pytest.mark.parametrize(("page", "opening", "name"), [
    ("Timeline\n\nJuly 22 - Greyline Shipping confirms it has lost contact with the vessel.", "Greyline", "Greyline Shipping"),
    ("Key dates\n\nAug 5 — Ruth Amberley opens the new depot in Tarrow.", "Ruth Amberley", "Ruth Amberley"),
])
def test_a_name_after_a_dash_stays_an_actor(page: str, opening: str, name: str) -> None:
    assert name in _actors_of(page, opening)
