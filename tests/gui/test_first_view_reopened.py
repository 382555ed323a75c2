"""A reopened project opens on the same first view as the articles read in: the dense part, not
every vague century and stray year. Opening called Fit All after the project's reset had fitted
already, and Fit All pressed at the first view goes on to the full extent: 30 news files of the
late 1990s read in opened on 1987-2000, their saved project on 1977-2002."""

from __future__ import annotations

import dataclasses
from datetime import date

from explorer.gui.formatting import day_start_seconds
from explorer.store import Project

from .keys import K, press
from .test_monkey import monkey_corpus


def _with_centuries():
    """Three documents of dated events (1900-2020) of which three are whole centuries, as in 'the
    19th century': background that must not decide the view."""
    docs = monkey_corpus(n_docs=3, per_doc=60)
    first = docs[0]
    vague = [dataclasses.replace(e, begin=date(1800 + 100 * i, 1, 1), end=date(1899 + 100 * i, 12, 31))
             for i, e in enumerate(first.events[:3])]
    docs[0] = dataclasses.replace(first, events=tuple(vague) + first.events[3:])
    return docs


def test_a_reopened_project_shows_the_first_view_of_its_articles(qtbot, make_window, tmp_path):
    docs = _with_centuries()
    read_in = make_window()
    read_in.add_documents(docs)
    qtbot.waitUntil(lambda: read_in.timeline.mark_count() > 150)
    first_view = read_in.timeline.visible_range()
    assert first_view[0] > day_start_seconds(date(1890, 1, 1))  # the centuries left out

    project = Project()
    for doc in docs:
        project.add_extracted(doc)
    path = tmp_path / "centuries.tlproj"
    project.save(path)
    window = make_window()
    assert window.project_ctl.open_project(str(path), ask=False)
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == read_in.timeline.mark_count())
    assert timeline.visible_range() == first_view
    assert timeline.is_fitting()  # and it follows the events as the first view does

    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_0)  # Fit All at the first view: everything, the centuries included
    x0, x1 = timeline.visible_range()
    assert x0 <= day_start_seconds(date(1800, 1, 1)) and x1 >= day_start_seconds(date(2099, 12, 31))
    press(qtbot, K.Key_0)
    assert timeline.visible_range() == first_view


def test_opening_a_project_over_a_zoomed_view_starts_again_from_its_first_view(qtbot, window, tmp_path):
    """The view the user zoomed in the project shown before is no reason to skip the new one's fit."""
    project = Project()
    for doc in _with_centuries():
        project.add_extracted(doc)
    path = tmp_path / "centuries.tlproj"
    project.save(path)
    timeline = window.timeline
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_Plus)
    assert not timeline.is_fitting()
    assert window.project_ctl.open_project(str(path), ask=False)
    qtbot.waitUntil(lambda: timeline.mark_count() > 150)
    x0, x1 = timeline.visible_range()
    assert day_start_seconds(date(1890, 1, 1)) < x0 < day_start_seconds(date(1910, 1, 1))
    assert x1 < day_start_seconds(date(2060, 1, 1)) and timeline.is_fitting()


def test_opening_a_project_over_scrolled_lanes_shows_its_first_lanes(qtbot, lanes_window, tmp_path):
    """The lanes scrolled down in the project shown before are no place to open another: a
    reopened folder of histories opened on its third lane, the first two out of sight above."""
    project = Project()
    for doc in monkey_corpus(n_docs=20, per_doc=6):
        project.add_extracted(doc)
    path = tmp_path / "lanes.tlproj"
    project.save(path)
    timeline = lanes_window.timeline
    press(qtbot, K.Key_PageDown)  # Lanes Page Down
    assert timeline.first_lane() > 0
    assert lanes_window.project_ctl.open_project(str(path), ask=False)  # synchronous: opened on return
    assert timeline.first_lane() == 0
