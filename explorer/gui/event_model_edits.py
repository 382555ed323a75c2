"""The event model's edits: events replaced, added, gone and relabelled, and the documents put in
another order, told to the views row by row (never as a reset).

A mixin of :class:`explorer.gui.event_model.EventTableModel` (it reads and writes the model's
storage). A gone key is kept (an undo brings back the same key), its row leaves with
``beginRemoveRows``; a new or returning event's row arrives with ``beginInsertRows`` where the sort
puts it; a changed event gets ``dataChanged`` (and moves if it now sorts elsewhere), so the selection
and the views' scroll positions, persistent indexes, survive an edit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np

from explorer.events.record import Event
from explorer.gui.event_model_order import MANY_ROWS
from explorer.gui.event_model_search import names_search_text, own_search_text
from explorer.gui.event_roles import COLUMN_COUNT, Column
from explorer.gui.event_time_arrays import TIME_FIELDS, time_arrays_of
from explorer.gui.keyed_events import KeyedEvents
from explorer.store.int_column import IntColumn


class EditedRows:
    """Edits of :class:`EventTableModel`'s events (whose storage and signals it uses)."""

    def relabel(self, label: Callable[[Event], Event]) -> None:
        """Replace every event by ``label(event)`` (who and where filled in or changed), keeping keys,
        rows and ids; one ``dataChanged`` for the table and ``annotationsChanged`` for the rest."""
        if not self._events:
            return
        self._events = KeyedEvents([label(event) for event in self._events])
        self._new_search()
        self._start_haystacks()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._order) - 1, COLUMN_COUNT - 1))
        self.annotationsChanged.emit()

    def replace_events(self, events: Mapping[int, Event]) -> None:
        """New records for the events of some keys, with the same ids (a new title or date): see
        :meth:`update_events`. Keys stay."""
        self.update_events(replaced=events)

    def update_lanes(self, lanes: Mapping[int, Sequence[Event]], restyled: Iterable[int] = ()) -> bool:
        """What some documents have now, each as a whole (lane -> its events): matched by id to the
        keys the lane has had, each event is replaced (or brought back), added or gone, through
        :meth:`update_events` (with ``restyled``: keys whose curation changed). False, with nothing
        done, for an unknown lane or an id given twice."""
        replaced: dict[int, Event] = {}
        added: list[tuple[int, Event]] = []
        removed: list[int] = []
        gone, stored = self._gone, self._events
        for lane, events in lanes.items():
            if not 0 <= lane < len(self._documents):
                return False
            known = {stored[k].id: k for k in self._doc_keys[lane]}
            ids: set[str] = set()
            for event in events:
                if event.id in ids:
                    return False
                ids.add(event.id)
                key = known.get(event.id)
                if key is None:
                    added.append((lane, event))
                elif key in gone or stored[key] != event:
                    replaced[key] = event
            removed.extend(k for k in self._doc_keys[lane] if k not in gone and stored[k].id not in ids)
        self.update_events(replaced, added, removed, restyled)
        return True

    def update_events(self, replaced: Mapping[int, Event] | None = None, added: Sequence[tuple[int, Event]] = (),
                      removed: Iterable[int] = (), restyled: Iterable[int] = ()) -> list[int]:
        """Tell the views exactly what changed, never with a reset: ``replaced`` keys get new records
        with the same ids (a gone key among them comes back: an undo); ``added`` events (lane, event)
        get new keys; ``removed`` keys are gone (merged away, an added event undone), kept so an undo
        finds them; ``restyled`` keys kept their records but not their curation (a rejection, a star),
        so the curation filters may now hide or show them. Rows leave with ``beginRemoveRows``, arrive
        with ``beginInsertRows`` where the sort puts them, changed rows get ``dataChanged``; selection
        and scroll positions are persistent indexes and survive. Returns the new keys of ``added``."""
        replaced = dict(replaced or {})
        removed = sorted({k for k in removed if k not in self._gone and k not in replaced})
        restyled = sorted({k for k in restyled if 0 <= k < len(self._events)})
        if not (replaced or added or removed or restyled):
            return []
        arrays = self.time_arrays()  # one concatenated set of columns: patched in place
        if replaced:
            self._arrays_patched += 1
        names_changed = titles_changed = False
        resorted: list[int] = []  # shown events whose sort values changed (a new date or title)
        for key in removed:
            self._gone.add(key)
        have = len(self._search_index)  # keys with a search text
        for key, event in replaced.items():
            old = self._events[key]
            if key in self._gone and (old is event or old == event):  # back as it was (an undo)
                self._gone.discard(key)
                continue
            one = time_arrays_of((event,), self._lanes[key])
            self._gone.discard(key)
            if arrays.date_key[key] != one.date_key[0] or old.title != event.title:
                resorted.append(key)
            for name in TIME_FIELDS:
                getattr(arrays, name)[key] = getattr(one, name)[0]
            self._events[key] = event
            names_changed |= (old.actors, old.places) != (event.actors, event.places)
            titles_changed |= old.title != event.title
            if key < have:
                self._search_index.replace(key, own_search_text(event), folded=True)
                self._search.replace_fields(key, names_search_text(event))
        new_keys: list[int] = []
        by_lane: dict[int, list[Event]] = {}
        for lane, event in added:
            by_lane.setdefault(lane, []).append(event)
        for lane, events in by_lane.items():
            first = len(self._events)
            keys = range(first, first + len(events))
            columns = time_arrays_of(events, lane)
            self._events.extend(events)
            self._lanes.extend([lane] * len(events))
            self._doc_keys[lane] = [*self._doc_keys[lane], *keys]
            self._chunks.append(columns)
            self._arrays = None
            new_keys.extend(keys)
        self._patch_shown([*replaced, *removed, *restyled])  # gone, new records or curations
        if new_keys and self._rank is not None:  # the new keys have no row yet
            self._rank = np.concatenate([self._rank, np.full(len(new_keys), -1, self._rank.dtype)])
        if titles_changed or new_keys:
            self._title_ranks = None
            self._title_order_steps = None  # made again from the new titles (see ``_start_haystacks``)
        self._follow_orders(resorted)
        touched = sorted({*replaced, *removed, *new_keys, *restyled})
        rows_before = len(self._order)
        self._keys_changed(touched)  # the proxy's answers for these keys follow
        arrived = self._move_rows(touched, resorted)
        rank = self._ranks()
        changed_rows = sorted({int(rank[k]) for k in (*replaced, *restyled) if k not in arrived and rank[k] >= 0})
        self._rows_changed(changed_rows)
        self._start_haystacks()
        if self._grouped_ids and any(self._events[k].id in self._grouped_ids for k in touched):
            self.set_groups(self._all_groups)  # a group's shown source may have gone or come back
        if names_changed:
            self.annotationsChanged.emit()
        if replaced:
            self.eventsReplaced.emit()
        if replaced or added or removed or arrived or len(self._order) != rows_before:
            self.eventsUpdated.emit()
        return new_keys

    def _rows_changed(self, rows: Sequence[int]) -> None:
        """``dataChanged`` for these rows: one per row, or one over all rows when there are many
        (a new annotation relabels thousands: one signal costs the views less than thousands)."""
        if not rows:
            return
        last = COLUMN_COUNT - 1
        if len(rows) > MANY_ROWS:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))
            return
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def move_lanes(self, order: Sequence[int]) -> None:
        """The documents in another order, ``order[new lane] = old lane`` (an import that took its
        documents as they were read puts them in the folder's order when it ends): the lanes, their
        names and colours follow, told as one ``dataChanged`` of the Document column and
        :attr:`lanesMoved`. Keys and rows stay (every sort breaks its ties by key, never by lane), so
        the selection, the table's scroll position and the timeline's range stay too: a reset lost
        them, and made every key again (0.6 s of CPU at 1M events)."""
        n = len(self._documents)
        order = [int(lane) for lane in order]
        if sorted(order) != list(range(n)):
            raise ValueError(f"not an order of the {n} lanes: {order}")
        if order == list(range(n)):
            return
        new_of_old = np.empty(n, np.int32)
        new_of_old[order] = np.arange(n, dtype=np.int32)
        names_ordered = self._doc_names_ordered == self._doc_names  # the Document column's kept order
        self._documents = [self._documents[lane] for lane in order]
        self._doc_names = [self._doc_names[lane] for lane in order]
        if names_ordered:  # the same name for each key: its order by name, date and key holds
            self._doc_names_ordered = list(self._doc_names)
        self._doc_keys = [self._doc_keys[lane] for lane in order]
        self._lane_of_path = {extracted.document.path: lane for lane, extracted in enumerate(self._documents)}
        self._lanes = IntColumn(new_of_old[self._lanes.array()])
        arrays = self.time_arrays()
        self._arrays = dataclasses.replace(arrays, lane=new_of_old[arrays.lane])
        self._chunks = [self._arrays]
        self._arrays_patched += 1  # the timeline's full arrays are made again (see time_arrays_version)
        rows = len(self._order)
        if rows:
            self.dataChanged.emit(self.index(0, Column.DOCUMENT), self.index(rows - 1, Column.DOCUMENT))
        self.lanesMoved.emit()
        self.documentsChanged.emit()
