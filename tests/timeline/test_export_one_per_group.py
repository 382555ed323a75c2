"""The command line's export shows a group of reports of one happening once, as the app's collapsed
group: its title counts what the app's status bar counts."""

from __future__ import annotations

from datetime import date

from explorer.entities.grouping import make_group
from explorer.gui.render.commandline import one_per_group
from explorer.timeline import EventsArray
from explorer.timeline.caption import event_counts

from .conftest import make_event


def test_a_group_of_reports_counts_once_by_its_first_report():
    launch = [make_event(1, "gazette.txt", "The ferry Aurora is launched", date(1931, 4, 9)),
              make_event(1, "courier.txt", "Aurora slides into the river", date(1931, 4, 9))]
    other = [make_event(2, "gazette.txt", "The yard closes for winter", date(1931, 12, 1)),
             make_event(3, "courier.txt", "A strike stops the cranes")]
    group = make_group(launch, 0.9)
    kept = one_per_group(launch + other, [group])
    assert [e.id for e in kept] == [group.event_ids[0]] + [e.id for e in other]  # the shown source, then the rest
    arr = EventsArray.from_events(kept, "document", {}, ["gazette.txt", "courier.txt"])
    assert event_counts(arr, 0.0, 0.0).total == 3  # the app: 3 events (4 reports)
    assert one_per_group(other, []) == other
