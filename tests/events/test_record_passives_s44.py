"""A record's entry told by a participle with its doer ("Bought by the Arden group", "Founded in a garage by
two brothers", "Relieved by the 5th Fusiliers") is done to the record's subject (issue 12, session 44):
it was titled as the subject's own act ("Harbury Tools buys by the Arden group", "… founds in a garage")
or left with no subject. A participle with an object first ("Recovered the glider launched by the
sister ship") is the subject's act, and a "by" of going ("Sailed by the lighthouse") is no doer. Every
line here is written for this file."""

from __future__ import annotations

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

_STORY = ("Orrin Mills: our story\n\nOrrin Mills makes woollen cloth in Kendal. Here is how Orrin Mills grew.\n\n"
          "1951 — Opened a shop in the market hall.\n{line}\n2004: Closed the dye house.\n")


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", text, "A")).events]


@pytest.mark.parametrize("line, title", [
    ("1962 — Founded in a garage by two brothers.", "Orrin Mills is founded in a garage by two brothers"),
    ("Spring 1994: Bought by the Arden group.", "Orrin Mills is bought by the Arden group"),
    ("1971: Taken over by its workers.", "Orrin Mills is taken over by its workers"),
    ("1985 — Acquired by Halden Textiles.", "Orrin Mills is acquired by Halden Textiles"),
    ("1999: Renamed by the new owners.", "Orrin Mills is renamed by the new owners"),
])
def test_a_participle_with_its_doer_is_done_to_the_record_s_subject(line: str, title: str) -> None:
    titles = _titles(_STORY.format(line=line))
    assert any(t.startswith(title) for t in titles), titles


@pytest.mark.parametrize("line, title", [
    ("1980: Bought a second mill from the Arden group.", "Orrin Mills buys a second mill"),
    ("1983: Moved to the canal works.", "Orrin Mills moves to the canal works"),
])
def test_an_act_of_the_subject_stays_its_own(line: str, title: str) -> None:
    titles = _titles(_STORY.format(line=line))
    assert any(t.startswith(title) for t in titles), titles


def test_a_log_keeper_relieved_by_another_unit() -> None:
    text = ("War diary of the 4th Battalion, Kent Rifles\n\n12 March. Relieved by the 5th Fusiliers in the front line.\n\n"
            "13 March. Marched to the rest camp.\n")
    assert "The 4th Battalion is relieved by the 5th Fusiliers" in _titles(text)
