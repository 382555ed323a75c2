"""Lane geometry: lanes are fixed vertically (the user pans and zooms in time), lane 0 at the top."""

from __future__ import annotations


def lane_y_range(lane_count: int) -> tuple[float, float]:
    """Half a lane of margin above the first and below the last lane."""
    return -0.6, max(lane_count, 1) - 0.4
