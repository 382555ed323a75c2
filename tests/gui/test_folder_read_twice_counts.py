"""A folder read again names each unreadable file and each repaired file once: the counts said
"4 unreadable · 2 read with repairs" of a folder with two unreadable files and one repaired."""

from __future__ import annotations

import pytest


def _read(qtbot, window, folder) -> None:
    with qtbot.waitSignal(window.project_ctl.importFinished, timeout=60_000):
        window.open_paths([str(folder)])


@pytest.mark.timeout(120)
def test_a_folder_read_twice_counts_its_unreadable_and_repaired_files_once(qtbot, make_window, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "notes.txt").write_text("On 3 April 2011 the bridge opened to traffic.\n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("The caf\u00e9 closed on 9 May 2012.\n".encode("cp1252"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(bytes(range(256)) * 16)
    window = make_window()
    _read(qtbot, window, folder)
    first = window.counts.text()
    assert "2 unreadable" in first and "1 read with repairs" in first, first
    _read(qtbot, window, folder)
    assert window.counts.text() == first
    assert len(window.problems) == 2 and len(window.repairs) == 1
    tip = window.counts.toolTip()
    assert tip.count("empty.txt") == 1 and tip.count("image.txt") == 1 and tip.count("latin1.txt") == 1, tip
