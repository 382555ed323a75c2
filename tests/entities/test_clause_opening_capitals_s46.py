"""A capitalised adjective opening a sentence is no actor because the same word is capitalised after a
colon ("Photo: Heavy rain in the valley", "Weather: Thick fog on the coast") or in a heading in title
case ("Gales and Strong Winds Batter the Coast Villages") on the same page: there its capital is the
grammar's or the style's, no evidence of a name (session 46: "Heavy rains flooded …" had the actor
"Heavy"). Our own pages; a capital inside a sentence stays a name's evidence."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.events.build import build_events


def _events(text: str):
    doc = Document("a.txt", text, "", date(2025, 11, 20), "given")
    index = build_index([(doc.path, text)])
    return [index.label(e) for e in build_events(doc, temporal.tag(text, doc.date))]


def _actors_of(text: str, opening: str) -> tuple[str, ...]:
    found = [e for e in _events(text) if e.title.startswith(opening)]
    assert found, [e.title for e in _events(text)]
    return found[0].actors


@pytest.mark.parametrize(("page", "opening", "adjective"), [
    ("Valley report\n\nHeavy rains flooded the Orrin valley on Monday.\n\nPhoto: Heavy rain over Orrin, 2024 (Ann Lee)",
     "Heavy rains", "Heavy"),
    ("Weather: Thick fog on the coast road\n\nThick fog closed Harlan airport on Tuesday morning.", "Thick fog", "Thick"),
    ("Fire at the depot\n\nWitnesses said: \"Black smoke was everywhere.\"\n\nBlack smoke rose over the Kessel "
     "refinery on Wednesday.", "Black smoke", "Black"),
    ("Gales and Strong Winds Batter the Coast Villages\n\nStrong winds tore the roof off Dunmore school on Friday.",
     "Strong winds", "Strong"),
    ("Update: Loud explosions heard near the port\n\nLoud explosions shook the Brisk district on Sunday night.",
     "Loud explosions", "Loud"),
    ("Live: Dense smoke over the docks\n\nDense smoke forced Carrow school to close on 3 June.", "Dense smoke", "Dense"),
    ("Early Frost and Fresh Snow Hit the Hill Farms\n\nFresh snow blocked the Tarn pass on 14 November.",
     "Fresh snow", "Fresh"),
])
def test_an_adjective_capitalised_only_where_a_clause_opens_is_no_actor(page: str, opening: str, adjective: str) -> None:
    assert adjective not in _actors_of(page, opening)


@pytest.mark.parametrize(("page", "opening", "name"), [
    # capitalised inside a sentence elsewhere: a name, which may open a sentence
    ("Harbour notes\n\nThe pilots met Marrow at the quay.\n\nMarrow sailed for Tullock on Monday.", "Marrow", "Marrow"),
    # a name after a colon is still the name it is where the text names it again
    ("Present: Ruth Amberley (chair)\n\nRuth Amberley opened the meeting on Tuesday.", "Ruth Amberley", "Ruth Amberley"),
])
def test_a_name_stays_an_actor(page: str, opening: str, name: str) -> None:
    assert name in _actors_of(page, opening)
