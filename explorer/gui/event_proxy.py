"""The views' model over :class:`EventTableModel`: one numpy mask per filter state decides what a
view shows (text and facet filter, curation filters, the collapse of grouped sources); sorting is the
source model's. Apart from the model so that each module holds one thing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from PySide6.QtCore import QIdentityProxyModel, QModelIndex, Qt, Signal

from explorer.gui.event_model import EventTableModel
from explorer.gui.event_model_order import MANY_ROWS
from explorer.gui.guard import guard_overrides
from explorer.store.text_fold import fold


#: How many filter texts' masks the proxy keeps (a word typed and erased letter by letter).
TEXT_MASKS_KEPT = 32

#: Newly added keys up to this many are searched by a plain pass, not the search index (one
#: index query has a fixed cost over its vocabulary).
FEW_KEYS = 64

#: A shorter needle's kept keys under this share of all keys are searched by a plain pass over
#: them, not the search index (its vocabulary scan and masks span every key: 15-24 ms at 1M
#: events). The pass costs by the length of the texts: on short synthetic texts 100k candidates
#: took 6-9 ms, but on a real project's (a sentence, names and a date each: ``c1m.tlproj``) the
#: 243k candidates of "mil" after "mi" took about 100 ms of CPU and the 62k of "mill" 20-45 ms.
INDEXED_SHARE = 0.05


@guard_overrides
class EventProxyModel(QIdentityProxyModel):
    """The views' model: filters by text here, and hands sorting to the source model (see the
    :mod:`explorer.gui.event_model` docstring for why); the proxy itself never reorders, so its order is the source's.

    Qt's own filtering asks about each source row through the bindings (``filterAcceptsRow`` or
    ``data()`` on a filter role): 1.3-1.9 s per Filter keystroke at 100k events. So filtering is done
    in the source model's row order, and the proxy is an identity over it: a
    ``QSortFilterProxyModel`` with its filter off still rebuilt its mapping of every source row on
    each layout change (about 20 ms per Filter keystroke at 1M rows), an identity proxy maps
    row ``r`` to row ``r`` and carries only the persistent indexes. The rows: the answer for every key is one numpy mask per filter state (extended as keys are
    added), the source keeps the rows of the accepted keys (:meth:`EventTableModel.set_visibility`) and
    tells the views with one layout change. The timeline reads the same mask; ``FILTER_ROLE`` still
    answers from it for anyone who asks."""

    #: The filter text changed, from whichever side; the filter box follows it.
    filterTextChanged = Signal(str)
    #: The actors and places filtered on changed: (actors, places), both tuples of canonical names.
    entityFilterChanged = Signal(object, object)

    def __init__(self, source: EventTableModel, parent=None) -> None:
        super().__init__(parent)
        self._filter_text = ""
        self._needle = ""
        self._actors: frozenset[str] = frozenset()
        self._places: frozenset[str] = frozenset()
        self._entity_order: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
        self._model = source
        self._filtering = False  # whether any filter leaves an event out (see ``is_filtering``)
        self._mask: np.ndarray | None = None  # by key, for the current filter state
        self._text_masks: dict[str, np.ndarray] = {}  # by needle, over every key; see ``_text_mask``
        self.setSourceModel(source)
        source.set_row_filter(self._accepts_key)
        source.set_visibility(lambda: self.accepted_mask() if self.is_filtering() else None)
        source.set_key_listener(self._on_keys_changed)
        source.modelAboutToBeReset.connect(self._forget_mask)
        source.modelReset.connect(self._on_source_reset)
        source.groupsChanged.connect(self._refilter)
        source.annotationsChanged.connect(self._on_annotations)
        source.curationFilterChanged.connect(self._on_curation_filter)

    def events_model(self) -> EventTableModel:
        return self._model

    def sourceModel(self) -> EventTableModel:  # type: ignore[override]
        """The events model, from our own reference. PySide6 6.12's ``QAbstractProxyModel.sourceModel``
        hands the returned model's ownership to C++: a model made without a parent (tests, tools) then
        outlives its Python wrapper once that is collected, and its running timers call slots on a
        wrapper that is gone ("Slot 'EventTableModel::' not found" on every event-loop turn)."""
        return self._model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.events_model().sort(column, order)

    def set_filter_text(self, text: str) -> None:
        if text == self._filter_text:
            return
        self._filter_text = text
        self._needle = fold(text.strip())
        self._end_filter_change()
        self.filterTextChanged.emit(text)

    def filter_text(self) -> str:
        return self._filter_text

    def set_entity_filter(self, actors: Iterable[str] = (), places: Iterable[str] = ()) -> None:
        """Keep the events naming any of ``actors`` or ``places`` (canonical names); none: keep all.
        A collapsed group is kept when any of its sources names one."""
        order = (tuple(dict.fromkeys(actors)), tuple(dict.fromkeys(places)))
        if order == self._entity_order:
            return
        self._entity_order = order
        self._actors, self._places = frozenset(order[0]), frozenset(order[1])
        self._end_filter_change()
        self.entityFilterChanged.emit(*order)

    def entity_filter(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(actors, places) filtered on, in the order chosen."""
        return self._entity_order

    def clear_filters(self) -> None:
        self.set_filter_text("")
        self.set_entity_filter()

    def is_filtering(self) -> bool:
        """Whether any event is left out: by the filter text, by actors or places, or as a second
        source of a collapsed group."""
        model = self.events_model()
        return bool(self._needle or self._actors or self._places) or model.has_hidden_sources() or model.hides_keys()

    def is_user_filtering(self) -> bool:
        """Whether the user narrowed the events (text, actors or places)."""
        return bool(self._needle or self._actors or self._places)

    def index_of_key(self, key: int) -> QModelIndex:
        """The proxy row showing the event of ``key``: its own row, else (a second source of a
        collapsed group) its group's row; invalid if the filters hide it."""
        model = self.events_model()
        for shown in (key, model.representative_key(key)):
            row = model.row_of_key(shown)
            index = self.mapFromSource(model.index(row, 0)) if row >= 0 else QModelIndex()
            if index.isValid():
                return index
        return QModelIndex()

    def reveal_key(self, key: int) -> QModelIndex:
        """The proxy row showing the event of ``key`` (or its collapsed group), clearing the user's
        filters if they hide it; invalid if it still has no row."""
        index = self.index_of_key(key)
        if not index.isValid() and self.is_user_filtering():
            self.clear_filters()
            index = self.index_of_key(key)
        return index

    def _refilter(self) -> None:
        self._end_filter_change()

    def _end_filter_change(self) -> None:
        """After a change of the filter state: the source keeps the rows of the keys that pass.
        One layout change, not a removal and an insertion per range of rows: a keystroke in the
        filter box that keeps every other event was thousands of signals, each running every view's
        and controller's slot, Find's search included. Selection and current row are persistent
        indexes: the source carries them over (or drops them with their hidden rows)."""
        self._mask = None
        self._filtering = self.is_filtering()
        self.events_model().refresh_rows()

    def _on_curation_filter(self) -> None:
        """The source's curation filters changed (Show Rejected, :class:`EventFilter`): the mask is
        computed again when next asked; the source then moves the rows (:meth:`EventTableModel.follow_mask`)."""
        self._mask = None
        self._filtering = self.is_filtering()

    def _on_annotations(self) -> None:
        self._text_masks.clear()  # who and where are in the search text
        if self._needle or self._actors or self._places:
            self._refilter()
        else:
            self._forget_mask()

    def _on_keys_changed(self, keys: Sequence[int]) -> None:
        """Some events changed, came or went (:meth:`EventTableModel.update_events`): the answers
        for those keys are computed again, the rest kept (no pass over every event); many keys (a
        new annotation relabels all) are computed again in one pass when next asked."""
        if len(keys) > MANY_ROWS:
            self._forget_mask()
            return
        if self._text_masks:
            text = self._model.haystacks()
            for needle, kept in self._text_masks.items():  # the searched texts of these keys changed
                inside = np.fromiter((k for k in keys if k < len(kept)), np.int64)
                kept[inside] = text.contains(needle, inside)
        mask = self._mask
        if mask is None or not keys:
            return
        n = self._model.key_count()
        if len(mask) < n:
            mask = self._mask = np.concatenate([mask, self._compute_mask(len(mask), n)])
        for key in keys:
            if key < len(mask):
                mask[key] = bool(self._compute_mask(key, key + 1)[0])

    def _forget_mask(self) -> None:
        self._mask = None
        self._text_masks.clear()  # the search texts are rebuilt (relabelled or other events)

    def _on_source_reset(self) -> None:
        self._mask = None
        self._filtering = self.is_filtering()  # a reset drops the groups; rows are made afresh

    def _accepts_key(self, key: int) -> bool:
        mask = self._mask
        if mask is None or key >= len(mask):
            mask = self.accepted_mask()
        return bool(mask[key])

    def accepted_mask(self) -> np.ndarray:
        """Whether each model key passes the filters (bool, by key), for the current filter state."""
        n = self._model.key_count()
        if self._mask is None:
            self._mask = self._compute_mask(0, n)
        elif len(self._mask) < n:
            self._mask = np.concatenate([self._mask, self._compute_mask(len(self._mask), n)])
        return self._mask

    def _compute_mask(self, start: int, stop: int) -> np.ndarray:
        model = self._model
        shown = model.shown_mask()  # not gone, and kept by the curation filters
        keep = np.ones(stop - start, bool) if shown is None else np.array(shown[start:stop], bool)
        if model.has_hidden_sources():
            hidden = model.hidden_source_array()
            hidden = hidden[(hidden >= start) & (hidden < stop)]
            keep[hidden - start] = False
        if self._needle:
            keep &= self._text_mask(start, stop)
        if self._actors or self._places:
            for i in np.flatnonzero(keep).tolist():
                keep[i] = self._names_any(start + i)
        return keep

    def _text_mask(self, start: int, stop: int) -> np.ndarray:
        """Which keys' search text contains the needle. Over all keys, the masks of recent needles
        are kept: a typed letter searches only the events the shorter text kept, and a backspace
        finds its answer kept (each was a pass over every event: 0.2 s at 100k). Once the model's
        search index is built (in the background), it answers instead of the Python pass; before
        that the pass runs, since asking the index early would build all of it at once."""
        needle, model = self._needle, self._model
        indexed = model.search_index_ready() and stop == model.key_count()
        if start:
            if indexed and stop - start > FEW_KEYS:
                within = np.zeros(stop, bool)
                within[start:stop] = True
                return model.search_mask(needle, within)[start:stop]
            return model.haystacks().scan(needle, start, stop)
        masks = self._text_masks
        if needle in masks and len(masks[needle]) == stop:
            masks[needle] = masks.pop(needle)  # most recently used last
            return masks[needle]
        narrower = [m for text, m in masks.items() if text in needle and len(m) == stop]
        within = min(narrower, key=np.count_nonzero) if narrower else None
        if indexed and (within is None or np.count_nonzero(within) > stop * INDEXED_SHARE):
            mask = model.search_mask(needle, within)
        elif within is not None:
            candidates = np.flatnonzero(within)
            mask = np.zeros(stop, bool)
            mask[candidates] = model.haystacks().contains(needle, candidates)
        else:
            mask = model.haystacks().scan(needle, 0, stop)
        masks[needle] = mask
        while len(masks) > TEXT_MASKS_KEPT:
            del masks[next(iter(masks))]
        return mask

    def _names_any(self, key: int) -> bool:
        """Whether the event (or, for a collapsed group, any of its sources) names a chosen actor or place."""
        model = self._model
        group = model.group_of_key(key)
        events = model.group_events(group.id) if group is not None and not model.is_expanded(group.id) \
            else (model.event_by_key(key),)
        return any(self._actors.intersection(e.actors) or self._places.intersection(e.places) for e in events)
