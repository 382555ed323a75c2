"""How the timeline item draws text: titles, cluster badges, brackets and leaders, and the notes
written at the plot's edge (events beyond the view, lanes of undated events).

Mixed into :class:`explorer.gui.render.item.TimelineItem` (which holds the font, its metrics, the
row height, the lane sizes and the badge cache these methods use). The placement of labels is the engine's
(:mod:`explorer.timeline.placement`); this module only paints what was placed, as pre-rendered
badges on screen and as real text and shapes in SVG and PDF.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap

from explorer.timeline.label_sizes import CAPTION_GAP_PX
from explorer.timeline.labels import caption_shortens
from explorer.timeline.lod import beyond_text, beyond_view
from explorer.gui.render.marks import BAR_PX, DIM_OPACITY
from explorer.gui.render.theme import readable_on

NOTE_CONTRAST = 7.0  # small coloured text on the plot (edge notes): WCAG's enhanced contrast
#: Written in a lane whose article gave no event at all, dated or not.
NO_EVENTS_NOTE = "no event found in this article"
#: Written in an actor's or a place's lane left empty: such a lane exists because the name has
#: events, so none is shown only when the filters hide them all. Lanes by actor, filtered to one
#: actor, said "no event found in this article" down a screen of lanes that are no articles.
FILTERED_OUT_NOTE = "no event passes the filter"


def empty_lane_note(mode: str) -> str:
    """What an empty lane of lanes by ``mode`` ("document", "actor", ...) says."""
    return NO_EVENTS_NOTE if mode == "document" else FILTERED_OUT_NOTE


def elsewhere_note(n: int) -> str:
    """Written in a lane whose every event is drawn with another article's report of the same
    happening (a group shown once): "no event found" there was untrue."""
    return "1 event, shown with another article's report of it" if n == 1 else \
        f"{n:,} events, shown with other articles' reports of them"


class LabelDrawing:
    """The text-drawing half of :class:`~explorer.gui.render.item.TimelineItem`."""

    def _paint_labels_coloured(self, painter, boxes, left_px, y, color, emph=None) -> None:
        """Cluster badges and brackets in their members' colour (neutral when the members differ)."""
        code = self._code
        if code is None:
            self._paint_labels(painter, boxes, left_px, y, color, emph)
            return
        groups: dict[int, list] = {}
        for b in boxes:
            c = code[b.members]
            groups.setdefault(int(c[0]) if len(c) and (c == c[0]).all() else -1, []).append(b)
        for k, part in groups.items():
            self._paint_labels(painter, part, left_px, y, self._qcolors[k] if k >= 0 else QColor(self.theme.muted), emph)

    def _paint_beyond(self, painter, arr, detail, vx0, vx1, left_px, width_px, lane_y) -> None:
        """A lane with nothing in view names at the plot's edge what lies beyond it ("◀ 76 events,
        499 BC – 146 BC"), in its colour: the first view of a folder whose few ancient histories are
        left out of the modern bulk still tells where they are, and a click there goes to them."""
        s = self.pixel_scale
        pad = 4 * s
        ascent, descent = self._metrics.ascent(), self._metrics.descent()
        background = QColor(self.theme.background)
        undated: np.ndarray | None = None
        quiet = self.last_quiet
        fit = self.fit_view
        at_fit = fit is not None and max(abs(vx0 - fit[0]), abs(vx1 - fit[1])) <= 1e-6 * max(fit[1] - fit[0], 1.0)
        beside = self.notes_beside_marks or at_fit
        scale = width_px / (vx1 - vx0) if vx1 > vx0 else 0.0
        for d in detail.lanes:
            marks_drawn = d.mode == "marks" and d.lane not in quiet and len(d.idx)
            if d.mode != "empty" and d.lane not in quiet and not (beside and marks_drawn):
                continue
            y = lane_y[d.lane]
            if d.lane in quiet:  # over its background marks, in the row their titles would take
                y += self._label_base_offset() - (ascent - descent) / 2  # its baseline on the titles'
            beyond = beyond_view(arr, d.lane, vx0, vx1)
            if marks_drawn:
                # a filtered lane with matches in view and more beyond says so beside its marks,
                # where the edge is clear of them ("harbour": 2 matches drawn, 3 more off to the right)
                lo = left_px + (max(float(arr.begin[d.idx].min()), vx0) - vx0) * scale - pad
                hi = left_px + (min(float(arr.end[d.idx].max()), vx1) - vx0) * scale + pad
                # the titles stand above the marks' line: in the note's way only if their row
                # comes down to the note's half height
                low = -self._label_base_offset() < (ascent + descent) / 2 + descent
                titles = [(left_px + box.left - pad, left_px + box.right + pad)
                          for box in self.last_labels if box.lane == d.lane] if low else []
                clear = []
                for b in beyond:
                    w = self._metrics.horizontalAdvance(beyond_text(b))
                    # at the edge, or else just past the marks on the other side of them: a history
                    # whose one later remark sat at the first view's left edge named nothing of its
                    # fifteen events of 1665 ("◀ 15 events, 1665 – 1874" went right of that mark)
                    edge = left_px + pad if b.side == "before" else left_px + width_px - pad - w
                    past = hi + pad if b.side == "before" else lo - pad - w
                    for left in (edge, past):
                        if not left_px + pad <= left <= left_px + width_px - pad - w:
                            continue
                        taken = titles + [(a - pad, a + aw + pad) for _b, a, aw in clear]
                        if (left + w < lo or left > hi) and all(left + w < a or left > z for a, z in taken):
                            clear.append((b, left, w))
                            break
                beyond = clear
                if not beyond:
                    continue
            else:
                beyond = [(b, None, None) for b in beyond]
            if not beyond:  # no dated event anywhere: say what the lane holds instead of nothing
                undated = arr.undated_counts() if undated is None else undated
                n = int(undated[d.lane]) if d.lane < len(undated) else 0
                # an article in which no event was found (a note whose only date is "by year-end")
                # kept a blank lane among the others: a reader took it for a drawing fault
                elsewhere = self.reports_elsewhere
                k = int(elsewhere[d.lane]) if elsewhere is not None and d.lane < len(elsewhere) else 0
                text = (f"{n:,} undated event{'s' if n != 1 else ''}" if n
                        else elsewhere_note(k) if k else empty_lane_note(arr.lanes.mode))
                w = self._metrics.horizontalAdvance(text)
                rect = QRectF(left_px + pad, y - (ascent + descent) / 2, w, ascent + descent)
                painter.setPen(readable_on(QColor(self.theme.muted), background, NOTE_CONTRAST))
                painter.drawText(QPointF(rect.left(), rect.top() + ascent), text)
                (self.last_undated_notes if n else self.last_empty_notes).append((d.lane, rect, text))
            for b, left, w in beyond:
                text = beyond_text(b)
                if left is None:
                    w = self._metrics.horizontalAdvance(text)
                    left = left_px + pad if b.side == "before" else left_px + width_px - pad - w
                rect = QRectF(left, y - (ascent + descent) / 2, w, ascent + descent)
                painter.setPen(readable_on(self._lane_qcolor(d.lane).darker(130), background, NOTE_CONTRAST))
                painter.drawText(QPointF(left, rect.top() + ascent), text)
                self.last_beyond.append((b, rect, text))

    def mark_bands(self) -> list[QRectF]:
        """Where the last paint drew each lane's marks (a band the plot's width, in device pixels):
        what a card over the timeline should hide last, after labels and notes."""
        geo = self.last_geometry
        if geo is None:
            return []
        _vx0, _vx1, left_px, width_px, lane_y, _base, _ascent, _descent = geo
        half = self.lane_sizes().below_px
        return [QRectF(left_px, y - half, width_px, 2 * half) for y in lane_y]

    def _lanes_of_marks(self):
        """What the last paint drew marks with: the view's time range, the plot's left edge and
        pixels per second, each lane's y, the events, and the lanes drawn as marks (not folded or
        empty) that have marks in view; None before the first paint."""
        geo, arr, detail = self.last_geometry, self.events, self.last_detail
        if geo is None or arr is None or detail is None:
            return None
        vx0, vx1, left_px, width_px, lane_y, _base, _ascent, _descent = geo
        scale = width_px / (vx1 - vx0) if vx1 > vx0 else 0.0
        lanes = [d for d in detail.lanes if d.mode == "marks" and len(d.idx) and d.lane < len(lane_y)]
        return vx0, vx1, left_px, scale, lane_y, arr, lanes

    def lane_mark_hulls(self) -> list[QRectF]:
        """For each lane the last paint drew marks in, the line through all of them (device pixels:
        from its first mark's centre to its last's, at its marks' height): a card containing it
        hides every mark that lane shows in view. Such a lane looks empty, which a card over some
        of its marks or over labels does not make it look (a card over one war's few marks left
        its lane blank, as if it had no events in those years)."""
        drawn = self._lanes_of_marks()
        if drawn is None:
            return []
        vx0, vx1, left_px, scale, lane_y, arr, lanes = drawn
        out = []
        for d in lanes:
            x0 = max(float(arr.begin[d.idx].min()), vx0)
            x1 = min(float(arr.end[d.idx].max()), vx1)
            a, b = left_px + (x0 - vx0) * scale, left_px + (min(max(x1, x0), vx1) - vx0) * scale
            out.append(QRectF(a, lane_y[d.lane] - 0.5, max(b - a, 0.0), 1.0))
        return out

    def mark_points(self):
        """Where the last paint drew each mark of its lanes' marks in view (device pixels, the
        middle of a point or of the part of a bar in view), as an ``(n, 2)`` array: a card over a
        lane's one mark in view hides it as surely as a card over its title (bands are the plot's
        width, and say only that a card sits in a lane's row)."""
        import numpy as np

        drawn = self._lanes_of_marks()
        if drawn is None:
            return np.zeros((0, 2))
        vx0, vx1, left_px, scale, lane_y, arr, lanes = drawn
        parts = []
        for d in lanes:
            a = np.maximum(arr.begin[d.idx], vx0)
            b = np.minimum(np.maximum(arr.end[d.idx], a), vx1)
            xs = left_px + ((a + b) / 2.0 - vx0) * scale
            parts.append(np.column_stack([xs, np.full(len(xs), float(lane_y[d.lane]))]))
        return np.concatenate(parts) if parts else np.zeros((0, 2))

    def note_rects(self) -> list[QRectF]:
        """Where the last paint wrote a lane's notes (device pixels): "◀ 14 events, 1862 – 1865" at a
        folded lane's end, "3 undated events", "no events". Text as much as a title is: the
        selection's card once sat over a folded lane's note, weighed as a mere band of marks."""
        return [rect for _b, rect, _text in self.last_beyond] + [
            rect for notes in (self.last_undated_notes, self.last_empty_notes) for _lane, rect, _text in notes]

    def label_rects(self, shown_only: bool = False) -> list[QRectF]:
        """Where the last paint laid out each label (titles, badges and captions), in device pixels;
        the ones left out under the cover too unless ``shown_only`` (what the selection's card is
        placed by: were the labels it hides left out of its choice, it would move on every paint)."""
        if self.last_geometry is None:
            return []
        return [self._label_rect(b) for b in (self.last_labels if shown_only else [*self.last_labels, *self.last_covered])]

    def stub_rects(self) -> list[QRectF]:
        """Where the labels laid out but not written because the selection's card says them whole
        are (see ``_stub_beside_card``): the card may sit there, nothing is hidden."""
        if self.last_geometry is None or self.carded is None:
            return []
        return [self._label_rect(b) for b in self.last_labels if self._stub_beside_card(b)]

    def _label_rect(self, b) -> QRectF:
        """Where the last paint put the label box ``b`` (device pixels): its text's ascent and descent."""
        _vx0, _vx1, left_px, _w, lane_y, base_off, ascent, descent = self.last_geometry
        return QRectF(left_px + b.left, lane_y[b.lane] - b.row * self._row_h + base_off - ascent, b.width,
                      ascent + descent)

    def _cut_by_cover(self, b) -> bool:
        """Whether the cover (the selection's card) hides enough of label ``b`` to cut its text: over
        two fifths of its height (a card that only grazes the descenders leaves it readable). Never
        a label of the selected event itself: what the card says depends on those (see
        SelectionHighlight), and a card must not change what it is placed by."""
        cover = self.cover
        if cover is None:
            return False
        carded = self.carded
        if carded is not None and np.isin(b.members, carded[1]).any():
            return False
        rect = self._label_rect(b)
        common = rect.intersected(cover)
        return not common.isEmpty() and common.height() >= 0.4 * rect.height()

    def _label_base_offset(self) -> float:
        """Baseline of the label row relative to the lane centre (negative: above the marks)."""
        return -self.lane_sizes().above_px

    def _badge(self, text: str, width: float, color: QColor, dpr: float = 1.0) -> QPixmap:
        """A cluster badge (rounded box with the count), rendered once per text, colour, size and
        device pixel ratio (sharp on high-DPI screens)."""
        s = self.pixel_scale
        key = (text, color.rgba(), s, self.theme.name, dpr)
        pix = self._badges.get(key)
        if pix is None:
            ascent = self._metrics.ascent()
            w, h = int(np.ceil(width)), int(np.ceil(ascent + 4 * s))
            img = QImage(max(round(w * dpr), 1), max(round(h * dpr), 1), QImage.Format.Format_ARGB32_Premultiplied)
            img.setDevicePixelRatio(dpr)
            img.fill(0)
            p = QPainter(img)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            rect = QRectF(0, 0, width, ascent + 4 * s)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(color))
            p.drawRoundedRect(rect, 4 * s, 4 * s)
            p.setPen(QColor(self.theme.badge_text))
            p.setFont(self._bold)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            p.end()
            pix = self._badges[key] = QPixmap.fromImage(img)
        return pix

    def _caption_shown(self, b) -> bool:
        """Whether a cluster's caption is written (and noted in ``last_captions``): not when the
        selection's card beside it says the whole title the caption cuts short (see ``set_carded``)."""
        if not b.caption:
            return False
        carded = self.carded
        if carded is not None and caption_shortens(" ".join(b.caption.split()), carded[0]) \
                and np.isin(b.members, carded[1]).any():
            return False
        self.last_captions.append(b.caption)
        return True

    def _stub_beside_card(self, b) -> bool:
        """Whether ``b`` is the selected event's own title cut short ("Khamenei…") while the
        selection's card says it whole: the card shows in its stead (see
        ``SelectionHighlight._has_own_label``), and the stub left beside it said the same words
        twice. Its leader goes with it."""
        carded = self.carded
        return (carded is not None and not b.is_cluster and caption_shortens(b.text, carded[0])
                and np.isin(b.members, carded[1]).any())

    def _paint_labels(self, painter, boxes, left_px, y, color, emph=None) -> None:
        if self.carded is not None:
            boxes = [b for b in boxes if not self._stub_beside_card(b)]
        self.last_titles.extend(b.text for b in boxes if not b.is_cluster and emph is None)
        if emph is not None:  # matches in full, the rest dimmed
            on = [b for b in boxes if emph[b.members].any()]
            off = [b for b in boxes if not emph[b.members].any()]
            painter.setOpacity(DIM_OPACITY)
            self._paint_labels(painter, off, left_px, y, color)
            painter.setOpacity(1.0)
            self._paint_labels(painter, on, left_px, y, color)
            return
        s = self.pixel_scale
        text_color = QColor(self.theme.text)
        base0 = y + self._label_base_offset()  # text baseline of row 0, just above the marks
        row_h = self._row_h
        ascent = self._metrics.ascent()
        yb = y - BAR_PX * s * 0.75 - 1 * s
        brackets = [QLineF(left_px + b.extent[0], yb, left_px + b.extent[1], yb)
                    for b in boxes if b.is_cluster and b.extent[1] - b.extent[0] >= 2 * s]
        if brackets:
            painter.setPen(QPen(color, max(1.0, round(1.2 * s))))  # whole pixels: the fast stroker
            painter.drawLines(brackets)
        leaders = [QLineF(left_px + b.anchor, yb, left_px + b.anchor, base0 - (b.row - 1) * row_h - ascent)
                   for b in boxes if b.row > 0]
        if leaders:  # a stacked title hangs from its mark by a thin line, as a flag on a pole
            leader = QColor(color)
            leader.setAlpha(120)
            painter.setPen(QPen(leader, max(1.0, round(s))))
            painter.drawLines(leaders)
        if not self._vector:  # on screen and in PNG: badges are pre-rendered pixmaps, titles plain text
            painter.setPen(text_color)
            device = painter.device()
            dpr = device.devicePixelRatioF() if device is not None else 1.0
            for b in boxes:
                base = base0 - b.row * row_h
                if b.is_cluster:
                    pill = b.pill or b.width
                    pill_left = b.right - pill if b.caption_left else b.left
                    painter.drawPixmap(QPointF(round(left_px + pill_left), round(base - ascent - 1 * s)),
                                       self._badge(b.text, pill, color, dpr))
                    if self._caption_shown(b):
                        at = b.left if b.caption_left else b.left + pill + CAPTION_GAP_PX * s
                        painter.drawText(QPointF(left_px + at, base), b.caption)
                else:
                    painter.drawText(QPointF(left_px + b.left, base), b.text)
            return
        for b in boxes:
            x = left_px + b.left
            base = base0 - b.row * row_h
            if b.is_cluster:
                pill = b.pill or b.width
                if self._caption_shown(b):
                    painter.setPen(text_color)
                    painter.drawText(QPointF(x if b.caption_left else x + pill + CAPTION_GAP_PX * s, base), b.caption)
                if b.caption_left:
                    x = left_px + b.right - pill
                rect = QRectF(x, base - ascent - 1 * s, pill, ascent + 4 * s)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(color))
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.drawRoundedRect(rect, 4 * s, 4 * s)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.setPen(QColor(self.theme.badge_text))
                painter.setFont(self._bold)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, b.text)
                painter.setFont(self._font)
            else:
                painter.setPen(text_color)
                painter.drawText(QPointF(x, base), b.text)
