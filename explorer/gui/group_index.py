"""The table model's look-ups of its groups (key -> group, group id -> its shown keys) as read-only
mappings over numpy arrays, not dicts filled a key at a time.

Why: a curation filter change leaves the same groups with other members shown, and the model
stored them again. Filled in Python (a dict entry per grouped key, a list per group) that took
about 90 ms of CPU at 1M events (37k groups) each time a filter was set or cleared. Here a change
of members is two numpy assignments; a look-up costs a few array reads, and only the rows drawn
ask. The per-groups parts (position of each id, sizes, disputed texts) are kept in
:class:`GroupsInfo` and made again only when other groups are given."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

import numpy as np

from explorer.entities.grouping import EventGroup


class GroupsInfo:
    """What depends on the groups given alone (not on which members are shown): each id's position,
    the groups' event counts, the disputed ones, and their dates' texts (made when first asked)."""

    def __init__(self, groups: Sequence[EventGroup]) -> None:
        self.groups = list(groups)
        self.position = {group.id: i for i, group in enumerate(self.groups)}
        self.sizes = np.fromiter(map(len, (g.event_ids for g in self.groups)), np.int64, len(self.groups))
        self.disputed = np.flatnonzero(np.fromiter((g.disputed for g in self.groups), bool, len(self.groups)))
        self.ids = frozenset(i for group in self.groups for i in group.event_ids)
        self._dispute_texts: dict[int, str] = {}

    def dispute_text(self, index: int, make: Callable[[EventGroup], str]) -> str:
        text = self._dispute_texts.get(index)
        if text is None:
            text = self._dispute_texts[index] = make(self.groups[index])
        return text


class GroupMembers:
    """The groups left (two shown members or more) and their shown keys, from the flat arrays of
    :meth:`EventTableModel._group_members` (keys in the groups' order, each with its group's
    index). Runs of one owner are one group's members, the first the shown source."""

    def __init__(self, info: GroupsInfo, keys: np.ndarray, owner: np.ndarray, key_count: int) -> None:
        self.info, self.keys, self.owner = info, keys, owner
        n = len(keys)
        first = np.ones(n, bool)
        first[1:] = owner[1:] != owner[:-1]
        self.first = first  # whether each flat member is its group's shown source
        starts = np.flatnonzero(first)
        stops = np.append(starts[1:], n).astype(np.int64)
        self.left = owner[starts]  # group indices left, in order
        self.start = np.full(len(info.groups), -1, np.int64)
        self.stop = np.full(len(info.groups), -1, np.int64)
        self.start[self.left], self.stop[self.left] = starts, stops
        self.group_at = np.full(max(key_count, int(keys.max()) + 1 if n else 0), -1, np.int64)
        self.group_at[keys] = owner  # key -> group index (-1: none)

    def sizes_by_key(self, key_count: int) -> np.ndarray:
        """By key, its group's shown members (1 outside a group): the Sources column's order."""
        primary = np.ones(key_count, np.int64)
        counts = np.bincount(self.owner, minlength=len(self.info.groups))
        inside = self.keys < key_count
        primary[self.keys[inside]] = counts[self.owner[inside]]
        return primary

    def hidden(self, expanded: set[str]) -> np.ndarray:
        """The members after the first of every collapsed group, in the groups' order."""
        hide = ~self.first
        if expanded:
            position = self.info.position
            opened = [position[g] for g in expanded if g in position]
            hide &= ~np.isin(self.owner, np.asarray(opened, np.int64))
        return self.keys[hide].astype(np.int64)


class GroupOfKey(Mapping[int, EventGroup]):
    """key -> its group, for the keys of the groups left."""

    def __init__(self, members: GroupMembers) -> None:
        self._members = members

    def __getitem__(self, key: int) -> EventGroup:
        at = self._members.group_at
        k = int(key)
        if 0 <= k < len(at):
            index = int(at[k])
            if index >= 0:
                return self._members.info.groups[index]
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index]
        except (KeyError, TypeError, ValueError):
            return False
        return True

    def __iter__(self) -> Iterator[int]:
        return iter(np.flatnonzero(self._members.group_at >= 0).tolist())

    def __len__(self) -> int:
        return int(np.count_nonzero(self._members.group_at >= 0))


class GroupKeys(Mapping[str, list[int]]):
    """group id -> the keys of its shown members (the shown source first), for the groups left;
    each look-up makes a new list."""

    def __init__(self, members: GroupMembers) -> None:
        self._members = members

    def __getitem__(self, group_id: str) -> list[int]:
        members = self._members
        index = members.info.position.get(group_id)
        if index is None or members.start[index] < 0:
            raise KeyError(group_id)
        return members.keys[members.start[index]:members.stop[index]].tolist()

    def __contains__(self, group_id: object) -> bool:
        index = self._members.info.position.get(group_id)  # type: ignore[arg-type]
        return index is not None and self._members.start[index] >= 0

    def __iter__(self) -> Iterator[str]:
        groups = self._members.info.groups
        return (groups[i].id for i in self._members.left.tolist())

    def __len__(self) -> int:
        return len(self._members.left)
