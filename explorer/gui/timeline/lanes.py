"""Lane geometry: lanes are fixed vertically (the user pans and zooms in time), lane 0 at the top."""

from __future__ import annotations


#: Room above the first lane's marks (in lanes): its stacked label rows must not be cut off.
TOP_MARGIN = 0.9


def lane_y_range(lane_count: int) -> tuple[float, float]:
    """Room above the first lane for its labels, half a lane below the last."""
    return -TOP_MARGIN, max(lane_count, 1) - 0.4
