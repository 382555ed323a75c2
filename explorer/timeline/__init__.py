"""The timeline's engine: columnar event arrays, level of detail, label layout and lanes.

Pure numpy and Python, no Qt: the app's timeline item, the headless export and the tests all draw
from the same decisions made here (which events are visible, which are summarised as density,
which labels fit and which collapse into a cluster).
"""

from explorer.timeline.events_array import EventsArray, Precision
from explorer.timeline.lanes import LaneSet, assign_lanes
from explorer.timeline.lod import LaneDetail, ViewDetail, view_detail
from explorer.timeline.labels import LabelBox, layout_labels
from explorer.timeline.zoom import MAX_SPAN_S, MIN_SPAN_S, X_MAX, X_MIN, clamp_range

__all__ = [
    "EventsArray", "Precision", "LaneSet", "assign_lanes", "LaneDetail", "ViewDetail", "view_detail",
    "LabelBox", "layout_labels", "MAX_SPAN_S", "MIN_SPAN_S", "X_MAX", "X_MIN", "clamp_range",
]
