"""The user's stars on the timeline: a gold star over each starred event's mark, at every zoom.

A star is the user's own word that an event matters, so it must read wherever the event is drawn.
Zoomed out, labels compete for room (a starred event's may lose) and marks merge into cluster badges
and density bands; the star is therefore drawn apart from both, over the event's mark (the middle of
its bar), in every lane the event is drawn in, whatever the level of detail. It is a filled polygon
with a dark outline (readable on the yellow lane colour too), so SVG and PDF exports draw it as the
screen does.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

#: The star's fill: a gold that is none of the lane colours (explorer.timeline.lanes.PALETTE).
STAR_FILL = "#ffb000"
#: Tip to tip, in pixels at scale 1: wider than a day's dot (8 px), so a star covers its mark.
STAR_PX = 15.0
#: Inner radius of the star's points, as a share of the outer.
_INNER = 0.45


def star_positions(rows: np.ndarray, starred_by_key: np.ndarray | None) -> np.ndarray:
    """The array positions whose model key (``rows``) is starred (``starred_by_key``, a flag by key;
    keys past its end are not starred)."""
    rows = np.asarray(rows, np.int64)
    if starred_by_key is None or not len(rows) or not starred_by_key.any():
        return np.zeros(0, np.int64)
    flags = np.zeros(len(rows), bool)
    inside = rows < len(starred_by_key)
    flags[inside] = starred_by_key[rows[inside]]
    return np.flatnonzero(flags)


#: Up to this many keys starred or unstarred at once are looked up one by one: a star toggle at 1M
#: events then costs a comparison or two (about 1 ms), not a lookup of every mark (20 ms).
FEW_CHANGES = 16


def restarred(rows: np.ndarray, old: np.ndarray | None, new: np.ndarray | None,
              positions: np.ndarray) -> np.ndarray:
    """``star_positions(rows, new)``, given ``positions == star_positions(rows, old)``: only the keys
    whose flag changed are looked up when they are few."""
    if old is None or new is None or len(old) != len(new):
        return star_positions(rows, new)
    changed = np.flatnonzero(old != new)
    if not len(changed):
        return positions
    if len(changed) > FEW_CHANGES:
        return star_positions(rows, new)
    rows = np.asarray(rows, np.int64)
    for key in changed.tolist():
        hits = np.flatnonzero(rows == key)
        positions = np.union1d(positions, hits) if new[key] else np.setdiff1d(positions, hits, assume_unique=True)
    return positions.astype(np.int64, copy=False)


def star_polygon(cx: float, cy: float, outer: float) -> QPolygonF:
    """A five-pointed star centred on ``(cx, cy)``, one point up, ``outer`` from centre to tip."""
    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else outer * _INNER
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return QPolygonF(points)


def paint_stars(painter: QPainter, centres: np.ndarray, lanes: np.ndarray, rows: np.ndarray,
                lane_y: Sequence[float], lanes_in_view: set[int], X: Callable[[np.ndarray], np.ndarray],
                left_px: float, width_px: float, scale: float, outline: str) -> list[tuple[int, float, float]]:
    """Draw a star at each starred event's centre (epoch seconds) in its lane, for the lanes in view
    and the centres within the plot's width; returns what was drawn as ``(model key, x, y)`` in the
    painter's device pixels (the timeline exposes it for tests and hit-testing)."""
    if not len(centres):
        return []
    xs = X(np.asarray(centres, np.float64))
    outer = STAR_PX * scale / 2
    keep = (xs >= left_px - outer) & (xs <= left_px + width_px + outer)
    keep &= np.isin(lanes, np.fromiter(lanes_in_view, np.int64, len(lanes_in_view)))
    if not keep.any():
        return []
    xs, lanes, rows = xs[keep], np.asarray(lanes, np.int64)[keep], np.asarray(rows, np.int64)[keep]
    ys = np.asarray(lane_y, np.float64)[lanes]
    # stars on the same pixel of the same lane are drawn once (a thousand starred events of one day)
    spot = lanes * (int(width_px) + 4 * int(outer) + 8) + np.round(xs - left_px + 2 * outer).astype(np.int64)
    _, first = np.unique(spot, return_index=True)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(outline), 1.2 * scale))
    painter.setBrush(QBrush(QColor(STAR_FILL)))
    for i in first.tolist():
        painter.drawPolygon(star_polygon(float(xs[i]), float(ys[i]), outer))
    painter.restore()
    return list(zip(rows.tolist(), xs.tolist(), ys.tolist()))
