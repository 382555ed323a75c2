"""Where labels may go: after a bar's start (never to its left), a day's title left of its dot only when
attached to it, no title cut to a stub, and every short box that is not a title is a badge with a
background. Engine rules first (Qt-free), then what the item actually paints."""

from datetime import date, timedelta

import numpy as np
import pytest

from explorer.timeline import EventsArray, Precision, layout_labels
from explorer.timeline.labels import ELLIPSIS, MIN_TITLE_CHARS, anchors, overlaps
from explorer.timeline.lod import visible_indices

from .conftest import make_event

DAY = 86400.0
PAD = 6.0  # layout_labels' default mark_pad_px
CELL = 14.0  # layout_labels' default cell_px: a span drawn narrower reads as a dot
LONG = ("Mohammad Sadr served as the Foreign Ministry's Middle East deputy", "Through its careful examination of the "
        "forces shaping policy", "Soleimani tried to pass himself off to American officials", "Al-Quds",
        "It is unclear which of the 12 conditions were met", "ISNA", "Bashar al-Assad visits Tehran")


def mixed_events(seed: int, n: int = 40):
    """Days, months, years and multi-year spans with long and short titles, crowded in a decade."""
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        start = date(1995, 1, 1) + timedelta(days=int(rng.integers(0, 3650)))
        kind = int(rng.integers(0, 4))
        if kind == 0:
            begin, end = start, start
        elif kind == 1:
            begin = start.replace(day=1)
            end = (begin.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        elif kind == 2:
            begin, end = date(start.year, 1, 1), date(start.year, 12, 31)
        else:
            begin, end = date(start.year, 1, 1), date(start.year + int(rng.integers(2, 9)), 12, 31)
        out.append(make_event(i, title=f"{LONG[i % len(LONG)]} {i}" if i % 3 else LONG[i % len(LONG)],
                              begin=begin, end=end, certainty="inferred" if i % 5 == 0 else "exact"))
    return EventsArray.from_events(out, "none")


def check_rules(arr, boxes, x0, x1, width):
    assert not overlaps(boxes)
    for b in boxes:
        assert 0 <= b.left and b.right <= width + 1e-6
        if b.is_cluster:
            assert b.text.replace(",", "").isdigit() and int(b.text.replace(",", "")) == b.count
            continue
        i = int(b.members[0])
        title = " ".join(arr.title(i).split())
        # no stub: a shortened title keeps at least MIN_TITLE_CHARS characters before its ellipsis
        if b.text != title:
            assert b.text.endswith(ELLIPSIS) and len(b.text[:-1].rstrip()) >= MIN_TITLE_CHARS, b.text
            assert title.startswith(b.text[:-1].rstrip())
        a = float(b.anchor)
        assert a == pytest.approx((anchors(arr, np.array([i]), x0)[0] - x0) * width / (x1 - x0))
        dot_wide = (arr.end[i] - arr.begin[i]) * width / (x1 - x0) < CELL
        if arr.precision[i] != Precision.DAY and not dot_wide:
            # a span's title starts after the bar's (visible) start, never to its left
            assert b.left >= a - 1e-6, (b.text, b.left, a)
        elif b.left < a:
            # a day's (or a dot-wide span's) title hangs left of its dot only right next to it (attached)
            assert b.right == pytest.approx(a - PAD), (b.text, b.right, a)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("days", [4000, 1500, 500, 120])
@pytest.mark.parametrize("width", [500.0, 1000.0, 1600.0])
def test_span_titles_never_left_of_their_bar_and_no_stubs(seed, days, width):
    arr = mixed_events(seed)
    x0 = (date(1995, 1, 1) - date(1970, 1, 1)).days * DAY + seed * 97 * DAY
    x1 = x0 + days * DAY
    idx = visible_indices(arr, 0, x0, x1)
    boxes = layout_labels(arr, 0, idx, x0, x1, width)
    check_rules(arr, boxes, x0, x1, width)
    members = np.concatenate([b.members for b in boxes]) if boxes else np.zeros(0, np.int64)
    assert set(members.tolist()) <= set(idx.tolist())


def test_two_crowded_bars_shorten_the_first_title_instead_of_moving_it_left():
    evs = [make_event(1, title=LONG[0], begin=date(1997, 1, 1), end=date(2004, 12, 31)),
           make_event(2, title=LONG[1], begin=date(2000, 1, 1), end=date(2099, 12, 31))]
    arr = EventsArray.from_events(evs, "none")
    x0 = (date(1988, 1, 1) - date(1970, 1, 1)).days * DAY
    x1 = (date(2027, 1, 1) - date(1970, 1, 1)).days * DAY
    boxes = layout_labels(arr, 0, visible_indices(arr, 0, x0, x1), x0, x1, 1000.0)
    assert [b.count for b in boxes] == [1, 1]
    first, second = sorted(boxes, key=lambda b: b.left)
    assert first.left >= first.anchor and first.text.endswith(ELLIPSIS)  # right of 1997, shortened
    assert first.right + 6.0 <= second.left


def test_a_day_title_may_hang_left_only_when_attached():
    evs = [make_event(1, title="Treaty signed in Geneva", begin=date(2020, 1, 29))]
    arr = EventsArray.from_events(evs, "none")
    x0 = (date(2020, 1, 1) - date(1970, 1, 1)).days * DAY
    x1 = x0 + 31 * DAY
    (box,) = layout_labels(arr, 0, visible_indices(arr, 0, x0, x1), x0, x1, 800.0)
    assert box.text == "Treaty signed in Geneva" and box.right == pytest.approx(box.anchor - PAD)


def test_a_title_too_short_to_read_is_dropped_not_stubbed():
    # a long title at the right edge with only ~2 characters of room: no "5…"-like stub
    evs = [make_event(1, title="5 500 people marched through the capital", begin=date(2020, 1, 1), end=date(2020, 12, 31))]
    arr = EventsArray.from_events(evs, "none")
    x0 = (date(2019, 1, 1) - date(1970, 1, 1)).days * DAY
    x1 = (date(2021, 1, 1) - date(1970, 1, 1)).days * DAY
    idx = visible_indices(arr, 0, x0, x1)
    for width in (60.0, 80.0, 100.0, 130.0, 400.0):
        for b in layout_labels(arr, 0, idx, x0, x1, width, min_label_px=10.0):
            assert b.text == "5 500 people marched through the capital" or len(b.text[:-1].rstrip()) >= MIN_TITLE_CHARS


# ------------------------------------------------------------------ what the item paints

pytest.importorskip("PySide6")


class RecordingPainter:
    """Enough of QPainter for ``TimelineItem._paint_marks``: records pens and rectangles."""

    def __init__(self):
        self.calls = []
        self.pen = None

    def setBrush(self, brush):
        pass

    def setPen(self, pen):
        from PySide6.QtGui import QPen

        self.pen = pen if isinstance(pen, QPen) else None  # Qt.NoPen: fills only

    def drawRects(self, rects, count=None):
        if count is not None:  # the on-screen fast path: a pointer to ``count`` rectangles, no pen
            self.calls.append((self.pen, [None] * count))
        else:
            self.calls.append((self.pen, [(r.left(), r.width()) for r in rects]))

    def setOpacity(self, o):
        pass

    def drawPixmapFragments(self, *args):
        pass

    def drawRect(self, r):
        pass

    def drawLines(self, lines):  # SVG/PDF dashes: drawn as short segments (PDF readers drop dash patterns)
        self.dash_segments = getattr(self, "dash_segments", 0) + len(lines)


@pytest.mark.parametrize("vector", [True, False])
def test_narrow_inferred_bars_are_not_dashed(qapp, vector):
    """A dashed outline on a 3-pixel month bar looked like a stray "5" next to a mark (the app's
    screenshot, lane "ANALYSIS: ...", May 2019): narrow inferred bars get a solid outline."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    from explorer.gui.render.item import TimelineItem
    from explorer.gui.render.marks import DASH_MIN_PX

    evs = [make_event(1, title="It is unclear which of the 12 conditions", begin=date(2019, 5, 1), end=date(2019, 5, 31),
                       certainty="inferred"),
           make_event(2, title="Sanctions", begin=date(2015, 1, 1), end=date(2018, 12, 31), certainty="inferred")]
    arr = EventsArray.from_events(evs, "none")
    item = TimelineItem(arr)
    item._vector = vector  # SVG/PDF: stroked outlines; on screen: outlines as one-pixel fills
    x0 = (date(1990, 1, 1) - date(1970, 1, 1)).days * DAY
    x1 = (date(2027, 1, 1) - date(1970, 1, 1)).days * DAY
    scale = 1000.0 / (x1 - x0)
    painter = RecordingPainter()
    item._paint_marks(painter, arr, np.arange(len(arr)), lambda x: (x - x0) * scale, x0, x1, 0.0, 1000.0, 50.0,
                      QColor("#76b7b2"))
    dashed = [r for pen, rects in painter.calls if pen is not None and pen.style() == Qt.PenStyle.DashLine
              for r in rects]
    if not vector:
        assert len(dashed) == 1  # only the four years: wide enough for dashes to read
    else:
        assert not dashed and getattr(painter, "dash_segments", 0) >= 8  # the four years: dashes as segments
        outlined = [(w, pen.style()) for pen, rects in painter.calls if pen is not None for left, w in rects]
        assert len(outlined) == 1  # the month alone has a stroked (solid) outline
        assert outlined[0][0] < DASH_MIN_PX and outlined[0][1] == Qt.PenStyle.SolidLine


def test_painted_short_labels_are_badges_with_a_background(qapp):
    """A crowded three-lane figure at two sizes: every label is a title of 3+ characters (or the whole
    short title), or a cluster badge painted on a filled box of the lane's colour."""
    from PySide6.QtGui import QColor

    from explorer.gui.render.figure import make_figure
    from explorer.timeline.lanes import lane_color

    rng = np.random.default_rng(1)
    evs = []
    for i in range(300):
        d = date(2015, 1, 1) + timedelta(days=int(rng.integers(0, 1500)))
        span = i % 4 == 1
        evs.append(make_event(i, doc=f"d{i % 3}.txt", title=("ISNA" if i % 7 == 0 else f"{LONG[i % len(LONG)]} {i}"),
                              begin=d, end=d + timedelta(days=200) if span else d,
                              certainty="inferred" if i % 6 == 0 else "exact"))
    arr = EventsArray.from_events(evs)
    for size in ((900, 500), (1600, 900)):
        fig = make_figure(arr, size=size)
        try:
            img = fig.widget.grab().toImage()
            item = fig.item
            vx0, vx1, left_px, width_px, lane_y, base_off, ascent, descent = item.last_geometry
            assert item.last_labels
            for b in item.last_labels:
                if not b.is_cluster:
                    title = " ".join(arr.title(int(b.members[0])).split())
                    assert b.text == title or len(b.text.rstrip(ELLIPSIS).rstrip()) >= MIN_TITLE_CHARS
                    assert len(b.text) >= min(MIN_TITLE_CHARS, len(title))
                    continue
                # the badge's box: sample its fill just inside the left edge, above the baseline
                # (a caption with no room after the badge stands before it: the box ends the label)
                x = int(round(left_px + (b.right - b.pill if b.caption_left else b.left))) + 3
                # (a badge of repeated titles may stand in an upper row: base_off is row 0's)
                y = int(round(lane_y[b.lane] + base_off - b.row * item._row_h - ascent / 2))
                got = img.pixelColor(x, y)
                want = QColor(lane_color(b.lane))
                assert abs(got.red() - want.red()) + abs(got.green() - want.green()) + abs(got.blue() - want.blue()) < 60, \
                    (b.text, got.name(), want.name())
        finally:
            fig.close()



def test_axis_labels_after_returning_to_a_range_seen_before(qapp):
    """The grid shares the date axis's ticks (a memo on the axis): going back to a range seen before
    gives the same labels as the first time, whatever was shown in between."""
    from explorer.gui.render.figure import make_figure

    evs = [make_event(i, title=f"Event {i}", begin=date(1990, 1, 1) + timedelta(days=40 * i)) for i in range(300)]
    fig = make_figure(EventsArray.from_events(evs, "none"), size=(900, 400))
    try:
        wide = fig.x_range()
        centre = (wide[0] + wide[1]) / 2
        seen = {}
        for r in (wide, (centre - 20 * DAY, centre + 20 * DAY), wide, (centre - 2 * DAY, centre + 2 * DAY), wide):
            fig.set_x_range(*r)
            fig.widget.grab()
            axis = fig.date_axis
            got = (tuple(axis.last_minor), tuple(axis.last_bands))
            assert got[0]
            assert seen.setdefault(tuple(round(v) for v in fig.x_range()), got) == got
    finally:
        fig.close()


def test_at_the_right_edge_a_title_hangs_left_of_a_dot_wide_year_or_is_left_out_never_shortened():
    """A year seen across centuries is a dot: its title hangs left of it; a visibly wide bar near
    the edge keeps its mark unlabelled rather than a title the plot's edge shortened."""
    title = "Germany attacks Poland"
    year = EventsArray.from_events([make_event(1, title=title, begin=date(1939, 1, 1), end=date(1939, 12, 31))], "none")
    x0 = (date(1000, 1, 1) - date(1970, 1, 1)).days * DAY
    x1 = (date(1950, 1, 1) - date(1970, 1, 1)).days * DAY
    (box,) = layout_labels(year, 0, visible_indices(year, 0, x0, x1), x0, x1, 1000.0)
    assert box.text == title and box.right == pytest.approx(box.anchor - PAD)
    wide = EventsArray.from_events([make_event(1, title=title, begin=date(2019, 1, 1), end=date(2030, 12, 31))], "none")
    x0 = (date(2000, 1, 1) - date(1970, 1, 1)).days * DAY
    x1 = (date(2021, 1, 1) - date(1970, 1, 1)).days * DAY
    assert layout_labels(wide, 0, visible_indices(wide, 0, x0, x1), x0, x1, 1000.0) == []


@pytest.mark.parametrize("apart_days, badges", [(33, ["69"]), (48, ["18", "51"])])
def test_two_count_badges_never_stand_close_enough_to_read_as_one_number(apart_days, badges):
    """18 events on one day and 51 on another: their two badges either keep a clear gap or become
    one badge of 69 (a few pixels between two pills read as "18 51")."""
    first, second = date(2001, 3, 1), date(2001, 3, 1) + timedelta(days=apart_days)
    events = [make_event(i, begin=first, end=first) for i in range(18)]
    events += [make_event(100 + i, begin=second, end=second) for i in range(51)]
    arr = EventsArray.from_events(events, "none")
    x0 = float(arr.begin.min()) - 200 * DAY
    x1 = x0 + 1000 * DAY  # one pixel a day
    boxes = layout_labels(arr, 0, np.arange(len(arr)), x0, x1, 1000.0)
    assert [b.text for b in boxes] == badges
    for a, b in zip(boxes, boxes[1:]):
        assert b.left - a.right >= 14.0


def test_a_year_band_cut_by_the_plots_edge_is_left_unnamed_never_shown_as_a_shorter_number(qapp):
    """At the right edge a band a few pixels wide had "1943" shortened to "19…", which reads as another
    date; a date's label is whole or absent (a cut word, as a month's name, may still be shortened)."""
    import re

    from explorer.gui.render.figure import make_figure

    evs = [make_event(i, title=f"Event {i}", begin=date(1936, 1, 1) + timedelta(days=60 * i)) for i in range(40)]
    fig = make_figure(EventsArray.from_events(evs, "none"), size=(900, 400))
    try:
        start = (date(1935, 7, 1) - date(1970, 1, 1)).days * DAY
        for days_into_last_year in (90, 110, 125):  # the last band 20 to 40 px wide
            end = (date(1943, 1, 1) - date(1970, 1, 1)).days * DAY + days_into_last_year * DAY
            fig.set_x_range(start, end)
            fig.widget.grab()
            bands = [text for _, _, text in fig.date_axis.last_bands]
            assert "1941" in bands and "1942" in bands
            assert not any(re.search(r"\d\u2026$", text) for text in bands), bands
    finally:
        fig.close()
