"""Opening a project fits its events once: the reset's rebuild fits the first view, and
``show_first_view`` right after it takes that fit instead of sorting every event's middle again
(about 0.5 s of CPU at 1M events). A rebuild of the marks forgets the fit, so the view still follows
events that change."""

from __future__ import annotations

import dataclasses
from datetime import date

import explorer.gui.timeline.view as view_module
from explorer.gui.formatting import day_start_seconds
from explorer.store import Project

from .test_monkey import monkey_corpus


def _counting(monkeypatch) -> list[int]:  # noqa: ANN001
    calls: list[int] = []
    real = view_module.fit_events

    def counted(events, robust=True):  # noqa: ANN001, ANN202
        calls.append(len(events))
        return real(events, robust)

    monkeypatch.setattr(view_module, "fit_events", counted)
    return calls


def test_opening_a_project_fits_its_events_once(qtbot, window, tmp_path, monkeypatch):
    project = Project()
    for doc in monkey_corpus(n_docs=3, per_doc=40):
        project.add_extracted(doc)
    path = tmp_path / "fit.tlproj"
    project.save(path)
    calls = _counting(monkeypatch)
    assert window.project_ctl.open_project(str(path), ask=False)
    timeline = window.timeline
    assert timeline.mark_count() > 0 and timeline.is_fitting()
    assert len(calls) == 1, calls


def test_a_rebuild_fits_again_so_the_view_follows_new_events(qtbot, window, monkeypatch):
    docs = monkey_corpus(n_docs=2, per_doc=30)
    window.add_documents(docs[:1])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() > 0)
    before = timeline.visible_range()
    calls = _counting(monkeypatch)
    late = [dataclasses.replace(e, begin=date(2390, 1, 1), end=date(2390, 1, 2)) for e in docs[1].events]
    window.add_documents([dataclasses.replace(docs[1], events=tuple(late))])
    qtbot.waitUntil(lambda: len(calls) > 0)
    qtbot.waitUntil(lambda: timeline.visible_range() != before)
    assert timeline.visible_range()[1] > day_start_seconds(date(2390, 1, 1))
