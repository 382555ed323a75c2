"""A growable column of int32, one per key (issue 16: memory at 1M events).

Why: the model kept each event's lane (its document) as a Python list, ``lane.tolist()``: a list
of a million ints is an 8-byte pointer and a 28-byte int object each above 256, about 36 MB; this
is 4 MB. Items come back as ``int`` (never numpy scalars: Qt roles return them). Nothing here
imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np


class IntColumn:
    """int32 values by key, appended at the end (the buffer doubles, so appending is amortised)."""

    __slots__ = ("_values", "_count")

    def __init__(self, values: Iterable[int] | np.ndarray = ()) -> None:
        array = np.asarray(values if isinstance(values, np.ndarray) else list(values), np.int32)
        self._values = array.copy() if len(array) else np.zeros(16, np.int32)
        self._count = len(array)

    def __len__(self) -> int:
        return self._count

    @property
    def nbytes(self) -> int:
        return self._values.nbytes

    def __getitem__(self, key: int | slice) -> int | list[int]:  # type: ignore[override]
        if isinstance(key, slice):
            return self.array()[key].tolist()
        if key < 0:
            key += self._count
        if not 0 <= key < self._count:
            raise IndexError(key)
        return int(self._values[key])

    def __setitem__(self, key: int, value: int) -> None:
        if not 0 <= key < self._count:
            raise IndexError(key)
        self._values[key] = value

    def __iter__(self):
        return iter(self.array().tolist())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, IntColumn):
            return bool(np.array_equal(self.array(), other.array()))
        if isinstance(other, (list, tuple)):
            return self.array().tolist() == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def array(self) -> np.ndarray:
        """The values as int32 (a view: not to be kept across appends)."""
        return self._values[:self._count]

    def extend(self, values: Iterable[int] | np.ndarray) -> None:
        added = np.asarray(values if isinstance(values, np.ndarray) else list(values), np.int32)
        need = self._count + len(added)
        if need > len(self._values):
            grown = np.zeros(max(need, 2 * len(self._values)), np.int32)
            grown[:self._count] = self._values[:self._count]
            self._values = grown
        self._values[self._count:need] = added
        self._count = need
