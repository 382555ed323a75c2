"""The documents-without-a-date bar asks only for the documents that wait for a date: a history tells
its own dates ("in 1839", "the following year"), so a folder of histories is not told that it "has no
date" and pressed to give each history a day of writing (the WikiWars folder: "10 of 12 documents
have no date")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

HISTORY = (
    "The Harbour Canal\n\n"
    "The canal was first proposed in 1791 by a group of merchants. Work began in 1794 and the first "
    "stretch opened in 1797. A flood breached the embankment in 1802, and the repairs took until 1804. "
    "The following year the company extended the cut to the river. In 1819 the company was sold. "
    "That night the old warehouse burned down. Traffic peaked in 1845, and the railway reached the "
    "town in 1851. The canal closed to commercial traffic in 1921 and was restored in 1987.\n"
)
NEWS = ("Minister resigns\n\nThe minister resigned yesterday after a week of protests. "
        "Talks resume next Monday.\n")


def _import_folder(qtbot, window, folder, monkeypatch) -> None:
    """File ▸ Import Folder (Ctrl+Shift+O) on ``folder``, as the user does it."""
    import explorer.gui.main_window as main_window

    monkeypatch.setattr(main_window.QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    with qtbot.waitSignal(window.loadFinished, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


@pytest.fixture
def histories(tmp_path):
    folder = tmp_path / "histories"
    folder.mkdir()
    (folder / "canal.txt").write_text(HISTORY, encoding="utf-8")
    (folder / "canal-2.txt").write_text(HISTORY.replace("Harbour Canal", "River Canal").replace("1791", "1790"),
                                        encoding="utf-8")
    return folder


def test_a_folder_of_histories_gets_no_bar(qtbot, make_window, histories, monkeypatch):
    window = make_window()
    _import_folder(qtbot, window, histories, monkeypatch)
    qtbot.wait(50)
    assert all(r.date_status == "none" for r in window.model.project.documents())  # no dateline
    assert window.model.rowCount() > 5  # the history's own dates place its events
    assert not window.undated_docs.isVisible()


def test_only_the_news_story_is_offered_a_date_and_the_message_counts_what_waits(qtbot, make_window, histories,
                                                                                 monkeypatch):
    (histories / "minister.txt").write_text(NEWS, encoding="utf-8")
    window = make_window()
    _import_folder(qtbot, window, histories, monkeypatch)
    bar = window.undated_docs
    qtbot.waitUntil(bar.isVisible)
    text = bar.text.text()
    assert "Minister resigns" in text and "has no date" in text and "of 3 documents" not in text
    assert "relative date" in text and "cannot be placed" in text
    offered = [bar.which.itemText(i) for i in range(bar.which.count())]
    assert len(offered) == 1 and "Canal" not in offered[0]  # the histories are not offered
    bar.date.setFocus()
    qtbot.keyClicks(bar.date, "3 March 2019")
    qtbot.keyClick(bar.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not bar.isVisible())
    status = {r.document.title: r.date_status for r in window.model.project.documents()}
    assert sorted(status.values()) == ["given", "none", "none"]  # the histories keep no date


DATED_NEWS = ("Bridge reopens\n\nLONDON, March 2, 1998 - The bridge reopened on Monday after repairs. "
              "It had closed in 1996.\n")


def test_the_source_header_says_no_document_date_or_where_the_date_came_from(qtbot, make_window, histories,
                                                                              monkeypatch):
    from .keys import K, press

    (histories / "canal-2.txt").unlink()
    (histories / "bridge.txt").write_text(DATED_NEWS, encoding="utf-8")
    window = make_window()
    _import_folder(qtbot, window, histories, monkeypatch)
    window.timeline.setFocus()
    press(qtbot, K.Key_Home)  # the earliest event: the canal's 1791
    header = window.source.header.text()
    assert "canal.txt" in header and "no document date" in header
    assert "undated" not in header and "unknown" not in header
    press(qtbot, K.Key_End)  # the latest: the bridge's reopening, from its dateline
    header = window.source.header.text()
    assert "bridge.txt" in header and "dated 1998-03-02, from its dateline" in header


LONG_NEWS = ("The Persian Gulf showdown between Iraq and the United Nations took a more personal turn "
             "yesterday as the two leaders traded insults over the inspections.\n\nTalks resume next Monday.\n")


def test_a_long_headline_in_the_bar_neither_widens_the_window_nor_squeezes_the_dock(qtbot, make_window, tmp_path,
                                                                                    monkeypatch):
    (tmp_path / "gulf.txt").write_text(LONG_NEWS, encoding="utf-8")
    window = make_window()
    window.resize(1200, 800)
    qtbot.wait(50)
    width, dock = window.width(), window.facets.width()
    _import_folder(qtbot, window, tmp_path, monkeypatch)
    bar = window.undated_docs
    qtbot.waitUntil(bar.isVisible)
    qtbot.wait(100)
    assert "has no date" in bar.text.text()
    assert window.width() == width  # it stayed on the screen
    assert window.facets.width() >= dock * 0.9  # the names stay readable
    assert bar.date.width() >= bar.date.fontMetrics().horizontalAdvance("3 March 2019")  # room to type
    assert bar.text.height() >= bar.text.fontMetrics().lineSpacing()  # the message is shown, wrapped
