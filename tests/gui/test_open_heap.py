"""An opened project's objects are kept out of later garbage collections (issue 16: a full collection
over a 100k-event project froze the window for 2.2 s on the first event-loop turn after opening)."""

from __future__ import annotations

import gc

import pytest

from PySide6.QtWidgets import QFileDialog

#: these tests are of the app's own freezing, which other GUI tests leave out (tests/gui/conftest.py)
pytestmark = pytest.mark.real_freeze


def test_opening_a_project_keeps_its_rows_out_of_collections_until_another_is_opened(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "heap.tlproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    window.actions["save_as"].trigger()
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    assert window.project_ctl.open_project(str(target), ask=False)
    docs = list(window.model.documents)  # what opening made (the records are made when asked for)
    assert gc.get_freeze_count() > 0
    assert not any(gc.is_tracked(d) and d in gc.get_objects(0) for d in docs[:3])  # not in a young generation
    rows = [window.model.project.row(e.id) for e in window.model.project.events()]
    assert rows and window.model.rowCount() == len(rows)
    first = gc.get_freeze_count()
    assert window.project_ctl.open_project(str(target), ask=False)  # the previous one released first
    assert gc.get_freeze_count() < first * 2
