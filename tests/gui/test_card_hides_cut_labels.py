"""Where no place beside the selected mark is free of labels (lanes wall-to-wall with titles and
badges), the selection's card covers some: a label it would cut is left out rather than shown in
part (the last words of a title beside the card, half a badge, read as a broken label), and the
card never sits over the badge counting the selected event's own cluster. Walked with the Right
key over every event of two crowded folders that differ in words, rhythm and years."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from explorer.documents import Document
from explorer.gui.formatting import day_start_seconds
from explorer.ingest import ExtractedDocument

from .conftest import _event
from .keys import K, press


def _logs(kind: str, what: str, start: date, every: int, n_docs: int, per_doc: int) -> list[ExtractedDocument]:
    out = []
    for i in range(n_docs):
        days = [start + timedelta(days=every * k + 3 * i) for k in range(per_doc)]
        sentences = [f"On {d.day} {d:%B} {d.year} the {kind} {i} {what} number {k}." for k, d in enumerate(days)]
        doc = Document(f"/{kind}/log{i:02d}.txt", " ".join(sentences), f"{kind.title()} log {i:02d}",
                       date(2020, 1, 1), "header")
        pairs = [_event(doc, s, f"{d.day} {d:%B} {d.year}", d.isoformat(), d, d) for s, d in zip(sentences, days)]
        out.append(ExtractedDocument(doc, tuple(t for _e, t in pairs), tuple(e for e, _t in pairs)))
    return out


def _paint(timeline) -> None:  # noqa: ANN001
    for _ in range(3):
        QApplication.processEvents()
        timeline.plot.viewport().repaint()


def _own_labels(timeline, event_id: str) -> list:  # noqa: ANN001
    """Where the labels drawn for the selected event's own mark are (the badge of its cluster)."""
    positions = np.flatnonzero(timeline.arr.row == timeline.model.key_of(event_id))
    item = timeline.item
    return [r for b, r in zip(item.last_labels, item.label_rects(shown_only=True)) if np.isin(b.members, positions).any()]


def _cut(label, card) -> bool:  # noqa: ANN001
    common = label.intersected(card)
    return not common.isEmpty() and common.height() >= 0.4 * label.height() and not card.contains(label)


@pytest.mark.parametrize(("kind", "what", "start", "every"), [
    ("ferry", "crossed with a heavy freight load", date(1975, 1, 4), 9),
    ("market", "reported the price of grain at the harbour", date(1931, 3, 2), 11),
])
def test_a_card_in_a_crowded_view_cuts_no_label_shown(make_window, qtbot, kind, what, start, every):
    window = make_window()
    window.add_documents(_logs(kind, what, start, every, n_docs=6, per_doc=30))
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.lane_count() == 6)
    timeline.set_visible_range(day_start_seconds(start), day_start_seconds(start + timedelta(days=200)))
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_Home)
    cards = covered = 0
    for _ in range(24):
        press(qtbot, K.Key_Right)
        _paint(timeline)
        card = timeline.highlight.last_card
        if card is None:
            continue
        cards += 1
        covered += len(timeline.item.last_covered)
        stubs = timeline.item.stub_rects()  # the selected event's own title cut short: the card says it instead
        shown = [r for r in timeline.item.label_rects(shown_only=True) if r not in stubs]
        assert not [r for r in shown if _cut(r, card)], window.selection.current_event().title
        selected = window.selection.current_event()
        assert not [r for r in _own_labels(timeline, selected.id) if r.intersects(card) and r not in stubs], selected.title
    assert cards >= 8 and covered  # the crowded case arose (else this test shows nothing)
