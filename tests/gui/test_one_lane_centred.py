"""One lane (or a few) left by a filter sits in the middle of the plot, not on its floor: the lanes
share the view's height, and the room a lane's marks and labels do not need is shared above and
below them (:func:`explorer.timeline.lanes.lane_mark_ys`). On the TimeBank files filtered to one
actor the marks and their labels sat at the bottom edge under two thirds of empty plot."""

from __future__ import annotations

import pytest

from .test_linking import row_of_title
from .test_source_follows_filter import type_filter
from explorer.gui.event_roles import EVENT_ROLE


def _mark_height_share(window, fragment: str) -> float:
    """How far down the plot's data area the mark of the event whose sentence has ``fragment`` is
    drawn: 0 at its top, 1 at its bottom."""
    timeline = window.timeline
    event = window.proxy.index(row_of_title(window, fragment), 0).data(EVENT_ROLE)
    pos = timeline.viewport_pos_of(event.id)
    area = timeline.plot.mapFromScene(timeline.vb.sceneBoundingRect()).boundingRect()
    return (pos.y() - area.top()) / area.height()


@pytest.mark.parametrize("word, fragment", [("Kabul", "treaty was signed"), ("region", "changed the region"),
                                            ("January", "first contacts")])
def test_the_one_lane_a_filter_leaves_sits_mid_plot(qtbot, window, word, fragment):
    type_filter(qtbot, window, word)
    qtbot.waitUntil(lambda: window.timeline.lane_count() == 1)
    window.timeline.plot.viewport().grab()  # painted: the lanes are placed
    share = _mark_height_share(window, fragment)
    assert 0.3 < share < 0.8, share  # not on the floor (was above 0.9), labels above it have room


def test_two_lanes_share_the_spare_room_evenly(qtbot, window):
    window.timeline.plot.viewport().grab()
    alpha, beta = _mark_height_share(window, "treaty was signed"), _mark_height_share(window, "first contacts")
    top, bottom = sorted((alpha, beta))
    assert 0.1 < top < 0.5 < bottom < 0.9, (alpha, beta)  # one in each half, neither on the floor
