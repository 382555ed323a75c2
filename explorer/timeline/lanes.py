"""Lanes: which horizontal strip each event sits in (by document, by actor, by place, or one lane), and
its colour.

Lane order is stable (documents in the order given, actors by number of events then name) and a lane
keeps its colour for as long as it keeps its index, so the legend, the app and exported figures agree.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from typing import Literal, Mapping, Sequence

import numpy as np

from explorer.events.record import Event

LaneMode = Literal["document", "actor", "place", "none"]
LANE_MODES: tuple[str, ...] = ("document", "actor", "place", "none")
NO_ACTOR = "(no actor)"
NO_PLACE = "(no place)"

#: Tableau 10, the same colours as the app's table (``explorer.gui.palette``), so a colour means one
#: document everywhere on screen and in exported figures.
PALETTE: tuple[str, ...] = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)


def lane_color(lane: int) -> str:
    return PALETTE[lane % len(PALETTE)]


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
        names_of = (lambda e: e.actors) if mode == "actor" else (lambda e: e.places)
        missing = NO_ACTOR if mode == "actor" else NO_PLACE
        counts = Counter(a for e in events for a in dict.fromkeys(names_of(e)))
        keys = [a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        has_none = any(not names_of(e) for e in events)
        if has_none:
            keys.append(missing)
        index = {k: i for i, k in enumerate(keys)}
        ev: list[int] = []
        ln: list[int] = []
        none_lane = index.get(missing, -1)
        for i, e in enumerate(events):
            if names_of(e):
                for a in dict.fromkeys(names_of(e)):
                    ev.append(i)
                    ln.append(index[a])
            else:
                ev.append(i)
                ln.append(none_lane)
        return np.asarray(ev, np.int64), np.asarray(ln, np.int32), LaneSet(mode, tuple(keys), tuple(keys))
    raise ValueError(f"unknown lane mode {mode!r}; expected one of {LANE_MODES}")
