"""Drawing the timeline engine (:mod:`explorer.timeline`) with pyqtgraph, on screen and into files.

- :class:`TimelineItem`: one ``GraphicsObject`` drawing every lane's marks, bars, density bands,
  labels and cluster badges for the current view, in device pixels.
- :func:`make_figure`: a finished figure (title, date axis, lane axis, legend, undated footer) in a
  ``GraphicsLayoutWidget``, used by the headless export and usable by the app.
- :mod:`explorer.gui.render.export`: PNG, SVG and PDF files from a figure.
"""

from explorer.gui.render.item import TimelineItem
from explorer.gui.render.theme import DARK, LIGHT, THEMES, Theme
from explorer.gui.render.figure import Figure, make_figure

__all__ = ["TimelineItem", "Theme", "LIGHT", "DARK", "THEMES", "Figure", "make_figure"]
