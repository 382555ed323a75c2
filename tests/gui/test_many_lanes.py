"""More lanes than fit: the selected event's lane is always brought into view; a scroll bar, Page
Up/Down and Shift+wheel scroll the lanes; the overview shows where the selection is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from explorer.ingest import ExtractedDocument

from .keys import SHIFT, K, press, selected
from .test_monkey import monkey_corpus


def _in_view(timeline, lane: int) -> bool:
    top, bottom = sorted(timeline.vb.viewRange()[1])
    return top <= lane <= bottom


def test_the_selected_events_lane_is_scrolled_into_view(qtbot, lanes_window):
    timeline = lanes_window.timeline
    assert timeline.lane_scroll.isVisible() and timeline.overview.isVisible()
    assert not _in_view(timeline, 19)
    for _ in range(25):  # Down walks the lanes to the last document (and stays there)
        press(qtbot, K.Key_Down)
    event = selected(lanes_window)
    lane = timeline.lanes_of(event)[0]
    assert lane == 19 and _in_view(timeline, 19)
    assert timeline.lane_axis.drawn()[19] == timeline.lane_name(19)  # its name is drawn too
    assert timeline.overview.state()[2] == 19  # the overview marks it
    assert timeline.lane_scroll.value() == timeline.first_lane() > 0
    press(qtbot, K.Key_Home)  # the first event in time, wherever its lane is
    lane = timeline.lanes_of(selected(lanes_window))[0]
    assert _in_view(timeline, lane) and timeline.overview.state()[2] == lane


def test_selecting_in_the_table_scrolls_the_lanes(qtbot, lanes_window):
    timeline, table = lanes_window.timeline, lanes_window.table
    model, proxy = lanes_window.model, table.model()
    last_doc = model.documents[-1].document.path
    row = next(r for r in range(proxy.rowCount())
               if (e := model.event_at(proxy.mapToSource(proxy.index(r, 0)).row())).doc == last_doc and e.begin)
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, 1))
    assert _in_view(timeline, 19)


def test_page_down_page_up_and_shift_wheel_scroll_the_lanes(qtbot, lanes_window):
    timeline = lanes_window.timeline
    assert timeline.first_lane() == 0
    shown = timeline.lanes_in_view()
    assert 3 <= shown < 20
    press(qtbot, K.Key_PageDown)
    assert timeline.first_lane() == shown - 1  # a page, keeping one lane of context
    for _ in range(5):
        press(qtbot, K.Key_PageDown)
    assert timeline.first_lane() == 20 - shown and _in_view(timeline, 19)  # the last page
    for _ in range(6):
        press(qtbot, K.Key_PageUp)
    assert timeline.first_lane() == 0
    viewport = timeline.plot.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    x_before = timeline.visible_range()
    ev = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                     Qt.MouseButton.NoButton, SHIFT, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, ev)
    assert timeline.first_lane() == 3
    assert timeline.visible_range() == pytest.approx(x_before)  # time did not zoom
    timeline.lane_scroll.setValue(6)  # the scroll bar
    assert timeline.first_lane() == 6
    qtbot.mouseClick(timeline.overview, Qt.MouseButton.LeftButton, pos=QPoint(5, timeline.overview.height() - 2))
    assert _in_view(timeline, 19)


def _crowded_at_first_event(qtbot, make_window):
    """Four lanes of 150 events each, the timeline focused and its first event selected."""
    window = make_window()
    window.add_documents(monkey_corpus(n_docs=4, per_doc=150))
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.lane_count() == 4)
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_Home)
    return window, timeline


def test_the_selection_always_shows_its_title_date_and_document(qtbot, make_window):
    """Whatever the crowding, the selected event shows its title: its own label, or else a card."""
    window, timeline = _crowded_at_first_event(qtbot, make_window)
    cards = 0
    for _ in range(12):
        press(qtbot, K.Key_Right)
        event = selected(window)
        timeline.plot.grab()
        own = [b for b in timeline.item.last_labels
               if not b.is_cluster and event.title.startswith(b.text.rstrip("\u2026"))
               and timeline.model.event_by_key(int(timeline.arr.row[b.members[0]])).id == event.id]
        card = timeline.highlight.last_card
        assert bool(own) != (card is not None)  # one or the other, never neither
        if card is not None:
            cards += 1
            title, detail = timeline.highlight.card_text()
            assert title == event.title
            assert str(event.begin.year) in detail and "Monkey document" in detail
            view_box = timeline.plot.mapFromScene(timeline.vb.sceneBoundingRect()).boundingRect()
            assert view_box.adjusted(-1, -1, 1, 1).contains(card.toRect())  # whole, inside the plot area
    assert cards, "600 events over 120 years: some selections have no room for their own label"


def test_with_room_the_selection_keeps_its_own_label_and_needs_no_card(qtbot, window):
    timeline = window.timeline
    timeline.setFocus()
    press(qtbot, K.Key_End)
    event = selected(window)
    press(qtbot, K.Key_Period)  # zoomed to it: room for its own title
    timeline.plot.grab()
    drawn = [b for b in timeline.item.last_labels if not b.is_cluster and event.title.startswith(b.text.rstrip("\u2026"))]
    assert drawn and timeline.highlight.last_card is None


def test_one_click_on_a_cluster_of_eight_opens_it(qtbot, make_window):
    import dataclasses
    from datetime import date, timedelta

    from explorer.gui.formatting import day_start_seconds

    docs = monkey_corpus(n_docs=1, per_doc=8)
    doc = docs[0]
    eight = tuple(dataclasses.replace(e, begin=date(2003, 5, 1) + timedelta(days=i), end=date(2003, 5, 1) + timedelta(days=i),
                                      title=f"Meeting {i}") for i, e in enumerate(doc.events))
    window = make_window()
    window.add_documents([dataclasses.replace(doc, events=eight)])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 8)
    timeline.set_visible_range(day_start_seconds(date(1990, 1, 1)), day_start_seconds(date(2015, 1, 1)))
    timeline.plot.viewport().repaint()
    box = max((b for b in timeline.item.last_labels if b.is_cluster), key=lambda b: b.count)
    assert box.count >= 3  # (the most important members may already have titles in the rows above)
    left, lane_y, base = timeline.item.last_geometry[2], timeline.item.last_geometry[4], timeline.item.last_geometry[5]
    pos = QPoint(int(left + box.left + min(box.pill or box.width, box.width) / 2), int(lane_y[box.lane] + base - 4))
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    timeline.plot.viewport().repaint()
    labels = timeline.item.last_labels
    assert not any(b.is_cluster for b in labels)
    titled = {int(b.members[0]) for b in labels}
    assert set(box.members.tolist()) <= titled  # every member of the cluster has its title after one click



def _doc(path: str, dated: list) -> ExtractedDocument:
    """A document whose sentences are ``(title, day)`` pairs, each one event."""
    from datetime import date

    from explorer.documents.document import Document
    from explorer.events.record import Event
    from explorer.ingest.extract import ExtractedDocument

    events, sentences, pos = [], [], 0
    for title, day in dated:
        sentence = f"{title} on {day.isoformat()}."
        start = pos + sentence.index(day.isoformat())
        events.append(Event(
            id=f"{path}#{start}", doc=path, title=title, sentence=sentence, sentence_start=pos,
            sentence_end=pos + len(sentence), timex=day.isoformat(), timex_start=start,
            timex_end=start + len(day.isoformat()), value=day.isoformat(), type="DATE", begin=day, end=day,
            certainty="exact"))
        sentences.append(sentence)
        pos += len(sentence) + 1
    return ExtractedDocument(Document(path, " ".join(sentences), path, date(2020, 1, 1), "header"), (), tuple(events))


def test_a_lane_with_stacked_labels_is_drawn_taller_and_named_beside_its_marks(qtbot, make_window):
    """One document tells many events of one month (its titles stack into rows), the other two far
    apart: the busy lane gets the height of its rows, the quiet one little more than its marks, the
    lane axis names each lane where its marks are drawn and the selection ring sits on them."""
    from datetime import date

    busy = [(f"Busy event number {i} happens", date(2001, 1, 1 + 2 * i)) for i in range(6)]
    busy.append(("Far away", date(2009, 1, 1)))
    quiet = [("Quiet event", date(2005, 6, 1)), ("Another quiet one", date(2008, 6, 1))]
    window = make_window()
    window.add_documents([_doc("/t/busy.txt", busy), _doc("/t/quiet.txt", quiet)])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 9)
    timeline.plot.repaint()
    qtbot.wait(20)
    item = timeline.item
    rows: dict[int, int] = {}
    for b in item.last_labels:
        rows[b.lane] = max(rows.get(b.lane, 0), b.row + 1)
    assert rows[0] >= 3 and rows[1] == 1, rows  # the busy lane's titles stacked into rows
    y0, y1 = item.lane_positions[0], item.lane_positions[1]
    scene_y = lambda y: timeline.vb.mapViewToScene(QPointF(0.0, y)).y()  # noqa: E731
    # the busy lane is the taller by its extra rows (the room neither needs is shared evenly, and
    # each lane's marks and rows sit in the middle of its height: lane_mark_ys)
    (busy_rows, busy_h), (quiet_rows, quiet_h) = item.last_lane_rows[0], item.last_lane_rows[1]
    assert busy_rows >= 3 and quiet_rows == 1
    assert busy_h - quiet_h >= (busy_rows - quiet_rows) * item._row_h - 0.5, (busy_h, quiet_h)
    assert timeline.lane_axis.position(0) == y0 and timeline.lane_axis.position(1) == y1
    for lane, y in ((0, y0), (1, y1)):
        event_id = window.model.event_at(0).id if lane == 0 else None
        path = "/t/busy.txt" if lane == 0 else "/t/quiet.txt"
        event_id = next(window.model.event_by_key(k).id for k in range(window.model.key_count())
                        if window.model.event_by_key(k).doc == path)
        assert abs(timeline.viewport_pos_of(event_id).y() - timeline.plot.mapFromScene(QPointF(0.0, scene_y(y))).y()) <= 1


def test_the_selection_card_covers_no_label_where_a_place_beside_the_mark_is_free(qtbot, make_window):
    """The card goes right or left of the mark, below or above it: where it hides no neighbour's
    label if one of those four places is free (it used to go right and below whatever was there)."""
    from PySide6.QtCore import QRectF

    from explorer.gui.timeline.items import BAR_HALF_PX, CARD_GAP_PX

    window, timeline = _crowded_at_first_event(qtbot, make_window)
    # Home keeps the first view (its first event is on screen, at the left edge, where no card fits
    # left of a mark): pan left so the first events have room on both sides, as Home's re-centring gave
    for _ in range(4):
        press(qtbot, K.Key_Left, SHIFT)
    checked = 0
    for _ in range(40):
        press(qtbot, K.Key_Right)
        timeline.plot.grab()
        card = timeline.highlight.last_card
        if card is None:
            continue
        labels = timeline.item.label_rects()
        x0, x1, lane, _span = timeline.highlight.target()
        to_px = lambda x: timeline.vb.mapViewToDevice(QPointF(x, timeline.item.lane_view_y(lane)))  # noqa: E731
        a, b = to_px(x0), to_px(x1)
        w, h = card.width(), card.height()
        view = timeline.vb.mapRectToDevice(timeline.vb.boundingRect())
        places = [QRectF(x, y, w, h) for y in (a.y() + BAR_HALF_PX + 3, a.y() - BAR_HALF_PX - 3 - h)
                  for x in (max(b.x(), view.left()) + CARD_GAP_PX, a.x() - CARD_GAP_PX - w)]
        free = [p for p in places if view.contains(p) and not any(p.intersects(r) for r in labels)]
        if free:
            checked += 1
            assert not any(card.intersects(r) for r in labels), (card, [r for r in labels if card.intersects(r)])
    assert checked, "some cards had a free place beside their mark"
