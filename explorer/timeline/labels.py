"""Label layout: each visible event's title beside its mark, never overlapping; crowded events collapse.

Per lane, labels sit on one row just above the marks. Events are first grouped into cells of
``cell_px`` pixels anchored in time (not on the screen, so a pan does not reshuffle them); a cell with
one event offers its title, a cell with several offers a cluster badge with the count. Then, left
to right, any candidate whose label would touch the previous one is merged with it into a cluster,
repeatedly, so the densest runs collapse first. Zooming in spreads the marks, the cells split, and
the clusters expand into titles, as in vis-timeline. Everything is deterministic for a given view.
Widths come from ``measure`` (the caller's font metrics), or an average character width.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

import numpy as np

from explorer.timeline.events_array import EventsArray, Precision
from explorer.timeline.label_sizes import (BADGE_GAP_PX, BADGE_PAD_PX, CAPTION_GAP_PX, CELL_PX, CHAR_PX, GAP_PX, MARK_PAD_PX,
                                           MAX_LABEL_PX, MIN_LABEL_PX, SAME_TITLE_NEAR_PX)
from explorer.timeline.zoom import MIN_SPAN_S

ELLIPSIS = "\u2026"


@dataclass(frozen=True, slots=True)
class LabelBox:
    lane: int
    left: float  # pixels from the left of the view
    width: float
    text: str
    count: int  # 1 for a single event's title, more for a cluster
    members: np.ndarray  # array positions (into the EventsArray) of the events it stands for
    anchor: float  # pixel x of the mark, or the cluster's mean position
    extent: tuple[float, float]  # pixel x range of the members' anchors
    row: int = 0  # label row within the lane: 0 just above the marks, 1 above that...
    caption: str = ""  # a cluster's most important member's title, drawn after its count badge
    pill: float = 0.0  # a cluster's count badge width (``width`` then includes the caption)
    caption_left: bool = False  # the caption stands before the badge (no room after it)

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def is_cluster(self) -> bool:
        return self.count > 1


def elide_to(text: str, max_px: float, measure: Callable[[str], float], min_chars: int = 1) -> str:
    """``text`` (whitespace collapsed) shortened with an ellipsis to fit ``max_px``; "" when fewer than
    ``min_chars`` characters would remain (a lone "5…" reads as a number, not a title)."""
    text = " ".join(text.split())
    if measure(text) <= max_px:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + ELLIPSIS) <= max_px:
            lo = mid
        else:
            hi = mid - 1
    kept = text[:lo].rstrip()
    return kept + ELLIPSIS if kept and len(kept) >= min_chars else ""


def wrap_to(text: str, max_px: float, measure: Callable[[str], float], rows: int) -> list[str]:
    """``text`` (whitespace collapsed) broken at spaces into at most ``rows`` lines of ``max_px`` each,
    the last one shortened with an ellipsis when the words do not all fit (a word wider than a line
    is shortened on its own line). A title on a card wraps rather than losing its end at a fixed width."""
    words, lines, line = " ".join(text.split()).split(), [], ""
    for i, word in enumerate(words):
        joined = f"{line} {word}" if line else word
        if measure(joined) <= max_px:
            line = joined
            continue
        if len(lines) + 1 == rows:  # the last line: what is left, cut to fit
            lines.append(elide_to(" ".join([line, *words[i:]]).strip(), max_px, measure))
            return lines
        if line:
            lines.append(line)
        line = word if measure(word) <= max_px else elide_to(word, max_px, measure)
    if line:
        lines.append(line)
    return lines


def fit_title(text: str, max_px: float, measure: Callable[[str], float]) -> str:
    """A document's title as a lane name in ``max_px``: whole when it fits, else shortened where a
    phrase ends (see :func:`explorer.documents.lead_phrases.short_title`), the longest such that fits."""
    from explorer.documents.lead_phrases import short_title

    text = " ".join(text.split())
    if measure(text) <= max_px:
        return text
    lo, hi, best = 1, len(text) - 1, short_title(text, 2)
    while lo <= hi:  # the most characters whose shortened title fits
        mid = (lo + hi) // 2
        shown = short_title(text, mid)
        if measure(shown) <= max_px:
            best, lo = shown, mid + 1
        else:
            hi = mid - 1
    return best


#: A shortened title keeps at least this many characters, or it is not shown.
MIN_TITLE_CHARS = 3


def anchors(arr: EventsArray, idx: np.ndarray, x0: float) -> np.ndarray:
    """Where each event's label hangs: a day's centre, or a span's (visible) start."""
    b = arr.begin[idx]
    point = arr.precision[idx] == Precision.DAY
    return np.where(point, (b + arr.end[idx]) / 2.0, np.maximum(b, x0))


