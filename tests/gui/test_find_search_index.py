"""Find narrowed by the search index (issue 16): the matches are those of the plain per-event
search over the shown events, for needles typed into the Find bar with and without a Filter, and
only the events the index keeps are checked one by one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer import navigation as nav
from tests.gui.keys import typed
from tests.gui.quit_driver import synthetic_documents

NEEDLES = ["event 3", "EVENT 3-1", "Synthetic", "nothing here", "1-2", " 7", "doc", "t 2-1"]  # keyClicks types ASCII only


def test_find_with_the_index_equals_the_plain_search_and_checks_only_its_candidates(make_window, qtbot, monkeypatch):
    win = make_window()
    win.add_documents(synthetic_documents(3000))
    model = win.model
    qtbot.waitUntil(lambda: model.search_ready() and model.search_index_ready(), timeout=30_000)
    checked: list[int] = []
    real = nav.matches
    monkeypatch.setattr(nav, "matches", lambda event, needle: checked.append(1) or real(event, needle))
    win.search.open()
    for filter_text in ("", "doc3", "event 1"):
        typed(qtbot, win.table_panel.filter, filter_text)
        qtbot.keyClick(win.table_panel.filter, Qt.Key.Key_Return)
        shown = win.nav.visible_events()
        assert len(shown) == win.proxy.rowCount()
        for needle in NEEDLES:
            typed(qtbot, win.search.bar.edit, needle[:-1])
            checked.clear()
            qtbot.keyClicks(win.search.bar.edit, needle[-1])  # one keystroke: one search
            got = [e.id for e in win.search.matches()]
            work = len(checked)
            expected = [e.id for e in nav.search(shown, needle)]
            assert got == expected, (filter_text, needle)
            assert work <= 3 * len(expected) + 10, (filter_text, needle, work)  # the index's candidates only
