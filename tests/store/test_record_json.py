"""The project file reads each event field back to its type from the record's own annotations, so a
field another part of the program adds to the record (a day, BC included; a list of names) is saved
and opened without a change to the store."""

from __future__ import annotations

from datetime import date

from explorer.calendar import Day
from explorer.events.record import Event
from explorer.store.record_json import _field_from_json, event_from_json, event_to_json


def test_values_come_back_by_the_fields_annotation():
    assert _field_from_json("date | Day | None", "-0263-03-01") == Day.of(-263, 3, 1)  # BC: a Day
    assert _field_from_json("date | Day | None", "2019-01-02") == date(2019, 1, 2)  # else a date
    assert _field_from_json("date | None", "2019-01-02") == date(2019, 1, 2)
    assert _field_from_json("tuple[str, ...]", ["a", "b"]) == ("a", "b")
    assert _field_from_json("float | None", 0.5) == 0.5 and _field_from_json("date | None", None) is None
    assert _field_from_json("str", "2019-01-02") == "2019-01-02"  # a value that looks like a day stays text


def test_an_event_round_trips():
    event = Event(id="a#1", doc="a.txt", title="Talks", sentence="Talks on 2 May 2019.", sentence_start=0,
                  sentence_end=20, timex="2 May 2019", timex_start=9, timex_end=19, value="2019-05-02", type="DATE",
                  begin=date(2019, 5, 2), end=date(2019, 5, 2), certainty="exact", actors=("Roe",), places=("Rome",))
    assert event_from_json(event_to_json(event)) == event