def layout_labels(
    arr: EventsArray,
    lane: int,
    idx: np.ndarray,
    x0: float,
    x1: float,
    width_px: float,
    measure: Callable[[str], float] | None = None,
    char_px: float = CHAR_PX,
    cell_px: float = CELL_PX,
    gap_px: float = GAP_PX,
    mark_pad_px: float = MARK_PAD_PX,
    max_label_px: float = MAX_LABEL_PX,
    min_label_px: float = MIN_LABEL_PX,
    badge_pad_px: float = BADGE_PAD_PX,
    cache: dict | None = None,
    badge_gap_px: float = BADGE_GAP_PX,
) -> list[LabelBox]:
    """Non-overlapping labels (titles and cluster badges) for the visible events ``idx`` of ``lane``.

    A title starts just right of its mark (a span's visible start). Only a day's title, or that of a
    span drawn narrower than a cell (a year seen across centuries reads as a dot), may hang to the
    left of its mark (when the right has no room); a wider span's title never sits left of the bar's
    start: it is shortened to fit before the next label (keeping at least :data:`MIN_TITLE_CHARS`
    characters), or merged into a cluster. The plot's right edge never shortens a title: one that
    does not fit before it hangs left or is left out (a cut "Germany and Slovaki…" misreads).

    ``cache``: a dict the caller keeps while ``measure`` is unchanged (same font), holding elided
    titles and badge widths, so a repaint measures no text it measured before.

    Two count badges side by side stand at least ``badge_gap_px`` apart, or become one: a gap of a
    few pixels between two bare pills read as one number ("18 51").
    """
    if measure is None:
        measure = lambda s: len(s) * char_px  # noqa: E731
    if not len(idx) or x1 <= x0:
        return []
    if cache is None:
        cache = {}
    idx = np.asarray(idx)
    scale = width_px / (x1 - x0)
    anchor_x = anchors(arr, idx, x0)
    order = np.argsort(anchor_x, kind="stable")
    anchor_x = anchor_x[order]
    members_all = idx[order]
    px = (anchor_x - x0) * scale
    cell = np.floor(anchor_x / (cell_px / scale)).astype(np.int64)
    starts = np.flatnonzero(np.r_[True, cell[1:] != cell[:-1]])
    ends = np.r_[starts[1:], len(cell)]
    csum = np.r_[0.0, np.cumsum(px)]
    px_l = px.tolist()
    point_l = (arr.precision[members_all] == Precision.DAY).tolist()
    # a span drawn narrower than a cell reads as a dot (a year seen across centuries): it may hang left
    dot_l = ((arr.end[members_all] - arr.begin[members_all]) * scale < cell_px).tolist()
    row_l = arr.row[members_all].tolist()
    csum_l = csum.tolist()
    titles = arr.titles
    min_chars = MIN_TITLE_CHARS
    right_edge = max(width_px, 0.0)
    max_badge_left = max(width_px, 0.0)

    def badge(lo: int, hi: int) -> list:
        count = hi - lo
        centre = (csum_l[hi] - csum_l[lo]) / count
        got = cache.get(count)
        if got is None:
            text = f"{count:,}"
            got = cache[count] = (text, measure(text) + 2 * badge_pad_px)
        text, w = got
        left = centre - w / 2
        if left < 0.0:
            left = 0.0
        lim = max_badge_left - w
        if left > lim:
            left = lim if lim > 0.0 else 0.0
        return [left, w, text, lo, hi, centre, False]

    def title_fit(lo: int, room: float) -> tuple[str, float]:
        """The title of sorted position ``lo`` elided to ``room`` pixels (cached), or ("", 0)."""
        room = min(room, max_label_px)
        if room < min_label_px:
            return "", 0.0
        key = (row_l[lo], round(room))
        got = cache.get(key)
        if got is None:
            text = elide_to(titles[row_l[lo]], key[1], measure, min_chars)
            got = cache[key] = (text, measure(text) if text else 0.0)
        return got

    placed: list[list] = []  # [left, width, text, lo, hi, anchor, is_title]
    for lo, hi in zip(starts.tolist(), ends.tolist()):
        if hi - lo == 1:
            a = px_l[lo]
            text, w = title_fit(lo, max_label_px)
            left = a + mark_pad_px
            if left < 0.0:
                left = 0.0
            if text and left + w > right_edge:  # no room on the right: the plot's edge would cut it
                prev_right = placed[-1][0] + placed[-1][1] + gap_px if placed else 0.0
                if (point_l[lo] or dot_l[lo]) and a - mark_pad_px - w >= prev_right:
                    left = a - mark_pad_px - w  # a day (or a span a dot wide) hangs left of its dot
                else:  # no room left of it either (a wide span's title never sits left of its bar):
                    text, w = "", 0.0  # the mark stays unlabelled rather than cut by the edge
            if not text:
                continue  # no room for any text: the mark stays, unlabelled
            cur = [left, w, text, lo, hi, a, True]
        else:
            cur = badge(lo, hi)
        while placed:
            prev = placed[-1]
            if cur[0] >= prev[0] + prev[1] + (gap_px if prev[6] or cur[6] else max(gap_px, badge_gap_px)):
                break
            if prev[6] and cur[6]:
                before = placed[-2][0] + placed[-2][1] + gap_px if len(placed) > 1 else 0.0
                # Two titles: a day's title may hang to the left of its dot if there is room...
                if point_l[prev[3]]:
                    flipped = prev[5] - mark_pad_px - prev[1]
                    if flipped >= before and cur[0] >= flipped + prev[1] + gap_px:
                        prev[0] = flipped
                        break
                # ...otherwise the previous title is shortened to end before this one, if it still reads.
                text, w = title_fit(prev[3], cur[0] - gap_px - prev[0])
                if text and prev[0] + w + gap_px <= cur[0]:
                    prev[1], prev[2] = w, text
                    break
            placed.pop()
            cur = badge(prev[3], cur[4])
        placed.append(cur)
    return [LabelBox(lane, float(left), float(w), text, hi - lo, members_all[lo:hi], float(a), (px_l[lo], px_l[hi - 1]))
            for left, w, text, lo, hi, a, _ in placed]


