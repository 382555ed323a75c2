"""A name opening on a given name of one sex is a person's, though the text gives them no title, pronoun
or verb of saying (issue 12, session sixty-one): "Ann Cole founded a bakery in 1952. The company moved
…" had taken Ann Cole for an organisation, so "the company" stood for her ("Ann Cole moves to Mill
Lane"). And a "she" reaching back past its paragraph is not blocked by a man told as a subject since.
Our own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.entities import build_index
from explorer.ingest import extract_paths


def _events(tmp_path: Path, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    (tmp_path / "notes.txt").write_text("Notes\n\n" + text + "\n")
    return {e.timex: (e.title, e.actors) for e in extract_paths([str(tmp_path)], jobs=1).events if e.timex}


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in build_index([("a.txt", text)]).entities.values()}


@pytest.mark.parametrize(("text", "name"), [
    ("Ann Cole founded a bakery in 1952.", "Ann Cole"),
    ("In 1970 Tom Reed set up a haulage business on the quay.", "Tom Reed"),
    # guard (a pronoun after the name was evidence already)
    ("The prize went to Ingrid Halvorsen for her second novel.", "Ingrid Halvorsen"),
])
def test_a_given_name_makes_a_person(text: str, name: str) -> None:
    assert _kinds(text)[name] == "person"


@pytest.mark.parametrize(("text", "name", "kind"), [
    # guards: a word that is no given name, and a firm's trade word, keep their readings
    ("Harbour Freight bought six lorries in 1985.", "Harbour Freight", "org"),
    ("Tarn Ferries cut its fares in May.", "Tarn Ferries", "org"),
])
def test_no_given_name_no_person(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind


@pytest.mark.parametrize(("text", "date_text", "title"), [
    ("Ann Cole founded a bakery in 1952. The company moved to Mill Lane in 1960.", "1960",
     "The company moves to Mill Lane"),
    ("Tom Reed set up a haulage business in 1970. In 1985 the firm bought six lorries.", "1985",
     "The firm buys six lorries"),
    ("Ruth Gale started a printing shop in 1921. The business moved to Quarry Road in 1963.", "1963",
     "The business moves to Quarry Road"),
])
def test_the_company_is_not_the_founder_named_before(tmp_path: Path, text: str, date_text: str, title: str) -> None:
    got, actors = _events(tmp_path, text)[date_text]
    assert got == title and not any(a in text.split(".")[0] for a in actors[:1])


def test_the_founder_still_acts_in_her_own_sentence(tmp_path: Path) -> None:
    # guard: a "she" right after the founder is the founder
    text = "Ann Cole founded a bakery in 1952. She sold it in 1960."
    assert _events(tmp_path, text)["1960"][0] == "Ann Cole sells it"


def test_a_man_told_as_a_subject_does_not_block_her_she(tmp_path: Path) -> None:
    # guard: the man, now a person by his given name, is no rival for her "she"
    text = ("Vera Lind became foreign minister in 2020 after a career abroad.\n\n"
            "Her predecessor, Olav Rask, who chairs the defence committee, said at the time that the post was hard. "
            "The navy bought two ships in May.\n\n"
            "The autumn was quiet. In October she opened an embassy in Karesh, a port in the south.")
    assert _events(tmp_path, text)["October"][0].startswith("Vera Lind opens an embassy")
