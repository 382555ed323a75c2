"""Benchmarks: ``explorer bench render --events N``.

Builds N synthetic events over five decades (points and spans of every precision, several lanes),
then, offscreen at 1600x900, measures in the same run our timeline item and a plain pyqtgraph
``ScatterPlotItem`` holding the same events: the median repaint after each of a series of pan and
zoom steps (set the range, then grab the whole widget), the time to load the events into the view
(records to first picture), and the resident memory of the process with the view and model loaded.
Prints one JSON object per line and figure.

``impl: "app"`` is the same measurement in the app's own widget, as users see it: a ``TimelineView``
over the event table model and its filter proxy, in a 1600x900 main window beside the event table
(the app's layout and widgets, the table sorted by date, without menus, settings or projects); each step sets the range through the
view's API (``set_visible_range``, as keyboard and wheel do) and grabs the timeline widget.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import time
from datetime import date, timedelta
from typing import Callable, Iterator, Sequence

import numpy as np

from explorer.calendar import SECONDS_PER_DAY
from explorer.events.record import Event

SIZE = (1600, 900)
START = date(1975, 1, 1)
DAYS = 50 * 365


def synthetic_events(n: int, lanes: int = 8, seed: int = 0) -> list[Event]:
    """``n`` events in ``lanes`` documents: 70% days, the rest months, seasons, years and ranges;
    a tenth inferred, a few open-ended, a few undated."""
    rng = np.random.default_rng(seed)
    # clustered in time, like news: a few busy periods over a background
    centres = rng.integers(0, DAYS, 40)
    busy = rng.random(n) < 0.5
    day = np.where(busy, centres[rng.integers(0, 40, n)] + rng.normal(0, 60, n).astype(np.int64),
                   rng.integers(0, DAYS, n))
    day = np.clip(day, 0, DAYS - 1)
    kind = rng.choice(5, n, p=[0.7, 0.12, 0.06, 0.08, 0.04])  # day, month, season, year, range
    doc = rng.integers(0, lanes, n)
    inferred = rng.random(n) < 0.1
    open_end = rng.random(n) < 0.01
    undated = rng.random(n) < 0.001
    days_cache: dict[int, date] = {}

    def d(k: int) -> date:
        got = days_cache.get(k)
        if got is None:
            got = days_cache[k] = START + timedelta(days=int(k))
        return got

    docs = [f"synthetic/document-{i:02d}.txt" for i in range(lanes)]
    out: list[Event] = []
    for i in range(n):
        b = d(day[i])
        k = kind[i]
        if k == 0:
            begin, end = b, b
        elif k == 1:
            begin = b.replace(day=1)
            end = (begin.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        elif k == 2:
            m = (b.month - 1) // 3 * 3 + 1
            begin = date(b.year, m, 1)
            end = date(b.year + (m + 3 > 12), (m + 2) % 12 + 1, 1) - timedelta(days=1)
        elif k == 3:
            begin, end = date(b.year, 1, 1), date(b.year, 12, 31)
        else:
            begin, end = b, d(min(day[i] + 3 + i % 20, DAYS - 1))
        und = bool(undated[i])
        out.append(Event(
            id=f"e{i}", doc=docs[doc[i]], title=f"Synthetic event {i}", sentence="", sentence_start=0,
            sentence_end=0, timex="", timex_start=0, timex_end=0, value="", type="DATE",
            begin=None if und else begin, end=None if und else end,
            certainty="undated" if und else ("inferred" if inferred[i] else "exact"),
            mod="AFTER" if open_end[i] and k else None,
        ))
    return out


def steps(x0: float, x1: float, count: int) -> Iterator[tuple[float, float]]:
    """Alternating zoom and pan steps: zoom in from the whole range to about a month, then back out,
    panning a tenth of the width between zooms."""
    full = x1 - x0
    centre = (x0 + x1) / 2
    widths = np.geomspace(full, 30 * SECONDS_PER_DAY, max(count // 2, 1))
    widths = np.r_[widths, widths[::-1]][:count]
    for i, w in enumerate(widths):
        if i % 2:
            centre += 0.1 * w * (1 if (i // 2) % 2 else -1)
        yield centre - w / 2, centre + w / 2


def rss_mb() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _time_steps(fig, ranges: Sequence[tuple[float, float]]) -> list[float]:
    from PySide6.QtWidgets import QApplication

    vb = fig.plot.getViewBox()
    QApplication.processEvents()
    out = []
    for a, b in ranges:
        t0 = time.perf_counter()
        vb.setXRange(a, b, padding=0)
        fig.widget.grab()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def _documents(events: Sequence[Event]) -> list:
    """The synthetic events as the extracted documents the app receives from an import."""
    from explorer.documents import Document
    from explorer.ingest import ExtractedDocument

    by_doc: dict[str, list[Event]] = {}
    for e in events:
        by_doc.setdefault(e.doc, []).append(e)
    return [ExtractedDocument(Document(path, "", f"Synthetic document {i}"), (), tuple(evs))
            for i, (path, evs) in enumerate(sorted(by_doc.items()))]


def _app_window(docs: Sequence, lanes: int):
    """A main window like the app's: the timeline above the event table, over one model and proxy."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow, QSplitter

    from explorer.gui.event_model import EventTableModel
    from explorer.gui.event_proxy import EventProxyModel
    from explorer.gui.selection import EventSelection
    from explorer.gui.table_view import EventTableView
    from explorer.gui.timeline import TimelineView

    window = QMainWindow()
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    model = EventTableModel(window)
    proxy = EventProxyModel(model, window)
    selection = EventSelection(proxy, window)
    timeline = TimelineView(selection)
    table = EventTableView(selection)  # sorted by date, as in the app
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(timeline)
    split.addWidget(table)
    split.setSizes([560, 340])
    window.setCentralWidget(split)
    window.resize(*SIZE)
    window.show()
    model.add_documents(docs)
    timeline.refresh()
    return window, timeline, table


