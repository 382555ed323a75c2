"""Which lanes the timeline shows when there are more than fit, as plain arithmetic (no Qt).

The view shows at most :data:`MAX_VISIBLE_LANES` lanes with events and scrolls for the rest; these
say how many fit a height when every lane has events in view, and which lane comes first for a y
range (lane ``i`` at ``y = i``). Lanes with nothing in view fold to a thin band, so more of them fit:
:mod:`explorer.timeline.lane_fold` says which lanes a view shows and where it scrolls to.
"""

from __future__ import annotations

from explorer.timeline.lanes import TOP_MARGIN

#: With more lanes than this, the view shows this many and scrolls for the rest.
MAX_VISIBLE_LANES = 12
#: ...and fewer when the window is small: the lanes in view get at least this height on average, a
#: row of titles over each lane's marks and some to spare; the render item shares the height by the
#: rows each lane's titles fill, so a busy lane takes the room quiet lanes do not need.
MIN_LANE_PX = 38
#: Whatever the height, at least this many lanes are shown (they may then be too thin for titles).
MIN_LANES_SHOWN = 3
#: The plot's height that is not lanes: the date axis and the legend below it (about).
AXIS_AND_LEGEND_PX = 90


def lanes_in_view(n_lanes: int, area_px: float) -> int:
    """How many of ``n_lanes`` lanes a plot area ``area_px`` high shows at once: all of them if each
    gets :data:`MIN_LANE_PX`, else as many as get that much, at least :data:`MIN_LANES_SHOWN` and at
    most :data:`MAX_VISIBLE_LANES`."""
    fit = int(max(area_px, 0) // MIN_LANE_PX)
    return min(n_lanes, max(MIN_LANES_SHOWN, min(fit, MAX_VISIBLE_LANES)))


def first_lane_at(top: float) -> int:
    """The topmost lane in view when the view's y range starts at ``top``."""
    return max(0, int(round(top + TOP_MARGIN)))
