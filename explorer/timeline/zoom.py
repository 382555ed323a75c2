"""Bounds of what the timeline can show: 10000 BC to AD 9999, zoom from a few days to a few millennia."""

from __future__ import annotations

from explorer.calendar import EPOCH_ORDINAL, SECONDS_PER_DAY

#: 10000 BC (astronomical year -9999) and 10000-01-01 (the end of 9999) as UTC epoch seconds, via
#: proleptic day ordinals (:mod:`explorer.calendar`): histories reach back before year 1.
X_MIN = (-3652424 - EPOCH_ORDINAL) * SECONDS_PER_DAY  # calendar.ordinal(-9999, 1, 1) - the epoch
X_MAX = 253402300800.0
#: Narrowest visible range: three days, so a day still reads as a day next to its neighbours.
MIN_SPAN_S = 3 * SECONDS_PER_DAY
#: Widest visible range: three millennia.
MAX_SPAN_S = 3000 * 365.2425 * SECONDS_PER_DAY


def clamp_range(x0: float, x1: float) -> tuple[float, float]:
    """The nearest allowed range to ``[x0, x1]``: width within the zoom bounds, inside years 1-9999."""
    if x1 < x0:
        x0, x1 = x1, x0
    centre = (x0 + x1) / 2.0
    width = min(max(x1 - x0, MIN_SPAN_S), MAX_SPAN_S, X_MAX - X_MIN)
    x0 = centre - width / 2.0
    if x0 < X_MIN:
        x0 = X_MIN
    if x0 + width > X_MAX:
        x0 = X_MAX - width
    return x0, x0 + width


#: Zooming out goes no wider than this many times the full fit of the events shown (every event,
#: with room for labels): past it a view shows only more empty years (four presses of minus on a
#: folder of news from 1990-2021 showed 1700-2300, half of it years to come).
ZOOM_OUT_ROOM = 1.5


def zoom_out_range(view: tuple[float, float], factor: float, centre: float | None,
                   full: tuple[float, float] | None) -> tuple[float, float]:
    """``view`` widened ``factor`` times (> 1) keeping ``centre`` (its middle when None) in place;
    once that is at least :data:`ZOOM_OUT_ROOM` times as wide as ``full`` (the events' full fit,
    None for no events), the view is every event instead: that width (never narrower than
    ``view``), centred on them. So zooming out always ends on all the events, never on empty time.
    With no ``centre`` (nothing selected in view) a widened view that reaches past the events on one
    side while hiding some on the other moves towards them (:func:`_towards_the_events`)."""
    x0, x1 = view
    c = (x0 + x1) / 2.0 if centre is None else centre
    a, b = c - (c - x0) * factor, c + (x1 - c) * factor
    if full is None:
        return a, b
    if b - a > MAX_SPAN_S:  # the widest view there is (else cut about its middle by clamp_range)
        share = (c - a) / (b - a)
        a = c - share * MAX_SPAN_S
        b = a + MAX_SPAN_S
    widest = max((full[1] - full[0]) * ZOOM_OUT_ROOM, x1 - x0)
    if b - a < widest:
        return _towards_the_events(a, b, full) if centre is None else (a, b)
    middle = (full[0] + full[1]) / 2.0
    return middle - widest / 2.0, middle + widest / 2.0


def _towards_the_events(a: float, b: float, full: tuple[float, float]) -> tuple[float, float]:
    """``[a, b]`` moved, its width kept, so that it reaches no further than ``full`` (the events'
    full fit, its margin included) on one side while events lie hidden beyond its other edge. With
    nothing selected the view's middle is no time the user chose: widened around it, a folder of
    histories from 420 BC to 2027 zoomed out from 1090-2170 to 370-2530, five centuries of empty
    future on screen and the oldest events still out of sight."""
    if b > full[1] and a > full[0]:  # empty years on the right, events hidden on the left
        shift = min(b - full[1], a - full[0])
        return a - shift, b - shift
    if a < full[0] and b < full[1]:  # and the other way round
        shift = min(full[0] - a, full[1] - b)
        return a + shift, b + shift
    return a, b


