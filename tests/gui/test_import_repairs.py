"""Files read only by repairing or guessing their encoding are named to the user (issue 15): a
damaged UTF-8 file and a UTF-16 file without a byte-order mark import, and the status bar and the
counts say which and what was done (until now only stderr and the document's metadata knew)."""

from __future__ import annotations

TEXT = "The council met on 12 March 2019 in the capital. The vote followed on 2 April 2019.\n"


def test_an_import_names_the_files_whose_encoding_was_repaired(qtbot, make_window, tmp_path):
    good = TEXT.replace("council", "caf\u00e9 council of S\u00e3o Paulo and Z\u00fcrich, Malm\u00f6 and Krak\u00f3w").encode("utf-8")
    (tmp_path / "damaged.txt").write_bytes(b"\xff".join([good[:30], good[30:60], good[60:90], good[90:]]))
    (tmp_path / "wide.txt").write_bytes(TEXT.replace("council", "assembly").encode("utf-16-le"))
    (tmp_path / "clean.txt").write_bytes(TEXT.encode("utf-8"))
    win = make_window()
    shown: list[str] = []
    win.statusBar().messageChanged.connect(shown.append)
    with qtbot.waitSignal(win.loadFinished, timeout=60_000):
        win.project_ctl.import_paths([str(tmp_path)], jobs=1)
    assert win.model.document_count() == 3
    assert any(m.startswith("Read with a repair: ") and "(and 1 more" in m for m in shown)
    assert "2 read with repairs" in win.status_text()
    tip = win.counts.toolTip()
    assert "damaged.txt: 3 byte(s) of invalid UTF-8 replaced" in tip
    assert "wide.txt: read as UTF-16-LE (no byte-order mark)" in tip
    assert "clean.txt" not in tip
