"""The Orphaned Edits dock as a user meets it: an article changes under curated events, the re-import
opens the dock listing the edits that lost their words; a click shows the new text with the likely
words selected; Re-attach (button, or words selected by keys), Delete, and Ctrl+Z / Ctrl+Shift+Z."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from explorer.curation import edits
from explorer.gui.event_roles import Column

ARTICLE = """Flood in the valley

Officials in the valley said on Monday that the river burst its banks after days of heavy rain and that the water rose quickly through the lower town, forcing hundreds of families to leave.

The first warnings were issued on March 3, 2019, by the regional weather office. The dam was inspected in June 2018 and found sound. Engineers will return on 14 April 2019 to assess the damage.
"""
STAR = "\u2605"
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def import_file(qtbot, win, path: Path) -> None:
    with qtbot.waitSignal(win.loadFinished, timeout=60_000):
        win.project_ctl.import_paths([str(path)])


def titles(win) -> dict[str, str]:
    """Each event's title cell as the table shows it (a star in front when starred), by its words."""
    return {
        win.model.event_at(row).timex: win.model.index(row, Column.TITLE).data(Qt.ItemDataRole.DisplayRole)
        for row in range(win.model.rowCount())
    }


def rows(dock) -> list[list[str]]:
    items = [dock.list.topLevelItem(i) for i in range(dock.list.topLevelItemCount())]
    return [[item.text(c) for c in range(4)] for item in items]


