"""A big file must not hold back a folder: its small articles show (table and lanes) while the big
one is still read, and once it is done the project, its lanes and its table are in the folder's
order, as an import in order makes them, with the event the user chose still chosen. The big file
is made slow by the engine's reader, which waits for the test (never a timing)."""

from __future__ import annotations

import threading
from pathlib import Path

from explorer.gui.event_roles import EVENT_ROLE
from explorer.ingest import engine
from explorer.store import Project
from explorer.store.importing import import_paths

SMALL = {
    "b-orchard.txt": "Orchard sold\n\nThe old orchard was sold on 4 August 2014 to a cider maker.\n",
    "c-lighthouse.txt": "Lighthouse lit\n\nThe lighthouse was lit again on 21 December 2009 after repairs.\n",
    "d-market.txt": "Market moves\n\nThe Saturday market moved to the square in March 2016.\n",
}


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "folder"
    folder.mkdir()
    chapters = [f"Chapter {n}\n\nThe canal was widened in {1800 + n} and again in {1850 + n}.\n" for n in range(60)]
    (folder / "a-book.txt").write_text("A long history\n\n" + "".join(chapters), encoding="utf-8")  # first, biggest
    for name, text in SMALL.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _names(documents) -> list[str]:  # noqa: ANN001
    return [Path(d.document.path).name for d in documents]


def test_small_articles_show_while_a_big_one_is_read_and_all_end_in_folder_order(qtbot, make_window, tmp_path,
                                                                                   monkeypatch):
    folder = _folder(tmp_path)
    expected = Project()
    import_paths(expected, [folder], jobs=1, annotate_after=False)  # the big file is not slow yet
    release = threading.Event()
    reading_book = threading.Event()
    real = engine.extract_file

    def slow(path, dct, report=None):  # noqa: ANN001 - the book waits for the test, telling it is 10% through
        if path.endswith("a-book.txt"):
            reading_book.set()
            while not release.wait(0.05):
                if report is not None:
                    report(0.1)
        return real(path, dct, report)

    monkeypatch.setattr(engine, "extract_file", slow)
    window = make_window()
    try:
        window.project_ctl.import_paths([str(folder)], jobs=1)
        qtbot.waitUntil(reading_book.is_set, timeout=30_000)
        qtbot.waitUntil(lambda: window.model.document_count() == 3, timeout=30_000)
        assert not release.is_set() and window.project_ctl.job.is_running()
        assert _names(window.model.documents) == ["b-orchard.txt", "c-lighthouse.txt", "d-market.txt"]
        rows = range(window.proxy.rowCount())
        in_table = {Path(window.proxy.index(row, 0).data(EVENT_ROLE).doc).name for row in rows}
        assert in_table == set(SMALL)  # their events are in the table
        chosen = next(e for e in window.project_ctl.project.events() if e.doc.endswith("c-lighthouse.txt"))
        assert window.selection.select_event(chosen.id)
    finally:
        release.set()
    with qtbot.waitSignal(window.project_ctl.importFinished, timeout=60_000) as done:
        pass
    summary = done.args[0]
    project = window.project_ctl.project
    folder_order = ["a-book.txt", "b-orchard.txt", "c-lighthouse.txt", "d-market.txt"]
    assert _names(project.documents()) == folder_order
    assert _names(window.model.documents) == folder_order  # the lanes
    assert [d.hash for d in project.documents()] == [d.hash for d in expected.documents()]
    assert [e.id for e in project.events()] == [e.id for e in expected.events()]
    assert summary.added == [d.hash for d in expected.documents()]
    current = window.selection.current_event()
    assert current is not None and current.id == chosen.id  # still chosen after the lanes were put in order
