"""The first curation filter after opening a project (issue 16): a project opened from its file
holds no record per event, and setting a certainty, tag, document or date-range filter makes none
for an event nobody edited — the filter columns come from the stored columns and the edited
events' curations — while keeping exactly the events ``EventFilter.matches`` keeps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from explorer.curation import edits
from explorer.curation.filters import EventFilter
from explorer.events.record import Event
from explorer.gui.event_proxy import EventProxyModel
from explorer.gui.project_model import ProjectEventModel
from explorer.store import Project


@pytest.fixture(scope="module")
def edited_project(tmp_path_factory: pytest.TempPathFactory, generated_project) -> tuple[Path, dict[str, str]]:
    """A generated project saved with a star, tags, a rejection, a merge and a date set with its
    end before its begin; and the ids edited, by what was done to them."""
    folder = tmp_path_factory.mktemp("first-filter")
    generated_project(folder / "gen.tlproj", 800, 3)
    project = Project.open(folder / "gen.tlproj")
    ids = [e.id for e in project.events()]
    done = {"starred": ids[10], "war": ids[200], "peace": ids[201], "rejected": ids[300], "kept": ids[400],
            "absorbed": ids[700], "redated": ids[500]}
    project.apply(edits.star(project, done["starred"]))
    project.apply(edits.set_tags(project, done["war"], ["war"]))
    project.apply(edits.set_tags(project, done["peace"], ["peace", "war"]))
    project.apply(edits.reject(project, done["rejected"]))
    project.apply(edits.merge(project, done["kept"], done["absorbed"]))
    project.apply(edits.redate(project, done["redated"], span=(date(2001, 5, 10), date(2001, 5, 2))))
    path = folder / "edited.tlproj"
    project.save(path)
    return path, done


def _count_records(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    made: list[str] = []
    real = Event.__init__

    def counted(self, *args, **kwargs):  # noqa: ANN001
        real(self, *args, **kwargs)
        made.append(self.id)

    monkeypatch.setattr(Event, "__init__", counted)
    return made


def _filters(project: Project) -> list[EventFilter]:
    docs = [d.document.path for d in project.documents()]
    return [
        EventFilter(certainty=frozenset({"exact"}), rejected=None),
        EventFilter(certainty=frozenset({"inferred", "undated"}), rejected=None),
        EventFilter(tags=frozenset({"war"}), rejected=None),
        EventFilter(tags=frozenset({"peace"}), starred=True, rejected=None),
        EventFilter(docs=frozenset({docs[0]}), rejected=None),
        EventFilter(docs=frozenset(docs[2:5]), certainty=frozenset({"exact"}), rejected=None),
        EventFilter(since=date(2001, 5, 5), until=date(2001, 5, 20), rejected=None),
        EventFilter(since=date(1950, 1, 1), until=date(1990, 12, 31), rejected=None),
        EventFilter(since=date(1990, 1, 1), tags=frozenset({"war"}), rejected=None),
    ]


def test_each_curation_filter_after_opening_makes_no_record_and_keeps_what_matches_keeps(
        qapp, edited_project, monkeypatch):
    path, done = edited_project
    project = Project.open(path)
    model = ProjectEventModel(project=project)
    proxy = EventProxyModel(model)
    model.set_show_rejected(True)  # compare with every row, the rejected one too
    n = model.key_count()
    assert n >= 790 and proxy.rowCount() == n
    made = _count_records(monkeypatch)
    masks = []
    for f in _filters(project):
        model.set_event_filter(f)
        masks.append((f, model.shown_mask(), proxy.rowCount()))
    model.set_event_filter(EventFilter(rejected=None))
    assert made == []  # not one record, edited or not: the edited documents' were made on opening
    monkeypatch.undo()
    rows = project.rows()
    assert len(rows) == n
    ids = [model.event_by_key(k).id for k in range(n)]
    for f, mask, shown in masks:
        expected = {row.event.id for row in rows if f.matches(row)}
        got = {ids[k] for k in range(n) if mask is None or mask[k]}
        assert got == expected and shown == len(expected), f
    assert done["redated"] not in {ids[k] for k, keep in enumerate(masks[6][1]) if keep}  # judged by its end
    assert {ids[k] for k, keep in enumerate(masks[2][1]) if keep} == {done["war"], done["peace"]}


def test_a_star_since_opening_is_in_the_first_filter_and_only_its_record_is_read(qapp, edited_project, monkeypatch):
    """An event of a document with no edit, starred and tagged after opening (a stored row, not a
    given record): the first filter finds it through its curation, and reads no other record."""
    path, _done = edited_project
    project = Project.open(path)
    model = ProjectEventModel(project=project)
    unedited = next(d.hash for d in project.documents() if project.stored_rows(d.hash) is not None)
    target = project.rows_of_document(unedited)[3].event.id
    project.apply(edits.star(project, target))
    project.apply(edits.set_tags(project, target, ["later"]))
    made = _count_records(monkeypatch)
    model.set_event_filter(EventFilter(tags=frozenset({"later"}), rejected=None))
    assert model.event_count() == 1 and model.key_of(target) is not None
    model.set_event_filter(EventFilter(starred=True, tags=frozenset({"later", "war"}), certainty=frozenset({"exact"}),
                                       rejected=None))
    assert model.key_of(target) is not None
    assert set(made) <= {target}, made
    monkeypatch.undo()
    expected = {row.event.id for row in project.rows() if model.event_filter().matches(row) and not row.curation.rejected}
    assert model.event_count() == len(expected) and target in expected


def test_the_filters_panel_after_opening_reads_only_the_rows_it_shows(window, qtbot, edited_project, monkeypatch):
    """Through the window: the certainty box clicked, a tag chosen from the list by the keyboard,
    years typed in the date boxes; each shows what it keeps, and the records made are those of the
    rows drawn, not one per event."""
    path, done = edited_project
    assert window.project_ctl.open_project(str(path), ask=False)
    window.timeline.grab()
    qtbot.wait(50)
    n = window.model.key_count()
    panel = window.filters
    panel.show()
    made = _count_records(monkeypatch)
    qtbot.mouseClick(panel.certainty["inferred"], Qt.MouseButton.LeftButton,
                     pos=QPoint(8, panel.certainty["inferred"].height() // 2))
    assert panel.certainty["inferred"].isChecked()
    inferred = window.proxy.rowCount()
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert window.proxy.rowCount() == n - 1  # every event but the rejected one
    qtbot.waitUntil(lambda: panel.tag.findData("war") >= 0)  # the saved tags are offered
    panel.tag.setFocus()
    index = panel.tag.findData("war")
    while panel.tag.currentIndex() < index:
        qtbot.keyClick(panel.tag, Qt.Key.Key_Down)
    assert window.proxy.rowCount() == 2
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    for edit, text in ((panel.since, "2001"), (panel.until, "2001")):
        edit.setFocus()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(panel.until, Qt.Key.Key_Return)
    in_2001 = window.proxy.rowCount()
    assert len(made) < n // 4, len(made)  # the rows on screen, not every event
    monkeypatch.undo()
    rows = [r for r in window.model.project.rows() if not r.curation.rejected]
    assert inferred == sum(r.event.certainty == "inferred" for r in rows)
    assert in_2001 == len(EventFilter(since=date(2001, 1, 1), until=date(2001, 12, 31), rejected=None).apply(rows))
    assert in_2001 > 0


def test_the_filter_columns_are_built_in_the_background_after_opening_and_equal_those_built_on_demand(
        qapp, qtbot, edited_project, monkeypatch):
    """While the search text is built between event-loop turns, the curation filters' columns are
    too (50-70 ms at 1M events, inside the first filter's click before): the first filter then
    builds none, and keeps what a model that builds them on demand keeps."""
    from explorer.gui import project_model_curation

    path, _done = edited_project
    built: list[int] = []
    real = project_model_curation.key_columns
    monkeypatch.setattr(project_model_curation, "key_columns", lambda *a, **k: built.append(1) or real(*a, **k))
    model = ProjectEventModel(project=Project.open(path))
    proxy = EventProxyModel(model)
    model.set_show_rejected(True)
    assert built == []
    qtbot.waitUntil(model.search_index_ready, timeout=20_000)
    assert built == [1]  # built once, in the background, for every key
    lazy = ProjectEventModel(project=Project.open(path))  # no event-loop turn: it builds on demand
    lazy.set_show_rejected(True)
    for i, f in enumerate(_filters(model.project)):
        model.set_event_filter(f)
        lazy.set_event_filter(f)
        n = lazy.key_count()
        kept = np.ones(n, bool) if lazy.shown_mask() is None else lazy.shown_mask()
        assert len(built) == 2  # the lazy model's, at its first filter; none more for the opened one
        shown = np.ones(n, bool) if model.shown_mask() is None else model.shown_mask()
        assert np.array_equal(shown, kept), f
        assert proxy.rowCount() == int(np.count_nonzero(kept)), f
