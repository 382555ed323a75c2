"""An ancient history's one remark on a later century ("The popular story … was invented in the
nineteenth century", 1801–1899) was all the first view of twelve histories showed of it: a pink
century bar titled as if it were the lane's story, and no note of its forty real events, since a lane
with something in view got none (h37g-shots/ww-first.png). A lane whose marks in view are only such
background (spans of more than a decade) while most of its events lie beyond
now says at the plot's edge where they are, over its bar, and the bar takes no title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .harbour_folder import harbour_folder, harbour_history

HISTORY = harbour_history("The popular tale that its fields were salted was invented in the nineteenth century.")


@pytest.fixture
def folder(tmp_path):
    return harbour_folder(tmp_path, HISTORY, 1870)


def test_a_lane_showing_only_a_vague_century_names_its_real_events_at_the_edge(qtbot, make_window, folder):
    window = make_window()
    window.add_documents(folder)
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() > 80)
    history = next(d for d in folder if d.document.path.endswith("history.txt"))
    century = next(e for e in history.events if e.begin is not None and e.begin.year in (1800, 1801))
    assert century.end.year == 1899  # the tagger's reading of "the nineteenth century" (1801-1899 since session 47)
    x0, x1 = timeline.visible_range()
    assert x1 - x0 < 60 * 365.25 * 86400  # the first view is the news of 1870-1889, the century in it
    history_lane = next(lane for lane, name in enumerate(timeline.lane_axis.labels()) if "harbour" in name.lower())
    timeline.scroll_to_lane(history_lane)
    item = timeline.item
    qtbot.waitUntil(lambda: any(b.lane == history_lane for b, _r, _t in item.last_beyond))
    _note, rect, text = next(x for x in item.last_beyond if x[0].lane == history_lane)
    assert text == "\u25c0 8 events, 750 BC \u2013 400 BC"
    # the century's bar is still drawn, but its title is not the lane's: no label over it
    assert timeline.viewport_pos_of(century.id) is not None
    assert not [b for b in item.last_labels if b.lane == history_lane]
    assert history_lane in item.last_quiet
    # the news lanes, whose events are in view, keep their titles
    assert any(b.lane != history_lane for b in item.last_labels)
    # and the note is a way there, as an empty lane's is
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    real = [e.id for e in history.events if e.id != century.id and e.begin is not None]
    qtbot.waitUntil(lambda: all(
        (p := timeline.viewport_pos_of(i)) is not None and 0 <= p.x() < timeline.plot.viewport().width() for i in real))
    qtbot.waitUntil(lambda: history_lane not in item.last_quiet)
