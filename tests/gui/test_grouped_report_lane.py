"""An article whose only event is drawn as another article's report of the same happening (a group
shows once, in its first source's lane) said "no event found in this article" in its own lane:
two files with the same council meeting, one lane said the article had no event at all."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.entities.grouping import EventGroup
from explorer.gui.render.label_drawing import NO_EVENTS_NOTE, elsewhere_note
from explorer.ingest import ExtractedDocument

from .conftest import _event, build_corpus

TEXT = "On 5 May 2003 the treaty was signed in Kabul by both sides."


def _retelling() -> ExtractedDocument:
    doc = Document("/corpus/gamma.txt", TEXT, "Gamma wire report", date(2003, 5, 6), "header")
    event, timex = _event(doc, TEXT, "5 May 2003", "2003-05-05", date(2003, 5, 5), date(2003, 5, 5))
    return ExtractedDocument(doc, (timex,), (event,))


def _notes(qtbot, timeline) -> list[tuple[str, str]]:
    timeline.refresh()
    timeline.plot.repaint()
    qtbot.wait(30)
    return [(timeline.lane_name(lane), text) for lane, _rect, text in timeline.item.last_empty_notes]


def test_a_lane_whose_event_is_drawn_with_another_report_says_so_not_no_event(qtbot, make_window):
    corpus = build_corpus()
    window = make_window()
    window.add_documents(corpus + [_retelling()])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 6 and timeline.lane_count() == 3)
    assert _notes(qtbot, timeline) == []  # not grouped yet: every lane has its mark
    treaty = next(e for e in corpus[0].events if "treaty" in e.sentence)
    gamma = _retelling().events[0]
    window.model.set_groups([EventGroup("g1", (treaty.id, gamma.id), (treaty.doc, gamma.doc),
                                        ((treaty.begin, treaty.end),), False, 1.0)])
    qtbot.waitUntil(lambda: timeline.mark_count() == 5)
    notes = _notes(qtbot, timeline)
    assert len(notes) == 1 and "Gamma" in notes[0][0], notes
    assert notes[0][1] == elsewhere_note(1) != NO_EVENTS_NOTE
    assert "another article" in elsewhere_note(1) and elsewhere_note(3).startswith("3 events")