def _time_app_steps(timeline, ranges: Sequence[tuple[float, float]]) -> list[float]:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    out = []
    for a, b in ranges:
        t0 = time.perf_counter()
        timeline.set_visible_range(a, b)
        timeline.grab()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def bench_app(events: Sequence[Event], ranges: Sequence[tuple[float, float]], lanes: int,
              put: Callable[[str, str, float], None]) -> None:
    """``impl: "app"``: load time, median repaint over ``ranges`` and memory in the app's widget."""
    from PySide6.QtWidgets import QApplication

    docs = _documents(events)
    _app_window([], lanes)[0].deleteLater()  # modules loaded and warm, as in a running app
    gc.collect()
    t0 = time.perf_counter()
    window, timeline, table = _app_window(docs, lanes)
    timeline.grab()
    put("load_s", "app", time.perf_counter() - t0)
    _time_app_steps(timeline, ranges[:2])  # warm up
    put("repaint_ms", "app", statistics.median(_time_app_steps(timeline, ranges)))
    put("rss_mb", "app", rss_mb())
    timeline.teardown()
    table.setModel(None)
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    del window, timeline, table
    gc.collect()


def bench_render(n: int, step_count: int = 40, baseline_steps: int | None = None, lanes: int = 8,
                 emit: Callable[[dict], None] | None = None, app: bool = True) -> list[dict]:
    """Run the render benchmark; returns (and emits) the figure records."""
    from explorer.gui.render.export import ensure_app

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ensure_app()
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from explorer.gui.render.figure import make_figure
    from explorer.timeline import EventsArray

    records: list[dict] = []

    def put(figure: str, impl: str, value: float) -> None:
        rec = {"figure": figure, "impl": impl, "events": n, "value": round(value, 3)}
        records.append(rec)
        if emit:
            emit(rec)

    events = synthetic_events(n, lanes)
    gc.collect()
    t0 = time.perf_counter()
    arr = EventsArray.from_events(events)
    fig = make_figure(arr, title=f"{n:,} synthetic events", size=SIZE)
    fig.widget.grab()
    put("load_s", "ours", time.perf_counter() - t0)
    x0, x1 = fig.x_range()
    ranges = list(steps(x0, x1, step_count))
    _time_steps(fig, ranges[:2])  # warm up
    ours = _time_steps(fig, ranges)
    put("repaint_ms", "ours", statistics.median(ours))
    put("rss_mb", "ours", rss_mb())
    fig.close()
    del fig
    gc.collect()
    if app:
        bench_app(events, ranges, lanes, put)

    # Baseline: the same figure, but every event as a point of one plain ScatterPlotItem.
    t0 = time.perf_counter()
    fig = make_figure(arr, title=f"{n:,} synthetic events (scatter)", size=SIZE)
    fig.plot.getViewBox().removeItem(fig.item)
    x = (arr.begin + arr.end) / 2
    brushes = [pg.mkBrush(c) for c in arr.lanes.colors]
    scatter = pg.ScatterPlotItem(x=x, y=arr.lane.astype(float), size=8, pxMode=True,
                                 pen=pg.mkPen("#333"), brush=[brushes[l] for l in arr.lane.tolist()])
    fig.plot.getViewBox().addItem(scatter, ignoreBounds=True)
    fig.set_x_range(x0, x1)
    fig.widget.grab()
    put("load_s", "scatter", time.perf_counter() - t0)
    count = baseline_steps or step_count
    if count < step_count:  # spread the fewer steps over the same path
        pick = np.linspace(0, len(ranges) - 1, count).round().astype(int)
        base_ranges = [ranges[i] for i in pick]
    else:
        base_ranges = ranges
    base = _time_steps(fig, base_ranges)
    put("repaint_ms", "scatter", statistics.median(base))
    put("speedup", "ours", statistics.median(base) / max(statistics.median(ours), 1e-9))
    fig.plot.getViewBox().removeItem(scatter)
    scatter.clear()
    fig.close()
    del fig, scatter
    gc.collect()
    QApplication.processEvents()
    return records


def main_render(n: int, step_count: int, baseline_steps: int | None, app: bool = True) -> int:
    def emit(rec: dict) -> None:
        print(json.dumps(rec), flush=True)

    bench_render(n, step_count, baseline_steps, emit=emit, app=app)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main_render(int(sys.argv[1]) if len(sys.argv) > 1 else 10000, 40, None))
