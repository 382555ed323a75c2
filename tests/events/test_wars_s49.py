"""Acts told during one of the two world wars (session forty-nine, lead): dated within the war, not in
the story's last calendar year. Our own short histories, none from the sample, the gold set or a corpus."""

from __future__ import annotations

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _window(text: str, words: str) -> tuple[str, str] | None:
    events = [e for e in extract_document(Document("a.txt", text, "t"), dct=None).events if words in e.title]
    assert len(events) == 1, [e.title for e in extract_document(Document("a.txt", text, "t"), dct=None).events]
    e = events[0]
    return (e.begin.isoformat(), e.end.isoformat()) if e.begin else None


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("The brewhouse reopened in 1907. During the First World War the army requisitioned the maltings.",
         "requisitions the maltings", ("1914-08-04", "1918-11-11")),
        ("The mill was sold in 1936. In the Second World War the yard built minesweepers for the navy.",
         "builds minesweepers", ("1939-09-03", "1945-05-08")),
        ("The club was founded in 1902. During the Great War the council turned the ground into allotments.",
         "turns the ground", ("1914-08-04", "1918-11-11")),
        ("The station opened in 1932. During World War II the RAF took over the hangars.", "takes over the hangars",
         ("1939-09-03", "1945-05-08")),
    ],
)
def test_an_act_during_a_world_war(text, words, expected) -> None:
    assert _window(text, words) == expected


def test_an_act_with_its_own_date_keeps_it() -> None:
    text = "The hall opened in 1910. During the First World War, in May 1916, the army requisitioned the hall."
    assert _window(text, "requisitions the hall") == ("1916-05-01", "1916-05-31")
