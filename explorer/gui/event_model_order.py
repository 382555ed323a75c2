"""The event model's row order: sorting, the filters' mask as rows, and rows moving one by one.

A mixin of :class:`explorer.gui.event_model.EventTableModel` (it reads the model's storage). Rows
are a permutation of the keys the visibility mask keeps, ordered by a kept per-column
:class:`KeyOrder` narrowed by the mask (no sort per change); an edit moves the few rows it touched
with ``beginInsertRows``/``beginRemoveRows``/``beginMoveRows``, and many at once become one layout
change (see :data:`MANY_ROWS`, :data:`ROW_SIGNAL_WORK`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np
from PySide6.QtCore import QModelIndex, Qt

from explorer.gui.event_roles import Column
from explorer.gui.key_order import KeyOrder, inverse as _inverse, string_rank_steps, string_ranks as _string_ranks

#: Above this many changed rows, one ``dataChanged`` spans them all (see ``_rows_changed``).
MANY_ROWS = 500

#: Telling rows one by one costs the proxy and the views a pass over every row each (0.15 ms at
#: 100k rows in ``QSortFilterProxyModel`` alone): a mask change is told row by row only while
#: runs of rows × rows stay under this, else as one layout change (about 5 ms at 100k).
ROW_SIGNAL_WORK = 10_000_000

#: A layout change finds the new rows of at most this many persistent indexes by a pass over the
#: rows each (under a millisecond at 1M rows); more, and the whole inverse is built (10-20 ms at 1M).
FEW_PERSISTENT = 8


class RowOrder:
    """Rows in order for :class:`EventTableModel` (whose storage and signals it uses)."""

    def _move_rows(self, keys: Sequence[int], resorted: Iterable[int] = ()) -> set[int]:
        """Rows for ``keys`` leave or arrive as the filters and ``_gone`` say now, each arriving where
        the sort order puts it; the rows of ``resorted`` keys (a new date or title) move to their
        place with ``beginMoveRows``. Positions are found in numpy over the keys, and the row of
        every key is kept up to date as rows move, so no pass over the rows runs in Python.
        Returns the keys that arrived."""
        mask = self._visible_mask()
        rank = self._ranks()

        def shown(key: int) -> bool:
            return mask is None or bool(mask[key])

        leaving = sorted((int(rank[k]) for k in keys if rank[k] >= 0 and not shown(k)), reverse=True)
        if len(keys) > MANY_ROWS:
            arriving = [k for k in keys if rank[k] < 0 and shown(k)]
            if len(leaving) + len(arriving) > MANY_ROWS:
                # Thousands of rows coming or going (a curation filter switched off): one layout
                # change, not a beginInsertRows per row, which each view handles in full (20 s for
                # 98k rows arriving one by one at 100k events).
                self._apply_sort(force=True)
                return set(arriving)
        self._remove_rows(leaving)
        arriving = [k for k in keys if self._ranks()[k] < 0 and shown(k)]
        pending = self._sort_timer.isActive()  # documents arriving: the pending sort places these too
        for key in arriving:
            row = len(self._order) if pending else self._row_for(key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._put_row(row, key)
            self.endInsertRows()
        if self._sort_column >= 0 and not pending:
            for key in resorted:
                self._resort_row(key)
        return set(arriving)

    def _remove_rows(self, leaving: Sequence[int]) -> None:
        """Take the rows ``leaving`` (sorted from the bottom up), each run of neighbouring rows in one
        ``beginRemoveRows``: a view handles every removal signal in full."""
        i = 0
        while i < len(leaving):
            last = first = leaving[i]
            while i + 1 < len(leaving) and leaving[i + 1] == first - 1:
                i += 1
                first = leaving[i]
            self.rowsLeaving.emit(first, last)
            self.beginRemoveRows(QModelIndex(), first, last)
            self._take_rows(first, last)
            self.endRemoveRows()
            i += 1

    def _resort_row(self, key: int) -> None:
        """Move the row of ``key`` (whose sort values changed) to where the sort order puts it."""
        row = int(self._ranks()[key])
        if row < 0:
            return
        target = self._row_for(key)  # before the first row that sorts after it (its own row never does)
        if target in (row, row + 1):
            return
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target)
        self._take_rows(row, row)
        self._put_row(target - 1 if target > row else target, key)
        self.endMoveRows()

    def _row_for(self, key: int) -> int:
        """Where the row of ``key`` goes: before the first shown row whose key sorts after it (by
        key when unsorted; by the sort column, then date, then key, as :meth:`_sorted_order`)."""
        rank = self._ranks()
        n = len(self._events)
        keys = np.arange(n)
        if self._sort_column < 0:
            after = keys > key
        else:
            after = self._key_order(self._sort_column).after(key, self._sort_order == Qt.SortOrder.DescendingOrder)
        rows = rank[after & (rank >= 0)]
        return int(rows.min()) if len(rows) else len(self._order)

    def _take_rows(self, first: int, last: int) -> None:
        """Rows ``first``..``last`` leave ``_order``; the rows of the keys below them move up."""
        rank = self._ranks()
        taken = self._order[first:last + 1]
        self._order = np.delete(self._order, np.s_[first:last + 1])
        rank[rank > last] -= last - first + 1
        rank[taken] = -1

    def _put_row(self, row: int, key: int) -> None:
        """``key`` gets row ``row``; the rows from there move down one."""
        rank = self._ranks()
        self._order = np.insert(self._order, row, key)
        rank[rank >= row] += 1
        rank[key] = row

    def sort_pending(self) -> bool:
        """Whether documents added since the last sort wait for it (sorted in on a later turn): a
        curation filter switched meanwhile is one layout change, not rows leaving and arriving."""
        return self._sort_timer.isActive()

    def flush_sort(self) -> None:
        """Sort now the documents added since the last sort (normally done on the next turn)."""
        if self._sort_timer.isActive():
            self._sort_timer.stop()
            self._apply_sort()

    def sort_column(self) -> int:
        return self._sort_column

    def set_visibility(self, visible: Callable[[], np.ndarray | None]) -> None:
        """``visible()``: which keys have rows (a bool array by key, at least as long as the keys), or
        None for every key. The proxy's filters live here as the row order, so that filtering is one
        numpy pass and one layout change rather than a call through the bindings per row."""
        self._visibility = visible

    def refresh_rows(self) -> None:
        """The rows again after the filters changed: one layout change (see :meth:`_apply_sort`)."""
        self._apply_sort(force=True)

    def follow_mask(self) -> None:
        """The rows again after the visibility mask changed (a curation filter): the rows of the
        keys whose answer changed leave and arrive with ``beginRemoveRows``/``beginInsertRows``, a
        run of neighbouring rows at once; more than ``MANY_ROWS`` of them, or more runs than the
        views can take one by one (``ROW_SIGNAL_WORK``), are one layout change. The arriving rows'
        places come from one numpy sort, not a search per row."""
        n = len(self._events)
        visible = self._visible_mask()
        want = np.ones(n, bool) if visible is None else np.asarray(visible[:n], bool)
        rank = self._ranks()
        has_row = rank >= 0
        changed = np.flatnonzero(has_row != want)
        if not len(changed):
            return
        if len(changed) > MANY_ROWS or self._sort_timer.isActive():
            self._apply_sort(force=True)
            return
        new_order = self._sorted_order()
        # runs: rows leaving next to each other, and arriving keys next to each other in the new order
        leaving_rows = np.sort(rank[changed][has_row[changed]])
        arriving_at = np.flatnonzero(~has_row[new_order])
        runs = sum(int(np.count_nonzero(np.diff(r) != 1)) + 1 for r in (leaving_rows, arriving_at) if len(r))
        if runs * max(n, 1) > ROW_SIGNAL_WORK:
            self._apply_sort(force=True)
            return
        kept = new_order[rank[new_order] >= 0]
        order = self._order
        if not np.array_equal(kept, order[want[order]]):
            self._apply_sort(force=True)  # the rows were not in the sort order (cannot happen; be safe)
            return
        leaving = sorted((int(rank[k]) for k in changed.tolist() if rank[k] >= 0), reverse=True)
        self._remove_rows(leaving)
        places = arriving_at.tolist()  # where the arriving keys go, ascending
        if places:
            self._rank = None  # rebuilt from the rows if asked meanwhile, else set once at the end
        i = 0
        while i < len(places):  # neighbouring places arrive together, from the top down
            first = last = places[i]
            while i + 1 < len(places) and places[i + 1] == last + 1:
                i += 1
                last = places[i]
            self.beginInsertRows(QModelIndex(), first, last)
            self._order = np.insert(self._order, first, new_order[first:last + 1])
            self._rank = None
            self.endInsertRows()
            i += 1
        if places:
            self._rank = _inverse(new_order, n)

    def _apply_sort(self, force: bool = False) -> None:
        """Reorder rows by the sort column (ties by date, then by key, so the order is total), keeping
        only the visible keys; rows of keys that are no longer shown lose their persistent indexes."""
        self._sort_timer.stop()
        if self._sort_column < 0 and not force and self._visible_mask() is None:
            return
        started = time.perf_counter()
        try:
            self._apply_sort_now()
        finally:
            self._sort_cost_s = time.perf_counter() - started

    def _apply_sort_now(self) -> None:
        new_order = self._sorted_order()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old = self._order
        persistent_keys = [int(old[p.row()]) if 0 <= p.row() < len(old) else -1 for p in persistent]
        self._order, self._rank = new_order, None
        rows = self._rows_of_keys(persistent_keys)
        self.changePersistentIndexList(
            persistent, [self.index(row, p.column()) if row >= 0 else QModelIndex()
                         for p, row in zip(persistent, rows)]
        )
        self.layoutChanged.emit()

    def _rows_of_keys(self, keys: Sequence[int]) -> list[int]:
        """The rows of ``keys`` (-1 for a key without a row, or given as -1). A layout change carries
        over only the views' few persistent indexes (the current row, the selection's corners), so
        a pass over the rows for each is cheaper than the inverse of a million rows; the inverse is
        built only when it is asked for (see :meth:`_ranks`) or more keys need it."""
        if self._rank is not None or len(keys) > FEW_PERSISTENT:
            rank = self._ranks()
            return [int(rank[k]) if k >= 0 else -1 for k in keys]
        order = self._order
        out = []
        for k in keys:
            at = np.flatnonzero(order == k) if k >= 0 else ()
            out.append(int(at[0]) if len(at) else -1)
        return out

    def _sorted_order(self) -> np.ndarray:
        """Visible keys in the order of the sort column (by key when unsorted): the column's kept
        order narrowed by the mask, no sort (see :mod:`explorer.gui.key_order`)."""
        n = len(self._events)
        visible = self._visible_mask()
        if self._sort_column < 0:
            return np.arange(n) if visible is None else np.flatnonzero(visible[:n])
        order = self._key_order(self._sort_column)
        return order.keys(visible, self._sort_order == Qt.SortOrder.DescendingOrder)

    def _key_order(self, column: int) -> KeyOrder:
        """Every key in ``column``'s ascending order (ties by date, then key), made once: keys added
        since are put in place one by one while few (a document imported), else it is made again."""
        n = len(self._events)
        order = self._key_orders.get(column)
        if column == Column.DOCUMENT and order is not None and self._doc_names_ordered != self._doc_names:
            order = None  # a document's name changed
        if order is not None and len(order) < n:
            if n - len(order) <= MANY_ROWS:
                order.move(range(len(order), n), self._sort_key(column))
            else:
                order = None
        if order is None or len(order) != n:
            if column == Column.DOCUMENT:
                self._doc_names_ordered = list(self._doc_names)
            order = KeyOrder.build(self._sort_primary(column), self.time_arrays().date_key)
        self._key_orders[column] = order
        return order

    def _sort_key(self, column: int) -> Callable[[int], tuple]:
        """A key's place in ``column``'s order as a Python value (what ``_sort_primary`` ranks, then
        date, then key), for moving a few keys (see :meth:`KeyOrder.move`)."""
        date = self.time_arrays().date_key
        if column == Column.TITLE:
            return lambda k: (self.event_by_key(int(k)).title.casefold(), int(date[k]), int(k))
        if column == Column.DOCUMENT:
            names, lanes = self._doc_names, self._lanes
            return lambda k: (names[lanes[int(k)]].casefold(), int(date[k]), int(k))
        if column == Column.SOURCES:
            groups = self._group_of_key
            return lambda k: (len(self._group_keys[groups[int(k)].id]) if int(k) in groups else 1,  # type: ignore[attr-defined]
                              int(date[k]), int(k))
        return lambda k: (int(date[k]), int(k))

    def _follow_orders(self, keys: Sequence[int]) -> None:
        """The kept orders after ``keys`` got other dates or titles: those keys move (many: the
        orders are made again when next asked)."""
        if not keys:
            return
        for column, order in list(self._key_orders.items()):
            if len(keys) > MANY_ROWS:
                del self._key_orders[column]
            else:
                order.move([k for k in keys if k < len(order)], self._sort_key(column))

    def _sort_primary(self, column: int | None = None) -> np.ndarray:
        """By key, what the sort column (or ``column``) orders by (ties go by date, then key)."""
        column = self._sort_column if column is None else column
        if column == Column.DATE:
            return self.time_arrays().date_key
        if column == Column.TITLE:
            if self._title_ranks is None or len(self._title_ranks) != len(self._events):
                self._title_ranks = _string_ranks([title.casefold() for title in self._events.titles()])
            return self._title_ranks
        if column == Column.SOURCES:
            return self._group_view.sizes_by_key(len(self._events))
        lane_rank = _string_ranks([name.casefold() for name in self._doc_names])
        return lane_rank[self.time_arrays().lane]

    def _title_order_background(self) -> Iterator[None]:
        """The title order in steps of a few tens of milliseconds (the titles casefolded and ranked
        in chunks), so the first click on the Title header only narrows it (see ``_start_haystacks``)."""
        count = len(self._events)
        out: list[np.ndarray] = []
        yield from string_rank_steps(
            lambda start, stop: [title.casefold() for title in self._events.titles(start, stop)], count, out)
        if len(self._events) == count and Column.TITLE not in self._key_orders:
            self._title_ranks = out[0]
            by_date = self._key_order(Column.DATE)  # made at the load when sorted by date, as by default
            yield
            if len(by_date) == count == len(self._events):
                self._key_orders[Column.TITLE] = KeyOrder.build_on(out[0], by_date)

    def _ranks(self) -> np.ndarray:
        if self._rank is None or len(self._rank) != len(self._events):
            self._rank = _inverse(self._order, len(self._events))
        return self._rank