def overlaps(boxes: list[LabelBox]) -> list[tuple[LabelBox, LabelBox]]:
    """Pairs of boxes in the same lane and row whose extents intersect (for tests and assertions)."""
    bad = []
    by_lane: dict[tuple[int, int], list[LabelBox]] = {}
    for b in boxes:
        by_lane.setdefault((b.lane, b.row), []).append(b)
    for lane_boxes in by_lane.values():
        lane_boxes.sort(key=lambda b: b.left)
        for a, b in zip(lane_boxes, lane_boxes[1:]):
            if b.left < a.right:
                bad.append((a, b))
    return bad



def stack_labels(
    arr: EventsArray,
    boxes: list[LabelBox],
    rows: int,
    priority: np.ndarray | None,
    x0: float,
    x1: float,
    width_px: float,
    measure: Callable[[str], float] | None = None,
    char_px: float = CHAR_PX,
    gap_px: float = GAP_PX,
    mark_pad_px: float = MARK_PAD_PX,
    max_label_px: float = MAX_LABEL_PX,
    min_label_px: float = MIN_LABEL_PX,
    idx: np.ndarray | None = None,
    caption_gap_px: float = CAPTION_GAP_PX,
) -> list[LabelBox]:
    """The one-row layout of :func:`layout_labels` (``boxes``, one lane) stacked into ``rows`` rows.

    Clusters are opened by importance: their members' titles, most important first (``priority``
    indexed by source row, higher first: salience where the records have it), go into the upper
    rows wherever they overlap no title already there, as TimelineJS stacks its flags. What stays
    clustered keeps its count badge, followed by the title of its most important remaining member
    where there is room, so a zoomed-out lane still tells the story (a less important title right of
    a cluster, leaving no room for that caption, joins the cluster). A cluster left with one member
    becomes that member's title if it fits, else an unlabelled mark. ``idx``: every visible event of
    the lane; those the one-row layout left unlabelled (no room) are candidates for the upper rows
    too. Deterministic for a given view.
    """
    if measure is None:
        measure = lambda s: len(s) * char_px  # noqa: E731
    if not boxes or x1 <= x0:
        return list(boxes)
    lane = boxes[0].lane
    scale = width_px / (x1 - x0)
    at_limit = x1 - x0 <= MIN_SPAN_S * 1.01
    rows = max(rows, 1)
    occupied: list[list[tuple[float, float]]] = [[] for _ in range(rows)]
    pr = np.asarray(priority, np.float64) if priority is not None and len(priority) else None

    def free(r: int, left: float, right: float) -> bool:
        return all(right + gap_px <= a or left >= b + gap_px for a, b in occupied[r])

    def px(m: int) -> float:
        return float((anchors(arr, np.asarray([m]), x0)[0] - x0) * scale)

    def importance(m: int) -> tuple[float, float]:
        return (-(float(pr[arr.row[m]]) if pr is not None else 0.0), float(arr.begin[m]))

    def title_at(m: int, left: float) -> str:
        """``m``'s title right of its mark at ``left``, or "" when the plot's right edge would cut it."""
        full = arr.titles[int(arr.row[m])]
        text = elide_to(full, max_label_px, measure, MIN_TITLE_CHARS)
        return text if text and left + measure(text) <= width_px else ""

    def dot_like(m: int) -> bool:
        """A day, or a span drawn no wider than its mark: its title may hang left of it."""
        return arr.precision[m] == Precision.DAY or (arr.end[m] - arr.begin[m]) * scale < 2 * mark_pad_px

    clusters = [b for b in boxes if b.is_cluster]
    for b in boxes:  # row 0 keeps the one-row layout's titles and badges where they are
        occupied[0].append((b.left, b.right))
    opened: list[set[int]] = [set() for _ in clusters]
    out: list[LabelBox] = []
    loose = np.zeros(0, np.int64)
    if idx is not None and len(idx):
        boxed = np.concatenate([b.members for b in boxes]) if boxes else np.zeros(0, np.int64)
        loose = np.setdiff1d(np.asarray(idx, np.int64), boxed)
    if rows > 1 and (clusters or len(loose)):
        budget = max(int(width_px / max(min_label_px, 1.0)) * (rows - 1) * 2, 8)
        cand = [(importance(m), ci, m) for ci, b in enumerate(clusters) for m in _ranked(arr, b.members, pr)[:budget]]
        cand += [(importance(m), -1, m) for m in _ranked(arr, loose, pr)[:budget]]
        cand.sort()
        for _, ci, m in cand[:budget]:
            a = px(m)
            left = max(a + mark_pad_px, 0.0)
            text = title_at(m, left)
            spot = None
            if text:
                w = measure(text)
                spot = next(((r, left, text, w) for r in range(1, rows) if free(r, left, left + w)), None)
            elif dot_like(m):  # the right edge would cut it: it hangs left of its dot, or is left out
                spot = _hang_left(arr, m, a, rows, free, measure, mark_pad_px, max_label_px, min_label_px)
            if spot is None and text and at_limit and arr.precision[m] == Precision.DAY:
                # at the zoom limit a day's title may hang left of its dot, as in the one-row
                # layout: the events of one day, which no zoom can part, use the room before their
                # day (zoomed out, a cluster stays a cluster the user opens by zooming or a click)
                spot = _hang_left(arr, m, a, rows, free, measure, mark_pad_px, max_label_px, min_label_px)
            if spot is not None:
                r, left, text, w = spot
                occupied[r].append((left, left + w))
                if ci >= 0:
                    opened[ci].add(m)
                out.append(LabelBox(lane, left, w, text, 1, np.asarray([m], np.int64), a, (a, a), row=r))

    def reseat(ci: int, b: LabelBox) -> bool:
        """A cluster opened whole or but for one member seated again, most important member first,
        each in the lowest row with room, the cluster's own place in row 0 included. Opened upwards,
        its least important member was left in row 0, just above the marks (or row 0 stood empty),
        and which member it was turned on the lane's height, which rows the view could give."""
        mine = [x for x in out if x.row > 0 and int(x.members[0]) in opened[ci]]
        for x in mine:
            occupied[x.row].remove((x.left, x.right))
        occupied[0].remove((b.left, b.right))
        seated: list[LabelBox] = []
        for m in _ranked(arr, b.members, pr):
            a = px(m)
            left = max(a + mark_pad_px, 0.0)
            text = title_at(m, left)
            w = measure(text) if text else 0.0
            r = next((r for r in range(rows) if free(r, left, left + w)), None) if text else None
            if r is None:
                break
            occupied[r].append((left, left + w))
            seated.append(LabelBox(lane, left, w, text, 1, np.asarray([m], np.int64), a, (a, a), row=r))
        if len(seated) == len(b.members):
            out[:] = [x for x in out if not any(x is y for y in mine)] + seated
            return True
        for x in seated:
            occupied[x.row].remove((x.left, x.right))
        occupied[0].append((b.left, b.right))
        for x in mine:
            occupied[x.row].append((x.left, x.right))
        return False

    reseated = {ci for ci, b in sorted(enumerate(clusters), key=lambda c: importance(_ranked(arr, c[1].members, pr)[0]))
                if opened[ci] and len(b.members) - len(opened[ci]) <= 1 and reseat(ci, b)}
    singles = {b.left: b for b in boxes if not b.is_cluster}  # row 0's titles, by where they start
    gone: set[int] = set()  # titles a cluster took in (see below)
    absorbed: dict[int, list[LabelBox]] = {}
    for ci, b in enumerate(clusters):
        if ci in reseated:
            continue
        rest = [m for m in b.members.tolist() if m not in opened[ci]]
        occupied[0].remove((b.left, b.right))
        if not rest:
            continue
        if len(rest) == 1:
            m = rest[0]
            a = px(m)
            left = max(a + mark_pad_px, 0.0)
            text = title_at(m, left)
            if text and free(0, left, left + measure(text)):
                occupied[0].append((left, left + measure(text)))
                out.append(LabelBox(lane, left, measure(text), text, 1, np.asarray(rest, np.int64), a, (a, a)))
            continue
        top = _ranked(arr, np.asarray(rest, np.int64), pr)[0]
        extent = b.extent
        while True:
            count = f"{len(rest) + sum(x.count for x in absorbed.get(ci, ())):,}"
            pill = measure(count) + (b.width - measure(b.text))
            start = b.left + pill + caption_gap_px
            next_left = min([l for l, _ in occupied[0] if l >= start - 1e-9] + [width_px])
            right_limit = next_left - gap_px
            if right_limit - start >= min_label_px or pr is None:
                break
            # No room for the caption: a less important title just right of it joins the cluster,
            # so the most important member's title is the one read (vis-timeline's clusters grow so).
            nxt = singles.get(next_left)
            if nxt is None or nxt.row != 0 or id(nxt) in gone or pr[arr.row[nxt.members[0]]] >= pr[arr.row[top]]:
                break
            gone.add(id(nxt))
            absorbed.setdefault(ci, []).append(nxt)
            occupied[0].remove((nxt.left, nxt.right))
            extent = (min(extent[0], nxt.anchor), max(extent[1], nxt.anchor))
        rest += [int(m) for x in absorbed.get(ci, ()) for m in x.members.tolist()]
        caption = ""
        if right_limit - start >= min_label_px:
            caption = elide_to(arr.titles[int(arr.row[top])], min(right_limit - start, max_label_px), measure,
                               MIN_TITLE_CHARS)
            whole = elide_to(arr.titles[int(arr.row[top])], max_label_px, measure, MIN_TITLE_CHARS)
            if caption != whole and next_left >= width_px:
                caption = ""  # shortened by the plot's right edge, not by a label: the badge stands alone
        width = pill + (caption_gap_px + measure(caption) if caption else 0.0)
        members = np.asarray(rest, np.int64)
        if not caption and rows == 1:
            # a lane of one label row, no room after the badge: its most important member's title
            # stands before it, where the room often is (the plot's right edge or the next badge
            # took the room after it). A lane of several rows has opened its clusters upwards.
            hung = _caption_left(arr, top, b.left, occupied[0], measure, gap_px, max_label_px, min_label_px,
                                 caption_gap_px)
            if hung is not None:
                left, text, w = hung
                occupied[0].append((left, b.left + pill))
                out.append(LabelBox(lane, left, b.left + pill - left, count, len(rest), members, b.anchor, extent,
                                    caption=text, pill=pill, caption_left=True))
                continue
        occupied[0].append((b.left, b.left + width))
        out.append(LabelBox(lane, b.left, width, count, len(rest), members, b.anchor, extent,
                            caption=caption, pill=pill))
    out.extend(b for b in boxes if not b.is_cluster and id(b) not in gone)
    out.sort(key=lambda b: (b.row, b.left))
    return out


