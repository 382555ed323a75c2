"""A finished timeline figure: title, lanes with their names, the date axis, legend and undated footer.

The same builder serves the headless export and (later) the app, so an exported image is the
picture the app shows. The figure is a ``GraphicsLayoutWidget`` that is laid out without ever being
shown on screen.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem

from explorer.exports.print_size import title_points
from explorer.timeline import EventsArray, MAX_SPAN_S, MIN_SPAN_S, X_MAX, X_MIN, clamp_range
from explorer.timeline.labels import elide_to
from explorer.timeline.lane_names import with_undated_note
from explorer.timeline.zoom import fit_events
from explorer.timeline.lanes import Colouring, ColourKey, key_of_rows, lane_color
from explorer.gui.render.axes import LaneAxis, CalendarAxis
from explorer.timeline.lanes import lane_y_range
from explorer.gui.render.item import TimelineItem
from explorer.gui.render.theme import LIGHT, Theme
from explorer.gui.guard import guard_overrides

MAX_LEGEND_LANES = 12
UNDATED_SHOWN = 6
COLOUR_HEADINGS = {"document": "Documents:", "actor": "Actors:", "place": "Places:"}


#: A legend row's height: the 11 px text and the 14 px cluster badge with a little air, no more (each
#: row taken from the plot is lane room: at 18 px a three-row legend cost a laptop's timeline a lane).
LEGEND_ROW_PX = 16


def _entry_width(kind: str, text: str, advance) -> float:
    return (0 if kind == "heading" else 26) + advance(text) + 14


def distinct_undated(events: EventsArray) -> np.ndarray:
    """The undated events' rows, each once in its first lane's order: an event with several actors
    is listed in each of their lanes, and the Undated line said "(25)" where the caption counted 23."""
    rows = events.undated_row
    _, first = np.unique(rows, return_index=True)
    return rows[np.sort(first)]


@guard_overrides
class LegendStrip(pg.GraphicsWidget):
    """Lane colours, the meaning of each glyph, and the undated events, wrapped to the figure width."""

    def __init__(self, events: EventsArray, theme: Theme, show_undated: bool = True,
                 colour_key: ColourKey | None = None) -> None:
        super().__init__()
        self.theme = theme
        self.pixel_scale = 1.0
        self.show_undated = show_undated
        self.font = QFont()
        self.font.setPixelSize(11)
        self._rows = 1
        self._width = 0.0
        self.last_extent = (0.0, 0.0)
        #: What the image leaves out (see :mod:`explorer.timeline.caption`), a line of its own.
        self.note_text = ""
        #: The figure leaves lanes out for room: its Undated line counts the lanes shown, and says so.
        self.lanes_left_out = False
        #: The most rows the strip may take (the screen's legend in a small window), or None: all of
        #: them (an exported image keeps the whole key). Entries that do not fit fold into "+N more".
        self.max_rows: int | None = None
        self._shown: list[tuple[str, str, str]] = []
        self.set_events(events, colour_key)

    def note_lines(self) -> list[str]:
        """The note's lines (each said on a line of its own: joined, the second was elided away)."""
        return [line for line in self.note_text.split("\n") if line]

    def set_note(self, text: str) -> None:
        self.note_text = text
        if self._width:
            self.relayout(self._width)
        self.update()

    def set_events(self, events: EventsArray, colour_key: ColourKey | None = None) -> None:
        """Show ``events``; the colour entries are ``colour_key``'s (what a mark's colour means) or,
        without one, the lanes' colours."""
        self.events = events
        self.colour_key = colour_key
        self._entries: list[tuple[str, str, str]] = []  # (kind, colour, text)
        lanes = events.lanes
        advance = QFontMetricsF(self.font).horizontalAdvance
        if colour_key is None or colour_key.mode == lanes.mode == "document":
            # Lanes by document coloured by document (or each lane in its own colour) need no colour
            # entries: the lane axis names each lane, and all its marks have its colour. Dropping them
            # keeps the legend to its one row of symbols, which on a small screen is a lane more of the
            # timeline, and in an exported image left the key two rows of document names repeating the
            # lane axis beside them.
            pass
        else:
            self._entries.append(("heading", "", COLOUR_HEADINGS.get(colour_key.mode, "Colour:")))
            shown = colour_key.labels[:MAX_LEGEND_LANES] if colour_key.mode == "document" else colour_key.labels
            for label, colour in zip(shown, colour_key.colors):
                self._entries.append(("lane", colour, elide_to(label, 200, advance)))
            if len(colour_key) > len(shown):
                self._entries.append(("text", "", f"+{len(colour_key) - len(shown)} more documents"))
        self._entries += [
            ("day", "", "day"), ("coarse", "", "month / season / year"), ("range", "", "exact date range"),
            ("inferred", "", "inferred date (faded)"), ("open", "", "open end"), ("cluster", "", "cluster of n events"),
        ]
        undated = distinct_undated(events)
        self.undated_text = ""
        if len(undated) and self.show_undated:
            titles = [events.titles[int(r)] for r in undated[:UNDATED_SHOWN]]
            more = f"; \u2026 and {len(undated) - UNDATED_SHOWN} more" if len(undated) > UNDATED_SHOWN else ""
            where = " in the lanes shown" if self.lanes_left_out else ""
            self.undated_text = f"Undated{where} ({len(undated):,}): " + "; ".join(titles) + more
        if self._width:
            self.relayout(self._width)
        self.update()

    def entries(self) -> list[tuple[str, str, str]]:
        return list(self._entries)

    def shown_entries(self) -> list[tuple[str, str, str]]:
        """The entries drawn: all of them, or, folded to ``max_rows``, the first ones and "+N more"."""
        return list(self._shown)

    def set_max_rows(self, rows: int | None) -> None:
        """Fold the strip to at most ``rows`` rows (None: no limit)."""
        rows = None if rows is None else max(1, int(rows))
        if rows == self.max_rows:
            return
        self.max_rows = rows
        if self._width:
            self.relayout(self._width)
        self.update()

    def _rows_for(self, entries, width: float, advance) -> int:
        x, rows = 10.0, 1
        for kind, _, text in entries:
            w = _entry_width(kind, text, advance)
            if x + w > width - 10 and x > 10:
                rows += 1
                x = 10.0
            x += w
        return rows

    def _fitted(self, width: float, advance) -> list[tuple[str, str, str]]:
        """The entries that fit ``max_rows`` at ``width``: the colour names go first (from the last),
        then the symbols' meanings, and "+N more" says how many are left out."""
        entries = list(self._entries)
        if self.max_rows is None:
            return entries
        room = max(1, self.max_rows - (1 if self.undated_text else 0) - len(self.note_lines()))
        if self._rows_for(entries, width, advance) <= room:
            return entries
        order = [i for i in range(len(entries) - 1, -1, -1) if entries[i][0] in ("lane", "text")]
        order += [i for i in range(len(entries) - 1, -1, -1) if entries[i][0] not in ("lane", "text", "heading")]
        dropped: set[int] = set()
        fitted = entries
        for i in order:
            dropped.add(i)
            left = sum(1 for j in dropped if entries[j][0] != "text")
            fitted = [e for j, e in enumerate(entries) if j not in dropped] + [("text", "", f"+{left} more")]
            if self._rows_for(fitted, width, advance) <= room:
                break
        return fitted

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        if abs(self.size().width() - self._width) > 0.5:
            self.relayout(self.size().width())

    def relayout(self, width: float) -> None:
        self._width = width
        fm = QFontMetricsF(self.font)
        self._shown = self._fitted(width, fm.horizontalAdvance)
        rows = self._rows_for(self._shown, width, fm.horizontalAdvance)
        self._rows = rows + (1 if self.undated_text else 0) + len(self.note_lines())
        h = self._rows * LEGEND_ROW_PX + 4
        self.setMinimumHeight(h)
        self.setMaximumHeight(h)
        self.setPreferredHeight(h)

    def paint(self, p: QPainter, opt, widget=None) -> None:
        rect = self.boundingRect()
        fm = QFontMetricsF(self.font)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setFont(self.font)
        text_color = QColor(self.theme.text)
        x, y = 10.0, 13.0
        #: the top and bottom of what this paint drew (for tests: the legend's room is its content)
        self.last_extent = (min(y - fm.ascent(), y - 4 - 7), y)  # a text's top, or the cluster badge's
        sample = (QColor(lane_color(0)) if self.events.lanes.mode == "none" and self.colour_key is None
                  else QColor(self.theme.muted))
        for kind, colour, text in (self._shown if self._width else self._entries):
            w = _entry_width(kind, text, fm.horizontalAdvance)
            if x + w > rect.width() - 10 and x > 10:
                x, y = 10.0, y + LEGEND_ROW_PX
            c = QColor(colour) if colour else sample
            cy = y - 4
            if kind == "lane":
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QBrush(c))
                p.drawRect(QRectF(x, cy - 5, 18, 10))
            elif kind == "day":
                p.setPen(QPen(QColor(self.theme.outline), 1))
                p.setBrush(QBrush(c))
                p.drawEllipse(QPointF(x + 9, cy), 4.5, 4.5)
            elif kind == "coarse":
                fill = QColor(c)
                fill.setAlpha(110)
                p.setPen(QPen(c, 1))
                p.setBrush(QBrush(fill))
                p.drawRect(QRectF(x, cy - 4, 18, 8))
            elif kind == "range":
                p.setPen(QPen(c.darker(140), 1))
                p.setBrush(QBrush(c))
                p.drawRect(QRectF(x, cy - 5, 18, 10))
            elif kind == "inferred":
                p.setPen(QPen(c, 2))
                p.setBrush(QBrush(QColor(self.theme.background)))
                p.drawEllipse(QPointF(x + 9, cy), 3.5, 3.5)
            elif kind == "open":  # stepped, not a gradient: PDF readers draw an alpha gradient solid
                p.setPen(Qt.PenStyle.NoPen)
                for k in range(8):
                    step = QColor(c)
                    step.setAlpha(round(200 * (1 - (k + 0.5) / 8)))
                    p.setBrush(QBrush(step))
                    p.drawRect(QRectF(x + 2.5 * k, cy - 4, 2.5, 8))
            elif kind == "cluster":
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QBrush(c))
                p.drawRoundedRect(QRectF(x, cy - 7, 18, 14), 3, 3)
                p.setPen(QColor(self.theme.badge_text))
                p.drawText(QRectF(x, cy - 7, 18, 14), Qt.AlignmentFlag.AlignCenter, "n")
            p.setPen(text_color)
            p.drawText(QPointF(x if kind == "heading" else x + 24, y), text)
            x += w
        if self.undated_text:
            y += LEGEND_ROW_PX
            p.setPen(text_color)
            p.drawText(QPointF(10, y), elide_to(self.undated_text, rect.width() - 20, fm.horizontalAdvance))
        if self.note_text:
            p.setPen(text_color)
            italic = QFont(self.font)
            italic.setItalic(True)
            p.setFont(italic)
            for line in self.note_lines():
                y += LEGEND_ROW_PX
                p.drawText(QPointF(10, y), elide_to(line, rect.width() - 20, QFontMetricsF(italic).horizontalAdvance))
        self.last_extent = (self.last_extent[0], y + fm.descent())
        p.restore()


