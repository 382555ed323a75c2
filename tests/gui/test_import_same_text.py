"""Files repeating another's text in one import (session 12): the app says which, in the status bar.

A folder of 500 stub files showed 334 documents and nothing said why: a project keeps one document
per text. The copies are now named after the import, as unreadable files are."""

from __future__ import annotations


def test_an_import_with_copies_names_them_in_the_status_bar(qtbot, make_window, tmp_path):
    text = "Harbour news\n\nOn 3 March 2011 the new pier opened. The ferry returned on 9 May 2011.\n"
    for name in ("first.txt", "second.txt", "third.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "other.txt").write_text("Mill news\n\nThe mill closed on 2 June 1998.\n", encoding="utf-8")
    win = make_window()
    with qtbot.waitSignal(win.project_ctl.importFinished, timeout=60_000) as done:
        win.project_ctl.import_paths([str(tmp_path)], jobs=1)
    summary = done.args[0]
    assert len(summary.added) == 2 and [c.first.rsplit("/", 1)[-1] for c in summary.duplicates] == ["first.txt"] * 2
    assert win.model.document_count() == 2
    said = win.statusBar().currentMessage()
    assert "second.txt: same text as" in said and "first.txt; kept as one document (and 1 more)" in said
