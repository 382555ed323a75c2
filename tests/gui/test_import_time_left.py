"""While a big file is read after the small ones are done, the status line says how long is left
and the progress bar stands where the bytes read put it: counting files, the bar stood at 3 of 4
(75%) and "about 1 s left" came while most of the work (the big file) was still ahead. The big file
is made slow by the engine's reader, which waits for the test (never a timing)."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from explorer.gui.project_controller import PROGRESS_STEPS
from explorer.ingest import engine


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "folder"
    folder.mkdir()
    chapters = [f"Chapter {n}\n\nThe mill was rebuilt in {1800 + n} and sold in {1850 + n}.\n" for n in range(400)]
    (folder / "a-book.txt").write_text("A long history\n\n" + "".join(chapters), encoding="utf-8")
    for n, year in enumerate((2011, 2013, 2017)):
        (folder / f"b-note{n}.txt").write_text(f"Note {n}\n\nThe ferry ran again in May {year}.\n", encoding="utf-8")
    return folder


def test_a_big_file_read_last_is_most_of_the_time_left_and_of_the_bar(qtbot, make_window, tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    release = threading.Event()
    real = engine.extract_file

    def slow(path, dct, report=None):  # noqa: ANN001 - the book creeps forward until the test lets it go
        if path.endswith("a-book.txt"):
            fraction = 0.0
            while not release.wait(0.03):
                fraction = min(0.2, fraction + 0.002)
                if report is not None:
                    report(fraction)
        return real(path, dct, report)

    monkeypatch.setattr(engine, "extract_file", slow)
    window = make_window()
    ctl = window.project_ctl
    status = window.statusBar()
    try:
        ctl.import_paths([str(folder)], jobs=1)
        qtbot.waitUntil(lambda: window.model.document_count() == 3, timeout=30_000)
        qtbot.waitUntil(lambda: "a-book.txt" in status.currentMessage() and "left" in status.currentMessage(),
                        timeout=30_000)
        said = status.currentMessage()
        assert said.startswith("Reading 3/4, a-book.txt"), said
        seconds = int(re.search(r"about (\d+) (s|min) left", said).group(1))
        assert seconds >= 1
        # the bar counts bytes: the three notes and a fifth of the book are far less than 3 of 4 files
        assert 0 < ctl.progress.value() < 0.5 * PROGRESS_STEPS, ctl.progress.value()
        assert ctl.progress.text().endswith("%")
    finally:
        release.set()
    with qtbot.waitSignal(ctl.importFinished, timeout=60_000):
        pass
