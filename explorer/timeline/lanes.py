"""Lanes: which horizontal strip each event sits in (by document, by actor, by place, or one lane), and
its colour.

Lane order is stable (documents in the order given, actors by number of events then name) and a lane
keeps its colour for as long as it keeps its index, so the legend, the app and exported figures agree.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Literal, Mapping, Sequence

import numpy as np

from explorer.events.agents import names_only
from explorer.events.record import Event

LaneMode = Literal["document", "actor", "place", "none"]
LANE_MODES: tuple[str, ...] = ("document", "actor", "place", "none")
NO_ACTOR = "(no actor)"
NO_PLACE = "(no place)"

#: The same colours as the app's table (``explorer.gui.palette``), so a colour means one document
#: everywhere on screen and in exported figures. Tableau 10 first (what up to ten documents always
#: had), then ten more, each picked as the farthest (CIELAB) from all before it among Tableau 20's
#: and a few darker hues (every pair at least 20 apart; Tableau 10's closest is 26), ordered so
#: neighbours differ: with ten colours the eleventh of twelve histories was as blue as the first,
#: in the app and in the exported legend.
PALETTE: tuple[str, ...] = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
    "#6b3fa0", "#ffbe7d", "#00429d", "#c7e9c0", "#8c2d04",
    "#a0cbe8", "#4d4d00", "#93003a", "#e377c2", "#7a1f5c",
)


#: Room above the first lane's marks (in lanes): its stacked label rows must not be cut off.
TOP_MARGIN = 0.9


def lane_y_range(lane_count: int) -> tuple[float, float]:
    """Room above the first lane for its labels, half a lane below the last."""
    return -TOP_MARGIN, max(lane_count, 1) - 0.4


def lane_rows_and_heights(
    wanted_rows: Sequence[int], row_px: float, base_px: float, total_px: float,
) -> tuple[np.ndarray, np.ndarray]:
    """How many label rows each lane in view gets, and its height in pixels, so a lane's height
    follows its label rows (as TimelineJS sizes its rows by their stacked flags).

    ``wanted_rows[i]``: the rows lane ``i``'s labels would fill at this zoom; a lane is ``base_px``
    (its marks) plus ``row_px`` per row. When everything fits, each lane gets what it wants and the
    room left is shared evenly. When not, rows are capped at one level for all lanes (water-filling:
    the busiest lanes give up rows first, a quiet lane never loses its only row to a busy one), and
    the room the cap leaves gives one row more to as many of the lanes wanting more as it can, the
    lanes missing the most first (ties: the upper lane). A lane's rows never fall as ``total_px``
    grows, and a taller lane never has fewer rows than a shorter one. Heights always sum to
    ``total_px``.
    """
    wanted = np.maximum(np.asarray(wanted_rows, np.int64), 0)
    n = len(wanted)
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.float64)
    total_px = max(float(total_px), 0.0)

    def need(rows: np.ndarray) -> float:
        return float(n * base_px + rows.sum() * row_px)

    cap = int(wanted.max())
    while cap > 0 and need(np.minimum(wanted, cap)) > total_px:
        cap -= 1
    rows = np.minimum(wanted, cap)
    left = total_px - need(rows)
    if left < 0:  # not even the marks fit: equal thin lanes, no label rows
        return np.zeros(n, np.int64), np.full(n, total_px / n)
    # The next level does not fit every lane wanting it: the room left gives it to some, the lanes
    # missing the most rows first (ties: the upper lane). One row each, at that level only: handing
    # rows one by one to whichever lane missed the most gave a busy lane four rows in a short view
    # and two in a taller one (the cap then rose for every lane), so a lane could get fewer rows
    # in a taller view. Now a lane's rows only grow with the view's height.
    more = np.flatnonzero(wanted > rows)
    extra = min(int(left // row_px), len(more)) if row_px > 0 else 0
    if extra:
        order = more[np.lexsort((more, -(wanted[more] - rows[more])))]  # most missing, then upper
        rows[order[:extra]] += 1
        left -= extra * row_px
    heights = base_px + rows * row_px + left / n
    return rows, heights.astype(np.float64)


def lane_mark_ys(heights: Sequence[float], top_px: float, below_px: float,
                 content_px: Sequence[float] | None = None) -> np.ndarray:
    """The pixel y of each lane's marks, lanes stacked from ``top_px`` with the given ``heights``:
    the marks sit ``below_px`` above the bottom of what their lane draws, its label rows above them.

    ``content_px[i]``: how tall lane ``i``'s marks and label rows are. A lane taller than that has
    its content centred, the spare room shared above and below: one lane left by a filter (or a
    few) got the whole view, and with its marks at the bottom edge two thirds of the plot above
    them stood empty, as if the events had fallen to the floor. Without ``content_px`` the marks
    sit at the lane's bottom."""
    h = np.asarray(heights, np.float64)
    ys = top_px + np.cumsum(h) - below_px
    if content_px is not None:
        ys -= np.maximum(h - np.asarray(content_px, np.float64), 0.0) / 2
    return ys


