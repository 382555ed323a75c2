"""While a folder is read the status bar says how far: "Reading 0/2 documents, long.txt 40%". The line the
import starts with ("Reading the articles…") did not begin as a progress line does, so every tick
after it was taken for a message the user must keep seeing and dropped: a folder holding one 5 MB
text said "Reading…" for minutes, with no word of which file or how far."""

from __future__ import annotations

import threading

from explorer.ingest import engine


def test_the_status_bar_follows_the_file_being_read(qtbot, make_window, tmp_path, monkeypatch):
    (tmp_path / "long.txt").write_text("On 12 March 2019 the council met.\n", encoding="utf-8")
    (tmp_path / "short.txt").write_text("In 2018 the ferry stopped.\n", encoding="utf-8")
    release = threading.Event()
    real = engine.extract_file

    def slow(path, dct, report=None):  # the long file: 40% through, then waits for the test
        if path.endswith("long.txt") and report is not None:
            report(0.4)
            release.wait(30)
        return real(path, dct, report)

    monkeypatch.setattr(engine, "extract_file", slow)
    window = make_window()
    status = window.statusBar()
    window.open_paths([tmp_path])
    try:
        # the time left follows once a byte rate is known ("…, about 1 s left")
        qtbot.waitUntil(lambda: status.currentMessage().startswith("Reading 0/2 documents, long.txt 40%"), timeout=10_000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.model.document_count() == 2, timeout=30_000)
    qtbot.waitUntil(lambda: not status.currentMessage().startswith("Reading"), timeout=10_000)
