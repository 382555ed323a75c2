"""Defects found by using the app from the keyboard alone on a folder of thirty news articles
(session ten's review); each test fails without its fix."""

from __future__ import annotations

from .keys import SHIFT, K, press, selected


def test_tab_to_the_table_selects_nothing_and_keeps_the_timeline_where_it_was(qtbot, window):
    """Tab from the timeline to the table made the table's first row current, so the shared
    selection jumped to the earliest event and the timeline panned to it: focus alone must not
    select. Down then selects the first row."""
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    assert window.selection.current_event() is None
    shown = window.timeline.visible_range()
    press(qtbot, K.Key_Tab)  # the undated strip first (tests/gui/test_undated_keys.py): it selects nothing either
    assert window.timeline.undated_list.hasFocus() and window.selection.current_event() is None
    press(qtbot, K.Key_Tab)
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.wait(50)
    assert window.selection.current_event() is None and selected(window) is None
    assert window.timeline.visible_range() == shown
    press(qtbot, K.Key_Down)
    first = window.proxy.index(0, 0)
    assert selected(window) is not None and window.table.currentIndex().row() == first.row() == 0
    # and with an event selected, Tab back and forth keeps it
    press(qtbot, K.Key_Down)
    chosen = selected(window).id
    press(qtbot, K.Key_Backtab, SHIFT)
    press(qtbot, K.Key_Backtab, SHIFT)
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_Tab)
    press(qtbot, K.Key_Tab)
    qtbot.waitUntil(window.table.hasFocus)
    assert selected(window).id == chosen


def test_while_articles_stream_in_under_a_filter_the_timeline_follows_the_table(qtbot, window, tmp_path):
    """Ctrl+L, a word, then an import going on: the table listed 27 matches while the timeline
    said "No event matches, 2 documents open" until the import ended (its coalesced rebuild was
    restarted on every turn that added a document, so it never ran)."""
    from PySide6.QtCore import QTimer

    from explorer.ingest import extract_paths

    from .keys import CTRL

    for i in range(30):
        (tmp_path / f"n{i:02}.txt").write_text(
            f"Council news {i}\n\nOn 3 March {1990 + i} the harbour council met. On 9 April {1990 + i} "
            f"the mayor resigned.\n", encoding="utf-8")
    arriving = list(extract_paths([tmp_path]).documents)
    press(qtbot, K.Key_L, CTRL)
    qtbot.keyClicks(window.table_panel.filter, "harbour")
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.timeline.empty_state.isVisible())  # nothing matches yet
    seen: list[tuple[int, int]] = []

    def one_more() -> None:  # one document per event-loop turn, as an import's batches come
        if arriving:
            window.add_documents([arriving.pop(0)])
            seen.append((window.proxy.rowCount(), window.timeline.mark_count()))

    feed = QTimer()
    feed.setInterval(0)
    feed.timeout.connect(one_more)
    feed.start()
    qtbot.waitUntil(lambda: not arriving, timeout=20_000)
    feed.stop()
    # while they came, the timeline drew what the table listed, a few turns behind at most
    assert all(rows - marks <= 4 for rows, marks in seen), seen
    qtbot.waitUntil(lambda: window.timeline.mark_count() == 30)
    assert not window.timeline.empty_state.isVisible()


def test_down_in_the_filter_box_goes_to_the_rows_it_found(qtbot, window):
    """Ctrl+L, a word, then Down: the first match is selected, in the table with the focus (Down
    did nothing, and Tab from the box skips to the source pane)."""
    from .keys import CTRL

    press(qtbot, K.Key_L, CTRL)
    qtbot.keyClicks(window.table_panel.filter, "treaty")
    press(qtbot, K.Key_Down)
    qtbot.waitUntil(window.table.hasFocus)
    assert window.proxy.rowCount() == 1
    assert selected(window) is not None and "treaty" in selected(window).sentence
    # a row already current stays current
    window.table_panel.filter.setFocus()
    qtbot.waitUntil(window.table_panel.filter.hasFocus)
    chosen = selected(window).id
    press(qtbot, K.Key_Down)
    qtbot.waitUntil(window.table.hasFocus)
    assert selected(window).id == chosen
