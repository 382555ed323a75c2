"""The first view of a mixed folder. It was once the bulk of the events alone (the gold articles had
opened on 750 BC to AD 2100, every modern lane a dot); that left whole articles out of view without a
word (the WikiWars histories' BC lanes); then every lane was brought in, and the modern wars became
a sliver at the right of 600 BC to AD 2300. Now the first view is the dense part, and a lane with
nothing in it says at the plot's edge how many events lie beyond and when ("◀ 8 events, 750 BC –
400 BC"); a click there goes to them, and 0 twice shows the full extent."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from explorer.gui.formatting import day_start_seconds
from explorer.ingest import extract_paths

from .harbour_folder import council_news, harbour_folder, harbour_history
from .keys import K, press

HISTORY = harbour_history()


@pytest.fixture
def mixed(tmp_path):
    return harbour_folder(tmp_path, HISTORY, 1995)


def _on_screen(window, event_id: str) -> bool:
    """Whether the mark of ``event_id`` is drawn across the timeline's plot, where a reader sees it
    (its lane may need scrolling to: twenty-one lanes do not fit the window's height)."""
    pos = window.timeline.viewport_pos_of(event_id)
    return pos is not None and 0 <= pos.x() < window.timeline.plot.viewport().width()


def _ink_contrast(image, rect) -> float:
    """The WCAG contrast against the page of the darkest pixel drawn inside ``rect``: the ink a reader
    sees (a glyph's stem), compared with the white around it."""
    from PySide6.QtGui import QColor

    from explorer.gui.render.theme import contrast_ratio

    r = rect.toAlignedRect().intersected(image.rect())
    ink = min((image.pixelColor(x, y) for x in range(r.left(), r.right() + 1) for y in range(r.top(), r.bottom() + 1)),
              key=lambda c: c.lightnessF())
    return contrast_ratio(ink, QColor("#ffffff"))


def test_the_first_view_is_the_dense_part_and_a_far_lane_says_where_its_events_are(qtbot, make_window, mixed):
    window = make_window()
    window.add_documents(mixed)
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() > 80)
    history = [e.id for d in mixed if d.document.path.endswith("history.txt") for e in d.events]
    modern = [e.id for d in mixed if not d.document.path.endswith("history.txt") for e in d.events]
    assert len(history) == 8 and len(modern) == 80
    assert all(_on_screen(window, i) for i in modern)
    x0, x1 = timeline.visible_range()
    assert x1 - x0 < 40 * 365.25 * 86400  # twenty years of news fill the view, not three millennia
    assert not any(_on_screen(window, i) for i in history)
    history_lane = next(lane for lane, name in enumerate(timeline.lane_axis.labels()) if "harbour" in name.lower())
    timeline.scroll_to_lane(history_lane)  # 21 lanes do not fit the window's height
    qtbot.waitUntil(lambda: any(b.lane == history_lane for b, _r, _t in timeline.item.last_beyond))
    note, rect, text = next(x for x in timeline.item.last_beyond if x[0].lane == history_lane)
    assert text == "\u25c0 8 events, 750 BC \u2013 400 BC"
    assert rect.right() < timeline.plot.viewport().width() / 2  # at the left edge: they are earlier
    # small text in a lane's colour: at least WCAG's enhanced contrast (7:1), never a faint pastel
    assert _ink_contrast(timeline.plot.viewport().grab().toImage(), rect) >= 7.0  # legible, not a faint pastel
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.waitUntil(lambda: all(_on_screen(window, i) for i in history))
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_0)  # the fit again: the news
    assert all(_on_screen(window, i) for i in modern)
    press(qtbot, K.Key_0)  # again: everything
    assert all(_on_screen(window, i) for i in history + modern)


def test_a_few_old_mentions_in_a_modern_article_still_leave_the_first_view_to_the_bulk(qtbot, make_window, tmp_path):
    """Widening for a lane happens only when most of its events are out: a council article recalling
    two years of the 1850s does not squeeze twenty years of council news into a century and a half."""
    for i in range(20):
        (tmp_path / f"news-{i:02}.txt").write_text(council_news(i, 1995), encoding="utf-8")
    (tmp_path / "recall.txt").write_text(
        "Council recalls\n\nOn 3 March 2001 the council met. On 9 April 2002 it voted. On 2 June 2003 it voted again. "
        "On 5 May 2004 it met. The hall was built in 1851. It burned in 1856.\n", encoding="utf-8")
    documents = list(extract_paths([tmp_path]).documents)
    window = make_window()
    window.add_documents(documents)
    qtbot.waitUntil(lambda: window.timeline.mark_count() > 80)
    x0, x1 = window.timeline.visible_range()
    assert x0 >= day_start_seconds(date(1900, 1, 1)) and x1 <= day_start_seconds(date(2100, 1, 1))
    assert x0 <= day_start_seconds(date(1995, 3, 3)) and x1 >= day_start_seconds(date(2014, 9, 5))
