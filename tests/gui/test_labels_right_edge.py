"""Zoomed out over centuries (WikiWars' first view runs from 500 BC to 2200), the recent events of
every lane crowd at the plot's right edge. A label that does not fit right of its mark hangs left
of it or is left out, never shortened by the edge ("Germany and Slovaki…"); the same holds for a
cluster's caption, and for the exported image, which paints the same labels."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from explorer.documents import Document
from explorer.ingest import ExtractedDocument
from explorer.timeline.labels import elide_to

from .conftest import _event
from .keys import K, press

ELLIPSIS = "\u2026"
#: The longest title a label shows (``max_label_px`` in :mod:`explorer.timeline.placement`).
LONGEST_LABEL_PX = 220
#: Each lane's titles (all shorter than the longest title a label shows, so only the edge could
#: shorten one), the first of them dated far back so the first view spans centuries.
TITLES = ("The old kingdom is founded", "Germany and Slovakia attack Poland", "The Soviets launch an invasion",
          "The armistice is signed", "The republic holds elections")


def _war(n: int) -> ExtractedDocument:
    """A history with one event in the 1100s and four in the twentieth century (years, not days)."""
    years = (1100 + 40 * n, 1939 + 5 * n, 1941 + 5 * n, 1945 + 5 * n, 1990 + 2 * n)
    sentences = [f"In {y} event {i} of war {n} happened." for i, y in enumerate(years)]
    text = " ".join(sentences)
    doc = Document(f"/corpus/war{n}.txt", text, f"War {n}", date(2001, 1, 1), "header")
    pairs = [_event(doc, s, str(y), f"{y:04d}", date(y, 1, 1), date(y, 12, 31)) for s, y in zip(sentences, years)]
    events = [replace(event, title=f"{title} ({n})") for (event, _), title in zip(pairs, TITLES)]
    return ExtractedDocument(doc, tuple(t for _, t in pairs), tuple(events))


def _cut_by_the_edge(item) -> list[str]:
    """Labels the last paint shortened although they end at the plot's right edge, or that run past it.
    A title longer than the longest label (:data:`LONGEST_LABEL_PX`; "Germany and Slovakia attack
    Poland (0)" is, in some fonts) is shortened to it wherever it stands: that is no cut by the edge."""
    _vx0, _vx1, _left, width, *_ = item.last_geometry
    arr = item.events
    bad = []
    for b in item.last_labels:
        if b.left < -1e-6 or b.right > width + 1e-6:
            bad.append(f"outside the plot: {b.text!r} {b.caption!r}")
        shown = b.caption if b.is_cluster else b.text
        if shown.endswith(ELLIPSIS) and b.right > width - 40:  # shortened, and nothing after it but the edge
            full = arr.titles[int(arr.row[b.members[0]])]
            if b.is_cluster or shown != elide_to(full, LONGEST_LABEL_PX * item.pixel_scale, item._measure):
                bad.append(f"cut by the edge: {shown!r}")
    return bad


def test_labels_at_the_right_edge_hang_left_or_are_left_out(qtbot, make_window):
    window = make_window()
    window.add_documents([_war(n) for n in range(6)])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 30)
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_End)  # the user selects the last event: the view stays the centuries-wide first view
    x0, x1 = timeline.visible_range()
    assert x1 - x0 > 500 * 365 * 86400.0
    timeline.plot.repaint()
    qtbot.wait(50)
    item = timeline.item
    assert item.last_labels
    assert not _cut_by_the_edge(item), _cut_by_the_edge(item)
    # the recent titles that had no room on their right are read left of their marks
    titles = [b for b in item.last_labels if not b.is_cluster]
    assert any(b.right <= b.anchor for b in titles), [(b.text, b.left, b.anchor) for b in titles]
    # zoomed out one more step (the user presses minus) the edge still cuts nothing
    press(qtbot, K.Key_Minus)
    timeline.plot.repaint()
    qtbot.wait(50)
    assert not _cut_by_the_edge(item), _cut_by_the_edge(item)


def test_the_exported_image_cuts_no_label_at_the_edge(qtbot, make_window):
    from explorer.gui.render.figure import make_figure

    window = make_window()
    window.add_documents([_war(n) for n in range(6)])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 30)
    fig = make_figure(timeline.item.events, size=(1000, 500), x_range=timeline.visible_range())
    try:
        fig.widget.grab()
        assert fig.item.last_labels
        assert not _cut_by_the_edge(fig.item), _cut_by_the_edge(fig.item)
    finally:
        fig.close()
