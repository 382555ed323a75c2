"""The first view shows where the events are dense, and says at the plot's edge what it leaves out.

Two folders the h38 review opened: thirty news articles of 1990 and 1998 whose backgrounds recall a
few years of the 1970s and 1980s opened on 1976-2002, the left third of the plot nearly empty (seven
recalled years of 115 events decided it); and one history told in years BC beside a few modern
reports opened on both eras in one axis, every event in two columns of marks (the dense part was
taken only when it held three quarters of the events). Now the thin run of old years is left out
and each lane names its events beyond the edge ("◀ 1 event, 1977"; a click there goes to them), and
the larger era is the first view, the other named at the edge, reached with a click, Home or 0."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from explorer.gui.formatting import day_start_seconds
from explorer.ingest import extract_paths

from .harbour_folder import harbour_folder, harbour_history
from .keys import K, press

YEAR = 365.25 * 86400
RECALLED = (1977, 1980, 1984, 1988)


def _gulf_report(i: int) -> str:
    return (f"Gulf report {i}\n\nOn {2 + i} August 1990 the envoy flew to the capital. On {10 + i} August 1990 "
            f"the ministers met. On {14 + i} August 1990 the talks broke down. On {20 + i} August 1990 the "
            "convoy left the border.\n")


def _news(i: int, recalled: int | None) -> str:
    month = ("January", "February", "March")[i % 3]
    text = (f"Town news {i}\n\nOn {3 + i} {month} 1998 the council met. On {9 + i} {month} 1998 it voted on the "
            f"budget. On {12 + i} {month} 1998 the mayor resigned. On {20 + i} {month} 1998 a new mayor was elected.")
    if recalled is not None:
        text += f" The council bought the old mill in {recalled}."
    return text + "\n"


def _folder(tmp_path):
    for i in range(5):
        (tmp_path / f"gulf-{i}.txt").write_text(_gulf_report(i), encoding="utf-8")
    for i in range(12):
        recalled = RECALLED[i] if i < len(RECALLED) else None
        (tmp_path / f"news-{i:02}.txt").write_text(_news(i, recalled), encoding="utf-8")
    (tmp_path / "middle.txt").write_text(
        "Port news\n\nOn 4 May 1993 the port opened. On 6 June 1994 it closed. On 8 July 1995 it reopened.\n",
        encoding="utf-8")
    return list(extract_paths([tmp_path]).documents)


def _on_screen(window, event_id: str) -> bool:
    pos = window.timeline.viewport_pos_of(event_id)
    return pos is not None and 0 <= pos.x() < window.timeline.plot.viewport().width()


def test_a_few_recalled_old_years_leave_the_first_view_to_the_news_and_are_named_at_the_edge(
        qtbot, make_window, tmp_path):
    documents = _folder(tmp_path)
    recalled = {e.id: e.begin.year for d in documents for e in d.events if e.begin and e.begin.year < 1990}
    assert sorted(recalled.values()) == list(RECALLED)
    window = make_window()
    window.add_documents(documents)
    timeline = window.timeline
    dated = [e for d in documents for e in d.events if e.begin is not None]
    qtbot.waitUntil(lambda: timeline.mark_count() >= len(dated) - len(recalled))
    x0, x1 = timeline.visible_range()
    # the news fill the view: it starts with the 1990 reports, not a dozen empty years before them
    assert day_start_seconds(date(1989, 1, 1)) < x0 <= day_start_seconds(date(1990, 8, 2))
    assert x1 >= day_start_seconds(date(1998, 3, 31))
    assert not any(_on_screen(window, i) for i in recalled)
    # each lane with a recalled year says so at the plot's edge, in the lane a reader scrolls to
    lane_of = {name: lane for lane, name in enumerate(timeline.lane_axis.labels())}
    lane = next(lane for name, lane in lane_of.items() if name.startswith("Town news 0"))
    timeline.scroll_to_lane(lane)
    qtbot.waitUntil(lambda: any(b.lane == lane for b, _r, _t in timeline.item.last_beyond))
    _b, rect, text = next(x for x in timeline.item.last_beyond if x[0].lane == lane)
    assert text == "\u25c0 1 event, 1977"
    assert rect.right() < timeline.plot.viewport().width() / 2  # at the left edge: it is earlier
    old = next(i for i, year in recalled.items() if year == 1977)
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.waitUntil(lambda: _on_screen(window, old))
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_0)  # the first view again
    assert timeline.visible_range()[0] > day_start_seconds(date(1989, 1, 1))
    press(qtbot, K.Key_0)  # again: everything, the recalled years too
    assert all(_on_screen(window, i) for i in recalled)
    timeline.scroll_to_lane(lane)
    qtbot.wait(50)
    timeline.plot.repaint()
    assert not any(b.lane == lane for b, _r, _t in timeline.item.last_beyond)  # nothing left to name


def test_an_ancient_history_beside_a_few_modern_reports_opens_on_the_larger_era(qtbot, make_window, tmp_path):
    documents = harbour_folder(tmp_path, harbour_history(), 1995, reports=3)
    history = [e.id for d in documents if d.document.path.endswith("history.txt") for e in d.events]
    modern = [e.id for d in documents if not d.document.path.endswith("history.txt") for e in d.events]
    assert len(history) == 8 and len(modern) == 12  # the modern era holds 60% of the events
    window = make_window()
    window.add_documents(documents)
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() >= 12)
    x0, x1 = timeline.visible_range()
    assert x1 - x0 < 10 * YEAR  # three years of reports fill the view, not 750 BC to AD 2000
    assert all(_on_screen(window, i) for i in modern) and not any(_on_screen(window, i) for i in history)
    history_lane = next(lane for lane, name in enumerate(timeline.lane_axis.labels()) if "harbour" in name.lower())
    qtbot.waitUntil(lambda: any(b.lane == history_lane for b, _r, _t in timeline.item.last_beyond))
    _b, rect, text = next(x for x in timeline.item.last_beyond if x[0].lane == history_lane)
    assert text == "\u25c0 8 events, 750 BC \u2013 400 BC"
    # the keys: Home goes to the first event, in the other era, among its neighbours; 0 comes back
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_Home)
    assert window.selection.current_event().id == history[0] and _on_screen(window, history[0])
    assert timeline.visible_range()[1] < day_start_seconds(date(1, 1, 1)) - 300 * YEAR  # in the ancient era
    press(qtbot, K.Key_0)
    assert all(_on_screen(window, i) for i in modern) and not any(_on_screen(window, i) for i in history)
