"""The curation filters are a mask change (issue 14): Show Rejected Events, "Starred only" and a
group's collapse, switched by real clicks and key presses, change the table's rows, the timeline's
marks and the status bar's counts exactly as before, without a model reset, and the selection
stays on its event. The model keeps every event of the project (a rejected one too) under its key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from explorer.gui.event_roles import EVENT_ROLE, Column

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def rows(win) -> list[str]:
    return [win.proxy.index(r, 0).data(EVENT_ROLE).id for r in range(win.proxy.rowCount())]


def event_id(win, timex: str) -> str:
    return next(r.event.id for r in win.model.project.rows() if r.event.timex == timex)


def click(qtbot, box) -> None:
    """A real click on a check box's indicator (the box may be wider than its text)."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


@pytest.fixture
def resets(window):
    seen: list[str] = []
    window.proxy.modelReset.connect(lambda: seen.append("proxy"))
    window.model.modelReset.connect(lambda: seen.append("model"))
    return seen


def count_reads(project, monkeypatch) -> list[str]:
    """Record every read of a document's rows (what diffing documents does)."""
    reads: list[str] = []
    for name in ("rows_of_document",):
        real = getattr(project, name)

        def counted(*args, real=real, name=name, **kwargs):
            reads.append(name)
            return real(*args, **kwargs)

        monkeypatch.setattr(project, name, counted)
    return reads


def test_show_rejected_and_starred_only_by_clicks_keep_counts_rows_marks_and_the_selection(window, qtbot, resets, monkeypatch):
    win = window
    war, treaty, founded = event_id(win, "1997-2004"), event_id(win, "5 May 2003"), event_id(win, "March 2001")
    # S on the timeline stars the war; Del rejects the founding (the selection then moves on)
    assert win.selection.select_event(war)
    win.timeline.setFocus()
    qtbot.keyClick(win.timeline, Qt.Key.Key_Asterisk)
    assert win.model.project.curation(war).starred
    assert win.selection.select_event(founded)
    qtbot.keyClick(win.timeline, Qt.Key.Key_Delete)
    assert win.model.project.curation(founded).rejected
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 4)
    assert founded not in rows(win) and len(rows(win)) == 5
    assert win.model.key_of(founded) is None  # hidden by the curation filter, so no key for the views
    assert win.model.stored_key_of(founded) is not None  # but the model keeps the event
    assert win.status_text().startswith("2 documents, 5 events (1 undated)")
    assert founded not in [e.id for e in win.model.events_of_document("/corpus/alpha.txt")]
    assert win.selection.select_event(war)

    # Show Rejected: the filters panel by its key, then a real click on the check box
    reads = count_reads(win.model.project, monkeypatch)
    qtbot.keyClick(win, Qt.Key.Key_F, CTRL | SHIFT)
    panel = win.filters
    assert panel.isVisible()
    click(qtbot, panel.rejected)
    assert panel.rejected.isChecked() and win.model.show_rejected()
    assert founded in rows(win) and len(rows(win)) == 6
    title = win.proxy.index(rows(win).index(founded), Column.TITLE).data()
    assert title.startswith("\u2715") and title.endswith("(rejected)")
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 5)
    assert win.status_text().startswith("2 documents, 6 events (1 undated)") and "rejected shown" in win.status_text()
    assert founded in [e.id for e in win.model.events_of_document("/corpus/alpha.txt")]
    assert win.selection.current_event().id == war  # the selection survived the rows arriving

    # Starred only, by a click too: the one starred event; the rejected one is not starred
    click(qtbot, panel.starred)
    assert rows(win) == [war]
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 1)
    assert win.status_text().startswith("2 documents, 1 event") and "undated" not in win.status_text()
    assert win.selection.current_event().id == war
    assert win.model.key_of(treaty) is None and win.model.events_of_document("/corpus/alpha.txt") == []

    # both off again: the rows as they were, in their places
    click(qtbot, panel.starred)
    click(qtbot, panel.rejected)
    assert not win.model.is_curation_filtering()
    assert len(rows(win)) == 5 and founded not in rows(win)
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 4)
    assert win.status_text().startswith("2 documents, 5 events (1 undated)")
    assert win.selection.current_event().id == war
    assert resets == []  # every change was told as rows or a layout change, never a reset
    assert reads == []  # a filter change is a mask change: no document's rows read again and compared


def test_a_star_under_starred_only_brings_its_row_and_the_undo_takes_it_away(window, qtbot, resets, monkeypatch):
    """A curation edit that changes what the mask keeps moves that one row (no diff, no reset)."""
    win = window
    treaty = event_id(win, "5 May 2003")
    qtbot.keyClick(win, Qt.Key.Key_F, CTRL | SHIFT)
    click(qtbot, win.filters.starred)
    assert rows(win) == [] and win.model.event_count() == 0
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 0)
    inserted: list[tuple[int, int]] = []
    win.proxy.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    assert _star(win, treaty, monkeypatch) == []  # the starred row arrives without a diff of its document
    assert rows(win) == [treaty] and inserted == [(0, 0)]
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 1)
    assert win.status_text().startswith("2 documents, 1 event")
    qtbot.keyClick(win, Qt.Key.Key_Z, CTRL)  # undo the star: the row leaves again
    assert rows(win) == []
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 0)
    assert resets == []


