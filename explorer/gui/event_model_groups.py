"""The event model's groups: one happening reported by several articles, shown as one row.

A mixin of :class:`explorer.gui.event_model.EventTableModel` (it reads the model's storage): which
keys belong to which group, which sources a collapsed group hides, and the Sources column's text and
tooltip. Kept apart so the model's rows and the groups' bookkeeping can each be read on their own.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from explorer.calendar import MONTH_NAMES, year_label
from explorer.entities.grouping import EventGroup
from explorer.events.record import Event
from explorer.gui.event_roles import Column
from explorer.gui.group_index import GroupKeys, GroupMembers, GroupOfKey, GroupsInfo

#: before a collapsed group's source count in its mark's title ("Work begins ×13"): a Latin-1 sign
#: every font has (the "⧉" once used is missing from common sans fonts and drew as a box)
SOURCES_MARK = "\u00d7"


def disputed_dates(group: EventGroup) -> str:
    """"5 Mar 2020 / 6 Mar 2020": the distinct dates a group's sources give, written as the Date
    column writes a day (not ``strftime``: each call imports ``time`` through PySide6's import hook,
    35 µs a group, 27 ms over a 1M project's disputed groups on the first turn after opening)."""
    out = []
    for begin, end in group.dates:
        if begin is None:
            continue
        text = _day_text(begin)
        if end is not None and end != begin:
            text += f"\u2013{_day_text(end)}"
        out.append(text)
    return " / ".join(dict.fromkeys(out))


def _day_text(day) -> str:  # noqa: ANN001 - a date or a BC-capable Day
    return f"{day.day} {MONTH_NAMES[day.month - 1][:3]} {year_label(day.year)}"


class GroupedRows:
    """Groups of events (see :meth:`set_groups`), for :class:`EventTableModel` (whose storage it reads)."""

    def set_groups(self, groups: Sequence[EventGroup]) -> None:
        """Events reported by several articles: each group shows as its first source's row (the
        others hidden by the proxy until the group is expanded) with a source count. The same groups
        again (an actor merge leaves them as they were) change nothing and tell nobody."""
        if not self._store_groups(groups):
            return
        self._refresh_sources_column()
        self.groupsChanged.emit()

    def _store_groups(self, groups: Sequence[EventGroup]) -> bool:
        """:meth:`set_groups` without telling anyone (a reload takes its project's groups inside
        its reset, so the views see them with the rows); False if they are the ones stored."""
        groups = list(groups)
        same = groups == self._all_groups  # one C pass by identity
        keys, owner = self._group_members(groups)
        if same and np.array_equal(keys, self._group_flat[0]) and np.array_equal(owner, self._group_flat[1]):
            return False
        self._key_orders.pop(Column.SOURCES, None)  # ordered by group size
        if not same:  # the same groups (a curation filter changed their members shown): same ids
            self._all_groups = groups
            self._groups_info = GroupsInfo(groups)
            self._grouped_ids = set(self._groups_info.ids)
        self._group_flat = (keys, owner)
        # Arrays, not a dict entry per key: a curation filter change comes here for every group
        # left (90 ms of CPU at 1M events filled in Python).
        self._group_view = GroupMembers(self._groups_info, keys, owner, len(self._events))
        self._group_of_key = GroupOfKey(self._group_view)
        self._group_keys = GroupKeys(self._group_view)
        if self._expanded:
            self._expanded -= {g for g in self._expanded if g not in self._group_keys}
        self._hidden_sources = None
        return True

    def _group_members(self, groups: list[EventGroup]) -> tuple[np.ndarray, np.ndarray]:
        """(key, group index) of each event of ``groups`` the source shows, in the groups' order,
        for the groups left with two shown events or more. The ids are looked up once per groups
        and key count; which are shown is then numpy over the shown mask (a curation filter change
        asked ``key_of`` of every grouped event: 0.17 s at 100k events)."""
        n = len(self._events)
        cached = self._members_cache
        if cached is None or cached[1] != n or cached[0] != groups:  # equal lists: one C pass by identity
            groups = list(groups)  # a copy: the caller's list may change in place later
            ids = [i for group in groups for i in group.event_ids]
            flat = self._events.keys_of(ids)  # numpy over the stored ids' index, no dict per event
            owner = np.repeat(np.arange(len(groups), dtype=np.int64), [len(g.event_ids) for g in groups])
            cached = self._members_cache = (groups, n, flat, owner)
        flat, owner = cached[2], cached[3]
        ok = flat >= 0
        shown = self.shown_mask()
        if shown is not None:
            ok &= shown[np.where(ok, flat, 0)]
        counts = np.bincount(owner[ok], minlength=len(groups))
        ok &= counts[owner] >= 2
        return flat[ok], owner[ok]

    def group_of_key(self, key: int) -> EventGroup | None:
        return self._group_of_key.get(key)  # type: ignore[return-value]

    def group_of(self, event_id: str) -> EventGroup | None:
        key = self.key_of(event_id)
        return None if key is None else self.group_of_key(key)

    def group_events(self, group_id: str) -> list[Event]:
        """The group's sources, the shown one first."""
        return [self._events[k] for k in self._group_keys.get(group_id, [])]

    def group_count(self) -> int:
        return len(self._group_keys)

    def groups(self) -> list[EventGroup]:
        """The groups shown (two shown sources or more), in order; one C pass (37k groups at 1M)."""
        return list(map(self._groups_info.groups.__getitem__, self._group_view.left.tolist()))

    def group_source_kinds(self) -> set[tuple[int, str]]:
        """Each distinct (event count, disputed dates' text or "") of the groups shown: the Sources
        column's widest texts (see ``TableView.sources_column_texts``), from arrays; each disputed
        group's text is made once per groups given, not on every filter change."""
        info, left = self._groups_info, self._group_view.left
        kinds = {(n, "") for n in np.unique(info.sizes[left]).tolist()}
        for i in np.intersect1d(info.disputed, left).tolist():
            kinds.add((int(info.sizes[i]), " \u26a0 " + info.dispute_text(i, disputed_dates)))
        return kinds

    def representative_key(self, key: int) -> int:
        """The key whose row stands for ``key``'s group while it is collapsed (``key`` if none)."""
        group = self._group_of_key.get(key)
        return key if group is None else self._group_keys[group.id][0]  # type: ignore[attr-defined]

    def is_hidden_source(self, key: int) -> bool:
        """A second (third…) source of a collapsed group: the proxy hides its row."""
        group = self._group_of_key.get(key)
        return (group is not None and group.id not in self._expanded  # type: ignore[attr-defined]
                and self._group_keys[group.id][0] != key)  # type: ignore[attr-defined]

    def has_hidden_sources(self) -> bool:
        return len(self._expanded) < len(self._group_keys)

    def is_expanded(self, group_id: str) -> bool:
        return group_id in self._expanded

    def set_expanded(self, group_id: str, expanded: bool) -> None:
        if group_id not in self._group_keys or (group_id in self._expanded) == expanded:
            return
        (self._expanded.add if expanded else self._expanded.discard)(group_id)
        self._refresh_sources_column()
        self.groupsChanged.emit()

    def _refresh_sources_column(self) -> None:
        self._hidden_sources = None  # the groups or their expansion changed
        self._sources = {}  # each shown cell's text is made again when asked (``_display``)
        if len(self._order):
            self.dataChanged.emit(self.index(0, Column.SOURCES), self.index(len(self._order) - 1, Column.SOURCES))

    def _sources_text(self, key: int, group) -> str:
        keys = self._group_keys[group.id]
        if keys[0] == key:
            arrow = "\u25be" if group.id in self._expanded else "\u25b8"
            text = f"{arrow} {len(keys)} sources"
        else:
            text = f"\u21b3 source {keys.index(key) + 1} of {len(keys)}"
        if group.disputed:
            text += " \u26a0 " + disputed_dates(group)
        return text

    def hidden_source_keys(self) -> list[int]:
        """Keys the proxy hides: the second (third…) sources of collapsed groups."""
        return self.hidden_source_array().tolist()

    def hidden_source_array(self) -> np.ndarray:
        """:meth:`hidden_source_keys` as int64, kept until the groups change (a Filter keystroke
        listed them anew: 22 ms at 1M events)."""
        if self._hidden_sources is None:
            self._hidden_sources = self._group_view.hidden(self._expanded)
        return self._hidden_sources

    def mark_title(self, key: int) -> str:
        """The label of a timeline mark: a collapsed group's shown source carries its source count."""
        event = self._events[key]
        group = self._group_of_key.get(key)
        if group is None or group.id in self._expanded:  # type: ignore[attr-defined]
            return event.title
        return f"{event.title} {SOURCES_MARK}{group.sources}" + (" \u26a0" if group.disputed else "")  # type: ignore[attr-defined]

    def _sources_tooltip(self, key: int) -> str:
        group = self._group_of_key[key]
        lines = [f"Reported by {len(self._group_keys[group.id])} articles:"]  # type: ignore[attr-defined]
        for k in self._group_keys[group.id]:  # type: ignore[attr-defined]
            lines.append(f"  {self._display(k, Column.DATE)}  {self._display(k, Column.DOCUMENT)}")
        if group.disputed:  # type: ignore[attr-defined]
            lines.append("\u26a0 The sources disagree on the date: " + disputed_dates(group))
        return "\n".join(lines)
