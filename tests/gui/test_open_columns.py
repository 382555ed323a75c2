"""Opening a project reads columns (issue 16, scale-open): the groups' members and every later id
look-up go through the stored ids' numpy index, the people panel's counts through the stored name
codes; no dict or set over every event is made, and ids of events added after opening are found."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.curation import edits
from explorer.gui.event_roles import EVENT_ROLE


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, generated_project) -> Path:
    return generated_project(tmp_path_factory.mktemp("open-columns") / "gen.tlproj", 600, 3)


def _per_event_containers(obj: object, events: int) -> list[str]:
    """The attributes of ``obj`` that are dicts or sets with an entry per event (or more); the
    records' cache is bounded (``CACHE_SIZE``), and on this small corpus holds every one."""
    return [name for name, value in vars(obj).items()
            if isinstance(value, (dict, set, frozenset)) and len(value) >= events and name != "_cache"]


def test_opening_with_groups_makes_no_dict_over_every_event(annotated_window, tmp_path: Path) -> None:
    window = annotated_window
    path = tmp_path / "grouped.tlproj"
    window.model.project.save(path)
    assert window.project_ctl.open_project(str(path), ask=False)
    window.timeline.grab()
    model = window.model
    events = model.key_count()
    assert model.group_count() > 0 and window.people.has_annotation()  # the groups' members were looked up by id
    assert model._events.is_stored(0)  # the rows are the stored columns (not relabelled from the last index)
    assert _per_event_containers(model, events) == [] and _per_event_containers(model._events, events) == []
    for group in model.groups():
        assert [model.event_by_key(model.stored_key_of(i)).id for i in group.event_ids] == list(group.event_ids)


def test_the_people_counts_are_those_of_the_shown_records(window, generated: Path) -> None:
    assert window.project_ctl.open_project(str(generated), ask=False)
    model = window.model
    project = model.project
    ids = [e.id for e in project.events()]
    window.project_ctl.push(edits.reject(project, ids[3]))  # a rejected event is not counted
    window.project_ctl.push(edits.retitle(project, ids[5], "Renamed"))  # an edited one is, from its record
    shown = model.shown_mask()
    want: Counter = Counter()
    for key in range(model.key_count()):
        if shown is None or shown[key]:
            event = model.event_by_key(key)
            want.update(set(event.actors + event.places))
    assert sum(want.values()) > 0 and window.people.event_counts() == want


def test_an_event_added_after_opening_is_found_by_id_selected_and_starred(window, qtbot, generated: Path) -> None:
    assert window.project_ctl.open_project(str(generated), ask=False)
    model = window.model
    project = model.project
    stored_id = project.events()[7].id
    assert window.selection.select_event(stored_id) and window.selection.current_event().id == stored_id
    doc_hash = model.doc_hash_of(model.documents[0].document.path)
    text = project.document(doc_hash).document.text
    from datetime import date

    window.project_ctl.push(edits.add_event(project, doc_hash, 0, 5, span=(date(1999, 1, 2), date(1999, 1, 2))))
    added = next(e.id for e in project.events() if e.id.endswith("#0-5"))
    key = model.key_of(added)
    assert key is not None and key >= model.key_count() - 1 and model.event_by_key(key).id == added
    assert text and window.selection.select_event(added) and window.selection.current_event().id == added
    qtbot.keyClick(window, Qt.Key.Key_Asterisk)  # Edit > Star
    assert project.curation(added).starred
    assert window.selection.select_event(stored_id)  # the stored ones are still found


def test_groups_applied_on_opening_narrow_the_drawn_marks_without_making_them_again(
        annotated_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    """The model takes its project's groups with its rows (the people panel adopts the same ones
    after): the timeline draws the collapsed groups' first sources at once, and nothing is made
    again on the first event-loop turn (every mark was: 0.5 s at 1M events)."""
    from explorer.timeline.events_array import EventsArray

    window = annotated_window
    path = tmp_path / "grouped.tlproj"
    window.model.project.save(path)
    assert window.project_ctl.open_project(str(path), ask=False)
    window.timeline.grab()
    model, proxy = window.model, window.proxy

    def dated_rows() -> set[str]:
        shown = {proxy.index(r, 0).data(EVENT_ROLE) for r in range(proxy.rowCount())}
        return {e.id for e in shown if e.begin is not None}

    assert model.group_count() > 0 and model.has_hidden_sources()
    drawn = set(window.timeline.drawn_event_ids())
    assert drawn == dated_rows() and len(drawn) < model.key_count()  # drawn with the groups collapsed at once
    made = []
    real = EventsArray.from_columns.__func__
    monkeypatch.setattr(EventsArray, "from_columns", classmethod(lambda cls, *a, **k: made.append(1) or real(cls, *a, **k)))
    qtbot.wait(50)  # the turns after opening
    window.timeline.grab()
    assert made == [] and set(window.timeline.drawn_event_ids()) == dated_rows() == drawn


def test_the_sources_column_is_measured_from_each_distinct_text_once(annotated_window, qtbot) -> None:
    """The Sources column's width comes from each text it can show, made once per distinct (sources,
    disputed dates), not three per group (80 ms over 37k groups on the first turn after opening)."""
    from explorer.gui.event_roles import Column

    window = annotated_window
    window.resize(2600, 1000)  # room for the widest text beside the titles
    table, proxy = window.table, window.proxy
    texts = table.sources_column_texts()
    assert texts and len(texts) == len(set(texts)) and len(texts) < 3 * window.model.group_count()
    shown = {proxy.index(r, Column.SOURCES).data() for r in range(proxy.rowCount())} - {""}
    assert shown and shown <= set(texts)  # every collapsed group's text was measured
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: all(table.fontMetrics().horizontalAdvance(t) <= header.sectionSize(Column.SOURCES) - 8
                                for t in shown))


def test_opening_leaves_no_timeline_rebuild_for_the_next_turn(annotated_window, tmp_path: Path) -> None:
    """The reload's reset rebuilt the marks for these documents: the "documents changed" it tells
    after that schedules nothing (it narrowed every mark again on the first turn at 1M events);
    a document added later is drawn on the next turn, as before."""
    window = annotated_window
    path = tmp_path / "grouped.tlproj"
    window.model.project.save(path)
    assert window.project_ctl.open_project(str(path), ask=False)
    assert not window.timeline._rebuild_timer.isActive()


def test_disputed_dates_are_written_as_the_date_column_writes_days_bc_included() -> None:
    """The Sources column's text for a disputed group writes each day as the Date column does (no
    ``strftime``: each call went through PySide6's import hook, 27 ms over a 1M project's disputed
    groups), so a group dated before year 1 is written too."""
    from datetime import date

    from explorer.calendar import calendar_day
    from explorer.entities.grouping import EventGroup
    from explorer.gui.event_model_groups import disputed_dates
    from explorer.gui.formatting import format_when

    bc = calendar_day(date(1, 1, 1).toordinal() - 366 * 264)  # a day in the 264th year before year 1
    group = EventGroup("g", ("a#1", "b#2"), ("a", "b"),
                       ((date(2021, 3, 5), date(2021, 3, 5)), (date(2021, 3, 6), date(2021, 3, 8)), (None, None), (bc, bc)),
                       True, 1.0)
    text = disputed_dates(group)
    assert text.startswith("5 Mar 2021 / 6 Mar 2021\u20138 Mar 2021 / ") and text.endswith(" BC")
    assert text.split(" / ")[-1] == format_when(bc, bc)  # as the Date column writes that day
