"""The zoomable timeline: one widget (:class:`TimelineView`) over a few pyqtgraph items."""

from explorer.gui.timeline.view import TimelineView

__all__ = ["TimelineView"]