@dataclass
class Figure:
    widget: pg.GraphicsLayoutWidget
    plot: pg.PlotItem
    item: TimelineItem
    legend: LegendStrip
    date_axis: CalendarAxis
    lane_axis: LaneAxis
    title: str
    #: What the figure left out for room (:func:`explorer.timeline.lane_subset.left_out_note`), or "".
    lanes_note: str = ""
    #: The positions of the events given that the figure draws (bool), or None when it drew all lanes.
    kept: np.ndarray | None = None
    #: The events given when some lanes were left out (the caption's total counts them all), else None.
    given: EventsArray | None = None

    @property
    def scene(self):
        return self.widget.scene()

    def set_x_range(self, x0: float, x1: float) -> None:
        x0, x1 = clamp_range(x0, x1)
        self.plot.getViewBox().setXRange(x0, x1, padding=0)

    def x_range(self) -> tuple[float, float]:
        r = self.plot.getViewBox().viewRange()[0]
        return float(r[0]), float(r[1])

    def close(self) -> None:
        """Take the items apart before the interpreter exits (avoids PySide6 teardown crashes)."""
        if self.item.scene() is not None:
            self.plot.getViewBox().removeItem(self.item)
        self.widget.clear()
        self.widget.close()
        self.widget.deleteLater()
        QApplication.processEvents()