def _caption_left(arr: EventsArray, top: int, badge_left: float, occupied: list[tuple[float, float]],
                  measure: Callable[[str], float], gap_px: float, max_label_px: float,
                  min_label_px: float, caption_gap_px: float = CAPTION_GAP_PX) -> tuple[float, str, float] | None:
    """``(left, text, width)`` of event ``top``'s title ending just left of its cluster's badge at
    ``badge_left`` (the badge's caption, drawn before it), shortened only by the label before it,
    or None without room. Zoomed out, a
    single-row lane's badges stood bare ("124" and nothing) wherever the next badge or the plot's
    right edge took the room after them, while the room before them was empty."""
    before = max((r for l, r in occupied if r <= badge_left + 1e-9), default=-gap_px)
    room = badge_left - caption_gap_px - max(before + gap_px, 0.0)
    if room < min_label_px:
        return None
    text = elide_to(arr.titles[int(arr.row[top])], min(room, max_label_px), measure, MIN_TITLE_CHARS)
    if not text:
        return None
    w = measure(text)
    return badge_left - caption_gap_px - w, text, w


def _hang_left(arr: EventsArray, m: int, a: float, rows: int, free: Callable[[int, float, float], bool],
               measure: Callable[[str], float], mark_pad_px: float, max_label_px: float,
               min_label_px: float) -> tuple[int, float, str, float] | None:
    """``(row, left, text, width)`` of event ``m``'s title ending just left of its dot at ``a``, in
    the lowest upper row with room, or None when the view's left edge would cut it."""
    room = a - mark_pad_px
    text = elide_to(arr.titles[int(arr.row[m])], max_label_px, measure, MIN_TITLE_CHARS)
    if not text or room < min_label_px or measure(text) > room:
        return None  # the plot's left edge would cut it
    w = measure(text)
    left = a - mark_pad_px - w
    return next(((r, left, text, w) for r in range(1, rows) if free(r, left, left + w)), None)


