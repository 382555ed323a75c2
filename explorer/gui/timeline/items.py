"""The selected-event highlight, drawn over the :class:`~explorer.gui.render.TimelineItem`.

It paints in device pixels (mapping its data rectangle through the painter's transform) so a ring
keeps its size at any zoom and a one-day bar's outline stays visible at a zoom of centuries. In actor
lanes an event can sit in several lanes: each gets the outline.

The selection always shows what it is: when the label layout gave its mark no title (a crowded lane,
a cluster, a lane too thin for labels), a card beside the mark shows its title, date and document.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from explorer.gui.palette import SELECTION_OUTLINE
from explorer.gui.render.marks import BAR_PX, MIN_BAR_PX
from explorer.gui.guard import guard_overrides

#: Half the height of the outline around a bar (the engine's precise bars are 1.25 x BAR_PX tall).
BAR_HALF_PX = BAR_PX * 0.625 + 3.0
#: The card's width when the plot has room for no more (it was also its most: a title cut at 320
#: px in a plot three times as wide).
CARD_MAX_PX = 320.0
#: The widest a card grows where the plot has room: wider, it hides too much of the lanes around the mark.
CARD_WIDE_PX = 600.0
#: A title longer than the card is wide wraps onto at most this many lines, the last one cut.
CARD_TITLE_ROWS = 2
CARD_PAD_PX = 5.0
#: The border of the smallest card, taken where a larger one would hide something (a small window).
CARD_TIGHT_PAD_PX = 2.0
CARD_GAP_PX = 12.0
#: The card keeps this far above the view box's bottom edge, where the time axis is drawn.
CARD_AXIS_CLEAR_PX = 4.0
#: How far (device pixels, between the card's near edge and the mark) a card may slide to clear a label.
CARD_SLIDE_PX = 120.0
#: How far (device pixels) a card may move up or down from its place above or below the mark to clear text.
CARD_DROP_PX = 48.0
#: From how many of the places slid once (those hiding the least text) a card slides once more.
SECOND_SLIDES = 4
#: The card's background: opaque, because a label under a card that lets it through (it was 94%
#: white) reads as a faint second line of text inside the card.
CARD_FILL = QColor(255, 255, 255)


def _gap(card: QRectF, anchor_l: float, anchor_r: float) -> float:
    """The horizontal distance between a card and the mark it belongs to (0 when they overlap in x)."""
    return max(card.left() - anchor_r, anchor_l - card.right(), 0.0)


def _unique(rects: list[QRectF]) -> list[QRectF]:
    """``rects`` without repeats (to a tenth of a pixel), in order: several labels slide a card to
    the same place."""
    seen, out = set(), []
    for r in rects:
        k = (round(r.x(), 1), round(r.y(), 1))
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def _rise(card: QRectF, mark_y: float) -> float:
    """The vertical distance between a card and its mark's bar (0 when level with it)."""
    return max(card.top() - mark_y - BAR_HALF_PX, mark_y - BAR_HALF_PX - card.bottom(), 0.0)


