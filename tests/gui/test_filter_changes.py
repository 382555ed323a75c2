"""How long a filter change takes at 100k events, from the call to the rows the views see
(issue 14: "a filter change at 100k stays well under 100 ms in the proxy", no model reset).

The text and actor/place filters live in the proxy's numpy mask and are held to the target. The
curation filters (Show Rejected Events, ``EventFilter``) still live in ``ProjectEventModel``, which
diffs every document's rows on a change: their times are measured and printed here, not held to the
target, until they move into the proxy's mask (see the report of issue 14's last round)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPersistentModelIndex

from explorer.curation import edits
from explorer.curation.filters import EventFilter
from explorer.gui.event_model import EventProxyModel
from explorer.gui.project_model import ProjectEventModel
from tests.gui.test_model_changes import big_project, watch

N = 100_000


def _timed(change) -> float:
    t0 = time.perf_counter()
    change()
    return time.perf_counter() - t0


def test_a_filter_that_brings_back_thousands_of_rows_is_one_layout_change_and_keeps_the_current_row(qtbot):
    """Rows were told arriving one by one (20 s at 100k events for "starred only" switched off); many
    rows coming or going are now one layout change, and persistent indexes follow their events."""
    project = big_project(2000, per_doc=500)
    ids = [r.event.id for r in project.rows()]
    for event_id in ids[::10]:
        project.apply(edits.star(project, event_id))
    model = ProjectEventModel(project=project)
    proxy = EventProxyModel(model)
    undated = model.undated_count()
    signals: list[str] = []
    for name in ("rowsInserted", "rowsRemoved", "modelReset", "layoutChanged"):
        getattr(model, name).connect(lambda *args, name=name: signals.append(name))
    starred_row = QPersistentModelIndex(model.index(model.row_of(ids[30]), 0))
    model.set_event_filter(EventFilter(starred=True, rejected=None))
    assert proxy.rowCount() == 200 and signals == ["layoutChanged"]
    assert model.event_at(starred_row.row()).id == ids[30]
    signals.clear()
    model.set_event_filter(EventFilter(rejected=None))
    assert proxy.rowCount() == 2000 and signals == ["layoutChanged"]
    assert model.event_at(starred_row.row()).id == ids[30]
    assert [model.event_at(r).id for r in range(2000)] == ids  # every event back, in its place
    assert model.undated_count() == undated and model.event_count() == 2000


@pytest.mark.benchmark
def test_benchmark_filter_changes_at_100k_events(qtbot, benchmark):
    project = big_project(N)
    ids = [r.event.id for r in project.rows()]
    for event_id in ids[::50]:  # 2% starred, 1% rejected
        project.apply(edits.star(project, event_id))
    for event_id in ids[25::100]:
        project.apply(edits.reject(project, event_id))
    model = ProjectEventModel(project=project)
    proxy = EventProxyModel(model)
    model.flush_sort()
    for _ in range(50):
        if model.search_ready():
            break
        model.haystacks()
    seen = watch(model)
    shown = proxy.rowCount()
    times: dict[str, float] = {}

    def run() -> None:
        times["text"] = _timed(lambda: proxy.set_filter_text("event 12"))
        assert 0 < proxy.rowCount() < shown
        times["text cleared"] = _timed(lambda: proxy.set_filter_text(""))
        assert proxy.rowCount() == shown
        times["show rejected"] = _timed(lambda: model.set_show_rejected(True))
        assert proxy.rowCount() == N
        times["hide rejected"] = _timed(lambda: model.set_show_rejected(False))
        times["starred only"] = _timed(lambda: model.set_event_filter(EventFilter(starred=True, rejected=None)))
        assert 0 < proxy.rowCount() <= N // 50
        times["all again"] = _timed(lambda: model.set_event_filter(EventFilter(rejected=None)))
        assert proxy.rowCount() == shown

    benchmark.pedantic(run, rounds=1, iterations=1)
    report = {name: round(t * 1000, 1) for name, t in times.items()}
    benchmark.extra_info.update(report)
    print(f"\nfilter changes at {N:,} events (ms): {report}; model resets: {seen['reset']}")
    assert seen["reset"] == 0
    assert times["text"] < 0.1 and times["text cleared"] < 0.1
