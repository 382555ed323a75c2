"""A reopened project opens where the user left it: the event they had selected (in the table, on the
timeline and in the source pane) and the timeline's range and top lane. It opened with nothing
selected on the first view's top lane, and the user had to find their place again by hand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from explorer.gui.view_memory import LeftView, recalled_view, remember_view
from explorer.store import Project

from .keys import CTRL, K, press, selected
from .test_monkey import monkey_corpus


def _saved_project(tmp_path) -> str:
    project = Project()
    for doc in monkey_corpus(n_docs=20, per_doc=6):
        project.add_extracted(doc)
    path = str(tmp_path / "twenty.tlproj")
    project.save(path)
    return path


def _opened(qtbot, make_window, path: str):
    window = make_window()
    assert window.project_ctl.open_project(path, ask=False)
    qtbot.waitUntil(lambda: window.timeline.lane_count() == 20)
    return window


@pytest.mark.parametrize("saved", [True, False], ids=["saved", "only-browsed"])
def test_a_reopened_project_shows_the_event_range_and_lane_the_user_left(qtbot, make_window, tmp_path, saved):
    path = _saved_project(tmp_path)
    first = _opened(qtbot, make_window, path)
    first_view = first.timeline.visible_range()
    assert selected(first) is None and first.timeline.first_lane() == 0

    timeline = first.timeline
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_Home)  # the first event
    for _ in range(12):  # lanes down: the view scrolls to keep the event in sight
        press(qtbot, K.Key_Down)
    press(qtbot, K.Key_Plus)  # zoom in on it
    chosen = selected(first)
    assert chosen is not None
    left_range, left_lane = timeline.visible_range(), timeline.first_lane()
    assert left_range != first_view and left_lane > 0  # somewhere the first view is not
    if saved:
        press(qtbot, K.Key_Asterisk)  # star it: an edit, which Ctrl+S writes to the project's own file
        assert first.project_ctl.project.is_modified
        press(qtbot, K.Key_S, CTRL)
        assert not first.project_ctl.project.is_modified
    first.close()

    again = _opened(qtbot, make_window, path)
    assert selected(again) is not None and selected(again).id == chosen.id  # the table's current row
    assert again.selection.current_event().id == chosen.id
    assert again.timeline.highlight.target() is not None  # marked on the timeline
    assert again.source.document_path == chosen.doc  # and its article in the source pane
    assert any(kind == "event" for _s, _e, kind in again.source.highlighted_ranges())
    assert again.timeline.visible_range() == pytest.approx(left_range)
    assert again.timeline.first_lane() == left_lane
    assert not again.timeline.is_fitting()  # the user's range, not a fit
    assert not again.project_ctl.project.is_modified  # a view is not an edit


def test_a_project_never_left_here_opens_on_its_first_view(qtbot, make_window, tmp_path):
    """An old project file (or one made elsewhere) has no view to give back: the first view, nothing
    selected, top lane, following the events."""
    window = _opened(qtbot, make_window, _saved_project(tmp_path))
    assert selected(window) is None
    assert window.timeline.first_lane() == 0 and window.timeline.is_fitting()


def test_a_view_left_on_the_first_fit_reopens_following_the_events(qtbot, make_window, tmp_path):
    """Selecting without zooming or panning keeps the timeline fitting: reopened, it still follows
    the events (Fit All's toggle and an import's growth behave as on a first view)."""
    path = _saved_project(tmp_path)
    first = _opened(qtbot, make_window, path)
    first.table.setFocus()
    qtbot.waitUntil(first.table.hasFocus)
    press(qtbot, K.Key_Down)
    press(qtbot, K.Key_Down)
    chosen = selected(first)
    first.close()
    again = _opened(qtbot, make_window, path)
    assert selected(again).id == chosen.id
    assert again.timeline.is_fitting()


def test_damaged_or_foreign_settings_are_no_view(qtbot, tmp_path):
    path = tmp_path / "p.tlproj"
    assert recalled_view(path) is None
    QSettings().setValue("projects/views", "{not json")
    assert recalled_view(path) is None
    QSettings().setValue("projects/views", '{"%s": {"event": 3, "range": [5, 1], "lane": -2}}' % path)
    assert recalled_view(path) == LeftView(None, None, 0)


def test_only_the_most_recent_projects_views_are_kept(qtbot, tmp_path):
    for i in range(5):
        remember_view(tmp_path / f"p{i}.tlproj", LeftView(f"e{i}", (0.0, float(i + 1)), i), keep=3)
    assert [recalled_view(tmp_path / f"p{i}.tlproj") is not None for i in range(5)] == [False, False, True, True, True]
    assert recalled_view(tmp_path / "p4.tlproj") == LeftView("e4", (0.0, 5.0), 4)


def _selected_in_view(window) -> bool:
    event = window.selection.current_event()
    pos = window.timeline.viewport_pos_of(event.id) if event is not None else None
    return pos is not None and window.timeline.plot.viewport().rect().contains(pos)


@pytest.mark.parametrize("left_in, opened_in", [("none", "document"), ("document", "none")])
def test_a_project_reopened_in_other_lanes_shows_its_selected_event(qtbot, make_window, tmp_path, left_in, opened_in):
    """View ▸ Lanes is the app's choice, not the project's: a project left in one kind of lanes and
    reopened after the user picked another opened scrolled to the old top lane's number, its
    selected event (here in the 16th document's lane) out of sight."""
    path = _saved_project(tmp_path)
    first = make_window()
    first.timeline_menus.lane_actions[left_in].trigger()
    assert first.project_ctl.open_project(path, ask=False)
    qtbot.waitUntil(lambda: first.timeline.mark_count() > 0)
    doc = first.model.documents[15].document.path
    chosen = next(e for e in first.model.events_of_document(doc) if e.begin is not None)
    first.selection.select_event(chosen.id)
    assert _selected_in_view(first)
    first.close()

    again = make_window()
    again.timeline_menus.lane_actions[opened_in].trigger()  # before opening the project
    assert again.project_ctl.open_project(path, ask=False)
    qtbot.waitUntil(lambda: again.timeline.mark_count() > 0)
    assert again.selection.current_event().id == chosen.id
    assert _selected_in_view(again)  # its mark on screen, in a lane in view