def default_range(events: EventsArray) -> tuple[float, float]:
    """The app's first range for these events (robust fit, see :func:`explorer.timeline.zoom.fit_range`)."""
    got = fit_events(events, robust=True)
    return got if got is not None else clamp_range(0.0, 365.2425 * 86400)


def make_figure(
    events: EventsArray,
    title: str | None = None,
    theme: Theme = LIGHT,
    size: tuple[int, int] = (1600, 900),
    x_range: tuple[float, float] | None = None,
    colouring: Colouring | None = None,
) -> Figure:
    """Build and lay out a figure of ``size`` logical pixels; needs a ``QApplication``. ``colouring``
    colours marks by document, actor or place whatever the lanes (default: each lane its colour)."""
    widget = pg.GraphicsLayoutWidget()
    widget.setBackground(theme.background)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    layout = widget.ci
    layout.setContentsMargins(16, 12, 28, 12)  # margins: nothing runs to the image's edge
    row = 0
    if title:
        label = pg.LabelItem(title, size=f"{title_points(size[1]):g}pt", color=theme.text, bold=True)
        layout.addItem(label, row=row, col=0)
        row += 1
    date_axis = CalendarAxis("bottom")
    lane_axis = LaneAxis("left", max_width=max(120.0, size[0] * 0.22))
    plot = layout.addPlot(row=row, col=0, axisItems={"bottom": date_axis, "left": lane_axis})
    row += 1
    for axis in (date_axis, lane_axis):
        axis.setPen(pg.mkPen(theme.muted))
        axis.setTextPen(pg.mkPen(theme.text))
    undated = events.undated_counts()
    lane_axis.set_lanes([with_undated_note(label, int(n)) for label, n in zip(events.lanes.labels, undated)])
    plot.hideButtons()
    plot.setMenuEnabled(False)
    vb = plot.getViewBox()
    vb.invertY(True)
    vb.setMouseEnabled(x=True, y=False)
    vb.setLimits(xMin=X_MIN, xMax=X_MAX, minXRange=MIN_SPAN_S, maxXRange=MAX_SPAN_S)
    item = TimelineItem(events, theme)
    item.set_colouring(colouring)
    item.grid_axis = date_axis
    item.lane_axis = lane_axis
    vb.addItem(item, ignoreBounds=True)
    n = max(events.n_lanes, 1)
    vb.setYRange(*lane_y_range(n), padding=0)  # room above the first lane for its label rows
    first = default_range(events)
    item.fit_view = clamp_range(*first)  # an image of the first view names what it leaves out, as the app does
    x0, x1 = x_range or first
    drawn = events.row[(events.end > x0) & (events.begin < x1)]  # the marks in the range shown
    legend = LegendStrip(events, theme, colour_key=key_of_rows(colouring, drawn) if colouring is not None else None)
    legend.relayout(size[0] - 24)
    layout.addItem(legend, row=row, col=0)
    fig = Figure(widget, plot, item, legend, date_axis, lane_axis, title or "")
    fig.set_x_range(x0, x1)
    widget.resize(*size)
    widget.show()  # laid out but never on screen (WA_DontShowOnScreen); offscreen without a display
    QApplication.processEvents()
    return fig