def _star(win, event_id: str, monkeypatch) -> list[str]:
    """Star an event the filters hide (it has no row to select): the same command the S key pushes.
    Returns the reads of the project's rows it took."""
    from explorer.curation import edits

    edit = edits.star(win.model.project, event_id)
    reads = count_reads(win.model.project, monkeypatch)
    win.project_ctl.push(edit)
    return reads


def test_a_rejected_first_source_leaves_its_group_and_show_rejected_brings_it_back(annotated_window, qtbot, monkeypatch):
    """Group collapse and the curation filters are one mask: a group counts only the sources shown."""
    win = annotated_window
    resets: list[str] = []
    win.proxy.modelReset.connect(lambda: resets.append("proxy"))
    three = next(g for g in win.model.groups() if g.sources == 3)
    first, second, third = three.event_ids
    total = win.model.event_count()
    shown_rows = win.proxy.rowCount()
    assert win.selection.select_event(first)
    win.timeline.setFocus()
    qtbot.keyClick(win.timeline, Qt.Key.Key_Delete)  # reject the group's shown source
    assert win.model.project.curation(first).rejected
    assert win.model.event_count() == total - 1
    assert first not in rows(win) and second in rows(win) and third not in rows(win)
    assert win.proxy.index(rows(win).index(second), Column.SOURCES).data().startswith("\u25b8 2 sources")
    assert win.proxy.rowCount() == shown_rows  # the second source now stands for the group
    # Ctrl+Shift+E expands the group of the selected second source: the third arrives
    assert win.selection.select_event(second)
    qtbot.keyClick(win.table, Qt.Key.Key_E, CTRL | SHIFT)
    assert third in rows(win) and first not in rows(win)
    qtbot.keyClick(win.table, Qt.Key.Key_E, CTRL | SHIFT)
    assert third not in rows(win)
    # Show Rejected by a click: the group has its three sources again, shown as one row
    other = next(e for e in rows(win) if win.model.group_of(e) is None)
    assert win.selection.select_event(other)
    reads = count_reads(win.model.project, monkeypatch)
    qtbot.keyClick(win, Qt.Key.Key_F, CTRL | SHIFT)
    click(qtbot, win.filters.rejected)
    assert win.model.event_count() == total
    assert first in rows(win) and second not in rows(win) and third not in rows(win)
    assert win.proxy.index(rows(win).index(first), Column.SOURCES).data().startswith("\u25b8 3 sources")
    assert win.proxy.rowCount() == shown_rows
    assert win.selection.current_event().id == other  # the selection stayed on its event
    click(qtbot, win.filters.rejected)
    assert first not in rows(win) and second in rows(win)
    assert win.model.event_count() == total - 1
    assert win.selection.current_event().id == other
    assert resets == [] and reads == []


def test_a_filter_that_changes_the_groups_narrows_the_timeline_without_building_its_marks_again(
        annotated_window, qtbot, monkeypatch):
    """A document chosen in the Filters panel leaves groups with one source shown, so the groups
    change; the timeline draws what the filter keeps from the marks it holds (the groups draw
    nothing of their own), without building every event's marks again (0.3-0.4 s at 1M events)."""
    from explorer.gui.timeline import view as timeline_view
    from explorer.timeline.events_array import NO_DAY

    win = annotated_window
    assert any(g.sources >= 2 for g in win.model.groups())
    changed: list[int] = []
    win.model.groupsChanged.connect(lambda: changed.append(1))
    built: list[int] = []
    real = timeline_view.EventsArray.from_columns
    monkeypatch.setattr(timeline_view.EventsArray, "from_columns",
                        classmethod(lambda cls, *a, **k: built.append(1) or real(*a, **k)))
    panel = win.filters
    qtbot.keyClick(win, Qt.Key.Key_F, CTRL | SHIFT)
    grouped_doc = win.model.group_events(next(g for g in win.model.groups() if g.sources >= 2).id)[0].doc
    qtbot.waitUntil(lambda: panel.document.findData(grouped_doc) >= 0)  # the list follows the documents
    panel.document.setFocus()
    index = panel.document.findData(grouped_doc)
    while panel.document.currentIndex() < index:
        qtbot.keyClick(panel.document, Qt.Key.Key_Down)
    assert win.model.event_filter().docs == frozenset({grouped_doc})
    qtbot.waitUntil(lambda: not win.timeline._rebuild_timer.isActive())
    assert changed and built == []
    dated = [e for e in (win.proxy.index(r, 0).data(EVENT_ROLE) for r in range(win.proxy.rowCount())) if e.begin is not None]
    assert {e.doc for e in dated} == {grouped_doc}
    assert win.timeline.mark_count() == len(dated) > 0
    arrays = win.model.time_arrays()
    assert set(win.timeline.arr.row.tolist()) == {win.model.key_of(e.id) for e in dated}
    assert all(arrays.begin[k] != NO_DAY for k in win.timeline.arr.row.tolist())
