"""Zoomed in, lanes with nothing in view fold to a thin band with their name, and the lanes with
events get the room, as a user sees the plot.

Twenty-four harbour logs, two to a year: zoomed in on one year, two lanes have events and twenty-two
have none. Before, each of those took a full lane (five empty bands and one lane of marks in a
window); now they are thin bands naming their lane and where its events are, the lanes fully inside
the plot, their names never overlapping, and the selected event's mark is on screen after every key
and every table click."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.property_examples import examples
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from explorer.documents import Document
from explorer.gui.formatting import day_start_seconds
from explorer.ingest import ExtractedDocument
from explorer.timeline.lane_fold import THIN_LANE_PX
from explorer.timeline.scrolling import MIN_LANE_PX, lanes_in_view

from .conftest import _event
from .keys import K, press, selected

N_DOCS = 24


def _logs() -> list[ExtractedDocument]:
    out = []
    for i in range(N_DOCS):
        year = 1950 + i // 2
        days = [date(year, month, 3 + i % 2) for month in (2, 5, 9)]
        sentences = [f"On {d.day} {d:%B} {d.year} the quay crew of log {i} logged cargo number {k}."
                     for k, d in enumerate(days)]
        text = " ".join(sentences)
        doc = Document(f"/quay/log{i:02d}.txt", text, f"Quay log {i:02d}", date(year, 12, 31), "header")
        pairs = [_event(doc, s, f"{d.day} {d:%B} {d.year}", d.isoformat(), d, d) for s, d in zip(sentences, days)]
        out.append(ExtractedDocument(doc, tuple(t for _e, t in pairs), tuple(e for e, _t in pairs)))
    return out


@pytest.fixture
def logs_window(make_window, qtbot):
    window = make_window()
    window.add_documents(_logs())
    qtbot.waitUntil(lambda: window.timeline.lane_count() == N_DOCS and window.timeline.mark_count() == 3 * N_DOCS)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    return window


def _year(y: int) -> float:
    return day_start_seconds(date(y, 1, 1))


def _paint(timeline) -> None:
    """Draw the plot now and wait until the drawing shows the lanes now in view."""
    from PySide6.QtWidgets import QApplication

    def drawn() -> bool:
        QApplication.processEvents()
        timeline.plot.viewport().repaint()
        return set(timeline.item.last_lane_rows) == set(_lanes_seen(timeline))

    for _ in range(50):
        if drawn():
            return
    raise AssertionError("the plot did not draw the lanes in view")


def _lanes_seen(timeline) -> range:
    first = timeline.first_lane()
    return range(first, first + timeline.lanes_in_view())


def _plot_area(timeline) -> QRectF:
    """The lanes' area in the plot's viewport pixels."""
    return timeline.plot.mapFromScene(timeline.vb.sceneBoundingRect()).boundingRect().toRectF()


def _name_rects(timeline) -> dict[str, QRectF]:
    """Where the lane axis writes each name it draws (pyqtgraph's own layout of its tick labels)."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = timeline.lane_axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return {text: rect for rect, _flags, text in texts}


def _mark_on_screen(timeline, event_id: str) -> bool:
    pos = timeline.viewport_pos_of(event_id)
    return pos is not None and _plot_area(timeline).contains(QPointF(pos))


def test_zoomed_in_the_lanes_without_events_fold_and_the_lanes_with_events_get_the_room(qtbot, logs_window):
    timeline = logs_window.timeline
    unfolded = lanes_in_view(N_DOCS, timeline.vb.height())
    timeline.scroll_to_lane(10)
    timeline.set_visible_range(_year(1955), _year(1956))  # logs 10 and 11 only
    _paint(timeline)
    seen = _lanes_seen(timeline)
    assert 10 in seen and 11 in seen and len(seen) > unfolded
    heights = {lane: h for lane, (_rows, h) in timeline.item.last_lane_rows.items()}
    assert set(heights) == set(seen)
    assert heights[10] >= MIN_LANE_PX and heights[11] >= MIN_LANE_PX
    assert all(heights[lane] == THIN_LANE_PX for lane in seen if lane not in (10, 11))
    assert any(box.lane in (10, 11) for box in timeline.item.last_labels)  # the busy lanes have their titles
    # every lane in view lies inside the plot, and so does its name, which no other name overlaps
    area = _plot_area(timeline)
    ys = timeline.item.last_geometry[4]
    assert all(area.top() <= ys[lane] <= area.bottom() for lane in seen)
    names = _name_rects(timeline)
    drawn = [names[timeline.lane_axis.drawn()[lane]] for lane in seen]
    for upper, lower in zip(drawn, drawn[1:]):
        assert upper.bottom() <= lower.top() + 0.5
    assert all(area.top() - 1 <= r.top() and r.bottom() <= area.bottom() + 1 for r in drawn)


def test_a_folded_lane_still_names_where_its_events_are_and_a_click_there_unfolds_it(qtbot, logs_window):
    timeline = logs_window.timeline
    timeline.scroll_to_lane(10)
    timeline.set_visible_range(_year(1955), _year(1956))
    _paint(timeline)
    lane = min(lane for lane in _lanes_seen(timeline) if lane not in (10, 11))
    note, rect, _text = next(x for x in timeline.item.last_beyond if x[0].lane == lane)
    assert note.side == "before" and note.count == 3
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    _paint(timeline)
    assert lane in _lanes_seen(timeline) and timeline.item.last_lane_rows[lane][1] >= MIN_LANE_PX


@pytest.mark.parametrize("keys", [
    (K.Key_Down,) * 14,  # lane by lane, through lanes folded a moment before
    (K.Key_End, K.Key_Up, K.Key_Up, K.Key_Home),
    (K.Key_Right,) * 8 + (K.Key_Left,) * 3,
    (K.Key_Minus,) * 3 + (K.Key_Plus,) * 4 + (K.Key_PageDown, K.Key_PageUp),  # zoom, lanes paged
])
def test_the_selected_mark_is_on_screen_after_every_key_when_zoomed_in(qtbot, logs_window, keys):
    timeline = logs_window.timeline
    timeline.scroll_to_lane(10)
    timeline.set_visible_range(_year(1955), _year(1956))
    logs_window.selection.select_event(logs_window.model.documents[10].events[0].id)
    for key in keys:
        press(qtbot, key)
        event = selected(logs_window)
        _paint(timeline)
        assert event is not None and _mark_on_screen(timeline, event.id), key


def test_a_row_chosen_in_the_table_brings_its_folded_lane_and_its_mark_into_view(qtbot, logs_window):
    timeline, table = logs_window.timeline, logs_window.table
    timeline.scroll_to_lane(0)
    timeline.set_visible_range(_year(1950), _year(1951))  # logs 0 and 1: the last logs far below
    proxy, model = table.model(), logs_window.model
    row = next(r for r in range(proxy.rowCount())
               if model.event_at(proxy.mapToSource(proxy.index(r, 0)).row()).doc.endswith("log23.txt"))
    table.scrollTo(proxy.index(row, 1))
    rect = table.visualRect(proxy.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    event = selected(logs_window)
    assert event.doc.endswith("log23.txt")
    _paint(timeline)
    assert 23 in _lanes_seen(timeline) and _mark_on_screen(timeline, event.id)


def test_a_click_on_a_folded_lanes_name_selects_its_event_nearest_the_view_and_unfolds_it(qtbot, logs_window):
    timeline = logs_window.timeline
    timeline.scroll_to_lane(10)
    timeline.set_visible_range(_year(1955), _year(1956))
    _paint(timeline)
    lane = max(lane for lane in _lanes_seen(timeline) if lane not in (10, 11))  # events after the view
    name = _name_rects(timeline)[timeline.lane_axis.drawn()[lane]]
    at = timeline.plot.mapFromScene(timeline.lane_axis.mapToScene(name.center()))
    assert timeline.lane_name_at(timeline.plot.mapToScene(at)) == lane
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=at)
    event = selected(logs_window)
    assert event is not None and event.doc.endswith(f"log{lane:02d}.txt")
    assert event.begin == min(e.begin for e in logs_window.model.documents[lane].events)  # nearest the view
    _paint(timeline)
    assert _mark_on_screen(timeline, event.id) and timeline.item.last_lane_rows[lane][1] >= MIN_LANE_PX


def test_export_image_zoomed_in_labels_the_lanes_with_events_and_folds_the_rest(qtbot, logs_window, monkeypatch, tmp_path):
    """Ctrl+E offers a height giving every lane the room it has on screen: folded lanes a thin band,
    the lanes with events their full room, so the image labels them as the screen does."""
    import explorer.gui.render.export as render_export

    from .keys import export_to

    timeline = logs_window.timeline
    timeline.scroll_to_lane(10)
    timeline.set_visible_range(_year(1955), _year(1956))
    _paint(timeline)
    on_screen = {b.lane for b in timeline.item.last_labels}
    assert on_screen == {10, 11}
    path = tmp_path / "zoomed.png"
    export_to(monkeypatch, path)
    drawn: dict[str, object] = {}
    original = render_export.render_figure

    def render(fig, out, dpi=96):
        written = original(fig, out, dpi)
        drawn["lanes"] = {b.lane for b in fig.item.last_labels}
        drawn["rows"] = dict(fig.item.last_lane_rows)
        drawn["folded"] = fig.item.last_folded
        return written

    monkeypatch.setattr(render_export, "render_figure", render)
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert path.exists()
    assert drawn["lanes"] == on_screen
    rows = drawn["rows"]
    assert set(rows) == set(range(N_DOCS))  # the image holds every lane
    assert drawn["folded"] == set(range(N_DOCS)) - on_screen
    scale = rows[0][1] / THIN_LANE_PX  # the image's pixels per screen pixel (its DPI)
    screen = timeline.item.last_lane_rows
    assert all(rows[lane][0] >= screen[lane][0] and rows[lane][1] / scale >= 0.75 * screen[lane][1] for lane in on_screen)


def test_a_drag_of_the_lanes_settles_on_whole_lanes_that_fit_once_it_pauses(qtbot, logs_window):
    """pyqtgraph drags the view by any fraction of a lane; once the drag pauses the view shows the
    lanes that fit from the topmost, folded ones thin, as a scroll does."""
    from explorer.timeline.lanes import TOP_MARGIN

    timeline = logs_window.timeline
    timeline.scroll_to_lane(0)
    timeline.set_visible_range(_year(1950), _year(1951))  # logs 0 and 1 have events
    vb = timeline.vb
    vb.translateBy(y=9.3)  # what a mouse drag does, step by step
    vb.sigRangeChangedManually.emit(vb.state["mouseEnabled"])
    qtbot.waitUntil(lambda: vb.viewRange()[1][0] == pytest.approx(timeline.first_lane() - TOP_MARGIN))
    first, shown = timeline.first_lane(), timeline.lanes_in_view()
    assert first == 9 and vb.viewRange()[1][1] == pytest.approx(first + shown - 0.4)
    _paint(timeline)
    heights = [h for _rows, h in timeline.item.last_lane_rows.values()]
    assert max(heights) - min(heights) < 0.5 and min(heights) >= THIN_LANE_PX - 0.5  # none has events: even
    noted = {b.lane for b, _rect, _text in timeline.item.last_beyond}
    assert noted == set(_lanes_seen(timeline))  # each still says where its events are
    drawn = [_name_rects(timeline)[timeline.lane_axis.drawn()[lane]] for lane in _lanes_seen(timeline)]
    assert all(upper.bottom() <= lower.top() + 0.5 for upper, lower in zip(drawn, drawn[1:]))


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.floats(1945.0, 1965.0), years=st.floats(0.05, 25.0), lane=st.integers(0, N_DOCS - 1),
       height=st.integers(420, 1000))