def zoom_about(view: tuple[float, float], factor: float, centre: float,
               full: tuple[float, float] | None) -> tuple[float, float]:
    """``view`` scaled ``factor`` times (< 1 zooms in) with the time ``centre`` kept where it is on
    screen, also where a zoom bound stops the scaling; zooming out ends on every event as
    :func:`zoom_out_range` says. Why: the wheel zooms around the pointer, and a range clamped to a
    bound about its own middle moved the middle away from the pointer at each notch past the bound:
    wheeling out over a folder of 1990s news went on to years 7000-9999, with no event in sight."""
    x0, x1 = view
    width = x1 - x0
    if width <= 0:
        return clamp_range(x0, x1)
    if factor > 1 and full is not None:
        plain = (centre - (centre - x0) * factor, centre + (x1 - centre) * factor)
        ended = zoom_out_range(view, factor, centre, full)
        if ended != plain:  # every event in view: the events' range, centred on them
            return clamp_range(*ended)
    share = (centre - x0) / width
    new = min(max(width * factor, MIN_SPAN_S), MAX_SPAN_S, X_MAX - X_MIN)
    start = min(max(centre - share * new, X_MIN), X_MAX - new)
    return start, start + new


#: Spans longer than this do not stretch a robust fit (their bars simply cross the view).
ROBUST_MAX_SPAN_S = 10 * 365.2425 * SECONDS_PER_DAY


#: The bulk of a folder's events: the narrowest stretch of time holding this share of them.
BULK_SHARE = 0.9
#: The first view shows only the bulk when it is at least this many times narrower than all events.
BULK_NARROWING = 5.0
#: The bulk is found on at most about this many events (every n-th one): a sort of 1M would cost.
BULK_SAMPLE = 20_000


