"""The model's rows are numpy (issue 16, a Filter keystroke at 1M events under 100 ms): the row
order is an int64 array, never a Python list of keys rebuilt with ``tolist()`` per keystroke, and a
layout change does not build the inverse (key -> row) of every row to carry the views' few
persistent indexes. What the user sees must not change: the rows filtered, the current event and
the selected events kept across keystrokes."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from explorer.gui import event_model_order
from explorer.gui.event_roles import EVENT_ROLE, KEY_ROLE, Column
from explorer.gui.event_proxy import EventProxyModel
from explorer.gui.project_model import ProjectEventModel
from tests.gui.test_model_changes import big_project

def _documents(n_docs: int = 4, per_doc: int = 60):
    """Documents whose events are titled "alpha N" (even N) or "beta N" (odd N), dates shuffled."""
    from explorer.documents import Document
    from explorer.events.record import Event
    from explorer.ingest import ExtractedDocument

    docs = []
    for d in range(n_docs):
        path = f"/generated/rows {d}.txt"
        text = f"Doc {d}. " + "y" * per_doc
        events = []
        for i in range(per_doc):
            n = d * per_doc + i
            begin = date(1950, 1, 1) + timedelta(days=(n * 7919) % 3000)
            events.append(Event(
                id=f"r{d}#{i}", doc=path, title=f"{'alpha' if n % 2 == 0 else 'beta'} {n}", sentence=text[:8],
                sentence_start=0, sentence_end=8, timex="y", timex_start=8 + i, timex_end=9 + i,
                value=begin.isoformat(), type="DATE", begin=begin, end=begin, certainty="exact"))
        docs.append(ExtractedDocument(Document(path, text, f"Rows doc {d}"), (), tuple(events)))
    return docs


def _shown(win) -> list[str]:
    proxy = win.proxy
    return [proxy.index(r, 0).data(EVENT_ROLE).id for r in range(proxy.rowCount())]


def _click_row(win, qtbot, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    table = win.table
    table.scrollTo(table.model().index(row, Column.TITLE))
    rect = table.visualRect(table.model().index(row, Column.TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _filter(win, qtbot, text: str) -> None:
    edit = win.table_panel.filter
    edit.setFocus()
    edit.selectAll()
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.proxy.filter_text() == edit.text())


@pytest.fixture
def rows_window(make_window, qtbot):
    win = make_window()
    win.add_documents(_documents())
    qtbot.waitUntil(lambda: win.proxy.rowCount() == 240)
    return win


def test_typing_in_the_filter_keeps_the_rows_numpy_and_the_current_event(rows_window, qtbot):
    win = rows_window
    everything = _shown(win)
    row = next(r for r, i in enumerate(everything) if win.proxy.index(r, 0).data(EVENT_ROLE).title.startswith("alpha"))
    _click_row(win, qtbot, row)
    current = win.selection.current_event()
    assert current is not None and current.title.startswith("alpha")
    _filter(win, qtbot, "alp")
    shown = _shown(win)
    assert len(shown) == 120 and all(win.model.event_by_key(win.model.stored_key_of(i)).title.startswith("alpha")
                                     for i in shown)
    assert shown == [i for i in everything if i in set(shown)]  # the same order, narrowed
    assert win.selection.current_event().id == current.id
    assert win.table.currentIndex().data(EVENT_ROLE).id == current.id
    order = win.model._order
    assert isinstance(order, np.ndarray) and order.dtype == np.int64 and len(order) == 120
    # each row's key is a Python int (Qt gets a plain number, not a numpy scalar)
    assert all(type(win.proxy.index(r, 0).data(KEY_ROLE)) is int for r in range(3))
    _filter(win, qtbot, "")
    assert _shown(win) == everything and win.selection.current_event().id == current.id


def test_many_persistent_indexes_follow_their_events_through_filter_changes(qtbot):
    """More persistent indexes than ``FEW_PERSISTENT`` are carried by the inverse of the rows, the
    few by a pass per index: both give each index its event's new row, or none once it is hidden."""
    model = ProjectEventModel(project=big_project(3000, per_doc=500))
    proxy = EventProxyModel(model)
    proxy.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    ids = [model.event_at(r).id for r in range(model.rowCount())]
    picked = ids[::37]
    assert len(picked) > event_model_order.FEW_PERSISTENT
    held = [QPersistentModelIndex(model.index(model.row_of(i), Column.DOCUMENT)) for i in picked]
    for needle in ("event 1", "event 12", "", "event 2"):
        proxy.set_filter_text(needle)
        rows = [model.event_at(r).id for r in range(model.rowCount())]
        followed = 0
        for event_id, index in zip(picked, held):
            if event_id not in rows:
                assert not index.isValid()
            elif index.isValid():  # it had a row before and has one now: the same event's
                assert model.event_at(index.row()).id == event_id and index.column() == Column.DOCUMENT
                followed += 1
        if needle in ("event 1", "event 2"):  # many carried at once: through the inverse
            assert followed > event_model_order.FEW_PERSISTENT
        held = [QPersistentModelIndex(model.index(model.row_of(i), Column.DOCUMENT)) if i in rows else h
                for i, h in zip(picked, held)]


