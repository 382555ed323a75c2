"""A folder of careless input opened in the app: an empty file, a binary file named .txt, a
damaged PDF, a file named in Cyrillic and a file removed between the listing and its reading. The
readable articles are shown, each bad file is named with its reason (the first in the status bar,
all of them in the counts' tooltip), and the window closes cleanly afterwards."""

from __future__ import annotations

import os

from explorer.ingest import engine

GOOD = "On 12 March 2019 the harbour committee met. Two weeks later the ferry stopped running.\n"
CYRILLIC = "Встреча прошла 3 апреля 2019 года. On 3 April 2019 the mayor met the council.\n"


def test_a_folder_of_bad_files_shows_the_good_ones_and_names_the_rest(qtbot, make_window, tmp_path, monkeypatch):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(200)))
    (tmp_path / "harbour.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "Отчёт о встрече.txt").write_text(CYRILLIC, encoding="utf-8")
    gone = tmp_path / "withdrawn.txt"
    gone.write_text(GOOD.replace("harbour", "museum"), encoding="utf-8")
    listed = engine.find_documents

    def list_then_remove(paths):  # the user deletes a file while the import starts
        found = listed(paths)
        os.remove(gone)
        return found

    monkeypatch.setattr(engine, "find_documents", list_then_remove)
    window = make_window()
    finished = []
    window.project_ctl.importFinished.connect(finished.append)
    window.open_paths([tmp_path])
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)
    names = sorted(os.path.basename(d.document.path) for d in window.model.project.documents())
    assert names == ["harbour.txt", "Отчёт о встрече.txt"]
    qtbot.waitUntil(lambda: window.timeline.mark_count() >= 2)  # the timeline takes the rows on its next turn
    unread = sorted(os.path.basename(p.path) for p in window.problems)
    assert unread == ["empty.txt", "noise.txt", "scan.pdf", "withdrawn.txt"]
    assert "4 unreadable" in window.status_text()
    tooltip = window.counts.toolTip()
    assert "withdrawn.txt" in tooltip and "no longer there" in tooltip
    assert window.statusBar().currentMessage().startswith("Could not read")
    assert window.close()