def test_whatever_the_range_lane_and_window_the_lanes_fit_and_their_names_never_overlap(
        qtbot, logs_window, start, years, lane, height):
    timeline = logs_window.timeline
    logs_window.resize(1200, height)
    _settle(qtbot, timeline)  # laid out at the new height first (a resize reaches the plot later)
    timeline.set_visible_range(_seconds(start), _seconds(start + years))
    timeline.scroll_to_lane(lane)
    _paint(timeline)
    seen = _lanes_seen(timeline)
    assert lane in seen
    rows = timeline.item.last_lane_rows
    assert sum(h for _r, h in rows.values()) == pytest.approx(_plot_area(timeline).height(), abs=3)
    folded = timeline.item.last_folded
    assert all(rows[k][1] == pytest.approx(THIN_LANE_PX) for k in folded)
    assert all(rows[k][1] >= THIN_LANE_PX - 0.5 for k in seen)
    drawn = [_name_rects(timeline)[timeline.lane_axis.drawn()[k]] for k in seen]
    assert all(upper.bottom() <= lower.top() + 0.5 for upper, lower in zip(drawn, drawn[1:]))


def _settle(qtbot, timeline) -> None:
    """Wait until the plot's height stops changing (the window's layout settles over a few turns)."""
    heights = [-1.0]

    def steady() -> bool:
        qtbot.wait(30)
        heights.append(timeline.vb.height())
        return heights[-1] == heights[-2]

    qtbot.waitUntil(steady)


def _seconds(year: float) -> float:
    return (year - 1970.0) * 365.2425 * 86400.0
