"""An article in which no event was found says so in its lane. Among thirty news files, a two-line
note whose only date is "by year-end" (no event, dated or not) kept a blank lane between the
others, which read as a drawing fault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.documents import Document
from explorer.gui.event_roles import EVENT_ROLE
from explorer.gui.render.label_drawing import NO_EVENTS_NOTE
from explorer.ingest import ExtractedDocument

from .conftest import build_corpus
from .keys import CTRL, K, press, selected


def test_a_lane_without_any_event_says_none_was_found_and_a_click_there_selects_nothing(qtbot, make_window):
    note = Document("/corpus/gamma.txt", "The board approved the merger and expects to close it by year-end.",
                    "Gamma merger note", None, "unknown")
    window = make_window()
    window.add_documents(build_corpus() + [ExtractedDocument(note, (), ())])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 5 and timeline.lane_count() == 3)
    timeline.plot.repaint()
    qtbot.waitUntil(lambda: bool(timeline.item.last_empty_notes))
    notes = timeline.item.last_empty_notes
    assert [text for _lane, _rect, text in notes] == [NO_EVENTS_NOTE]
    lane, rect, _text = notes[0]
    assert "Gamma" in timeline.lane_name(lane)
    assert timeline.item.last_undated_notes == []  # the lanes with events are not noted
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert selected(window) is None  # nothing to select: the note is only a note


@pytest.mark.parametrize("mode", ["actor", "place"])
def test_lanes_by_actor_or_place_without_a_match_go_under_a_filter_and_come_back(qtbot, annotated_window, mode):
    """Lanes by actor (or place) were kept whole under a filter: a screen of lanes each saying no
    event passed, the matches somewhere among them. As document lanes do, the lanes without a match
    now go while the filter is set, each lane left holds a match, and clearing it brings all back."""
    window = annotated_window
    timeline = window.timeline
    window.timeline_menus.lane_actions[mode].trigger()  # View ▸ Lanes ▸ By Actor / By Place
    qtbot.waitUntil(lambda: timeline.lane_count() > 3)
    lanes = timeline.lane_count()
    chosen = next(e for e in (window.model.event_at(r) for r in range(window.model.rowCount()))
                  if e.begin is not None and len(timeline.lanes_of(e)) == 1)
    name = timeline.lane_name(timeline.lanes_of(chosen)[0])
    press(qtbot, K.Key_L, CTRL)
    qtbot.keyClicks(window.table_panel.filter, chosen.title)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: 0 < window.proxy.rowCount() < window.model.event_count())
    qtbot.waitUntil(lambda: timeline.lane_count() < lanes)
    shown = {window.proxy.index(r, 0).data(EVENT_ROLE).id for r in range(window.proxy.rowCount())}
    names = [timeline.lane_name(i) for i in range(timeline.lane_count())]
    assert name in names  # the chosen event's lane stays
    for i in range(timeline.lane_count()):  # every lane left holds an event the filter passes
        assert {e.id for e in timeline.lane_events(i)} & shown, names[i]
    timeline.plot.repaint()
    assert not timeline.item.last_empty_notes  # no lane saying no event passes
    window.table_panel.filter.clear()
    qtbot.waitUntil(lambda: timeline.lane_count() == lanes)


def test_a_filter_whose_matches_lie_in_lanes_out_of_view_scrolls_the_lanes_to_them(qtbot, annotated_window):
    """Lanes by actor scrolled down, then the Filter narrowed to an event of the first actors: the
    view stayed on lanes each saying no event passes the filter, the matches out of sight."""
    window = annotated_window
    timeline = window.timeline
    window.resize(1000, 420)  # a short timeline: the lanes scroll
    qtbot.waitUntil(lambda: timeline.height() < 200)
    window.timeline_menus.lane_actions["actor"].trigger()
    qtbot.waitUntil(lambda: timeline.lane_count() > timeline.lanes_in_view())
    timeline.scroll_lanes(timeline.lane_count())  # the last lanes
    first, shown = timeline.first_lane(), timeline.lanes_in_view()
    chosen = next(e for e in (window.model.event_at(r) for r in range(window.model.rowCount()))
                  if e.begin is not None and all(lane < first for lane in timeline.lanes_of(e)))
    qtbot.keyClicks(window.table_panel.filter, chosen.title)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: 0 < window.proxy.rowCount() < window.model.event_count())
    qtbot.waitUntil(lambda: timeline.drawn_event_ids() and set(timeline.drawn_event_ids()) <= {
        window.proxy.index(r, 0).data(EVENT_ROLE).id for r in range(window.proxy.rowCount())})  # redrawn
    first, shown = timeline.first_lane(), timeline.lanes_in_view()
    assert any(first <= lane < first + shown for lane in timeline.lanes_of(chosen))
    pos = timeline.viewport_pos_of(chosen.id)
    assert pos is not None and timeline.plot.viewport().rect().contains(pos)  # its mark on screen