def make_fitted_figure(events: EventsArray, title: str | None = None, theme: Theme = LIGHT,
                       size: tuple[int, int] = (1600, 900), x_range: tuple[float, float] | None = None,
                       colouring: Colouring | None = None) -> Figure:
    """:func:`make_figure`, with only the lanes its plot can show with their titles (see
    :func:`explorer.timeline.lane_subset.lanes_that_fit`): built once to measure the plot, again
    with the busiest lanes when all would not fit, the figure's ``lanes_note`` saying what was left out.
    The figure kept is measured with the notes the export writes under it (:func:`set_export_note`)
    and built again with fewer lanes while they do not fit: the notes of a figure leaving lanes out
    are a line or two longer than the first figure's, and the plot they took from the lanes left
    the last lane half its height."""
    from explorer.timeline.lane_subset import lanes_that_fit

    x_range = x_range or default_range(events)
    fig = make_figure(events, title=title, theme=theme, size=size, x_range=x_range, colouring=colouring)
    x0, x1 = fig.x_range()
    set_export_note(fig)  # as the export will: its room is not the lanes'
    QApplication.processEvents()
    lane_px = fig.item.lane_with_titles_px()  # what each lane kept is given: its marks and a title row
    if len(lanes_that_fit(events, x0, x1, fig.plot.getViewBox().height(), lane_px)) == events.n_lanes:
        return fig
    kept = lanes_that_fit(events, x0, x1, fig.plot.getViewBox().height() - LEGEND_ROW_PX, lane_px)  # and the note
    for _ in range(4):  # each round keeps fewer lanes; the notes are then as long or shorter
        fig.close()
        fig = _figure_of_lanes(events, kept, title, theme, size, x_range, colouring)
        fits = lanes_that_fit(fig.item.events, x0, x1, fig.plot.getViewBox().height(), lane_px)
        if len(fits) == len(kept):
            break
        kept = kept[fits]
    return fig


