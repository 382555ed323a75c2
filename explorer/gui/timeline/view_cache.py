"""The timeline's render cache: the marks (an :class:`EventsArray`) rebuilt from the proxy's rows.

A mixin of :class:`explorer.gui.timeline.view.TimelineView` (it uses the view's state). The model's
signals schedule a coalesced rebuild (or one at once after a reset, so no paint lays out gone keys);
the full array of every key in document lanes is kept and a filter narrows it, an import extends it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from explorer.gui.coalesce import start_once
from explorer.timeline import EventsArray, LaneSet
from explorer.calendar import EPOCH_ORDINAL
from explorer.timeline.lane_subset import without_empty_lanes
from explorer.timeline.events_array import NO_DAY, SubsetBuffers
from explorer.timeline.lanes import name_lane_pairs


def empty_array() -> EventsArray:
    z = np.zeros(0, np.int64)
    return EventsArray.from_columns(z, z, np.zeros(0, np.int32), z, [], LaneSet("document", (), ()))


class MarkTitles(Sequence[str]):
    """Mark labels by model key, read from the model when a label is laid out (a few hundred per
    repaint) rather than copied for a million events on every rebuild."""

    def __init__(self, model) -> None:
        self._model = model

    def __len__(self) -> int:
        return self._model.key_count()

    def __getitem__(self, key):  # type: ignore[override]
        key = int(key)
        # Between a model reset and the rebuild it schedules, a repaint can still lay out the old
        # keys (a re-imported article with fewer events): no label for a key the model no longer has.
        return self._model.mark_title(key) if key < self._model.key_count() else ""


def in_document_order(keys: np.ndarray, document_lane: np.ndarray) -> np.ndarray:
    """``keys`` by their document's place among the documents (its lane in document lanes), then by
    key: within a document the keys follow its text (extraction gives events in text order). Keys
    are given in the order documents finish reading, not in the folder's order the lanes take when
    an import ends: the undated strip listed the documents as they happened to arrive."""
    keys = np.asarray(keys, np.int64)
    return keys[np.lexsort((keys, document_lane[keys]))] if len(keys) else keys


class RenderCache:
    """Rebuilding the marks for :class:`TimelineView` (whose widgets and state it uses)."""

    def _schedule_rebuild(self, *args) -> None:
        """Rebuild on the next turn of the event loop. A pending rebuild is left to run: restarting
        the zero-time timer on every turn that adds rows (an import's batches) put it off until the
        import ended, and the timeline showed none of the events the table listed."""
        start_once(self._rebuild_timer)

    def _on_documents_changed(self) -> None:
        """A document came, or all went: rebuilt on the next turn, unless the marks were made for
        these documents already (a reload tells its reset, which rebuilt them, then this: at 1M
        events that second rebuild narrowed every mark again on the first turn after opening)."""
        if self.model.document_count() != self._drawn_count:  # documents are only added, or all cleared
            self._schedule_rebuild()

    def _on_reset(self) -> None:
        """After a reset every model key may name another event, or none: the render cache is
        rebuilt now, not on the next turn of the event loop, or a paint in between would lay out
        labels for keys that are gone (a rejected event: IndexError inside ``paint``)."""
        self._forget_drawn()
        self._auto_fit = "robust"
        self.refresh()

    def _on_events_replaced(self) -> None:
        """Events came, went or got new dates or titles under the same keys: the render cache is
        rebuilt now, so no paint lays out labels from the old dates or for gone events (the full
        array is kept while the events' columns are: a curation filter changes only the mask)."""
        self.refresh()

    def _on_lanes_moved(self) -> None:
        """The documents were put in another order (an import's end): each key keeps its event, in
        another lane, with another colour. The marks are made again now, the user's range kept
        (a reset fitted the view again, losing the zoom the user read at)."""
        self._forget_drawn()
        self.refresh()

    def _on_relabelled(self) -> None:
        """Actors and places are listed per key, and lanes and colours follow them: rebuild."""
        self._forget_drawn()
        self._schedule_rebuild()

    def _forget_drawn(self) -> None:
        """The columns and the full array made from the events' lanes and labels: made again at the
        next rebuild (a reset, lanes moved, new actors: each key may be drawn in another lane)."""
        self._columns.forget()
        self._full = None

    def _on_layout_changed(self, *args) -> None:
        # Sorting reorders rows but not the set of events drawn, which is all the timeline shows: a
        # layout change rebuilds only when the filter's mask is not the one drawn.
        if self._drawn_mask is None and not self.proxy.is_filtering():
            if self.mark_count() != self.proxy.rowCount() - self.model.undated_count():
                self._schedule_rebuild()
            return
        n = self.model.key_count()
        mask = self.proxy.accepted_mask()[:n] if self.proxy.is_filtering() else None
        if mask is None or self._drawn_mask is None or not np.array_equal(mask, self._drawn_mask):
            self._schedule_rebuild()

    def _filtered_keys(self, n: int) -> np.ndarray:
        if not self.proxy.is_filtering():
            return np.arange(n, dtype=np.int64)
        return np.flatnonzero(self.proxy.accepted_mask()[:n]).astype(np.int64)

    def refresh(self) -> None:
        """Rebuild the render cache from the proxy now (normally coalesced after model changes)."""
        self._rebuild_timer.stop()
        selection_shown = self._selection_shown()  # on the marks drawn until now
        if self.selection.current_event() is not None and self.highlight.target() is None:
            # hidden until now (by a filter): when it comes back, its lane comes into view. Filtered
            # in lanes by actor, then cleared, the lanes stood at the top, the selection far below.
            selection_shown = (False, True)
        self._fitted = None  # the marks are made again (a subset may overwrite the drawn array's buffers)
        self._drawn_count = self.model.document_count()
        arrays = self.model.time_arrays()
        n = len(arrays.begin)
        mask = self.proxy.accepted_mask()[:n].copy() if self.proxy.is_filtering() else None
        mode = self._lane_mode
        if mode in ("document", "none"):  # lanes that do not depend on the events: narrow the full array
            full = self._full_array(arrays, n, mode)
            self.arr = full if mask is None else full.subset(mask[full.row], mask[full.undated_row],
                                                             into=self._subset_buffers)
            member_undated = self.arr.undated_row
            self.item.reports_elsewhere = None if mask is None or self._narrowed() else np.bincount(
                np.concatenate([full.lane[~mask[full.row]], full.undated_lane[~mask[full.undated_row]]]),
                minlength=full.n_lanes)  # the mask only hides grouped reports: say where they went
        else:
            self.item.reports_elsewhere = None
            names = self._columns.lane_order(mode, n)
            member, lane = name_lane_pairs(self._filtered_keys(n).tolist(), self._columns.names(mode, n), names, mode)
            self.arr = self._array_of(arrays, n, member, lane, LaneSet(mode, names, self._lane_labels(mode, names)))
            member_undated = member[arrays.begin[member] == NO_DAY]
        if self._drops_empty_lanes():  # the lanes without a match take no room (explorer.timeline.lane_subset)
            self.arr = without_empty_lanes(self.arr)
            member_undated = self.arr.undated_row
        self._drawn_mask = mask
        self.item.notes_beside_marks = self._narrowed()  # matches beyond the view named at its edge
        self._keys = None
        colouring = self._current_colouring(n, arrays.lane)
        if colouring is not self.item.colouring:
            self.item.set_colouring(colouring)  # else set_events colours the marks with it
        self.item.set_events(self.arr)
        self._apply_emphasis()
        self._apply_stars()
        self.legend.set_events(self.arr, self._legend_key(colouring.key))
        self._apply_lanes()
        self._fill_undated(in_document_order(np.unique(member_undated), arrays.lane))
        self._follow_filter()
        if self._auto_fit and len(self.arr):
            self._apply_range(*self.fit_range(robust=self._auto_fit != "full"))
        self._show_selected(self.selection.current_event(), pan=False)
        self._keep_selection_shown(selection_shown)
        self._update_empty_state()
        self.redrawn.emit()

    def _narrowed(self) -> bool:
        """Whether the user narrowed the events (Filter, actors or places, or a curation filter):
        then a lane with no event left is dropped. Not for the collapse of grouped sources alone."""
        curation = getattr(self.model, "is_curation_filtering", None)
        return self.proxy.is_user_filtering() or bool(curation is not None and curation())

    def _drops_empty_lanes(self) -> bool:
        """Whether the lanes without a match take no room: whenever the user narrowed the events,
        in every lane mode. Lanes by actor or place were kept whole under a filter: hundreds of
        lanes, each saying no event passed, the few matches somewhere among them, while document
        lanes dropped theirs. Clearing the filter brings the lanes back."""
        return self._narrowed()

    def _full_array(self, arrays, n: int, mode: str) -> EventsArray:
        """Every key's marks in document lanes (or the one lane), built once per event set."""
        labels = self._document_labels() if mode == "document" else None  # the same list while the documents are
        cached = self._full
        version = self.model.time_arrays_version()
        if cached is not None and self._extends(cached[0], mode, n, labels, version, arrays):
            self._full = ((mode, n, labels, version), self._full_extended(cached, arrays, n, labels))
        elif cached is None or cached[0][:2] != (mode, n) or cached[0][2] is not labels or cached[0][3] != version:
            if mode == "document":
                docs = self.model.documents
                lanes = LaneSet("document", tuple(d.document.path for d in docs), tuple(labels or ()))
            else:
                lanes = LaneSet("none", ("all",), ("All events",))
            what = (mode, n, labels, version)
            keys = np.arange(n, dtype=np.int64)
            lane = arrays.lane[:n] if mode == "document" else np.zeros(n, np.int32)
            self._full = (what, self._array_of(arrays, n, keys, lane, lanes))
            if self._subset_buffers is None or self._subset_buffers.size < len(self._full[1]):
                # else kept: already touched; room for a few imports to come (see _full_extended)
                self._subset_buffers = SubsetBuffers(self._full[1], size=len(self._full[1]) * 65 // 64)
        return self._full[1]

    @staticmethod
    def _extends(what: tuple, mode: str, n: int, labels: list[str] | None, version: tuple[int, int], arrays) -> bool:
        """Whether the full array made for ``what`` can take the keys after it by appending: documents
        were added (an import), their lanes after the drawn ones, nothing else changed."""
        old_mode, old_n, old_labels, old_version = what
        if mode != "document" or old_mode != mode or old_labels is None or labels is None:
            return False
        if not old_n < n or old_version[1] != version[1] or len(old_labels) > len(labels):
            return False
        if labels[:len(old_labels)] != old_labels:
            return False
        return bool(np.all(arrays.lane[old_n:n] >= len(old_labels)))

    def _full_extended(self, cached: tuple[tuple, EventsArray], arrays, n: int, labels: list[str]) -> EventsArray:
        """The kept full array with the marks of keys ``cached``'s count to ``n`` (in new lanes) after
        its own: built for the new keys alone, then concatenated (see :meth:`EventsArray.extended`)."""
        what, full = cached
        docs = self.model.documents
        lanes = LaneSet("document", tuple(d.document.path for d in docs), tuple(labels))
        keys = np.arange(what[1], n, dtype=np.int64)
        priority = self._columns.priority(n)
        more = self._array_of(arrays, n, keys, arrays.lane[keys], lanes, priority=priority)
        out = full.extended(more, priority)
        if self._subset_buffers is not None and self._subset_buffers.size < len(out):
            self._subset_buffers = SubsetBuffers(out, size=len(out) * 65 // 64)  # room for imports to come
        return out

    def _array_of(self, arrays, n: int, member: np.ndarray, lane: np.ndarray, lanes: LaneSet,
                  priority: np.ndarray | None = None) -> EventsArray:
        """The marks of ``member`` keys (one entry per lane membership) in ``lane``."""
        dated = arrays.begin[member] != NO_DAY
        dm = member[dated]
        begin_day, end_day = arrays.begin[dm] - EPOCH_ORDINAL, arrays.end[dm] - EPOCH_ORDINAL
        return EventsArray.from_columns(
            begin_day, end_day, lane[dated], dm, self._titles, lanes, arrays.certainty[dm], arrays.flags[dm],
            undated_row=member[~dated], undated_lane=lane[~dated],
            priority=self._columns.priority(n) if priority is None else priority)
