"""The selected event stays where the user sees it when the lanes are made again.

Lanes by actor put every event in one "finding actors…" lane while a folder is read; an event
selected then (Right, Right, Down as the first events arrive) ended, once the actors were found,
in lane 43 of 72, below the view, with nothing on screen showing it. Whatever rebuilds the lanes
(the names arriving, another lane grouping), the selected event's lane is scrolled into view and
its mark stays in the visible time range; the table and the source pane keep showing it."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import ExtractedDocument

from .conftest import _event, focused_while_reading
from .keys import CTRL, K, lanes_by_actor, press, selected

FIRST = ("Anneliese", "Bartholomew", "Cordelia", "Desmond", "Evangeline", "Fitzgerald", "Gwendolyn",
         "Horatio", "Imogen", "Jasper")
LAST = ("Okonkwo", "Vasquez")


def _articles() -> list[ExtractedDocument]:
    """Twenty short articles, each about one person of its own (twenty lanes by actor, more than
    the window shows), a month apart, with no actors on the events yet (as an import reads them:
    actors are found afterwards, over the whole corpus)."""
    out = []
    for i, (first, last) in enumerate((f, l) for l in LAST for f in FIRST):
        name = f"{first} {last}"
        day = date(1990 + i // 12, 1 + i % 12, 10)
        text = (f"On {day.day} {day:%B} {day.year} {name} opened the new harbour office. "
                f"{name} said the work would take a year.")
        doc = Document(f"/news/p{i:02d}.txt", text, f"Harbour office {i}", day, "header")
        sentence = text.split(". ")[0] + "."
        event, timex = _event(doc, sentence, f"{day.day} {day:%B} {day.year}", day.isoformat(), day, day)
        out.append(ExtractedDocument(doc, (timex,), (event,)))
    return out


def _selection_seen(window) -> tuple[bool, bool]:
    """Whether the selected event's mark lies in the visible time range, and one of its lanes in the
    lanes in view (as the user sees the plot)."""
    timeline = window.timeline
    event = selected(window)
    assert event is not None and event.begin is not None
    lanes = timeline.lanes_of(event)
    first, shown = timeline.first_lane(), timeline.lanes_in_view()
    x0, x1 = timeline.visible_range()
    begin, end = timeline._event_x(event)
    return x0 <= end and begin <= x1, any(first <= lane < first + shown for lane in lanes)


@pytest.fixture
def reading_by_actor(qtbot, make_window):
    """A folder being read (actors not found yet), lanes by actor, the timeline focused."""
    window = focused_while_reading(qtbot, make_window, _articles(), 20)
    timeline = window.timeline
    lanes_by_actor(qtbot)
    qtbot.waitUntil(lambda: timeline.lane_mode() == "actor" and timeline.lane_count() == 1)
    window.activateWindow()  # the offscreen platform leaves the closed menu the active window
    qtbot.waitUntil(window.isActiveWindow)
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    return window


def _find_actors(qtbot, window) -> None:
    window.facets.set_reading(False)
    window.annotate_entities()
    qtbot.waitUntil(lambda: not window.people.is_annotating(), timeout=30000)
    qtbot.waitUntil(lambda: window.timeline.lane_count() >= 20, timeout=10000)


@pytest.mark.parametrize("keys", [(K.Key_End,), (K.Key_Home, K.Key_Right, K.Key_Right, K.Key_Down),
                                  (K.Key_End, K.Key_Left, K.Key_Left)])
def test_an_event_selected_while_actors_are_found_is_in_view_once_they_are(qtbot, reading_by_actor, keys):
    window, timeline = reading_by_actor, reading_by_actor.timeline
    for key in keys:
        press(qtbot, key)
    event = selected(window)
    assert event is not None and _selection_seen(window) == (True, True)
    _find_actors(qtbot, window)
    assert timeline.lane_count() > timeline.lanes_in_view()  # more lanes than fit: some are off screen
    assert selected(window).id == event.id
    assert _selection_seen(window) == (True, True)
    lane = timeline.lanes_of(event)[0]
    assert timeline.overview.state()[2] == lane  # the overview marks it where the view is
    assert timeline.lane_scroll.value() == timeline.first_lane()
    text = window.source.text.toPlainText()  # the source pane still shows its sentence
    assert window.source.document_path == event.doc
    assert [text[s:e] for s, e, k in window.source.highlighted_ranges() if k == "sentence"] == [event.sentence]


def test_switching_lanes_keeps_the_selected_event_in_view(qtbot, reading_by_actor):
    """By actor, then by document, single lane and back: after each switch the selection is seen."""
    window, timeline = reading_by_actor, reading_by_actor.timeline
    _find_actors(qtbot, window)
    press(qtbot, K.Key_End)  # the last event: the last actor's lane, scrolled to
    event = selected(window)
    assert _selection_seen(window) == (True, True) and timeline.first_lane() > 0
    for mode in ("document", "none", "place", "actor"):
        timeline.set_lane_mode(mode)
        assert selected(window).id == event.id
        assert _selection_seen(window) == (True, True), mode


def test_lanes_scrolled_away_from_the_selection_are_left_where_the_user_put_them(qtbot, reading_by_actor):
    """Only a selection the user saw is kept in view: lanes scrolled away from it stay there when
    the lanes are made again (a rebuild does not yank the view back)."""
    window, timeline = reading_by_actor, reading_by_actor.timeline
    _find_actors(qtbot, window)
    press(qtbot, K.Key_Home)
    assert _selection_seen(window) == (True, True) and timeline.first_lane() == 0
    timeline.lane_scroll.setValue(timeline.lane_scroll.maximum())  # the scroll bar dragged down
    first = timeline.first_lane()
    assert first > 0 and not _selection_seen(window)[1]
    timeline.refresh()
    assert timeline.first_lane() == first


def test_page_down_and_up_take_the_selection_with_the_lanes(qtbot, reading_by_actor):
    """A list's Page Down moves its current row; the lanes' Page Down leaves no selection behind, off
    screen: it goes to the event nearest its time in the lane at its place in the view."""
    window, timeline = reading_by_actor, reading_by_actor.timeline
    _find_actors(qtbot, window)
    press(qtbot, K.Key_Home)
    assert timeline.first_lane() == 0
    start = selected(window)
    place = timeline.lanes_of(start)[0] - timeline.first_lane()  # its place in the view
    seen = [start.id]
    while True:
        first = timeline.first_lane()
        press(qtbot, K.Key_PageDown)
        if timeline.first_lane() == first:
            break  # the last page
        assert _selection_seen(window) == (True, True)
        if len(seen) == 1:
            assert timeline.lanes_of(selected(window))[0] - timeline.first_lane() == place
        seen.append(selected(window).id)
        assert window.table.currentIndex().data(0) is not None  # the table's current row follows
    assert len(set(seen)) == len(seen) > 1  # every page selected another event
    while timeline.first_lane() > 0:
        press(qtbot, K.Key_PageUp)
        assert _selection_seen(window) == (True, True)


def test_page_down_without_a_selection_only_scrolls(qtbot, reading_by_actor):
    window, timeline = reading_by_actor, reading_by_actor.timeline
    _find_actors(qtbot, window)
    assert selected(window) is None
    press(qtbot, K.Key_PageDown)
    assert timeline.first_lane() > 0 and selected(window) is None


def test_the_overview_marks_the_lane_in_view_of_an_event_in_several(qtbot, make_window):
    """An event with two actors is drawn in both their lanes; the overview's red mark is the one the
    user sees, not the first lane off screen."""
    from dataclasses import replace

    docs = []
    for i, d in enumerate(_articles()):  # each article's person its actor
        person = d.events[0].sentence.split(" opened")[0].split(" ", 4)[-1]
        # the first person is also in five others (lane 0); one other actor has one event (the last lane)
        actors = (person, "Zebulon Quist") if i == 0 else (person, "Anneliese Okonkwo") if i < 6 else (person,)
        docs.append(ExtractedDocument(d.document, d.timexes, (replace(d.events[0], actors=actors),)))
    event = docs[0].events[0]
    window = make_window()
    window.add_documents(docs)
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 20)
    timeline.set_lane_mode("actor")
    lanes = timeline.lanes_of(event)
    assert len(lanes) == 2 and lanes[0] == 0 and lanes[1] == timeline.lane_count() - 1 > timeline.lanes_in_view()
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    window.selection.select_event(event.id)
    assert timeline.overview.state()[2] == 0
    timeline.lane_scroll.setValue(timeline.lane_scroll.maximum())  # the last lanes: its second lane in view
    assert timeline.overview.state()[2] == lanes[1]


def test_find_brings_the_match_and_its_lane_into_view(qtbot, reading_by_actor):
    """Ctrl+F, a name whose lane is below the view, Enter: the match is selected and seen, in the
    table and the source pane too."""
    window, timeline = reading_by_actor, reading_by_actor.timeline
    _find_actors(qtbot, window)
    press(qtbot, K.Key_Home)
    assert timeline.first_lane() == 0
    last = timeline.lane_name(timeline.lane_count() - 2)  # a person's lane (the last is "(no actor)")
    assert timeline.lane_count() - 2 >= timeline.lanes_in_view()  # below the view
    press(qtbot, K.Key_F, CTRL)
    qtbot.waitUntil(window.search.bar.edit.hasFocus)
    qtbot.keyClicks(window.search.bar.edit, last)
    press(qtbot, K.Key_Return)
    event = selected(window)
    assert event is not None and last in event.sentence
    assert _selection_seen(window) == (True, True)
    text = window.source.text.toPlainText()
    assert [text[s:e] for s, e, k in window.source.highlighted_ranges() if k == "sentence"] == [event.sentence]