def _ranked(arr: EventsArray, members: np.ndarray, priority: np.ndarray | None) -> list[int]:
    """``members`` most important first, then earliest (vectorised: a cluster may hold thousands)."""
    members = np.asarray(members, np.int64)
    p = priority[arr.row[members]] if priority is not None else np.zeros(len(members))
    return members[np.lexsort((arr.begin[members], -p))].tolist()


def merge_repeated_titles(
    arr: EventsArray,
    boxes: list[LabelBox],
    measure: Callable[[str], float],
    width_px: float,
    near_px: float = SAME_TITLE_NEAR_PX,
    gap_px: float = GAP_PX,
    badge_pad_px: float = BADGE_PAD_PX,
    caption_gap_px: float = CAPTION_GAP_PX,
    max_label_px: float = MAX_LABEL_PX,
) -> list[LabelBox]:
    """One lane's labels with titles that say the same thing close together shown once, as a
    cluster does: a count badge and the title as its caption. A lane of stacked rows showed
    "Qassem Suleimani visits Moscow" three times over one spot (one visit told in three sentences);
    copies read as three events and took two rows from other titles. Titles are "the same" when
    their whole texts are equal; "close" when their marks are within ``near_px`` of the first of
    them. The merged label stands where the highest-placed copy stood (the lowest row, then the
    leftmost), its caption shortened to end before the next label of that row, or dropped (the
    badge alone, which is narrower than any title)."""
    singles = [b for b in boxes if not b.is_cluster and len(b.members) == 1]
    by_title: dict[str, list[LabelBox]] = {}
    for b in singles:
        by_title.setdefault(" ".join(arr.titles[int(arr.row[int(b.members[0])])].split()), []).append(b)
    runs: list[list[LabelBox]] = []
    for same in by_title.values():
        if len(same) < 2:
            continue
        same.sort(key=lambda b: b.anchor)
        i = 0
        while i < len(same):
            j = i + 1
            while j < len(same) and same[j].anchor - same[i].anchor <= near_px:
                j += 1
            if j - i > 1:
                runs.append(same[i:j])
            i = j
    gone = {id(b) for run in runs for b in run}
    kept = [b for b in boxes if id(b) not in gone]
    kept = _fold_into_captions(arr, kept, measure, near_px, gap_px)
    if not runs:
        return kept
    for run in runs:
        first = min(run, key=lambda b: (b.row, b.left))
        count = f"{len(run):,}"
        pill = measure(count) + 2 * badge_pad_px
        start = first.left + pill + caption_gap_px
        next_left = min([b.left for b in kept if b.row == first.row and b.left >= first.left] + [width_px])
        room = min(next_left - gap_px - start, max_label_px)
        title = " ".join(arr.titles[int(arr.row[int(first.members[0])])].split())
        caption = elide_to(title, room, measure, MIN_TITLE_CHARS) if room > 0 else ""
        anchors_px = [b.anchor for b in run]
        members = np.sort(np.concatenate([b.members for b in run]))
        width = pill + (caption_gap_px + measure(caption) if caption else 0.0)
        kept.append(LabelBox(first.lane, first.left, width, count, len(run), members,
                             float(np.mean(anchors_px)), (min(anchors_px), max(anchors_px)),
                             row=first.row, caption=caption, pill=pill))
    kept.sort(key=lambda b: (b.row, b.left))
    return kept


