"""The label layout's memory across repaints, as a plain object (no Qt): text widths and elided
titles for one font, dropped when the font changes, when the events are rebuilt, or when they grow
past a cap.

A repaint lays out a few hundred labels; measuring and eliding each title costs more than all the
rest, so the results are kept. They are only right for the font they were measured in (a new DPI or
pixel size: :meth:`LabelCache.use_font`), and elided titles are kept by array position, which names
another event after a rebuild (:meth:`LabelCache.forget_titles`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

#: Past this many texts (or elided titles) kept, both are dropped: a long session's zooms over a
#: million events would otherwise keep every title ever measured.
CACHE_LIMIT = 200_000


class LabelCache:
    """Widths by text and the label engine's elided titles (:func:`explorer.timeline.labels.layout_labels`
    takes :attr:`titles` as its ``cache``), for one font at a time."""

    def __init__(self, limit: int = CACHE_LIMIT) -> None:
        self.limit = limit
        self.widths: dict[str, float] = {}
        self.titles: dict = {}
        self._font: Hashable | None = None
        self._measure: Callable[[str], float] | None = None

    def use_font(self, font: Hashable, measure: Callable[[str], float]) -> bool:
        """Measure with ``measure`` from now on; a font other than the last one drops everything
        measured in it. Returns whether it did. Over the limit, everything is dropped too."""
        changed = font != self._font
        if changed:
            self.widths, self.titles, self._font = {}, {}, font
        self._measure = measure
        if len(self.widths) > self.limit or len(self.titles) > self.limit:
            self.widths.clear()
            self.titles.clear()
        return changed

    def forget_titles(self) -> None:
        """The events were rebuilt: an elided title kept by position may be another event's now."""
        self.titles = {}

    def width(self, text: str) -> float:
        """The advance of ``text`` in the current font, measured once."""
        try:
            return self.widths[text]
        except KeyError:
            if self._measure is None:
                raise RuntimeError("no font yet: call use_font first") from None
            w = self.widths[text] = self._measure(text)
            return w


def rows_wanted(boxes: list, visible: int, max_rows: int) -> int:
    """The label rows a lane's one-row layout (``LabelBox`` list over ``visible`` marks) could use:
    one, plus as many as its biggest cluster has members to open (or one more for titles that found
    no room), at most ``max_rows``."""
    biggest = max((b.count for b in boxes if b.is_cluster), default=0)
    loose = visible - sum(b.count for b in boxes)
    return max(1, min(max_rows, 1 + max(biggest, 1 if loose > 0 else 0)))
