"""Which lanes the timeline shows when there are more than fit, as plain arithmetic (no Qt).

The view shows at most :data:`MAX_VISIBLE_LANES` lanes and scrolls for the rest; these functions say
how many fit a height, which lane comes first, and the y range (lane ``i`` at ``y = i``) that shows
them, so the tests can check the scrolling rules without a window.
"""

from __future__ import annotations

from explorer.timeline.lanes import TOP_MARGIN, lane_y_range

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


def first_lane_for(lane: int, first: int, shown: int, n_lanes: int) -> int:
    """The first lane to show so ``lane`` is in view, moving as little as possible from ``first``."""
    if lane < first:
        first = lane
    elif lane >= first + shown:
        first = lane - shown + 1
    return max(0, min(first, max(n_lanes - shown, 0)))


def first_lane_at(top: float) -> int:
    """The topmost lane in view when the view's y range starts at ``top``."""
    return max(0, int(round(top + TOP_MARGIN)))


def lane_window(first: int, n_lanes: int, shown: int) -> tuple[int, tuple[float, float]]:
    """The first lane actually shown (``first`` kept within the lanes) and the y range showing
    ``shown`` lanes from it; every lane's range when they all fit."""
    if n_lanes <= shown:
        return 0, lane_y_range(n_lanes)
    first = max(0, min(first, n_lanes - shown))
    return first, (first - TOP_MARGIN, first + shown - 0.4)
