"""Importing a folder into an open project (issue 16, import-model): the new events reach the
timeline and the table in their sorted places without rebuilding what the project already drew
(the timeline's marks are appended, not sorted again), and the window then equals one that opened
the same articles afresh: the same rows in the same order, the same marks, the same search hits;
Filter and selection work on the new events."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from explorer.gui import filters_panel
from explorer.gui.event_roles import EVENT_ROLE
from explorer.store import Project
from explorer.store.importing import import_paths
from explorer.timeline import events_array
from tests.gui.test_linking import click_row

#: words only the imported articles use, to filter and search by
NEW_WORD = "ferryboat"


def _articles(folder, first: int, count: int, word: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + count):
        # dates spread over the same years, so the new events sort between the old ones
        (folder / f"a{i:04d}.txt").write_text(
            f"Report {word} {i}\n\nOn {1 + i % 27} March {1990 + (i * 7) % 30} the {word} council met in "
            f"session {i}. The vote followed on {1 + i % 25} June {1991 + (i * 3) % 30}.\n", encoding="utf-8")


def _project(path, *folders) -> str:
    project = Project(path)
    for folder in folders:
        import_paths(project, [folder], jobs=1)
    project.save()
    return str(path)


def _open(win, qtbot, path: str) -> None:
    with qtbot.waitSignal(win.loadFinished, timeout=60_000):
        win.open_paths([path])
    qtbot.waitUntil(lambda: win.model.search_ready() and not win.people.is_annotating(), timeout=60_000)


def _rows(win) -> list[str]:
    proxy = win.proxy
    return [proxy.index(r, 0).data(EVENT_ROLE).id for r in range(proxy.rowCount())]


def _marks(win) -> tuple:
    arr, model = win.timeline.arr, win.model
    return ([model.event_by_key(int(k)).id for k in arr.row], arr.begin.tolist(), arr.end.tolist(),
            arr.lane.tolist(), arr.lane_start.tolist(), arr.end_sorted.tolist(),
            [model.event_by_key(int(k)).id for k in arr.undated_row], arr.lanes.keys)


def _hits(win, needle: str) -> list[str]:
    model = win.model
    return sorted(model.event_by_key(int(k)).id for k in np.flatnonzero(model.search_mask(needle)))


def test_an_import_appends_its_marks_and_rows_and_equals_a_fresh_load(make_window, qtbot, tmp_path, monkeypatch):
    old, new = tmp_path / "old", tmp_path / "new"
    _articles(old, 0, 40, "harbour")
    _articles(new, 40, 6, NEW_WORD)
    win = make_window()
    _open(win, qtbot, _project(tmp_path / "open.tlproj", old))
    assert win.model.sort_column() >= 0  # sorted (by date): the new rows go to their places, not the end
    before = win.timeline.mark_count()

    built: list[int] = []  # marks each timeline build sorted
    real = events_array.EventsArray.from_columns.__func__
    monkeypatch.setattr(events_array.EventsArray, "from_columns",
                        classmethod(lambda cls, begin, *a, **k: built.append(len(begin)) or real(cls, begin, *a, **k)))
    refilled: list[object] = []  # combo boxes the Filters panel emptied and filled again
    real_fill = filters_panel._fill
    monkeypatch.setattr(filters_panel, "_fill", lambda combo, items: refilled.append(combo) or real_fill(combo, items))
    listed = win.filters.document.count()
    with qtbot.waitSignal(win.loadFinished, timeout=60_000):
        win.open_paths([str(new)])
    qtbot.waitUntil(lambda: win.timeline.mark_count() == before + 12, timeout=30_000)
    qtbot.waitUntil(lambda: win.filters.document.count() == listed + 6, timeout=10_000)
    monkeypatch.undo()
    assert built and max(built) <= 12  # only the new marks were built; the drawn ones were kept
    # the Filters panel's document list: the new articles after the others, the others left alone
    assert win.filters.document not in refilled
    panel = win.filters.document
    assert [panel.itemText(i) for i in range(listed, listed + 6)] == [f"Report {NEW_WORD} {i}" for i in range(40, 46)]

    fresh = make_window()
    _open(fresh, qtbot, _project(tmp_path / "fresh.tlproj", old, new))
    qtbot.waitUntil(lambda: win.model.search_ready() and fresh.timeline.mark_count() == before + 12, timeout=30_000)
    win.timeline.grab(), fresh.timeline.grab()
    assert _rows(win) == _rows(fresh)  # the new rows in their sorted places
    assert _marks(win) == _marks(fresh)
    for needle in (NEW_WORD, "harbour", "1995", "session 4"):
        assert _hits(win, needle) == _hits(fresh, needle), needle
    assert _hits(win, NEW_WORD) and len(_hits(win, NEW_WORD)) == 12

    # the Filter box keeps only the new article's events, on the table and the timeline
    edit = win.table_panel.filter
    edit.setFocus()
    qtbot.keyClicks(edit, NEW_WORD)
    qtbot.waitUntil(lambda: win.proxy.rowCount() == 12, timeout=10_000)
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 12, timeout=10_000)
    assert sorted(_rows(win)) == _hits(fresh, NEW_WORD)
    # clicking one selects it
    click_row(qtbot, win, 3)
    picked = win.proxy.index(3, 0).data(EVENT_ROLE)
    assert win.selection.current_event().id == picked.id
    assert NEW_WORD in win.source.text.toPlainText()
    # clearing the filter brings every row back, the selection kept
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: win.proxy.rowCount() == len(_rows(fresh)), timeout=10_000)
    assert win.selection.current_event().id == picked.id
