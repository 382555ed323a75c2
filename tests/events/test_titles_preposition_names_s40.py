"""A sentence opened by a preposition before a name ("For Ama Reyes, who …", "Under Tomas Quill, …"):
the name is the preposition's object, and a title that names its person names them without it."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.names import without_leading_preposition
from explorer.ingest.extract import extract_document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", "Headline\n\n" + text, "a"), dct=date(2024, 6, 1)).events]


@pytest.mark.parametrize("text, title", [
    ("For Ama Reyes, who was seven when the mill closed in March 1971, the news was a shock.", "Ama Reyes"),
    ("Under Tomas Quill, who was appointed coach in 2015, the team won two titles.", "Tomas Quill"),
    ("After Lena Dovik, who resigned in May 2019, the board chose an outsider.", "Lena Dovik"),
])
def test_a_relative_clause_tells_of_the_name_alone(text: str, title: str) -> None:
    titles = _titles(text)
    assert any(t.startswith(title + " ") for t in titles), titles
    assert not any(t.split()[0] in ("For", "Under", "After") and title in t for t in titles), titles


def test_a_pronoun_later_stands_for_the_name_alone() -> None:
    titles = _titles("For Ama Reyes, who was seven when the mill closed in March 1971, the news was a shock. "
                     "She walked back to the mill gate in April 2023.")
    assert "Ama Reyes walks back to the mill gate" in titles, titles


@pytest.mark.parametrize("name, bare", [
    ("For Ama Reyes", "Ama Reyes"), ("Under Varo", "Varo"), ("Ama Reyes", "Ama Reyes"),
    ("Forbes Hall", "Forbes Hall"), ("In", "In"), ("Until the end", "Until the end"),
])
def test_without_leading_preposition(name: str, bare: str) -> None:
    assert without_leading_preposition(name) == bare
