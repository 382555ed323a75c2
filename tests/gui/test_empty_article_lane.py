"""An article in which no event was found says so in its lane. Among thirty news files, a two-line
note whose only date is "by year-end" (no event, dated or not) kept a blank lane between the
others, which read as a drawing fault."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.documents import Document
from explorer.gui.render.label_drawing import NO_EVENTS_NOTE
from explorer.ingest import ExtractedDocument

from .conftest import build_corpus
from .keys import selected


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
