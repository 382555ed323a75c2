"""A history told BC in the table: its events sort before the ones of our era and read as days."""

from __future__ import annotations

from pathlib import Path

from explorer.gui.event_model import EventTableModel
from explorer.gui.event_roles import Column
from explorer.gui.event_proxy import EventProxyModel
from explorer.ingest import extract_paths
from tests.core.test_bc_dates import HISTORY


def test_bc_events_sort_first_and_show_their_dates(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "punic.txt"
    path.write_text(HISTORY, encoding="utf-8")
    model = EventTableModel()
    model.add_documents(extract_paths([path], jobs=1).documents)
    proxy = EventProxyModel(model)
    proxy.sort(Column.DATE)
    dates = [proxy.index(r, Column.DATE).data() for r in range(proxy.rowCount())]
    assert dates[:2] == ["264 BC", "260 BC"]
    assert dates.index("146 BC") < dates.index("1985") and dates.index("216 BC") < dates.index("146 BC")


def test_a_bc_history_draws_its_events_on_the_timeline(qtbot, make_window, tmp_path: Path) -> None:
    path = tmp_path / "punic.txt"
    path.write_text(HISTORY, encoding="utf-8")
    win = make_window()
    win.add_documents(extract_paths([path], jobs=1).documents)
    qtbot.waitUntil(lambda: win.timeline.mark_count() >= 8)
    win.timeline.grab()  # paints the axis and the marks: nothing may raise in paint
