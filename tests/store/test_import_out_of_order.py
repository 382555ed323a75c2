"""An import takes documents as they are read (one big file must not hold back a folder): whatever
order they finish in, the project is the one an import in the folder's order makes (documents,
event ids, copies, problems, annotation) and its saved file is byte for byte the same."""

from __future__ import annotations

import itertools
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterator, Sequence

import pytest

from explorer.ingest import engine
from explorer.ingest.pool import run_items
from explorer.store import Project, saving
from explorer.store.importing import ImportReport, import_paths

ARTICLES = {
    "a-harbour.txt": "Harbour news\n\nThe new pier at the harbour opened on 3 March 2011. Fishermen said on"
                     " Monday that the catch had doubled since April 2010.\n",
    "b-mill.txt": "Mill closes\n\nThe paper mill on the river closed on 2 June 1998 after ninety years."
                  " Its owners had warned in May 1997 that orders were falling.\n",
    "c-school.txt": "School rebuilt\n\nThe village school reopened in September 2005, two years after"
                    " a fire destroyed its roof on 11 October 2003.\n",
    "d-copy.txt": None,  # the harbour's text again, under another name
    "e-broken.docx": b"this is not a zip archive",
    "f-bridge.txt": "Bridge tolls\n\nTolls on the old bridge will end on 1 January 2020, the county said"
                    " on Tuesday. They were raised twice in 2016.\n",
    "g-copy.txt": None,
}


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    first = ARTICLES["a-harbour.txt"]
    for name, text in ARTICLES.items():
        path = folder / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text if text is not None else first, encoding="utf-8")
    return folder


_READ: dict[tuple[str, ...], dict] = {}


def _arriving(monkeypatch: pytest.MonkeyPatch, order: Callable[[int], Sequence[int]]) -> None:
    """The engine's pool gives its results in ``order(n)`` (of the files' places), as workers
    finishing in any order do: the results are made in this process, then handed out so."""

    def finishing(work, items, jobs=None, cancel=None, failed=None, reports=None, *, ordered=True,
                  sizes=None) -> Iterator:  # noqa: ANN001
        key = tuple(items)
        if key not in _READ:  # each folder is read once: the tests only change the order
            _READ[key] = dict(run_items(work, items, 1, cancel, failed, reports))
        done = _READ[key]
        for index in order(len(items)):
            yield index, done[index]

    monkeypatch.setattr(engine, "run_items", finishing)


@pytest.fixture(autouse=True)
def _one_save_token(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each save writes a new random token (how a save finds the file changed under it): the same
    one here, so two saves of one project are byte for byte the same."""
    monkeypatch.setattr(saving, "uuid", SimpleNamespace(uuid4=lambda: uuid.UUID(int=7)))


def _imported(tmp_path: Path, name: str, project: Project | None = None) -> tuple[Project, ImportReport, bytes]:
    project = project or Project()
    report = import_paths(project, [tmp_path / "articles"], jobs=1)
    target = tmp_path / f"{name}.tlproj"
    project.save(target)
    return project, report, target.read_bytes()


def _what_it_holds(project: Project, report: ImportReport) -> tuple:
    return ([(d.hash, d.document.path) for d in project.documents()],
            [e.id for e in project.events(include_rejected=True)],
            [(p.path, p.reason) for p in project.problems],
            report.added, report.updated, [str(c) for c in report.duplicates],
            [(p.path, p.reason) for p in report.problems])


ORDERS: dict[str, Callable[[int], Sequence[int]]] = {
    "backwards": lambda n: list(range(n))[::-1],
    "odd first": lambda n: [*range(1, n, 2), *range(0, n, 2)],
    "middle first": lambda n: [n // 2, *range(n // 2), *range(n // 2 + 1, n)],
}


@pytest.mark.parametrize("name", list(ORDERS))
def test_documents_finishing_out_of_order_make_the_project_of_an_import_in_order(tmp_path, monkeypatch, name):
    _folder(tmp_path)
    _arriving(monkeypatch, lambda n: range(n))
    in_order, in_order_report, in_order_file = _imported(tmp_path, "in-order")
    _arriving(monkeypatch, ORDERS[name])
    shuffled, shuffled_report, shuffled_file = _imported(tmp_path, "shuffled")

    assert _what_it_holds(shuffled, shuffled_report) == _what_it_holds(in_order, in_order_report)
    paths = [Path(d.document.path).name for d in shuffled.documents()]
    assert paths == ["g-copy.txt", "b-mill.txt", "c-school.txt", "f-bridge.txt"]  # a text kept under its last file
    assert shuffled_file == in_order_file


def test_every_order_of_four_files_with_copies_gives_one_project(tmp_path, monkeypatch):
    """All 5040 orders are too many for a test: every order of the first four files, the rest after."""
    _folder(tmp_path)
    _arriving(monkeypatch, lambda n: range(n))
    expected = _what_it_holds(*_imported(tmp_path, "in-order")[:2])
    for first in itertools.permutations(range(4)):
        _arriving(monkeypatch, lambda n, first=first: [*first, *range(4, n)])
        project, report, _ = _imported(tmp_path, "shuffled")
        assert _what_it_holds(project, report) == expected, first


def test_documents_out_of_order_into_a_project_keep_the_ones_it_had_in_their_places(tmp_path, monkeypatch):
    _folder(tmp_path)
    before = tmp_path / "before"
    before.mkdir()
    (before / "z-ferry.txt").write_text("Ferry returns\n\nThe ferry to the island returned on 9 May 2011.\n",
                                        encoding="utf-8")
    (before / "a-harbour.txt").write_text(ARTICLES["c-school.txt"], encoding="utf-8")  # a text read again

    def into_project(order: Callable[[int], Sequence[int]], name: str) -> tuple:
        project = Project()
        _arriving(monkeypatch, lambda n: range(n))
        import_paths(project, [before], jobs=1)
        _arriving(monkeypatch, order)
        project, report, saved = _imported(tmp_path, name, project)
        return _what_it_holds(project, report), saved

    expected, expected_file = into_project(lambda n: range(n), "in-order")
    found, found_file = into_project(ORDERS["backwards"], "backwards")
    assert found == expected
    # the text read again keeps its place (under its new file), the new ones follow in the folder's order
    assert [Path(p).name for _, p in found[0]] == ["c-school.txt", "z-ferry.txt", "g-copy.txt", "b-mill.txt",
                                                   "f-bridge.txt"]
    assert found_file == expected_file


def test_the_engine_gives_the_problems_in_the_files_order_however_they_finish(tmp_path, monkeypatch):
    folder = tmp_path / "broken"
    folder.mkdir()
    for name in ("a.docx", "b.docx", "c.docx"):
        (folder / name).write_bytes(b"not a zip")
    _arriving(monkeypatch, ORDERS["backwards"])
    seen: list[str] = []
    run = engine.ingest([folder], lambda path, result: None, jobs=1, in_order=False,
                        on_problem=lambda p: seen.append(Path(p.path).name))
    assert seen == ["c.docx", "b.docx", "a.docx"]  # told as they came
    assert [Path(p.path).name for p in run.problems] == ["a.docx", "b.docx", "c.docx"]
