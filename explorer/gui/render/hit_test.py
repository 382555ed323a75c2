"""What the timeline item drew at a pixel: the app's clicks and hovers ask here.

Mixed into :class:`explorer.gui.render.item.TimelineItem`; it reads only what the last paint
recorded (``last_geometry``, ``last_detail``, ``last_labels`` and the edge notes), so a hit always
answers for what the user sees, never for a layout computed afresh.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF

from explorer.timeline.events_array import Precision
from explorer.gui.render.marks import BAR_PX, MIN_BAR_PX


class HitTesting:
    """Hit-testing for :class:`~explorer.gui.render.item.TimelineItem`."""

    def hit(self, x: float, y: float, radius: float = 7.0) -> tuple[str, object] | None:
        """What the last paint drew at device pixel ``(x, y)``: ``("event", array position)`` for a mark
        or a title, ``("cluster", LabelBox)`` for a cluster badge, ``("density", lane)``, ``("beyond", Beyond)`` for
        a lane's note of the events beyond the view, ``("undated", lane)`` for the note of a lane whose
        events are all undated, or None.
        Point marks win over bars, and among bars the narrowest (a month inside a year) wins."""
        arr, geo, detail = self.events, self.last_geometry, self.last_detail
        if arr is None or geo is None or detail is None:
            return None
        vx0, vx1, left_px, width_px, lane_y, base_off, ascent, descent = geo
        scale = width_px / (vx1 - vx0)
        s = self.pixel_scale
        for d in detail.lanes:
            ly = lane_y[d.lane]
            if d.mode == "marks" and abs(y - ly) <= max(BAR_PX * s * 0.75, radius):
                idx = d.idx
                b, e = arr.begin[idx], arr.end[idx]
                point = arr.precision[idx] == Precision.DAY
                xp = left_px + ((b + e) / 2 - vx0) * scale
                dist = np.where(point, np.hypot(xp - x, ly - y), np.inf)
                if len(dist) and dist.min() <= radius:
                    return "event", int(idx[int(np.argmin(dist))])
                xl = left_px + (b - vx0) * scale
                xr = np.maximum(left_px + (e - vx0) * scale, xl + MIN_BAR_PX * s)
                inside = ~point & (xl - 3 <= x) & (x <= xr + 3) & (abs(y - ly) <= BAR_PX * s * 0.75 + 2)
                if inside.any():
                    widths = np.where(inside, e - b, np.inf)
                    return "event", int(idx[int(np.argmin(widths))])
            elif d.mode == "density" and abs(y - ly) <= 20 * s:
                return "density", d.lane
        for b, rect, _text in self.last_beyond:
            if rect.adjusted(-3, -3, 3, 3).contains(QPointF(x, y)):
                return "beyond", b
        for lane, rect, _text in self.last_undated_notes:
            if rect.adjusted(-3, -3, 3, 3).contains(QPointF(x, y)):
                return "undated", lane
        top = base_off - ascent - 2 * s
        bottom = base_off + descent + 2 * s
        for box in self.last_labels:
            ly = lane_y[box.lane] - box.row * self._row_h
            if ly + top <= y <= ly + bottom and left_px + box.left - 2 <= x <= left_px + box.right + 2:
                if box.is_cluster:
                    return "cluster", box
                return "event", int(box.members[0])
        return None