def _figure_of_lanes(events: EventsArray, kept: np.ndarray, title, theme, size, x_range, colouring) -> Figure:
    """A figure of the lanes ``kept`` of ``events``, with the notes its export writes, laid out."""
    from explorer.timeline.lane_subset import left_out_note, only_lanes

    keep_lane = np.zeros(events.n_lanes, bool)
    keep_lane[kept] = True
    fig = make_figure(only_lanes(events, kept), title=title, theme=theme, size=size, x_range=x_range,
                      colouring=colouring)
    fig.lanes_note = left_out_note(events, kept, *fig.x_range())
    fig.kept, fig.given = keep_lane.take(events.lane), events
    fig.legend.lanes_left_out = True
    fig.legend.set_events(fig.item.events, fig.legend.colour_key)
    set_export_note(fig)
    QApplication.processEvents()
    return fig


def set_export_note(fig: Figure) -> None:
    """Write under the legend what the image leaves out: the caption's counts (out of all the events
    given, as the title counts them) and the lanes left out for room."""
    from explorer.timeline.caption import caption, event_counts

    if fig.item.events is None:
        return
    counts = event_counts(fig.item.events, *fig.x_range())
    if fig.given is not None:  # "n of N" out of all the events, as the title counts them
        counts = dataclasses.replace(counts, total=event_counts(fig.given, 0.0, 0.0).total)
    fig.legend.set_note("\n".join(n for n in (caption(counts, fig.given is not None), fig.lanes_note) if n))


def no_item_caching(scene) -> None:
    for it in scene.items():
        it.setCacheMode(QGraphicsItem.CacheMode.NoCache)