def widen_titles(arr: EventsArray, boxes: list[LabelBox], measure: Callable[[str], float], width_px: float,
                 gap_px: float = GAP_PX, caption_gap_px: float = CAPTION_GAP_PX) -> list[LabelBox]:
    """One lane's labels with each title cut at the widest a title may be (``max_label_px``)
    lengthened into the free room beside it: a title right of its mark to its right, up to the next
    label of its row, the pole of a title stacked above it (a flag's pole through the text strikes
    it out) and the plot's right edge; a title hanging left of its dot (no room after it) to its
    left, up to the label before it, such a pole and the plot's left edge. The sample's lane read
    "Mohammad Sadr serves as the Foreig…" with eight years of empty row after it. A cluster's
    caption grows the same way (after its badge to the right, or before it to the left): 30 news
    articles read "15 The U.N. Security Council orders a glo…" with seven years of empty row after
    it. The selection's card still hides a caption that cuts its title short (see
    :func:`caption_shortens`).

    The labels grow one after the other, each against the others as already grown: two titles
    facing each other across one empty stretch (a span's title growing right, a day's title hanging
    left of its dot growing left) both took the whole stretch and were written over each other.
    A title the next label already shortened has no room to gain and stays as it is; the end at its
    mark (or badge) never moves."""
    out = list(boxes)
    for i, b in enumerate(out):
        if not b.text.endswith(ELLIPSIS) and not b.caption.endswith(ELLIPSIS):
            continue
        if b.is_cluster:
            grown = _widened_caption(arr, b, i, out, measure, width_px, gap_px, caption_gap_px)
        elif len(b.members) == 1:
            grown = _widened_title(arr, b, i, out, measure, width_px, gap_px)
        else:
            grown = None
        if grown is not None:
            out[i] = grown
    return out


