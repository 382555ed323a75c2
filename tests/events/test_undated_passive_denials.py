"""An undated passive told of nobody ("Nobody was charged at the time") is no happening: the denial test
reads the passive's trigger ("was charged") in its present title ("Nobody is charged")."""

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events


def _titles(text: str) -> list[str]:
    doc = Document("a.txt", text, "t", date(2025, 5, 9), "given")
    return [e.title for e in build_events(doc, temporal.tag(text, doc.date))]


@pytest.mark.parametrize("denial", [
    "Nobody was charged over the fire.",
    "No one was injured in the collapse.",
    "None of the stolen bikes was recovered.",
])
def test_an_undated_passive_told_of_nobody_gives_no_event(denial: str) -> None:
    titles = _titles(f"Thieves broke into the depot in Kell Street on Monday night. {denial} The depot reopened on Wednesday.")
    assert not [t for t in titles if t.lower().startswith(("nobody", "no one", "none"))], titles


def test_an_undated_passive_told_of_someone_stays() -> None:
    titles = _titles("Thieves broke into the depot in Kell Street on Monday night. "
                     "A man was charged with burglary. The depot reopened on Wednesday.")
    assert any("charged" in t for t in titles), titles
