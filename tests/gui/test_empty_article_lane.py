"""An article in which no event was found says so in its lane. Among thirty news files, a two-line
note whose only date is "by year-end" (no event, dated or not) kept a blank lane between the
others, which read as a drawing fault."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.documents import Document
from explorer.gui.event_roles import EVENT_ROLE
from explorer.gui.render.label_drawing import NO_EVENTS_NOTE
from explorer.ingest import ExtractedDocument

from .conftest import build_corpus
from .keys import K, press, selected


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


def test_lanes_by_actor_left_empty_by_the_filter_say_so_not_that_an_article_had_none(qtbot, annotated_window):
    """Lanes by actor are kept whole under a filter; those it empties said "no event found in this
    article", down a screen of lanes that are no articles."""
    from explorer.gui.render.label_drawing import FILTERED_OUT_NOTE

    window = annotated_window
    timeline = window.timeline
    window.timeline_menus.lane_actions["actor"].trigger()  # View ▸ Lanes ▸ By Actor
    qtbot.waitUntil(lambda: timeline.lane_count() > 3)
    lanes = timeline.lane_count()
    chosen = next(e for e in (window.model.event_at(r) for r in range(window.model.rowCount()))
                  if e.begin is not None and len(timeline.lanes_of(e)) == 1)
    qtbot.keyClicks(window.table_panel.filter, chosen.title)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: 0 < window.proxy.rowCount() < window.model.event_count())
    assert timeline.lane_count() == lanes  # the lanes are kept
    timeline.plot.repaint()
    qtbot.waitUntil(lambda: bool(timeline.item.last_empty_notes))
    texts = {text for _lane, _rect, text in timeline.item.last_empty_notes}
    assert texts == {FILTERED_OUT_NOTE}


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