def _room(b: LabelBox, i: int, boxes: list[LabelBox], text_left: float, text_right: float, leftwards: bool,
          width_px: float, gap_px: float) -> float:
    """How far the text of box ``b`` (``boxes[i]``), now from ``text_left`` to ``text_right``, may
    reach: leftwards, the least x its left end may take; rightwards, the most x of its right end.
    Stops: the labels of its row beyond it, the poles of labels stacked above it, the plot's edge."""
    limit = 0.0 if leftwards else width_px
    for j, o in enumerate(boxes):
        if j == i:
            continue
        if leftwards:
            if o.row == b.row and o.right <= text_left + 1e-9:
                limit = max(limit, o.right + gap_px)
            elif o.row > b.row and o.anchor < text_right:
                limit = max(limit, o.anchor + gap_px)  # its pole stands in this row
        elif o.row == b.row and o.left >= text_right - 1e-9:
            limit = min(limit, o.left - gap_px)
        elif o.row > b.row and o.anchor > text_left:
            limit = min(limit, o.anchor - gap_px)
    return limit


def _whole(arr: EventsArray, m: int) -> str:
    return " ".join(arr.titles[int(arr.row[m])].split())


def _widened_title(arr: EventsArray, b: LabelBox, i: int, boxes: list[LabelBox], measure: Callable[[str], float],
                   width_px: float, gap_px: float) -> LabelBox | None:
    """A single event's cut title ``b`` lengthened into the room beside it, or None."""
    hung = b.left < b.anchor  # a day's title left of its dot: its right end stays at the dot
    limit = _room(b, i, boxes, b.left, b.right, hung, width_px, gap_px)
    longer = elide_to(_whole(arr, int(b.members[0])), (b.right - limit) if hung else (limit - b.left), measure,
                      MIN_TITLE_CHARS)
    if len(longer) <= len(b.text):
        return None
    w = measure(longer)
    return replace(b, left=b.right - w if hung else b.left, width=w, text=longer)


