"""The same happening from several articles: one table row with a source count (expandable), one
timeline mark, the source pane stepping through the articles by key, disputed dates flagged, and
ungrouping undoable. Corpus: tests/entities/corpus, extracted by the real pipeline."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from explorer.gui.event_roles import EVENT_ROLE, Column

ALT, CTRL, SHIFT = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier



@pytest.fixture
def win(annotated_window):
    return annotated_window


def rows(window):
    return [window.proxy.index(r, 0).data(EVENT_ROLE).id for r in range(window.proxy.rowCount())]


def sources_cell(window, event_id):
    return window.proxy.index(rows(window).index(event_id), Column.SOURCES).data()


def test_a_group_is_one_row_and_one_mark_and_expands(win, qtbot):
    total = win.model.key_count()
    groups = win.model.groups()
    hidden = sum(g.sources - 1 for g in groups)
    assert win.proxy.rowCount() == total - hidden
    assert win.timeline.mark_count() == len([e for e in rows(win) if win.model.event_by_key(win.model.key_of(e)).begin])
    three = next(g for g in groups if g.sources == 3)
    first, *others = three.event_ids
    assert first in rows(win) and not set(others) & set(rows(win))
    assert sources_cell(win, first) == "\u25b8 3 sources"
    assert "Reported by 3 articles" in win.proxy.index(rows(win).index(first), Column.SOURCES).data(Qt.ItemDataRole.ToolTipRole)
    assert "reported by several articles" in win.status_text()
    # Ctrl+Shift+E on the selected group: its sources become rows; again: folded back
    win.selection.select_event(first)
    qtbot.keyClick(win.table, Qt.Key.Key_E, CTRL | SHIFT)
    assert set(others) <= set(rows(win)) and sources_cell(win, first) == "\u25be 3 sources"
    assert sources_cell(win, others[0]) == "\u21b3 source 2 of 3"
    assert win.selection.current_event().id == first  # the selection survives
    qtbot.keyClick(win.table, Qt.Key.Key_E, CTRL | SHIFT)
    assert not set(others) & set(rows(win))
    assert win.selection.current_event().id == first


def test_disputed_dates_are_flagged_with_both_dates(win):
    disputed = next(g for g in win.model.groups() if g.disputed)
    cell = sources_cell(win, disputed.event_ids[0])
    assert "\u26a0" in cell and "5 Mar 2021" in cell and "6 Mar 2021" in cell
    win.selection.select_event(disputed.event_ids[0])
    assert "dates differ: 5 Mar 2021 / 6 Mar 2021" in win.source.sources_bar.text()


def test_keys_step_through_the_sources_and_keep_the_selection(win, qtbot):
    three = next(g for g in win.model.groups() if g.sources == 3)
    win.selection.select_event(three.event_ids[0])
    win.show_in_source()  # Enter: focus in the source text
    text = win.source.text
    assert text.hasFocus() and win.source.sources_bar.text().startswith("Source 1 of 3")
    docs = [win.source.document_path]
    qtbot.keyClick(text, Qt.Key.Key_PageDown, ALT)
    docs.append(win.source.document_path)
    assert win.source.sources_bar.text().startswith("Source 2 of 3")
    qtbot.keyClick(text, Qt.Key.Key_BracketRight, CTRL)
    docs.append(win.source.document_path)
    assert win.source.sources_bar.text().startswith("Source 3 of 3")
    assert docs == list(three.docs)  # each article in turn
    sentence = [text.toPlainText()[s:e] for s, e, k in win.source.highlighted_ranges() if k == "sentence"]
    member = win.model.event_by_key(win.model.key_of(three.event_ids[2]))
    assert sentence == [member.sentence]
    qtbot.keyClick(text, Qt.Key.Key_PageUp, ALT)
    assert win.source.sources_bar.text().startswith("Source 2 of 3")
    qtbot.keyClick(text, Qt.Key.Key_BracketLeft, CTRL)
    assert win.source.document_path == three.docs[0]
    assert win.selection.current_event().id == three.event_ids[0] and text.hasFocus()
    # from the timeline too (window keys)
    win.focus_timeline()
    qtbot.keyClick(win.timeline, Qt.Key.Key_PageDown, ALT)
    assert win.source.source_position() == (1, 3) and win.timeline.hasFocus()


def test_an_ungrouped_event_has_no_sources_bar(win, qtbot):
    single = next(e for e in rows(win) if win.model.group_of(e) is None)
    win.selection.select_event(single)
    assert win.source.sources_bar.text() == ""
    qtbot.keyClick(win.timeline, Qt.Key.Key_PageDown, ALT)
    assert "one source" in win.statusBar().currentMessage()


def test_ungroup_is_undoable_and_never_groups_one_documents_events(win, qtbot):
    for group in win.model.groups():
        assert len(set(group.docs)) == len(group.docs)
    three = next(g for g in win.model.groups() if g.sources == 3)
    before = win.proxy.rowCount()
    win.selection.select_event(three.event_ids[0])
    qtbot.keyClick(win.timeline, Qt.Key.Key_U, CTRL | SHIFT)
    assert win.model.group_of(three.event_ids[0]) is None
    assert win.proxy.rowCount() == before + 2 and set(three.event_ids) <= set(rows(win))
    qtbot.keyClick(win.timeline, Qt.Key.Key_Z, CTRL)
    assert win.model.group_of(three.event_ids[0]) is not None and win.proxy.rowCount() == before
