"""The timeline's public API that keyboard navigation builds on: pan, emphasis, lanes, range signal, focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


def test_pan_moves_by_a_fraction_of_the_width(window):
    tl = window.timeline
    x0, x1 = tl.visible_range()
    tl.pan(0.25)
    a, b = tl.visible_range()
    assert a == pytest.approx(x0 + (x1 - x0) * 0.25) and b - a == pytest.approx(x1 - x0)
    tl.pan(-0.5)
    assert tl.visible_range()[0] == pytest.approx(x0 - (x1 - x0) * 0.25)


def test_visible_range_changed_is_emitted(qtbot, window):
    tl = window.timeline
    with qtbot.waitSignal(tl.visibleRangeChanged) as blocker:
        tl.zoom(0.5)
    a, b = blocker.args
    assert (a, b) == pytest.approx(tl.visible_range())


def test_lanes_by_document(window):
    tl = window.timeline
    assert tl.lane_count() == 2
    assert [tl.lane_name(i) for i in range(2)] == ["Alpha alliance history", "Beta regional report"]
    beta = tl.lane_events(1)
    assert [e.timex for e in beta] == ["1997-2004", "12 January 1998"]  # sorted by begin, undated left out
    assert tl.lanes_of(beta[0]) == [1]


def test_emphasis_round_trip(window):
    tl = window.timeline
    first = tl.lane_events(0)[0]
    tl.set_emphasis({first.id})
    assert tl.emphasis() == {first.id}
    tl.set_emphasis(None)
    assert tl.emphasis() is None


def test_focus_is_visibly_marked(qtbot, window):
    tl = window.timeline
    assert tl.focusPolicy() == Qt.FocusPolicy.StrongFocus
    window.table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: not tl.hasFocus())
    assert not tl.has_focus_frame()
    before = tl.grab().toImage()
    tl.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(tl.hasFocus)
    assert tl.has_focus_frame()
    after = tl.grab().toImage()
    assert after.pixelColor(0, tl.height() // 2) != before.pixelColor(0, tl.height() // 2)