def bulk_range(begin, end) -> tuple[float, float] | None:
    """The narrowest ``(first, last)`` of the events' midpoints holding :data:`BULK_SHARE` of them
    (a few outlying histories or background years left out); None below 20 events."""
    import numpy as np

    n = len(begin)
    if n < 20:
        return None
    step = max(1, n // BULK_SAMPLE)
    mid = np.sort((np.asarray(begin, float)[::step] + np.asarray(end, float)[::step]) / 2.0)
    m = len(mid)
    k = int(np.ceil(BULK_SHARE * m))
    widths = mid[k - 1:] - mid[:m - k + 1]
    i = int(np.argmin(widths))
    return float(mid[i]), float(mid[i + k - 1])


#: Events less salient than this are background (a century's mention, a year only recalled in
#: passing, see :mod:`explorer.events.salience`): they never decide a robust fit.
BACKGROUND_SALIENCE = 0.15
#: A lane brought into view for its nearest half shows its other events too when that widens the
#: range by at most this share (a history's early years, not a news article's one recalled decade).
LANE_REST_SHARE = 0.25


def fit_events(events, robust: bool = True) -> tuple[float, float] | None:
    """:func:`fit_range` of an :class:`~explorer.timeline.EventsArray`, its salience given, and its
    lanes unless they are actors' or places': every article must be on the first view, but an actor's or a
    place's lane is no article (among 90 actor lanes of thirty 1998 news, one actor's lone 1949
    recollection stretched the view to 1947-2007 and squeezed the news into its right sixth)."""
    priority = events.priority
    salience = priority[events.row] if priority is not None and len(events.row) else None
    lane_start = None if events.lanes.mode in ("actor", "place") else events.lane_start
    return fit_range(events.begin, events.end, robust, lane_start, salience)


def fit_range(begin, end, robust: bool = True, lane_start=None, salience=None) -> tuple[float, float] | None:
    """A range showing events with these ``begin``/``end`` arrays (epoch seconds), with a little room on
    the left and room for the last labels on the right; None for no events.

    ``robust`` (the first range the app shows, and the headless export's default): spans longer than
    a decade do not stretch it, and with 100 events or more neither do the 1% earliest and latest (with
    20 to 99, the one earliest and the one latest), when leaving them out makes the range at least
    three times narrower. Then, with 20 events or more, the first view is the bulk of them (see
    :func:`bulk_range`) when that is at least :data:`BULK_NARROWING` times narrower: one ancient
    history among thirty modern articles no longer squeezes them all into the view's last pixels;
    and a thin run of events at either end taking much of the range is left out too (see
    :func:`sparse_tails`: a few recalled old years no longer leave a third of the view empty).
    Given ``lane_start`` (the arrays are lane-major, lane ``l`` is ``lane_start[l]:lane_start[l+1]``),
    no lane is left out that way: a lane with most of its short events outside the range widens it
    to show at least half of them, the nearest (its strays trimmed by the same rule), and all of
    them when that costs little room (see :func:`_every_lane`), since a reader who opens a folder
    must see every article on the first view (two ancient histories among ten modern ones sat out
    of view until 0 was pressed twice). Last, when an empty stretch splits the range and the far
    side is whole other lanes, the first view is the dense side (see :func:`densest_part`; the far
    lanes say at the plot's edge where their events are). Given ``salience`` (0-1 by position), events below
    :data:`BACKGROUND_SALIENCE` count as long spans do: the salient events decide the view. Without
    ``robust``: the full extent.
    """
    import numpy as np

    begin, end = np.asarray(begin, float), np.asarray(end, float)
    if not len(begin):
        return None
    lo, hi = float(begin.min()), float(end.max())
    if robust:
        short = (end - begin) <= ROBUST_MAX_SPAN_S
        if salience is not None and len(salience) == len(begin):
            salient = short & (np.asarray(salience, float) >= BACKGROUND_SALIENCE)
            short = salient if salient.any() else short
        b, e = (begin[short], end[short]) if short.any() else (begin, end)
        lo, hi = _trimmed(b, e)
        bulk = bulk_range(b, e)
        if bulk is not None and (bulk[1] - bulk[0]) * BULK_NARROWING <= hi - lo:
            lo, hi = bulk
        lo, hi = sparse_tails(b, e, lo, hi)
        if lane_start is not None and short.any():
            lo, hi = _every_lane(begin, end, short, np.asarray(lane_start, np.int64), lo, hi)
        if short.any():
            lanes = None
            if lane_start is not None:
                starts = np.asarray(lane_start, np.int64)
                lanes = np.repeat(np.arange(len(starts) - 1), np.diff(starts))[short]
            dense = densest_part(begin[short], end[short], lo, hi, lanes)
            if dense != (lo, hi):  # the dense era's own stray years, and its own lanes brought in
                part = short & (end >= dense[0]) & (begin <= dense[1])
                lo, hi = sparse_tails(begin[part], end[part], *dense)
                if lane_start is not None:
                    # only the lanes of that era: a history of 1665 with a remark on 1965 among news
                    # of the 2020s is named at the edge, not brought in by its remark (1962-2037)
                    starts = np.asarray(lane_start, np.int64)
                    lane = np.repeat(np.arange(len(starts) - 1), np.diff(starts))
                    size = len(starts) - 1
                    own = np.bincount(lane[part], minlength=size) >= np.bincount(lane[short & ~part], minlength=size)
                    lo, hi = _every_lane(begin, end, part & own[lane], starts, lo, hi)
    width = max(hi - lo, MIN_SPAN_S)
    return clamp_range(lo - 0.04 * width, hi + 0.16 * width)


#: A run of events at one end of the range is left out of the first view when it takes at least this
#: many times as large a share of the range's width as of its events (seven events of 115 over
#: thirteen of 22 years is 8 times)...
TAIL_SPARSENESS = 5.0
#: ...is at most this share of the events...
TAIL_SHARE = 0.1
#: ...and takes at least this share of the width (a narrower margin is not worth hiding events for).
TAIL_MIN_WIDTH = 0.25


def sparse_tails(begin, end, lo: float, hi: float) -> tuple[float, float]:
    """``(lo, hi)`` without the thin runs of events at its ends: at each end, the run of ``k``
    events (at most :data:`TAIL_SHARE` of those in the range, 20 or more) that saves the most width
    net of :data:`TAIL_SPARSENESS` times its share of the events, when that saves at least
    :data:`TAIL_MIN_WIDTH` of the range. Why: thirty news articles of 1990 and 1998 whose
    backgrounds recall a few years of the 1970s and 1980s (seven events of 115) opened on 1976-2002,
    the left third of the plot nearly empty and the news squeezed to the right; neither the 1%
    strays nor the bulk's fivefold narrowing saw it. The events left out are named at the plot's
    edge by their lanes (:func:`explorer.timeline.lod.beyond_view`) and 0 shows them."""
    import numpy as np

    b, e = np.asarray(begin, float), np.asarray(end, float)
    inside = (e >= lo) & (b <= hi)
    b, e = b[inside], e[inside]
    n = len(b)
    width = hi - lo
    if n < 20 or width <= 0:
        return lo, hi
    most = int(TAIL_SHARE * n)
    k = np.arange(1, most + 1)
    if most < 1:
        return lo, hi
    # only the most + 1 earliest begins and latest ends are needed: no sort of a million events
    starts = np.sort(np.partition(b, most)[:most + 1])
    ends = -np.sort(np.partition(-e, most)[:most + 1])
    new_lo, new_hi = lo, hi
    for side, edge in ((0, starts), (1, ends)):
        saved = np.abs(edge[k] - edge[0]) / width
        gain = saved - TAIL_SPARSENESS * k / n
        best = int(np.argmax(gain))
        if gain[best] > 0 and saved[best] >= TAIL_MIN_WIDTH:
            if side == 0:
                new_lo = max(lo, float(edge[k[best]]))
            else:
                new_hi = min(hi, float(edge[k[best]]))
    if new_hi <= new_lo:
        return lo, hi
    return new_lo, new_hi


#: A gap between events this share of the fitted range or wider splits it in two parts...
SPLIT_GAP_SHARE = 0.5
#: ...and the first view is the part holding at least this share of the events in the range...
DENSE_PART_SHARE = 0.75
#: ...or only the larger part, when the gap takes this share of the range or more: two eras in one
#: axis then squeeze each into a few columns of marks (one history of the Punic Wars, 29 events,
#: beside eight news articles of the 1990s, 45 events: -263 to 1999, every event in two columns).
WIDE_GAP_SHARE = 0.8
#: ...when there are at least this many of them (eleven events are too few to call one of them far).
DENSE_PART_MIN = 20


def densest_part(begin, end, lo: float, hi: float, lane=None) -> tuple[float, float]:
    """``(lo, hi)``, or the part of it on one side of an empty stretch taking at least
    :data:`SPLIT_GAP_SHARE` of it, when that part holds :data:`DENSE_PART_SHARE` of the events in it
    (more than half of them when the gap takes :data:`WIDE_GAP_SHARE` of the range: the larger era;
    two eras of as many events both stay).
    Given each event's ``lane``, the part left out must be other lanes' (other articles, most of
    their events far away; a tenth of its events may be strays of the kept lanes, those with more
    events in the kept part): one recollected century in each of many articles is part of their
    story and stays in view.

    Why: two ancient histories among ten modern ones (WikiWars dropped in) fitted 600 BC to AD 2300,
    every modern war a sliver at the right edge; the bulk alone cannot see it, since the ancient
    events are more than a tenth of them. A reader reads the modern part first; the lanes left out
    say at the plot's edge how many events lie beyond it and are reached from there (see
    :func:`explorer.timeline.lod.beyond_view`)."""
    import numpy as np

    inside = (np.asarray(end, float) >= lo) & (np.asarray(begin, float) <= hi)
    b, e = np.asarray(begin, float)[inside], np.asarray(end, float)[inside]
    if len(b) < DENSE_PART_MIN or hi <= lo:
        return lo, hi
    order = np.argsort((b + e) / 2.0, kind="stable")
    b, e = b[order], e[order]
    lanes = np.asarray(lane)[inside][order] if lane is not None else None
    reach = np.maximum.accumulate(e)  # the latest end so far: a gap is where nothing is going on
    gaps = b[1:] - reach[:-1]
    i = int(np.argmax(gaps))
    if gaps[i] < SPLIT_GAP_SHARE * (hi - lo):
        return lo, hi
    n = len(b)
    first, second = slice(0, i + 1), slice(i + 1, n)
    wide = gaps[i] >= WIDE_GAP_SHARE * (hi - lo)
    for keep, drop in ((first, second), (second, first)):
        kept = b[keep]
        if len(kept) < DENSE_PART_SHARE * n and not (wide and 2 * len(kept) > n):
            continue
        if lanes is not None:
            # a dropped event is a stray when its lane has more events in the kept part: a history
            # of 1665 with two later remarks among modern news is still a lane of the far part
            size = int(lanes.max()) + 1
            in_kept = np.bincount(lanes[keep], minlength=size)
            in_drop = np.bincount(lanes[drop], minlength=size)
            strays = in_kept[lanes[drop]] > in_drop[lanes[drop]]
            if strays.sum() > 0.1 * len(strays):
                return lo, hi
        return max(lo, float(kept.min())), min(hi, float(e[keep].max()))
    return lo, hi


def _trimmed(b, e) -> tuple[float, float]:
    """The extent of these events without their strays: with 100 or more, the 1% earliest and latest;
    with 20 to 99, the one earliest and the one latest (one misread "1,000" is already 1 in 20);
    kept only when leaving them out makes the range at least three times narrower."""
    import numpy as np

    lo, hi = float(b.min()), float(e.max())
    if len(b) >= 100:
        qlo, qhi = float(np.percentile(b, 1)), float(np.percentile(e, 99))
    elif len(b) >= 20:
        qlo, qhi = float(np.sort(b)[1]), float(np.sort(e)[-2])
    else:
        qlo = qhi = lo
    if qhi > qlo and hi - lo > 3 * (qhi - qlo):
        return qlo, qhi
    return lo, hi


def _every_lane(begin, end, short, lane_start, lo: float, hi: float) -> tuple[float, float]:
    """``(lo, hi)`` widened so that no lane has most of its short events outside it. Such a lane
    brings in at least half of its events (its strays trimmed), the nearest to the range first, and
    the rest of them only when that widens the result by at most :data:`LANE_REST_SHARE`: thirty
    news articles of 1998 opened on 1947-2007 because one article's two events were a day past the
    bulk and "50 years ago". Only the lanes left out are looked at one by one: a folder of
    thousands of modern articles costs two counts."""
    import numpy as np

    n_lanes = len(lane_start) - 1
    if n_lanes < 2:
        return lo, hi
    lane = np.repeat(np.arange(n_lanes), np.diff(lane_start))
    seen = short & (end > lo) & (begin < hi)
    n_short = np.bincount(lane[short], minlength=n_lanes)
    n_seen = np.bincount(lane[seen], minlength=n_lanes)
    near_lo, near_hi, all_lo, all_hi = lo, hi, lo, hi
    for gone in np.flatnonzero(n_seen * 2 < n_short):
        part = slice(int(lane_start[gone]), int(lane_start[gone + 1]))
        keep = short[part]
        b, e = begin[part][keep], end[part][keep]
        lane_lo, lane_hi = _trimmed(b, e)
        kept = (b >= lane_lo) & (e <= lane_hi)
        b, e = b[kept], e[kept]
        # how far each event is from the range (0 when it overlaps it); the nearest half comes in
        far = np.maximum(lo - e, 0.0) + np.maximum(b - hi, 0.0)
        nearest = np.argsort(far, kind="stable")[:(len(b) + 1) // 2]
        near_lo, near_hi = min(near_lo, float(b[nearest].min())), max(near_hi, float(e[nearest].max()))
        all_lo, all_hi = min(all_lo, float(b.min())), max(all_hi, float(e.max()))
    if all_hi - all_lo <= (1.0 + LANE_REST_SHARE) * (near_hi - near_lo):
        return all_lo, all_hi
    return near_lo, near_hi


#: A selected event's neighbourhood fills its view when the events in the view span at least this
#: share of its width; below it the view is "mostly empty" and the jump zooms to them instead...
FILLED_SHARE = 0.5
#: ...when there are this many of them (the event among them): a lone event decades from any other
#: is centred at the kept zoom, not blown up to its own three days.
MIN_NEIGHBOURS = 3


def range_to_show(start: float, end: float, view: tuple[float, float], begin, end_all,
                  margin: float = 0.01) -> tuple[float, float] | None:
    """The visible range that shows a selected event ``[start, end)`` (epoch seconds) whose view is
    ``view``, given every drawn event's ``begin``/``end_all``; None when some of it is on screen
    already (more than ``margin`` of the width from the edges: browsing never jumps).

    Off screen, the event is centred at the kept zoom, unless the events in that centred view span
    less than :data:`FILLED_SHARE` of it (and are at least :data:`MIN_NEIGHBOURS`;
    spans over a decade not counted): then the view zooms in to them (their robust fit, see
    :func:`fit_range`, always with the event itself). Why: after a zoom out to an ancient history
    (three millennia wide), selecting a modern event kept the width and centred it, showing
    1200-2600 with all modern wars in one corner; the reader jumped to an event and wants to see
    it among its neighbours. A view the events fill (a zoomed-in browse) is only panned, so the
    zoom the reader chose stays."""
    import numpy as np

    x0, x1 = view
    width = x1 - x0
    edge = width * margin
    if end > x0 + edge and start < x1 - edge:
        return None
    if x0 <= start and end <= x1 and end - start <= width - 2 * edge:
        # wholly on screen, only too near an edge: moved that far off it, at the kept zoom. The first
        # view keeps less room at its left edge than the margin, so the first event in it was taken
        # for one off screen: Home or Right there re-centred the view on it and zoomed in to its
        # neighbours (thirty 1998 news: the view went from 1997-1999 to half of 1998).
        shift = (x0 + edge) - end if end <= x0 + edge else (x1 - edge) - start
        return clamp_range(x0 - shift, x1 - shift)
    centre = (start + end) / 2 if end - start < width * 0.9 else start + width * 0.45
    nx0, nx1 = centre - width / 2, centre + width / 2
    b, e = np.asarray(begin, float), np.asarray(end_all, float)
    near = (e > nx0) & (b < nx1) & (e - b <= ROBUST_MAX_SPAN_S)  # a century's bar fills no view
    if int(near.sum()) >= MIN_NEIGHBOURS:
        lo, hi = max(float(b[near].min()), nx0), min(float(e[near].max()), nx1)
        fit = fit_range(b[near], e[near], robust=True) if hi - lo < FILLED_SHARE * width else None
        if fit is not None:
            pad = 0.04 * (fit[1] - fit[0])
            lo, hi = min(fit[0], start - pad), max(fit[1], end + pad)
            if hi - lo < width:
                return clamp_range(lo, hi)
    return clamp_range(nx0, nx1)