@guard_overrides
class SelectionHighlight(pg.GraphicsObject):
    """A red ring around the selected point, or a red outline around the selected bar."""

    def __init__(self) -> None:
        super().__init__()
        self._target: tuple[float, float, float, bool] | None = None  # x0, x1, lane, is_span
        self._extra: tuple[float, ...] = ()  # other lanes with the same event
        self._pen = QPen(SELECTION_OUTLINE, 2.5)
        self._pen.setCosmetic(True)
        self.setZValue(10)
        #: (title, "date · document") of the selected event, and the item whose labels are checked
        self._card: tuple[str, str] | None = None
        self._labelled_by = None  # the TimelineItem drawing the labels
        self._positions = np.zeros(0, np.int64)  # the event's array positions in that item's events
        self._carded_title = ""  # the title the labels' item was told the card says
        #: what the last place chosen for the card hides (see :meth:`_card_place`'s key)
        self._place_cost: tuple = (False, 0, 0.0, 0, 0.0)
        #: Where the card was drawn last (device pixels), or None when the mark's own label showed.
        self.last_card: QRectF | None = None
        #: The text the card showed last: its title (as shown, on however many rows) and its detail
        #: line; the title left out when written beside the mark.
        self.last_card_lines: tuple[str, ...] = ()
        self._font = QFont()
        self._font.setPixelSize(11)
        self._bold = QFont(self._font)
        self._bold.setBold(True)

    def set_card(self, title: str, detail: str, item=None, positions=()) -> None:
        """The text of the selection's card, shown when ``item`` (a TimelineItem) drew no title for
        any of the array ``positions`` of the selected event."""
        self._card = (" ".join(title.split()), detail)
        if self._labelled_by is not None and self._labelled_by is not item:
            self._labelled_by.set_carded("", ())
            self._cover(None)
        self._labelled_by = item
        self._positions = np.asarray(positions, np.int64)
        self._carded_title = ""
        self._tell_carded()
        self.update()

    def refit_card(self) -> None:
        """The view box was resized: the card may now say more or less of its title, so the labels'
        item is told again. Called from the view's resize handler, never from paint, which must not
        change what another item draws."""
        self._tell_carded()

    def _tell_carded(self) -> None:
        """Tell the labels' item what the card says."""
        item = self._labelled_by
        if item is None or not hasattr(item, "set_carded"):
            return
        shown = self._title_shown()
        if shown != self._carded_title:
            self._carded_title = shown
            item.set_carded(shown, self._positions)

    def card_width(self) -> float:
        """The widest the card may be: :data:`CARD_WIDE_PX` where the plot has the room, never wider
        than the view box it is drawn in (less a margin), :data:`CARD_MAX_PX` when not yet in one."""
        vb = self.getViewBox()
        room = vb.sceneBoundingRect().width() - 4 if vb is not None else 0.0
        if room <= 2 * CARD_PAD_PX + 20:
            return CARD_MAX_PX
        return min(room, CARD_WIDE_PX)

    def _title_rows(self) -> list[str]:
        """The card's title as its width lets it say it: on one line, or wrapped onto
        :data:`CARD_TITLE_ROWS` lines, the last cut with an ellipsis when even they are too short."""
        from explorer.timeline.labels import wrap_to

        title = self._card[0] if self._card is not None else ""
        rows = wrap_to(title, self.card_width() - 2 * CARD_PAD_PX, QFontMetricsF(self._bold).horizontalAdvance,
                       CARD_TITLE_ROWS)
        return rows or ([title[:1]] if title else [])

    def _title_shown(self) -> str:
        """The card's title as it reads on the card (its rows joined)."""
        return " ".join(self._title_rows())

    def set_target(self, x0: float, x1: float, lane: float, is_span: bool, extra_lanes=()) -> None:
        self.prepareGeometryChange()
        self._target = (x0, x1, lane, is_span)
        self._extra = tuple(float(l) for l in extra_lanes)
        self.update()

    def clear(self) -> None:
        self.prepareGeometryChange()
        self._target = None
        self._extra = ()
        self._card = None
        self.last_card = None
        self._carded_title = ""
        if self._labelled_by is not None and hasattr(self._labelled_by, "set_carded"):
            self._labelled_by.set_carded("", ())
        self._cover(None)
        self.update()

    def _cover(self, rect: QRectF | None) -> None:
        """Tell the labels' item where the card is: the labels it would cut are left out there."""
        if self._labelled_by is not None and hasattr(self._labelled_by, "set_cover"):
            self._labelled_by.set_cover(rect)

    def card_text(self) -> tuple[str, str] | None:
        return self._card

    def _has_own_label(self) -> bool:
        """Whether the labels' item wrote the selected event's whole title beside its mark. A title
        cut short ("Khamenei…", the next mark's title close after it) does not count: it said
        neither what the event is nor its date or document, and only the card says those."""
        from explorer.timeline.labels import caption_shortens

        item = self._labelled_by
        if item is None or not len(self._positions):
            return False
        title = self._card[0] if self._card is not None else ""
        return any(not b.is_cluster and np.isin(b.members, self._positions).any()
                   and not caption_shortens(" ".join(b.text.split()), title) for b in item.last_labels)

    def _title_beside_mark(self) -> bool:
        """Whether a cluster holding the selected event already shows its title as the caption
        beside its badge, whole or at least as far as the card would (a title told in several
        sentences, merged; or the event the most important of its cluster; a caption taking the
        empty row after it says more than the card's width holds). The card then leaves its title
        out and says only the date and document: the same words twice, one over the other, read as
        two events. The caption stays rather than the card's title because it is part of the
        lane's label layout, which does not move with the selection, and it is where the eye
        already is. (A caption saying less than the card is left out instead: see
        ``TimelineItem.set_carded``.)"""
        from explorer.timeline.labels import caption_stem

        item = self._labelled_by
        if item is None or not len(self._positions) or self._card is None:
            return False
        title, card = self._card[0], caption_stem(self._title_shown())
        for b in item.last_labels:
            if not b.is_cluster or not b.caption or not np.isin(b.members, self._positions).any():
                continue
            caption = " ".join(b.caption.split())
            if caption == title or (title.startswith(caption_stem(caption)) and caption_stem(caption).startswith(card)):
                return True
        return False

    def lanes_moved(self) -> None:
        """The timeline drew its lanes at other heights: follow them."""
        self.prepareGeometryChange()
        self.update()

    def _y(self, lane: float) -> float:
        """Where the timeline drew ``lane`` (lanes vary in height), in view coordinates."""
        item = self._labelled_by
        return item.lane_view_y(lane) if item is not None else float(lane)

    def target(self) -> tuple[float, float, float, bool] | None:
        return self._target

    def lanes(self) -> tuple[float, ...]:
        return () if self._target is None else (self._target[2],) + self._extra

    def boundingRect(self) -> QRectF:
        if self._target is None:
            return QRectF()
        x0, x1, lane, _ = self._target
        lanes = [self._y(lane) for lane in self.lanes()]
        px = self.pixelWidth() or 0.0
        py = self.pixelHeight() or 0.0
        lo, hi = min(lanes), max(lanes)
        if self._card is not None:  # room for the card on either side, above or below
            side = (self.card_width() + 2 * CARD_GAP_PX + CARD_SLIDE_PX) * px  # a card may slide to clear a title
            down = (60 + (CARD_TITLE_ROWS - 1) * 16 + CARD_DROP_PX) * py  # a card may move down or up to clear a note
            return QRectF(x0 - side, lo - down, (x1 - x0) + 2 * side, (hi - lo) + 2 * down)
        return QRectF(x0 - 12 * px, lo - 14 * py, (x1 - x0) + 24 * px, (hi - lo) + 28 * py)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._target is None:
            return
        x0, x1, _, is_span = self._target
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(self._pen)
        painter.setBrush(QBrush())
        for lane in map(self._y, self.lanes()):
            if is_span:
                left = transform.map(QPointF(x0, lane))
                right = transform.map(QPointF(x1, lane))
                width = max(right.x() - left.x(), MIN_BAR_PX)
                painter.drawRect(QRectF(left.x() - 3, left.y() - BAR_HALF_PX, width + 6, 2 * BAR_HALF_PX))
            else:
                centre = transform.map(QPointF((x0 + x1) / 2, lane))
                painter.drawEllipse(centre, 8.0, 8.0)
        self.last_card = None
        self.last_card_lines = ()
        if self._card is not None and not self._has_own_label():
            lane = self._y(self._target[2])
            left = transform.map(QPointF(x0, lane))
            right = transform.map(QPointF(x1, lane))
            vb = self.getViewBox()
            if vb is not None:  # the card stays inside the view box, not merely the widget
                box = transform.mapRect(self.mapRectFromScene(vb.sceneBoundingRect()))
            else:
                device = painter.device()
                box = QRectF(0, 0, float(device.width()), float(device.height()))
            self._paint_card(painter, left, right, box, is_span)
        painter.restore()
        # after the card is placed (by every label laid out, the ones it hides too: its place
        # never depends on what it hides), so one more paint of the labels settles it
        self._cover(self.last_card)

    def _card_place(self, w: float, h: float, anchor_l: float, anchor_r: float, mark_y: float, box: QRectF) -> QRectF:
        """Where the card goes: beside the mark (right or left of it, above or below it, or level with
        it), inside the view box, so it hides the least: never the selected mark itself (a place pushed
        back into the box onto it is the last choice, and so is a place over the badge of the
        cluster it is in), then the fewest lanes whose every mark in view it would hide (such a
        lane looks empty), then the fewest labels and lane notes drawn around it, then the fewest other marks (a lane's one mark in view under the card is an event lost), then the least of the other lanes' mark bands (below the last lane's mark the card used to sit over the last lane
        and the axis). Among equals the first in that order, above first, so it does not jump about.

        When all four places cover some label (a crowded stretch, the card pushed back from the plot's
        edge), the card may also slide sideways, up to :data:`CARD_SLIDE_PX` from the mark, to just
        clear a label's end, or up or down (:data:`CARD_DROP_PX`) to clear its row: a title or note
        hidden under the card is information lost, a card a little further from its ringed mark is not."""
        def fit(x: float, y: float) -> QRectF:
            x = max(box.left() + 2, min(x, box.right() - w - 2))
            y = max(box.top() + 2, min(y, box.bottom() - h - CARD_AXIS_CLEAR_PX))
            return QRectF(x, y, w, h)

        above, below = mark_y - BAR_HALF_PX - 3 - h, mark_y + BAR_HALF_PX + 3
        right, left = anchor_r + CARD_GAP_PX, anchor_l - CARD_GAP_PX - w
        places = [fit(x, y) for y in (above, below) for x in (right, left)]
        places += [fit(x, mark_y - h / 2) for x in (right, left)]  # level with the mark, in its lane
        mark = QRectF(anchor_l - 8, mark_y - BAR_HALF_PX, anchor_r - anchor_l + 16, 2 * BAR_HALF_PX)
        own = self._own_label_rects()
        item = self._labelled_by
        labels = item.label_rects() if item is not None and hasattr(item, "label_rects") else []
        stubs = self._stub_rects()
        labels = [r for r in labels if r not in stubs] if stubs else labels
        # a lane's notes are text to read as much as titles are (a folded lane's "◀ 14 events, …")
        labels = [*labels, *(item.note_rects() if item is not None and hasattr(item, "note_rects") else [])]
        bands = item.mark_bands() if item is not None and hasattr(item, "mark_bands") else []
        hulls = item.lane_mark_hulls() if item is not None and hasattr(item, "lane_mark_hulls") else []
        # Every place is fitted into the box, so only what lies there can be hidden: the bands of
        # hundreds of actor lanes (most far off screen) were weighed against each of some 200 places
        # tried, 90 ms a paint with a card (each arrow key). The same choice from the few in reach.
        reach = QRectF(QPointF(box.left() + 2, box.top() + 2),
                       QPointF(max(box.left() + 2, box.right() - w - 2) + w,
                               max(box.top() + 2, box.bottom() - h - CARD_AXIS_CLEAR_PX) + h))
        labels, bands = [r for r in labels if r.intersects(reach)], [r for r in bands if r.intersects(reach)]
        hulls = [r for r in hulls if reach.contains(r)]
        points = item.mark_points() if item is not None and hasattr(item, "mark_points") else np.zeros((0, 2))
        if len(points):
            points = points[(points[:, 0] >= reach.left()) & (points[:, 0] <= reach.right())
                            & (points[:, 1] >= reach.top()) & (points[:, 1] <= reach.bottom())]
            # the selected mark itself is weighed first, by ``mark``
            points = points[~((np.abs(points[:, 0] - (anchor_l + anchor_r) / 2) <= (anchor_r - anchor_l) / 2 + 1)
                              & (np.abs(points[:, 1] - mark_y) <= 1))]

        def marks_hidden(rect: QRectF) -> int:
            if not len(points):
                return 0
            return int(((points[:, 0] >= rect.left()) & (points[:, 0] <= rect.right())
                        & (points[:, 1] >= rect.top()) & (points[:, 1] <= rect.bottom())).sum())

        def area(rect: QRectF, others) -> float:
            return sum(r.width() * r.height() for r in (rect.intersected(o) for o in others if rect.intersects(o)))

        def key(p: QRectF):
            # a lane whose every mark the card hides looks empty: worse than any label hidden
            return (p.intersects(mark) or any(p.intersects(o) for o in own), sum(p.contains(r) for r in hulls),
                    area(p, labels), marks_hidden(p), area(p, bands))

        best = min(places, key=key)  # first of equals
        self._place_cost = key(best)
        if key(best)[2] > 0:
            moved = _unique(self._slid_places(places, labels, anchor_l, anchor_r, fit))
            # one more step from the places still over text: a card moved up clear of a title can
            # still sit over a lane note beside the mark, and aside of that note it is free (a
            # mark at the plot's left edge, folded lanes' notes down the edge above it); from the
            # few hiding least, or a crowded view paid three times the time per arrow key
            hiding = sorted((a, i) for i, a in enumerate(area(p, labels) for p in moved) if a > 0)
            moved += _unique(self._slid_places([moved[i] for _a, i in hiding[:SECOND_SLIDES]], labels,
                                               anchor_l, anchor_r, fit))
            slid = [p for p in moved if key(p)[:4] < key(best)[:4]]
            if slid:  # the nearest of the places that hide fewer labels
                best = min(slid, key=lambda p: (key(p), _gap(p, anchor_l, anchor_r) + _rise(p, mark_y)))
                self._place_cost = key(best)
        return best

    def _own_label_rects(self) -> list[QRectF]:
        """Where the labels of the selected event's own mark are (the badge counting the cluster it
        is in, device pixels): kept clear as the mark is. A card over two thirds of its cluster's
        "169" left a "1" showing beside it, the one thing there saying where the event is."""
        item = self._labelled_by
        boxes = getattr(item, "last_labels", None)
        if not boxes or not len(self._positions):
            return []
        rects = item.label_rects(shown_only=True)
        stubs = self._stub_rects()  # not written: the card may take their place
        return [r for b, r in zip(boxes, rects) if np.isin(b.members, self._positions).any() and r not in stubs]

    def _stub_rects(self) -> list[QRectF]:
        item = self._labelled_by
        return item.stub_rects() if item is not None and hasattr(item, "stub_rects") else []

    @staticmethod
    def _slid_places(places, labels, anchor_l: float, anchor_r: float, fit) -> list[QRectF]:
        """The places slid sideways to just clear the end of each label they cover (within
        :data:`CARD_SLIDE_PX` of the mark), or moved up or down to just clear its top or bottom (at
        most :data:`CARD_DROP_PX`: under a mark whose next lane holds a long note, the card goes
        below the note instead of over it): only labels near the mark are looked at, so a crowded
        plot costs no more than a few rectangles per paint."""
        out = []
        for p in places:
            for r in (r for r in labels if r.intersects(p)):
                for x in (r.left() - CARD_GAP_PX / 2 - p.width(), r.right() + CARD_GAP_PX / 2):
                    q = fit(x, p.y())
                    if _gap(q, anchor_l, anchor_r) <= CARD_SLIDE_PX:
                        out.append(q)
                for y in (r.top() - 2 - p.height(), r.bottom() + 2):
                    q = fit(p.x(), y)
                    if abs(q.y() - p.y()) <= CARD_DROP_PX:
                        out.append(q)
        return out

    @staticmethod
    def _card_forms(detail: str):
        """The card's detail line and padding, from the whole card to the smallest: the whole
        "date · document"; the date alone (the document is the lane's name and the source panel's
        heading); the date with a tight border. A smaller form is taken only when the larger one
        hides a mark, a lane's marks or some text wherever it goes: in a plot of three lanes (a
        640x480 window) the whole card sat over the next lane's title and its one mark in view."""
        yield detail, CARD_PAD_PX
        when = detail.split(" \u00b7 ")[0]
        if when != detail:
            yield when, CARD_PAD_PX
        yield when, CARD_TIGHT_PAD_PX

    def _paint_card(self, painter: QPainter, left: QPointF, right: QPointF, box: QRectF, is_span: bool) -> None:
        """Title (bold) over "date · document", in a white box beside the mark (see :meth:`_card_place`);
        the title left out when a caption beside the mark says it already (:meth:`_title_beside_mark`)."""
        from explorer.timeline.labels import elide_to

        _, full_detail = self._card
        bold, plain = QFontMetricsF(self._bold), QFontMetricsF(self._font)
        inner = self.card_width() - 2 * CARD_PAD_PX
        rows = [] if self._title_beside_mark() else self._title_rows()
        anchor_l = max(left.x(), box.left()) if is_span else (left.x() + right.x()) / 2
        anchor_r = min(right.x(), box.right()) if is_span else anchor_l
        title_h = bold.height() * len(rows)
        chosen = None
        for detail, pad in self._card_forms(full_detail):
            detail = elide_to(detail, inner, plain.horizontalAdvance)
            w = max([plain.horizontalAdvance(detail), *map(bold.horizontalAdvance, rows)]) + 2 * pad
            h = title_h + plain.height() + 2 * pad
            rect = self._card_place(w, h, anchor_l, anchor_r, left.y(), box)
            cost = self._place_cost[:4]
            if chosen is None or cost < chosen[0]:
                chosen = (cost, rect, detail, pad)
            if not chosen[0][0] and not any(chosen[0][1:]):  # hides no mark, lane, text or other mark
                break
        _cost, rect, detail, pad = chosen
        painter.setPen(QPen(SELECTION_OUTLINE, 1.5))
        painter.setBrush(QBrush(CARD_FILL))
        painter.drawRoundedRect(rect, 4, 4)
        x, y = rect.x(), rect.y()
        painter.setPen(QColor("#111827"))
        painter.setFont(self._bold)
        for i, row in enumerate(rows):
            painter.drawText(QPointF(x + pad, y + pad + i * bold.height() + bold.ascent()), row)
        painter.setPen(QColor("#4b5563"))
        painter.setFont(self._font)
        painter.drawText(QPointF(x + pad, y + pad + title_h + plain.ascent()), detail)
        self.last_card = rect
        self.last_card_lines = tuple(t for t in (" ".join(rows), detail) if t)
