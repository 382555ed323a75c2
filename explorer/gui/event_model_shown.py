"""Which stored events the event model shows: not gone, and kept by the curation filters.

A mixin of :class:`explorer.gui.event_model.EventTableModel` (it reads the model's storage). The
answer is one numpy mask by key, kept and patched key by key for an edit, so that counts, lookups,
the groups and the rows all go by what the user sees (see the model's docstring).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np


class ShownKeys:
    """The shown mask (see :meth:`shown_mask`) for :class:`EventTableModel` (whose storage it reads)."""

    def _visible_mask(self) -> np.ndarray | None:
        """Which keys have rows (bool by key), or None for every key: the proxy's mask (which holds
        :meth:`shown_mask` too), and the shown mask alone for a model with no proxy."""
        visible = self._visibility()
        shown = self.shown_mask()
        if shown is None:
            return visible
        if visible is None:
            return shown
        return np.asarray(visible[: len(shown)], bool) & shown

    def shown_mask(self) -> np.ndarray | None:
        """By key, whether the source shows the event: not gone, and kept by its curation filters
        (see ``_compute_shown``); None when every key is shown. Kept: extended for new keys,
        patched key by key for an edit (``_patch_shown``), computed again for a filter change."""
        n = len(self._events)
        have = -1 if self._shown is None else len(self._shown)
        if have < 0 or have > n:
            self._shown = self._compute_shown(0, n)
            self._shown_all = bool(self._shown.all())
        elif have < n:
            more = self._compute_shown(have, n)
            self._shown = np.concatenate([self._shown, more])
            self._shown_all = self._shown_all and bool(more.all())
        return None if self._shown_all else self._shown

    def _patch_shown(self, keys: Iterable[int]) -> None:
        """The shown answers of ``keys`` again (gone, a new record, a new curation), not every key's:
        an edit costs its keys, even under a filter answered event by event (tags, documents)."""
        shown = self._shown
        if shown is None:
            return
        for key in keys:
            if 0 <= key < len(shown):
                shown[key] = bool(self._compute_shown(key, key + 1)[0])
        self._shown_all = bool(shown.all())

    def is_shown(self, key: int) -> bool:
        """Whether the source shows the event of ``key`` (see :meth:`shown_mask`)."""
        mask = self.shown_mask()
        return 0 <= key < len(self._events) and (mask is None or bool(mask[key]))

    def hides_keys(self) -> bool:
        """Whether some stored key is not shown (gone, or left out by the curation filters)."""
        return self.shown_mask() is not None

    def _compute_shown(self, start: int, stop: int) -> np.ndarray:
        """The shown mask over keys ``start``..``stop``: here every key that is not gone; a project
        model also applies its curation filters (rejected, :class:`EventFilter`)."""
        if stop - start == 1:
            return np.array([start not in self._gone])
        mask = np.ones(stop - start, bool)
        gone = [k - start for k in self._gone if start <= k < stop]
        if gone:
            mask[np.asarray(gone, np.int64)] = False
        return mask

    def _forget_shown(self) -> None:
        self._shown = None

    def is_gone(self, key: int) -> bool:
        """Whether the source no longer shows the event of ``key`` (see :meth:`update_events`)."""
        return key in self._gone

    def gone_keys(self) -> set[int]:
        return set(self._gone)

    def has_gone_keys(self) -> bool:
        return bool(self._gone)

    def event_count(self) -> int:
        """How many events the source shows (stored keys less the gone ones and those its curation
        filters leave out)."""
        mask = self.shown_mask()
        return len(self._events) if mask is None else int(np.count_nonzero(mask))