def _widened_caption(arr: EventsArray, b: LabelBox, i: int, boxes: list[LabelBox], measure: Callable[[str], float],
                     width_px: float, gap_px: float, caption_gap_px: float) -> LabelBox | None:
    """A cluster's cut caption lengthened into the room beside it (after its badge, or before it
    when it stands before the badge), or None. The caption says the start of one member's title:
    the most important member whose title it begins."""
    if not b.caption.endswith(ELLIPSIS):
        return None
    stem = caption_stem(" ".join(b.caption.split()))
    whole = next((t for t in (_whole(arr, m) for m in _ranked(arr, b.members, arr.priority)) if t.startswith(stem)),
                 None)
    if whole is None:
        return None
    pill = b.pill or 0.0
    if b.caption_left:
        text_right = b.right - pill - caption_gap_px
        limit = _room(b, i, boxes, b.left, text_right, True, width_px, gap_px)
        room = text_right - limit
    else:
        text_left = b.left + pill + caption_gap_px
        limit = _room(b, i, boxes, text_left, b.right, False, width_px, gap_px)
        room = limit - text_left
    longer = elide_to(whole, room, measure, MIN_TITLE_CHARS)
    if len(longer) <= len(b.caption):
        return None
    w = pill + caption_gap_px + measure(longer)
    return replace(b, left=b.right - w if b.caption_left else b.left, width=w, caption=longer)


def caption_stem(caption: str) -> str:
    """What of its title a caption says: the caption without the ellipsis a shortened one ends with."""
    return caption.rstrip(ELLIPSIS).rstrip()


def caption_shortens(caption: str, title: str) -> bool:
    """Whether ``caption`` is ``title`` cut short (its start, then an ellipsis): the selection's
    card then says the whole of what the caption beside it begins to say."""
    stem = caption_stem(caption)
    return caption.endswith(ELLIPSIS) and bool(stem) and caption != title and title.startswith(stem)


def _fold_into_captions(arr: EventsArray, boxes: list[LabelBox], measure: Callable[[str], float],
                        near_px: float, gap_px: float) -> list[LabelBox]:
    """A lone title equal to the title a nearby cluster shows as its caption joins that cluster
    (its count grows by one) rather than standing above it as a second copy: the sample showed
    "4 Qassem Suleimani visits Moscow" with "Qassem Suleimani visits Moscow" two rows up."""
    clusters = [b for b in boxes if b.is_cluster and b.caption and not b.caption_left]
    if not clusters:
        return boxes

    def whole(m: int) -> str:
        return " ".join(arr.titles[int(arr.row[m])].split())

    shown = {}  # cluster index -> the whole title its caption stands for
    for ci, c in enumerate(clusters):
        stem = caption_stem(c.caption)
        shown[ci] = next((t for t in map(whole, c.members.tolist()) if t.startswith(stem)), None)
    grown: dict[int, list[LabelBox]] = {}
    folded: set[int] = set()
    for b in boxes:
        if b.is_cluster or len(b.members) != 1:
            continue
        title = whole(int(b.members[0]))
        for ci, c in enumerate(clusters):
            if shown[ci] == title and abs(b.anchor - c.anchor) <= near_px:
                grown.setdefault(ci, []).append(b)
                folded.add(id(b))
                break
    if not grown:
        return boxes
    replaced = {id(clusters[ci]) for ci in grown}
    out = [b for b in boxes if id(b) not in folded and id(b) not in replaced]
    for ci, extra in grown.items():
        c = clusters[ci]
        n = c.count + len(extra)
        count = f"{n:,}"
        delta = measure(count) - measure(c.text)
        right = min([o.left for o in out if o.row == c.row and o.left >= c.right] + [float("inf")])
        if c.right + delta + gap_px > right:  # one digit more would touch the next label: leave it
            out.append(c)
            out.extend(extra)
            continue
        anchors_px = [c.extent[0], c.extent[1]] + [b.anchor for b in extra]
        members = np.sort(np.concatenate([c.members] + [b.members for b in extra]))
        out.append(LabelBox(c.lane, c.left, c.width + delta, count, n, members, c.anchor,
                            (min(anchors_px), max(anchors_px)), row=c.row, caption=c.caption,
                            pill=c.pill + delta, caption_left=c.caption_left))
    out.sort(key=lambda b: (b.row, b.left))
    return out
