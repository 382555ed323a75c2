"""A curation filter change leaves the same groups with other members shown: the model's group
look-ups follow from arrays (explorer/gui/group_index.py) without reading every group again (at 1M
events that rebuild was most of a filter's and a clear's 150-177 ms), and say what the dicts said."""

from __future__ import annotations

import dataclasses
import random

import numpy as np
from PySide6.QtCore import QPoint, Qt

from explorer.entities.grouping import EventGroup
from explorer.gui.event_roles import EVENT_ROLE, Column
from explorer.gui.group_index import GroupKeys, GroupMembers, GroupOfKey, GroupsInfo

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _group(gid: str, size: int, disputed: bool = False) -> EventGroup:
    return EventGroup(id=gid, event_ids=tuple(f"{gid}.{i}" for i in range(size)), docs=tuple(f"d{i}" for i in range(size)),
                      dates=(), disputed=disputed, score=1.0)


def test_the_array_look_ups_say_what_dicts_filled_a_key_at_a_time_say():
    rng = random.Random(7)
    for _ in range(40):
        groups = [_group(f"g{i}", rng.randint(2, 5), rng.random() < 0.3) for i in range(rng.randint(0, 30))]
        key_count = 200
        free = rng.sample(range(key_count), key_count)
        keys, owner = [], []
        for index, group in enumerate(groups):
            shown = rng.randint(0, len(group.event_ids))
            if shown >= 2:  # as _group_members leaves them: groups with two shown members or more
                keys += [free.pop() for _ in range(shown)]
                owner += [index] * shown
        info = GroupsInfo(groups)
        members = GroupMembers(info, np.asarray(keys, np.int64), np.asarray(owner, np.int64), key_count)
        of_key, group_keys = GroupOfKey(members), GroupKeys(members)
        want_keys: dict[str, list[int]] = {}
        for k, o in zip(keys, owner):
            want_keys.setdefault(groups[o].id, []).append(k)
        want_of_key = {k: groups[o] for k, o in zip(keys, owner)}
        assert dict(group_keys) == want_keys and list(group_keys) == list(want_keys)
        assert dict(of_key) == want_of_key and len(of_key) == len(want_of_key)
        for k in range(-2, key_count + 3):
            assert of_key.get(k) is want_of_key.get(k) and (k in of_key) == (k in want_of_key)
        assert "nothing" not in group_keys and group_keys.get("nothing") is None
        expanded = set(rng.sample(sorted(want_keys), min(2, len(want_keys)))) | {"gone"}
        want_hidden = [k for gid, ks in want_keys.items() if gid not in expanded for k in ks[1:]]
        assert members.hidden(expanded).tolist() == want_hidden
        sizes = members.sizes_by_key(key_count)
        want_sizes = np.ones(key_count, np.int64)
        for ks in want_keys.values():
            want_sizes[ks] = len(ks)
        assert sizes.tolist() == want_sizes.tolist()


class CountedGroup(EventGroup):
    """An EventGroup that counts the reads of its event ids (what a rebuild of every group does)."""

    reads = 0

    def __getattribute__(self, name: str):
        if name == "event_ids":
            CountedGroup.reads += 1
        return super().__getattribute__(name)


def rows(win) -> list[str]:
    return [win.proxy.index(r, 0).data(EVENT_ROLE).id for r in range(win.proxy.rowCount())]


def test_a_document_filter_and_show_all_change_the_groups_shown_without_reading_every_group(annotated_window, qtbot):
    win = annotated_window
    model = win.model
    counted = [CountedGroup(**{f.name: getattr(g, f.name) for f in dataclasses.fields(g)}) for g in model._all_groups]
    model.set_groups(counted)
    qtbot.waitUntil(lambda: not win.table._sources_timer.isActive())
    three = next(g for g in model.groups() if g.sources == 3)
    ids = three.event_ids  # read before counting
    first_doc = model.group_events(three.id)[0].doc
    all_rows, width = rows(win), win.table.horizontalHeader().sectionSize(Column.SOURCES)
    assert not win.table.horizontalHeader().isSectionHidden(Column.SOURCES)
    assert len(model.groups()) >= 2
    changed: list[int] = []
    model.groupsChanged.connect(lambda: changed.append(1))
    CountedGroup.reads = 0

    # The document of the group's first source chosen in the Filters panel with the keyboard
    panel = win.filters
    qtbot.keyClick(win, Qt.Key.Key_F, CTRL | SHIFT)
    qtbot.waitUntil(lambda: panel.document.findData(first_doc) >= 0)
    panel.document.setFocus()
    index = panel.document.findData(first_doc)
    while panel.document.currentIndex() < index:
        qtbot.keyClick(panel.document, Qt.Key.Key_Down)
    assert model.event_filter().docs == frozenset({first_doc})
    qtbot.waitUntil(lambda: not win.table._sources_timer.isActive())
    assert changed  # the groups shown changed: every group has its sources in several documents
    assert model.group_count() == 0 and model.groups() == [] and model.hidden_source_keys() == []
    assert model.group_of(ids[0]) is None
    assert {e.doc for e in map(model.event_by_key, map(model.key_of, rows(win)))} == {first_doc}
    assert win.table.horizontalHeader().isSectionHidden(Column.SOURCES)  # no group left to show

    # "Show all" clicked: the groups come back as they were, each one row, the column as wide
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    qtbot.waitUntil(lambda: not win.table._sources_timer.isActive())
    assert rows(win) == all_rows
    assert model.group_of(ids[1]) is three and model.representative_key(model.key_of(ids[2])) == model.key_of(ids[0])
    assert [e.id for e in model.group_events(three.id)] == list(ids)
    row = all_rows.index(ids[0])
    assert win.proxy.index(row, Column.SOURCES).data().startswith("\u25b8 3 sources")
    assert not win.table.horizontalHeader().isSectionHidden(Column.SOURCES)
    assert win.table.horizontalHeader().sectionSize(Column.SOURCES) == width
    assert CountedGroup.reads == 0  # no group read again: its ids, sizes and texts were kept