def test_a_layout_change_carries_few_persistent_indexes_without_the_inverse(qtbot):
    """A keystroke's layout change finds the rows of a few persistent indexes by a pass each; the
    inverse of every row (key -> row) is built only when asked for afterwards."""
    model = ProjectEventModel(project=big_project(3000, per_doc=500))
    proxy = EventProxyModel(model)
    proxy.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    ids = [model.event_at(r).id for r in range(model.rowCount())]
    title = {i: model.event_by_key(model.stored_key_of(i)).title for i in ids}
    kept_id = next(i for i in ids if title[i] == "Event 2001")
    lost_id = next(i for i in ids if title[i] == "Event 2002")
    kept = QPersistentModelIndex(model.index(model.row_of(kept_id), Column.TITLE))
    lost = QPersistentModelIndex(model.index(model.row_of(lost_id), 0))
    proxy.set_filter_text("event 2")  # keeps "Event 2", "Event 2xxx", "Event 2x"...
    assert model._rank is None  # no inverse built for two persistent indexes
    assert isinstance(model._order, np.ndarray)
    shown = [model.event_at(r).id for r in range(model.rowCount())]
    assert shown == [i for i in ids if model.event_by_key(model.stored_key_of(i)).title.startswith("Event 2")]
    assert kept.isValid() and kept.column() == Column.TITLE and model.event_at(kept.row()).id == kept_id
    assert lost.isValid() and model.event_at(lost.row()).id == lost_id
    assert model.row_of_key(model.stored_key_of(kept_id)) == kept.row()  # the inverse, built now, agrees
    proxy.set_filter_text("event 2001")
    assert [model.event_at(r).id for r in range(model.rowCount())] == [kept_id]
    assert not lost.isValid() and kept.row() == 0
    proxy.set_filter_text("")
    assert [model.event_at(r).id for r in range(model.rowCount())] == ids
    assert model.event_at(kept.row()).id == kept_id


def test_rows_told_one_by_one_keep_the_numpy_order_and_its_inverse(qtbot):
    """Rows leaving and arriving one by one (a rejection and its undo) patch the numpy order and
    its inverse together."""
    from explorer.curation import edits

    project = big_project(1200, per_doc=400)
    model = ProjectEventModel(project=project)
    EventProxyModel(model)
    model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    ids = [model.event_at(r).id for r in range(model.rowCount())]
    rejected = ids[5:40:7]
    for event_id in rejected:
        project.apply(edits.reject(project, event_id))
    assert [model.event_at(r).id for r in range(model.rowCount())] == [i for i in ids if i not in rejected]
    for _ in rejected:
        project.undo_stack.undo()
    order = model._order
    assert isinstance(order, np.ndarray) and order.dtype == np.int64
    assert [model.event_at(r).id for r in range(model.rowCount())] == ids
    assert [model.row_of(i) for i in ids] == list(range(len(ids)))


def test_a_needle_narrowed_to_a_tenth_of_the_events_is_answered_by_the_search_index(qtbot):
    """The plain pass over a shorter needle's kept keys costs by their texts' length: over a real
    project's texts (a sentence each) 243k candidates at 1M took about 100 ms of CPU, so above
    ``INDEXED_SHARE`` (5 %) of the keys the search index answers (it answered only above 25 %)."""
    model = ProjectEventModel(project=big_project(2400, per_doc=400))
    proxy = EventProxyModel(model)
    qtbot.waitUntil(model.search_index_ready, timeout=20_000)
    proxy.set_filter_text("doc0001")  # one document of six: a sixth of the keys
    kept = int(proxy.accepted_mask().sum())
    assert 0.05 * 2400 < kept < 0.25 * 2400  # between the share now and the one before
    asked: list[str] = []
    real = model.search_mask
    model.search_mask = lambda needle, within=None: asked.append(needle) or real(needle, within)
    proxy.set_filter_text("doc0001.")
    assert asked == ["doc0001."]
    expected = [k for k, text in enumerate(model.haystacks()) if "doc0001." in text]
    assert [model.key_of_row(r) for r in range(model.rowCount())] == expected and len(expected) == 400


def test_the_proxy_is_an_identity_over_the_rows_the_model_keeps(qtbot):
    """Filtering and sorting are the model's (numpy), so the proxy maps row r to row r: a
    ``QSortFilterProxyModel`` with its filter off still rebuilt a mapping of every source row on
    each layout change (about 20 ms per Filter keystroke at 1M rows), an identity proxy does not."""
    from PySide6.QtCore import QIdentityProxyModel

    model = ProjectEventModel(project=big_project(1000, per_doc=250))
    proxy = EventProxyModel(model)
    assert isinstance(proxy, QIdentityProxyModel)
    proxy.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    proxy.set_filter_text("event 9")
    assert proxy.rowCount() == model.rowCount() == 111
    for r in (0, 50, 110):
        assert proxy.mapToSource(proxy.index(r, Column.TITLE)).row() == r
        assert proxy.index(r, Column.TITLE).data() == model.index(r, Column.TITLE).data()
    titles = [proxy.index(r, Column.TITLE).data() for r in range(proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold, reverse=True) and all("9" in t for t in titles)