def click_row(qtbot, dock, row: int) -> None:
    item = dock.list.topLevelItem(row)
    rect = dock.list.visualItemRect(item)
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_orphaned_edits_dock_lists_reattaches_and_discards_undoably(qtbot, make_window, tmp_path):
    article = tmp_path / "flood.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    win = make_window()
    import_file(qtbot, win, article)
    project = win.model.project
    by_timex = {e.timex: e.id for e in project.events()}
    win.project_ctl.push(edits.star(project, by_timex["March 3, 2019"]))
    win.project_ctl.push(edits.set_lane(project, by_timex["June 2018"], "Dam"))
    win.project_ctl.push(edits.star(project, by_timex["14 April 2019"]))
    dock = win.orphans
    assert not dock.isVisible()

    # the article is corrected: one date reworded to another day, one sentence dropped, text above added
    changed = ("Updated.\n\n" + ARTICLE).replace("on March 3, 2019,", "on 5 March 2019,").replace(
        " The dam was inspected in June 2018 and found sound.", "")
    article.write_text(changed, encoding="utf-8")
    import_file(qtbot, win, article)
    qtbot.waitUntil(lambda: dock.isVisible() and dock.list.topLevelItemCount() == 2)
    assert rows(dock) == [
        ["flood.txt", "The first warnings were issued on [March 3, 2019], by the regional weather office.", "starred",
         "5 March 2019"],
        ["flood.txt", "The dam was inspected in [June 2018] and found sound.", "moved to lane Dam", ""],
    ]
    assert "2 edits lost their expression" in dock.summary.text()
    assert titles(win)["14 April 2019"].startswith(STAR)  # the edit whose words are still there followed them

    # a click on the first shows the new text with the words now in its place selected; Re-attach takes them
    click_row(qtbot, dock, 0)
    assert win.source.text.textCursor().selectedText() == "5 March 2019"
    qtbot.mouseClick(dock.reattach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.list.topLevelItemCount() == 1)
    assert titles(win)["5 March 2019"].startswith(STAR)
    assert "Re-attach edit (starred) to “5 March 2019”" in win.actions["undo"].text()

    qtbot.keyClick(win, Qt.Key.Key_Z, CTRL)  # undo: the edit is an orphan again
    qtbot.waitUntil(lambda: dock.list.topLevelItemCount() == 2)
    assert not titles(win)["5 March 2019"].startswith(STAR)
    qtbot.keyClick(win, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    qtbot.waitUntil(lambda: dock.list.topLevelItemCount() == 1)
    assert titles(win)["5 March 2019"].startswith(STAR)

    # the other has no words in the new text: the user picks some by keys in the source pane
    click_row(qtbot, dock, 0)
    assert win.source.text.textCursor().selectedText() == ""
    qtbot.mouseClick(dock.reattach_button, Qt.MouseButton.LeftButton)
    assert dock.list.topLevelItemCount() == 1 and "Select the words" in win.statusBar().currentMessage()
    text = win.source.text
    cursor = text.textCursor()
    cursor.setPosition(changed.index("14 April 2019"))
    text.setTextCursor(cursor)
    text.setFocus()
    for _ in range(len("14 April 2019")):
        qtbot.keyClick(text, Qt.Key.Key_Right, SHIFT)
    assert text.textCursor().selectedText() == "14 April 2019"
    # an edit meanwhile rebuilds the list but leaves the user's selection alone
    project = win.model.project
    win.project_ctl.push(edits.annotate(project, next(e.id for e in project.events() if e.timex == "Monday"), "seen"))
    qtbot.wait(50)
    assert dock.list.topLevelItemCount() == 1 and text.textCursor().selectedText() == "14 April 2019"
    qtbot.mouseClick(dock.reattach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.list.topLevelItemCount() == 0)
    april = next(r for r in win.model.project.rows() if r.event.timex == "14 April 2019")
    assert april.curation.lane == "Dam" and april.curation.starred  # both edits, on the words chosen
    assert "No orphaned edits" in dock.summary.text()

    # Delete discards; Ctrl+Z brings it back
    qtbot.keyClick(win, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: dock.list.topLevelItemCount() == 1)
    click_row(qtbot, dock, 0)
    dock.list.setFocus()
    qtbot.keyClick(dock.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dock.list.topLevelItemCount() == 0)
    assert "Discard orphaned edit (moved to lane Dam)" in win.actions["undo"].text()
    qtbot.keyClick(win, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: dock.list.topLevelItemCount() == 1)
    assert rows(dock)[0][2] == "moved to lane Dam"


def test_view_menu_toggles_the_dock(qtbot, make_window):
    win = make_window()
    assert not win.orphans.isVisible()
    win.actions["show_orphans"].trigger()
    assert win.orphans.isVisible() and "No orphaned edits" in win.orphans.summary.text()
    win.actions["show_orphans"].trigger()
    assert not win.orphans.isVisible()


def test_text_positions_count_characters_beyond_the_bmp_as_qt_does():
    from explorer.gui.orphans import _from_qt, _to_qt

    text = "Flood \U0001F30A on 5 March 2019"
    start = text.index("5 March")
    assert _to_qt(text, start) == start + 1 and _from_qt(text, start + 1) == start
    assert [_from_qt(text, _to_qt(text, i)) for i in range(len(text) + 1)] == list(range(len(text) + 1))


def _drawn_titles(qtbot, win) -> set[str]:
    qtbot.wait(50)
    win.timeline.plot.grab()  # paint: lays the labels out
    return {box.text for box in win.timeline.item.last_labels}


def test_the_timeline_never_draws_a_title_the_events_no_longer_have(qtbot, make_window, tmp_path):
    article = tmp_path / "flood.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    win = make_window()
    win.resize(1600, 1000)
    import_file(qtbot, win, article)
    project = win.model.project
    april = next(e.id for e in project.events() if e.timex == "14 April 2019")
    qtbot.waitUntil(lambda: bool(_drawn_titles(qtbot, win)), timeout=10_000)  # a loaded machine lays out later
    win.project_ctl.push(edits.retitle(project, april, "Engineers come back"))
    qtbot.waitUntil(lambda: "Engineers come back" in _drawn_titles(qtbot, win), timeout=5_000)
    # the article loses a sentence: the keys after it now name other events
    article.write_text(ARTICLE.replace(" The dam was inspected in June 2018 and found sound.", ""), encoding="utf-8")
    import_file(qtbot, win, article)
    qtbot.waitUntil(lambda: win.model.event_count() == 3, timeout=5_000)  # the lost sentence's event is gone
    titles_now = {win.model.mark_title(k) for k in range(win.model.key_count()) if not win.model.is_gone(k)}
    qtbot.waitUntil(lambda: all(t.rstrip("\u2026") and any(n.startswith(t.rstrip("\u2026")) for n in titles_now)
                                for t in _drawn_titles(qtbot, win)), timeout=5_000)
