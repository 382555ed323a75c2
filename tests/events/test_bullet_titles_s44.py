"""A list's bullet is no word of a dated line's title (issue 12, session 44): "• 14 Oct: Rain begins over
the catchment" was titled "•: Rain begins over the catchment" (a hyphen or a dash bullet was already left
out; a round bullet, a middle dot or a square one was kept). Every line here is written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


@pytest.mark.parametrize("line, title", [
    ("• 14 Oct: Rain begins over the upper valley.", "Rain begins over the upper valley"),
    ("· 15 Oct: The river breaks its banks at Selm.", "The river breaks its banks at Selm"),
    ("▪ 16 Oct – Army engineers reinforce the levee.", "Army engineers reinforce the levee"),
    ("• On 17 Oct the council opened two shelters.", "The council opens two shelters"),
    ("• Police arrested two looters on 18 Oct.", "Police arrest two looters"),
    ("· 19 Oct: Schools close in three districts.", "Schools close in three districts"),
    ("• 20 Oct: The minister visits the flooded towns.", "The minister visits the flooded towns"),
    ("▪ 21 Oct: Water levels fall for the first time.", "Water levels fall for the first time"),
])
def test_a_bullet_is_no_word_of_the_title(line: str, title: str) -> None:
    text = ("Flood situation report\n\nThe river has flooded three towns this month, officials said in a statement.\n\n"
            f"{line}\n")
    titles = [e.title for e in extract_document(Document("a.txt", text, "A", date=date(2024, 10, 22))).events]
    assert title in titles, titles
