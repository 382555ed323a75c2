"""Zoomed out, a lane with room for one label row showed a cluster's count alone ("124") wherever
the plot's right edge or the next badge took the room after it (WikiWars' Iraq, Korean and Vietnam
wars): the reader saw numbers, not what happened. The most important member's title now stands
before the badge when the room is there."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.ingest import ExtractedDocument

from .conftest import _event



def _council(n: int) -> ExtractedDocument:
    """A council's record: a meeting a year for ten years, then, years later, a crowd of meetings in
    one week of December (at the plot's right edge)."""
    days = [date(1992 + i, 3, 1 + n) for i in range(10)] + [date(2010, 12, 10 + i % 6) for i in range(12)]
    sentences = [f"On {d.day} {d:%B} {d.year} council {n} held meeting {i}." for i, d in enumerate(days)]
    text = " ".join(sentences)
    doc = Document(f"/corpus/council{n}.txt", text, f"Council {n}", date(2011, 1, 1), "header")
    pairs = [_event(doc, s, f"{d.day} {d:%B} {d.year}", d.isoformat(), d, d) for s, d in zip(sentences, days)]
    return ExtractedDocument(doc, tuple(t for _, t in pairs), tuple(e for e, _ in pairs))


def test_single_row_lanes_title_their_badges_at_the_right_edge(qtbot, make_window):
    window = make_window()
    window.add_documents([_council(n) for n in range(14)])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 14 * 22)
    timeline.plot.repaint()
    qtbot.wait(50)
    item = timeline.item
    single = [lane for lane, (rows, _h) in item.last_lane_rows.items() if rows == 1]
    assert single, item.last_lane_rows
    badges = [b for b in item.last_labels if b.is_cluster and b.lane in single]
    assert badges
    bare = [b.text for b in badges if not b.caption]
    assert not bare, f"badges with no title beside them: {bare}"
    assert any(b.caption_left for b in badges)  # the room after them was taken: titled before them
    # and painted so: the caption's text left of its count badge
    rects = dict(zip([id(b) for b in item.last_labels], item.label_rects()))
    before = next(b for b in badges if b.caption_left)
    assert rects[id(before)].width() > before.pill + 20
