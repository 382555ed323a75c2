"""Every command is an action from the one table, reachable by its shortcut: real key presses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from explorer.gui.actions import ACTIONS, resolve, shortcut_table


def test_the_action_table_is_consistent(make_window):
    window = make_window()
    shortcuts = [key for spec in ACTIONS for key, _scope in spec.keys()]
    assert len(shortcuts) == len(set(shortcuts))
    for spec in ACTIONS:
        assert callable(resolve(window, spec.method)), spec.method
        action = window.actions[spec.name]
        assert action.shortcut() == QKeySequence(spec.shortcut or "")
        assert action.statusTip() == spec.help
    assert ("Ctrl+Q", "Quit Timeline Explorer") in shortcut_table()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Go", "&Help"]


def test_ctrl_o_opens_a_file_dialog_and_loads_the_chosen_file(qtbot, make_window, tmp_path, monkeypatch):
    article = tmp_path / "cables.txt"
    article.write_text("Cables from Kabul\n\nOn 3 March 2004 the embassy reported new talks.\n", encoding="utf-8")
    asked: list[str] = []

    def fake_dialog(parent, caption, folder, filters):
        asked.append(filters)
        return [str(article)], filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_dialog))
    window = make_window()
    with qtbot.waitSignal(window.loadFinished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked and "*.txt" in asked[0] and "*.md" in asked[0]
    assert [d.document.path for d in window.model.documents] == [str(article)]
    assert window.status_text().startswith("1 document")
    assert window.source.document_path == str(article)  # the first document is shown
    assert "Cables from Kabul" in window.source.text.toPlainText()


def test_cancelling_the_open_dialog_changes_nothing(qtbot, window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a: ([], "")))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.model.rowCount() == 6


def test_ctrl_q_closes_the_window_and_asks_the_app_to_quit(qtbot, window):
    with qtbot.waitSignal(window.closed, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_ctrl_l_focuses_the_filter_and_typing_filters(qtbot, window):
    # Ctrl+F is the find bar now (tests/gui/test_keys_search.py); the filter box moved to Ctrl+L
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.table_panel.filter.hasFocus()
    qtbot.keyClicks(window.table_panel.filter, "1998")
    assert window.proxy.rowCount() == 1


def test_zoom_shortcuts_and_fit_all(qtbot, window):
    timeline = window.timeline
    fitted = timeline.visible_range()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    zoomed = timeline.visible_range()
    assert zoomed[1] - zoomed[0] < (fitted[1] - fitted[0]) * 0.6
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert timeline.visible_range() == fitted


def test_opening_the_sample_folder(qtbot, make_window):
    from explorer.resources import sample_dir

    window = make_window()
    with qtbot.waitSignal(window.loadFinished, timeout=20_000):
        window.open_paths([sample_dir()])
    docs = window.model.document_count()
    assert docs >= 5
    assert window.status_text().startswith(f"{docs} documents, {window.model.rowCount()} events")
    qtbot.waitUntil(lambda: window.timeline.mark_count() == window.model.rowCount() - window.model.undated_count())
