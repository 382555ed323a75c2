"""The event model's search text: what the Filter box searches, built in the background.

A mixin of :class:`explorer.gui.event_model.EventTableModel` (it reads the model's storage). Each
event's date, title and sentence, and its document and names once per distinct value, are built a
chunk per event-loop turn after events arrive and then indexed (see
:mod:`explorer.store.search_index`), so the first Filter keystroke does not pay for them.
"""

from __future__ import annotations

import numpy as np

from explorer.events.record import Event
from explorer.gui.coalesce import start_once
from explorer.gui.event_roles import Column
from explorer.gui.formatting import event_when
from explorer.store.event_search import JOIN, EventSearch
from explorer.store.search_index import SearchIndex
from explorer.store.text_fold import fold

#: Events whose search text is built per event-loop turn in the background (about 20 µs each).
HAYSTACK_CHUNK = 2000

#: Events indexed for search per event-loop turn once the search text is built (about 30 ms).
INDEX_CHUNK = 1000


def _haystack(when: str, event: Event, doc_name: str) -> str:
    """What the filter box searches: date, title, document, sentence, actors and places (held by
    field, see :class:`EventSearch`; made whole for a needle holding a line break)."""
    who = "\n".join(event.actors + event.places)
    return fold(f"{when}\n{event.title}\n{doc_name}\n{event.sentence}\n{who}")


def own_search_text(event: Event) -> str:
    """The part of :func:`_haystack` held per event: date, title and sentence."""
    return fold(f"{event_when(event)}\n{event.title}\n{event.sentence}")


def names_search_text(event: Event) -> str:
    """The part of :func:`_haystack` held once per distinct value: actors and places."""
    return fold("\n".join(event.actors + event.places))


class SearchText:
    """The Filter box's text and index for :class:`EventTableModel` (whose storage it reads)."""

    def haystacks(self) -> EventSearch:
        """By key, what the filter box searches (casefolded), with ``scan`` and ``contains`` (a list
        of a million strings cost 440 MB): each event's date, title and sentence as UTF-8 blobs, its
        document and names once per distinct value (see :mod:`explorer.store.event_search`); built
        in the background after events arrive (see :meth:`_build_haystacks_step`), and the rest at
        once when needed before then."""
        self._extend_haystacks(len(self._events))
        return self._search

    def _new_search(self) -> None:
        self._search_index = SearchIndex()
        self._search = EventSearch(self._search_index.text, lambda: self._doc_names,
                                   lambda: self._lanes.array(), self._joined_text)

    def _joined_text(self, key: int) -> str:
        return _haystack(event_when(self._events[key]), self._events[key], self._doc_names[self._lanes[key]])

    def _extend_haystacks(self, stop: int) -> None:
        have = len(self._search_index)
        if have < stop:
            events = self._events[have:stop]
            self._search_index.append([own_search_text(e) for e in events], folded=True)
            self._search.add_fields([names_search_text(e) for e in events])

    def search_ready(self) -> bool:
        """Whether every event's search text is built (a Filter keystroke then only searches)."""
        return len(self._search_index) >= len(self._events)

    def search_index_ready(self) -> bool:
        """Whether :meth:`search_mask` answers without building anything first."""
        return self._search_index.indexed >= len(self._events)

    def search_mask(self, needle: str, within: np.ndarray | None = None) -> np.ndarray:
        """Which keys' search text contains ``needle`` (bool, by key), from the search index: numpy
        passes over its vocabulary and postings, never a Python step per event (see
        :mod:`explorer.store.search_index`). ``within`` (by key) only narrows the work. What is not
        indexed yet (the background build still running) is indexed now."""
        self._extend_search_index(len(self._events))
        if JOIN in fold(needle):  # may span fields: from each event's joined text
            mask = self._search.scan(needle, 0, len(self._events))
            return mask if within is None else mask & np.asarray(within[:len(mask)], bool)
        mask = self._search_index.mask(needle, within)
        return mask | self._search.fields_mask(needle, within=within)

    def _extend_search_index(self, stop: int) -> None:
        self._extend_haystacks(stop)
        self._search_index.index_to(stop)

    def _start_haystacks(self) -> None:
        if self._events and Column.TITLE not in self._key_orders and self._title_order_steps is None:
            self._title_order_steps = self._title_order_background()
        busy = self._search_index.indexed < len(self._events) or self._title_order_steps is not None
        if busy:
            start_once(self._haystack_timer)

    def _build_haystacks_step(self) -> None:
        """One chunk of the search text (a few tens of milliseconds), until every event has one; then
        one step of the title order (see ``_title_order_background``); then the columns of
        ``_background_columns``; then one chunk of the search index, until every event is indexed."""
        total = len(self._events)
        if len(self._search_index) < total:
            self._extend_haystacks(min(len(self._search_index) + HAYSTACK_CHUNK, total))
        elif self._title_order_steps is not None:
            if next(self._title_order_steps, StopIteration) is StopIteration:
                self._title_order_steps = None
        elif self._background_columns():
            pass
        elif self._search_index.indexed < total:
            self._extend_search_index(min(self._search_index.indexed + INDEX_CHUNK, total))
            if self._search_index.indexed >= total:
                self._search_index.settle()
                self._search.settle()
        else:
            self._haystack_timer.stop()

    def _background_columns(self) -> bool:
        """Build, as one step of the background work after events arrive, columns a subclass keeps
        for later (see ``ProjectEventModel``); False when there is nothing to build."""
        return False

    def matches(self, key: int, needle: str) -> bool:
        """Whether the event's date, title, document or expression contains ``needle`` (casefolded)."""
        return bool(self.haystacks().contains(needle, np.array([key]))[0])