def lane_color(lane: int) -> str:
    return PALETTE[lane % len(PALETTE)]


#: The second cue of a lane past the palette's end: the day marks' shape (and the table swatch's
#: mark), one per round of the palette, so the 21st document (blue again, as the 1st) has squares
#: where the 1st has dots. Colour-blind readers get the shape as well.
MARK_SHAPES: tuple[str, ...] = ("circle", "square", "diamond", "triangle")


def lane_shape(lane: int) -> str:
    """The shape of ``lane``'s day marks: a circle for the first round of :data:`PALETTE`, then
    the next of :data:`MARK_SHAPES` each time the colours start again."""
    return MARK_SHAPES[(lane // len(PALETTE)) % len(MARK_SHAPES)]


@dataclass(frozen=True, slots=True)
class LaneSet:
    mode: str
    keys: tuple[str, ...]  # document path / actor name / "all"
    labels: tuple[str, ...]  # what the lane axis and the legend show

    def __len__(self) -> int:
        return len(self.keys)

    @property
    def colors(self) -> tuple[str, ...]:
        return tuple(lane_color(i) for i in range(len(self.keys)))


def _doc_label(doc: str, titles: Mapping[str, str] | None) -> str:
    if titles and titles.get(doc):
        return titles[doc]
    return os.path.splitext(os.path.basename(doc))[0] or doc


def assign_lanes(
    events: Sequence[Event],
    mode: str = "document",
    doc_titles: Mapping[str, str] | None = None,
    documents: Sequence[str] | None = None,
) -> tuple[np.ndarray, np.ndarray, LaneSet]:
    """``(event_index, lane, lanes)``: one pair per (event, lane) it belongs to.

    An event with two actors appears in both actors' lanes; an event with none goes to a
    "(no actor)" lane, so nothing is silently dropped. ``documents`` fixes the document lane order
    (and adds lanes for documents without events).
    """
    n = len(events)
    if mode == "none":
        return np.arange(n, dtype=np.int64), np.zeros(n, np.int32), LaneSet("none", ("all",), ("All events",))
    if mode == "document":
        order: dict[str, int] = {}
        for doc in documents or ():
            order.setdefault(doc, len(order))
        lane = np.fromiter((order.setdefault(e.doc, len(order)) for e in events), np.int32, n)
        keys = tuple(order)
        return np.arange(n, dtype=np.int64), lane, LaneSet("document", keys, tuple(_doc_label(k, doc_titles) for k in keys))
    if mode in ("actor", "place"):
        names = lane_names(mode, [e.actors if mode == "actor" else e.places for e in events])
        keys = name_lane_order(names, mode)
        ev, ln = name_lane_pairs(range(n), names, keys, mode)
        return ev, ln, LaneSet(mode, keys, keys)
    raise ValueError(f"unknown lane mode {mode!r}; expected one of {LANE_MODES}")


def lane_names(mode: str, names: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The names each event's actor (``mode`` "actor") or place lanes and colours count, given its
    ``actors`` or ``places``: an actor that is a description ("the two", "talks") is no lane's name
    (:func:`explorer.events.agents.names_only`). The app's timeline and every export go through
    here, so a lane's label and the events drawn in it cannot disagree (the app once labelled a lane
    "the two" whose events the engine put under "(no actor)")."""
    if mode != "actor":
        return list(names)
    kept: dict[tuple[str, ...], tuple[str, ...]] = {}  # a million events share few actor tuples
    out = []
    for got in names:
        named = kept.get(got)
        if named is None:
            named = kept[got] = names_only(got)
        out.append(named)
    return out


def name_lane_order(names: Sequence[Sequence[str]], mode: str) -> tuple[str, ...]:
    """The lanes of actor (``mode`` "actor") or place mode, given each event's names: by number of
    events, then name, and a last "(no actor)" lane when some event has none. The app passes every
    event (not only those its filter keeps), so a lane keeps its place and colour as the filter
    changes."""
    counts = Counter(a for got in names for a in dict.fromkeys(got))
    keys = [a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    if any(not got for got in names):
        keys.append(NO_ACTOR if mode == "actor" else NO_PLACE)
    return tuple(keys)


def name_lane_pairs(rows: Iterable[int], names: Sequence[Sequence[str]], lanes: Sequence[str],
                    mode: str) -> tuple[np.ndarray, np.ndarray]:
    """``(row, lane)``, one pair per lane each of ``rows`` sits in: one per distinct name of
    ``names[row]``, or the "(no actor)" lane for a row without names."""
    index = {k: i for i, k in enumerate(lanes)}
    none_lane = index.get(NO_ACTOR if mode == "actor" else NO_PLACE, len(lanes))
    ev: list[int] = []
    ln: list[int] = []
    for i in rows:
        got = names[i]
        if got:
            for a in dict.fromkeys(got):
                ev.append(i)
                ln.append(index[a])
        else:
            ev.append(i)
            ln.append(none_lane)
    return np.asarray(ev, np.int64), np.asarray(ln, np.int32)


# -- colour keys: what a mark's colour means, independent of its lane ------------------------------

COLOUR_MODES: tuple[str, ...] = ("document", "actor", "place")
#: Entries a colour key lists by name; rarer actors or places share the "other" colour.
COLOUR_KEY_LIMIT = 12
NO_NAME = "(none)"
OTHER = "other"
#: Names (actors, places) get twelve distinct colours: Tableau 10 without its grey (kept for
#: "(none)" and "other"), then three darker/lighter Tableau 20 hues that stay apart from those.
NAME_PALETTE: tuple[str, ...] = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
    "#499894", "#b6992d", "#a0cbe8",
)
NONE_COLOUR = "#c4c4c4"  # neutral grey: no actor / no place
OTHER_COLOUR = "#79706e"  # dark grey: one of the rarer names


@dataclass(frozen=True, slots=True)
class ColourKey:
    """What each colour means: ``labels[i]`` is drawn in ``colors[i]``; ``counts[i]`` events have it."""

    mode: str
    labels: tuple[str, ...]
    colors: tuple[str, ...]
    counts: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.labels)

    def color_of(self, label: str) -> str | None:
        try:
            return self.colors[self.labels.index(label)]
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Colouring:
    """A colour per source row (``code[row]`` indexes ``key``), e.g. per model key or event index."""

    key: ColourKey
    code: np.ndarray  # int32 by row

    @property
    def mode(self) -> str:
        return self.key.mode

    def color_of_row(self, row: int) -> str:
        return self.key.colors[int(self.code[row])]


def key_of_rows(colouring: Colouring, rows: np.ndarray) -> ColourKey:
    """The entries of ``colouring``'s key that the source ``rows`` are drawn in, in the key's order,
    each with its count among them. An exported image of 12 of 755 actor lanes listed actors whose
    lanes it left out (and whose colour no mark had): a key says what the image shows."""
    key = colouring.key
    rows = np.unique(np.asarray(rows, np.int64))
    counts = np.bincount(colouring.code[rows], minlength=len(key))[:len(key)] if len(rows) else np.zeros(len(key), np.int64)
    keep = np.flatnonzero(counts > 0).tolist()
    return ColourKey(key.mode, tuple(key.labels[i] for i in keep), tuple(key.colors[i] for i in keep),
                     tuple(int(counts[i]) for i in keep))


def colour_by_document(doc_index: np.ndarray, labels: Sequence[str]) -> Colouring:
    """Documents keep their table colour (Tableau 10 by document order); ``doc_index`` by row."""
    doc_index = np.asarray(doc_index, np.int32)
    counts = np.bincount(doc_index, minlength=len(labels)) if len(doc_index) else np.zeros(len(labels), np.int64)
    key = ColourKey("document", tuple(labels), tuple(lane_color(i) for i in range(len(labels))),
                    tuple(int(c) for c in counts[:len(labels)]))
    return Colouring(key, doc_index)


def colour_by_names(mode: str, names: Sequence[Sequence[str]], limit: int = COLOUR_KEY_LIMIT) -> Colouring:
    """Actors or places (``names`` by row): an event takes its first (primary) name's colour. The
    ``limit`` most frequent first names have their own colour, the rest share "other", events
    without a name are "(no actor)" / "(no place)" in neutral grey."""
    firsts = [n[0] if n else None for n in names]
    counts = Counter(f for f in firsts if f is not None)
    ranked = [a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    shown = ranked[:limit]
    labels = list(shown)
    colors = [NAME_PALETTE[i % len(NAME_PALETTE)] for i in range(len(shown))]
    tallies = [counts[a] for a in shown]
    index = {a: i for i, a in enumerate(shown)}
    other = none = -1
    if len(ranked) > limit:
        other = len(labels)
        labels.append(OTHER)
        colors.append(OTHER_COLOUR)
        tallies.append(sum(counts[a] for a in ranked[limit:]))
    n_none = sum(1 for f in firsts if f is None)
    if n_none:
        none = len(labels)
        labels.append({"actor": NO_ACTOR, "place": NO_PLACE}.get(mode, NO_NAME))
        colors.append(NONE_COLOUR)
        tallies.append(n_none)
    code = np.fromiter((none if f is None else index.get(f, other) for f in firsts), np.int32, len(firsts))
    return Colouring(ColourKey(mode, tuple(labels), tuple(colors), tuple(tallies)), code)


def colour_events(
    events: Sequence[Event],
    mode: str = "document",
    doc_titles: Mapping[str, str] | None = None,
    documents: Sequence[str] | None = None,
) -> Colouring:
    """The colouring of ``events`` (rows are their indices), as the app colours them."""
    if mode == "document":
        order: dict[str, int] = {}
        for doc in documents or ():
            order.setdefault(doc, len(order))
        idx = np.fromiter((order.setdefault(e.doc, len(order)) for e in events), np.int32, len(events))
        return colour_by_document(idx, [_doc_label(d, doc_titles) for d in order])
    if mode == "actor":
        return colour_by_names("actor", lane_names("actor", [e.actors for e in events]))
    if mode == "place":
        return colour_by_names("place", [e.places for e in events])
    raise ValueError(f"unknown colour mode {mode!r}; expected one of {COLOUR_MODES}")


def default_colour_mode(lane_mode: str) -> str:
    """Before the user picks one, colours follow the lanes (as they always did)."""
    return lane_mode if lane_mode in COLOUR_MODES else "document"
