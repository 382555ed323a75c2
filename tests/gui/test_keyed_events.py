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
