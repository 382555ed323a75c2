"""The model's events by key (Qt-free): stored rows and given records read alike, by key, by
range and as whole columns."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np

from explorer.events.record import Event
from explorer.gui.keyed_events import KeyedEvents
from explorer.store import columns
from explorer.store.stored_events import StoredEvents


def _event(i: int) -> Event:
    return Event(id=f"d{i // 3}#{i}", doc=f"d{i // 3}.txt", title=f"Title {i}", sentence=f"Sentence {i}.",
                 sentence_start=0, sentence_end=10, timex=f"{i} May", timex_start=i, timex_end=i + 5,
                 value="2020-05-01", type="DATE", begin=date(2020, 5, 1 + i % 28), end=date(2020, 5, 1 + i % 28),
                 certainty="exact", actors=(f"Actor {i % 4}",) if i % 2 else (), salience=i / 100)


def test_stored_and_given_keys_read_as_one_list() -> None:
    stored_events = [_event(i) for i in range(12)]
    stored = StoredEvents(columns.pack(stored_events), len(stored_events))
    given = {3: replace(stored_events[7], title="Given three"), 4: _event(40)}
    rows = np.array([5, 6, 7, -1, -1, 0, 1, 2], np.int64)  # keys 0-2: rows 5-7; 3-4 given; 5-7: rows 0-2
    keyed = KeyedEvents()
    keyed.add_stored(stored, rows, False, given)
    keyed.extend([_event(50), _event(51)])
    expected = [stored_events[5], stored_events[6], stored_events[7], given[3], given[4],
                stored_events[0], stored_events[1], stored_events[2], _event(50), _event(51)]
    assert len(keyed) == len(expected)
    assert [keyed[k] for k in range(len(keyed))] == expected
    assert keyed[2:9] == expected[2:9] and list(keyed) == expected and keyed[-1] == expected[-1]
    assert keyed.ids() == [e.id for e in expected] and keyed.ids(6) == [e.id for e in expected[6:]]
    assert keyed.titles() == [e.title for e in expected]
    assert keyed.titles(2, 9) == [e.title for e in expected[2:9]] and keyed.titles(6) == [e.title for e in expected[6:]]
    assert keyed.names("actors") == [e.actors for e in expected]
    assert keyed.salience().tolist() == [e.salience for e in expected]
    keyed[6] = replace(expected[6], title="Edited")  # an edit replaces a stored key's record
    assert keyed[6].title == "Edited" and keyed.titles()[6] == "Edited" and keyed[5:7][1].title == "Edited"
    assert keyed.is_stored(5) and not keyed.is_stored(6) and not keyed.is_stored(3)


def _keyed_with_edits() -> tuple[KeyedEvents, list[Event]]:
    """Stored keys (rows out of order, one id stored twice), given keys, a replaced key, added keys."""
    stored_events = [_event(i) for i in range(12)]
    stored_events[9] = replace(stored_events[9], id=stored_events[2].id)  # the same id twice
    stored_events[4] = replace(stored_events[4], actors=("Actor 2", "Actor 2"), places=("Actor 2", "Town"))  # once
    stored = StoredEvents(columns.pack(stored_events), len(stored_events))
    given = {3: replace(stored_events[7], id="given-three", actors=("Actor 1", "Actor 1", "Zed")), 4: _event(40)}
    rows = np.array([5, 6, 7, -1, -1, 0, 1, 2, 8, 9, 10, 11], np.int64)
    keyed = KeyedEvents()
    keyed.add_stored(stored, rows, False, given)
    keyed.extend([_event(50), replace(_event(51), id=stored_events[0].id)])  # an added id equal to a stored one
    return keyed, stored_events


def _first_keys(keyed: KeyedEvents) -> dict[str, int]:
    first: dict[str, int] = {}
    for key in range(len(keyed)):
        first.setdefault(keyed[key].id, key)
    return first


def test_ids_are_found_without_a_dict_over_the_stored_keys() -> None:
    keyed, stored_events = _keyed_with_edits()
    first = _first_keys(keyed)
    asked = [*first, "nowhere#1", ""]
    assert keyed.keys_of(asked).tolist() == [first.get(i, -1) for i in asked]
    assert keyed.key_of(stored_events[2].id) == 7 and keyed.key_of("given-three") == 3
    assert keyed.key_of(stored_events[0].id) == 5  # stored first, the added copy after
    assert keyed._given_ids is not None and len(keyed._given_ids) <= 4  # only the given records' ids
    keyed[6] = replace(keyed[6], title="Edited")  # same id: still found
    keyed[0] = replace(keyed[0], id="renamed")  # a new id: the old one is no longer this key's
    keyed.extend([replace(_event(60), id="late")])
    first = _first_keys(keyed)
    asked = [*first, stored_events[5].id, "late"]
    assert keyed.keys_of(asked).tolist() == [first.get(i, -1) for i in asked]
    assert keyed.key_of(stored_events[5].id) is None and keyed.key_of("renamed") == 0 and keyed.key_of("late") == 14


def test_name_counts_from_the_columns_are_those_of_the_records() -> None:
    from collections import Counter

    keyed, _ = _keyed_with_edits()
    keyed[8] = replace(keyed[8], actors=("Actor 3", "Other"), places=("Other",))  # a replaced stored key

    def expected(keep) -> Counter:
        want: Counter = Counter()
        for key in range(len(keyed)):
            if keep is None or keep[key]:
                want.update(set(keyed[key].actors + keyed[key].places))
        return want

    assert keyed.name_counts() == expected(None)
    keep = np.arange(len(keyed)) % 3 != 1
    assert keyed.name_counts(keep) == expected(keep)
    assert keyed.name_counts(np.zeros(len(keyed), bool)) == Counter()
