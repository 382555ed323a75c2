"""The groups as the project file keeps them (JSON), read back on opening."""

from __future__ import annotations


def test_saved_groups_read_each_date_text_once() -> None:
    """37k groups at 1M events name 145k dates, mostly the same days: each date text is read once
    (the groups share the date object), and the groups come back as they were saved."""
    from datetime import date

    from explorer.entities.grouping import EventGroup
    from explorer.store.annotation_json import groups_from_json, groups_to_json

    day = date(2020, 3, 5)
    groups = [EventGroup(f"g{i}", (f"a#{i}", f"b#{i}"), ("a.txt", "b.txt"),
                         ((day, day), (date(2020, 3, 6), None)) if i % 2 else ((day, date(2020, 3, 7)),), bool(i % 2), 0.5)
              for i in range(6)]
    back = groups_from_json(groups_to_json(groups))
    assert back == groups
    assert back[1].dates[0][0] is back[3].dates[0][1] is back[4].dates[0][0]


def test_groups_and_edits_with_years_before_one_read_back() -> None:
    """Two histories that tell the same 264 BC landing are one group, saved as "-0263-01-01": read
    back with ``date.fromisoformat`` it made the whole project "damaged" (session 15 audit). A merge
    that gives an undated event such a date is saved the same way."""
    import json

    from explorer.calendar import Day
    from explorer.curation.model import EventEdit
    from explorer.entities.grouping import EventGroup
    from explorer.store.annotation_json import groups_from_json, groups_to_json

    first, last = Day.of(-263, 1, 1), Day.of(-263, 12, 31)
    groups = [EventGroup("g", ("a#1", "b#2"), ("a.txt", "b.txt"), ((first, last), (first, last)), False, 0.8)]
    back = groups_from_json(groups_to_json(groups))
    assert back == groups and back[0].dates[0][0].year == -263
    edit = EventEdit(begin=first, end=last)
    assert EventEdit.from_json(json.loads(json.dumps(edit.to_json()))) == edit
