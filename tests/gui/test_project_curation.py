"""Projects through the GUI: every curation edit by its key or menu, undone and redone with Ctrl+Z /
Ctrl+Shift+Z while the Edit menu names it; save, reopen, identical; the unsaved prompt; filters;
paste; export data read back. Dialogs are the static helpers, patched per test."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from explorer.curation.filters import EventFilter
from explorer.gui import export_data_dialog
from explorer.store import Project
from explorer.gui import save_prompt

CRISIS = ("Cabinet crisis\n\nOn 3 March 2004 the minister resigned over the leak. "
          "Two weeks later the government fell. His resignation shocked the party.")
DEATH = "Obituary\n\nThe old minister died in the capital. Nobody knew why."


class Answers:
    """Queued answers for QInputDialog.getText / getItem / getMultiLineText."""

    def __init__(self, monkeypatch) -> None:
        self.queue: list[object] = []
        self.asked: list[str] = []
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(self._text))
        monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(self._text))
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(self._item))

    def _next(self, label: str):
        self.asked.append(label)
        assert self.queue, f"no answer queued for {label!r}"
        return self.queue.pop(0)

    def _text(self, parent, title, label, *args):
        answer = self._next(label)
        return (answer, True) if answer is not None else ("", False)

    def _item(self, parent, title, label, items, *args):
        answer = self._next(label)
        if callable(answer):
            answer = answer(items)
        return (answer, True) if answer is not None else ("", False)


@pytest.fixture
def answers(monkeypatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def win(window, qtbot):
    window.timeline.setFocus()
    return window


def key(qtbot, win, k, mods=Qt.KeyboardModifier.NoModifier, widget=None):
    qtbot.keyClick(widget or win, k, mods)


def select(win, timex: str) -> str:
    event = next(r.event for r in win.model.project.rows() if r.event.timex == timex)
    assert win.selection.select_event(event.id)
    return event.id


def shown(win) -> list:
    return [win.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(win.proxy.rowCount())]


def state(project: Project) -> list:
    return [(r.event, r.curation, r.hidden) for r in project.rows(include_hidden=True)]


def test_every_edit_by_key_then_undo_and_redo_all(qtbot, win, answers, monkeypatch):
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    project = win.model.project
    win.project_ctl.add_text_document(CRISIS)  # extracted by the tagger: re-dating it re-extracts
    start = state(project)
    states = [start]
    labels = []

    def did(prefix: str) -> None:
        states.append(state(project))
        text = win.actions["undo"].text()
        assert text.startswith(f"&Undo {prefix}"), text
        labels.append(text)

    war = select(win, "1997-2004")
    answers.queue.append("June 1999")
    key(qtbot, win, Qt.Key.Key_D, ctrl)  # Ctrl+D date in words
    assert project.event(war).begin.isoformat() == "1999-06-01"
    assert win.selection.current_event().id == war  # the selection stays on the edited event
    did("Date event")
    answers.queue.append("The long war")
    key(qtbot, win, Qt.Key.Key_F2)
    assert project.event(war).title == "The long war"
    assert any(e.title == "The long war" for e in shown(win))
    did("Rename event")
    answers.queue.append("Wars")
    win.actions["edit_lane"].trigger()
    assert project.curation(war).lane == "Wars"
    did("Move event")
    win.timeline.setFocus()
    key(qtbot, win.timeline, Qt.Key.Key_Asterisk, widget=win.timeline)  # * on the timeline
    assert project.curation(war).starred
    assert win.proxy.index(win.selection.selection_model.currentIndex().row(), 1).data().startswith("\u2605")
    did("Star event")
    answers.queue.append("conflict, region")
    key(qtbot, win.timeline, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier, widget=win.timeline)
    assert project.curation(war).tags == ("conflict", "region")
    did("Tag event")
    answers.queue.append("Check the end year")
    key(qtbot, win.timeline, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, widget=win.timeline)
    assert project.curation(war).note == "Check the end year"
    did("Annotate event")
    treaty = select(win, "5 May 2003")
    answers.queue.append(lambda items: next(i for i in items if "2010" in i))
    key(qtbot, win, Qt.Key.Key_M, ctrl)
    met = next(r for r in project.rows(include_hidden=True) if r.event.timex == "2010")
    assert met.hidden and len(project.curation(treaty).sources) == 2  # both sources kept
    did("Merge")
    select(win, "12 January 1998")
    rows_before = win.proxy.rowCount()
    key(qtbot, win, Qt.Key.Key_Delete)  # Del rejects
    assert win.proxy.rowCount() == rows_before - 1
    assert win.selection.current_event() is not None  # a neighbour is selected, focus not lost
    did("Reject event")
    win.filters.rejected.setChecked(True)  # "Show Rejected Events" adds it back, marked, to restore
    assert win.proxy.rowCount() == rows_before and "12 January 1998" in [e.timex for e in shown(win)]
    rejected = next(e for e in shown(win) if e.timex == "12 January 1998")
    win.selection.select_event(rejected.id)
    key(qtbot, win, Qt.Key.Key_Delete, shift)
    did("Restore event")
    win.filters.rejected.setChecked(False)
    # add an event from text selected in the source pane
    win.selection.select_event(treaty)
    text = win.source.text
    cursor = text.textCursor()
    start_at = text.toPlainText().index("Much later")
    cursor.setPosition(start_at)
    cursor.setPosition(start_at + len("Much later"), cursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    answers.queue.append("2012")  # "Much later" is no date: asked for
    key(qtbot, win, Qt.Key.Key_Insert)
    added = win.selection.current_event()
    assert added.timex == "Much later" and added.begin.year == 2012
    did("Add event")
    crisis = select(win, "3 March 2004")
    answers.queue.append("1 February 2012")
    key(qtbot, win, Qt.Key.Key_D, ctrl | shift)  # the shown document's date
    assert project.document(project.row(crisis).key.doc_hash).document.date.isoformat() == "2012-02-01"
    did("Set date of")

    n = len(labels)
    for i in range(n):
        assert win.actions["undo"].text() == labels[n - 1 - i]
        key(qtbot, win, Qt.Key.Key_Z, ctrl)
        assert state(project) == states[n - 1 - i], labels[n - 1 - i]
    assert not win.actions["undo"].isEnabled()
    for i in range(n):
        key(qtbot, win, Qt.Key.Key_Z, ctrl | shift)
        assert state(project) == states[i + 1], labels[i]
    assert win.actions["undo"].text() == labels[-1]


def test_anchored_events_follow_and_an_undated_event_gets_a_date(qtbot, make_window, answers):
    win = make_window()
    win.project_ctl.add_text_document(CRISIS)
    win.project_ctl.add_text_document(DEATH)
    project = win.model.project
    later = next(r.event for r in project.rows() if r.event.timex == "Two weeks later")
    assert later.begin.isoformat() == "2004-03-17"
    select(win, "3 March 2004")
    answers.queue.append("10 April 2004")
    win.actions["edit_date"].trigger()
    moved = project.event(later.id).begin
    assert date(2004, 4, 19) <= moved <= date(2004, 4, 24)  # the week two weeks after the new date
    undated = next(r.event for r in project.rows() if r.event.begin is None)
    win.selection.select_event(undated.id)
    answers.queue.extend(["sometime soonish", "May 1990"])  # not a date: asked again
    win.actions["edit_date"].trigger()
    assert "not a date" in answers.asked[-1]
    assert project.event(undated.id).begin.isoformat() == "1990-05-01"
    qtbot.waitUntil(lambda: undated.id in win.timeline.drawn_event_ids())


def test_save_reopen_identical_and_title_marks_unsaved_work(qtbot, win, answers, monkeypatch, tmp_path):
    target = tmp_path / "study.tlproj"
    project = win.model.project
    assert not win.windowTitle().startswith("Untitled*")  # imported articles only: nothing to lose
    select(win, "5 May 2003")
    win.curation.toggle_star()
    answers.queue.append("Treaty signed")
    win.curation.edit_title()
    select(win, "2010")
    win.curation.reject()
    assert win.windowTitle() == "Untitled* \u2014 Timeline Explorer"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "study"), "")))
    key(qtbot, win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # untitled: Save asks where
    assert target.is_file()
    assert win.windowTitle() == "study.tlproj \u2014 Timeline Explorer"
    saved = state(project)

    other = type(win)()
    qtbot.addWidget(other, before_close_func=lambda w: w.teardown())
    with qtbot.waitSignal(other.loadFinished, timeout=5000):
        other.open_paths([str(target)])  # as `python -m explorer study.tlproj` does
    assert state(other.model.project) == saved
    assert other.windowTitle() == "study.tlproj \u2014 Timeline Explorer"
    assert sorted(e.title for e in shown(other)) == sorted(e.title for e in shown(win))
    assert QSettingsRecent(other) == [str(target)]


def QSettingsRecent(window) -> list[str]:
    return window.project_ctl.recent_projects()


def test_unsaved_prompt_cancel_keeps_discard_closes_save_saves(qtbot, make_window, monkeypatch, tmp_path, corpus):
    win = make_window()
    win.add_documents(corpus)
    select(win, "2010")
    win.curation.toggle_star()
    replies = []
    monkeypatch.setattr(save_prompt, "ask_to_save", lambda *a: replies.pop(0))
    replies.append(QMessageBox.StandardButton.Cancel)
    win.close()
    assert win.isVisible() and win.model.project.curation(win.selection.current_event().id).starred
    replies.append(QMessageBox.StandardButton.Cancel)
    win.actions["new_project"].trigger()  # New asks too; Cancel keeps the work
    assert win.model.rowCount() == 6
    target = tmp_path / "p.tlproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    replies.append(QMessageBox.StandardButton.Save)
    win.actions["new_project"].trigger()
    assert target.is_file() and win.model.rowCount() == 0 and win.windowTitle().startswith("Untitled")
    assert not replies


def test_a_bad_project_file_is_reported_and_the_work_kept(qtbot, win, monkeypatch, tmp_path):
    bad = tmp_path / "broken.tlproj"
    bad.write_text("not a project", encoding="utf-8")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    assert not win.project_ctl.open_project(bad)
    assert warned and "broken.tlproj" in warned[0]
    assert win.model.rowCount() == 6


def test_paste_makes_a_document_of_the_clipboard(qtbot, win):
    QGuiApplication.clipboard().setText(CRISIS)
    key(qtbot, win, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert win.model.document_count() == 3
    assert any(e.timex == "3 March 2004" for e in shown(win))
    assert win.source.document_path is not None


def test_filters_star_tag_certainty_document_dates_and_rejected(qtbot, win):
    project = win.model.project
    war = select(win, "1997-2004")
    win.curation.toggle_star()
    win.window_push = None
    from explorer.curation import edits
    win.project_ctl.push(edits.set_tags(project, war, ["conflict"]))
    panel = win.filters
    key(qtbot, win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert panel.isVisible()
    panel.starred.setChecked(True)
    assert [e.timex for e in shown(win)] == ["1997-2004"]
    assert "filtered" in win.status_text()
    panel.reset()
    panel.refresh_choices()
    panel.tag.setCurrentIndex(panel.tag.findData("conflict"))
    panel.apply()
    assert [e.timex for e in shown(win)] == ["1997-2004"]
    panel.reset()
    panel.certainty["undated"].setChecked(True)
    assert [e.timex for e in shown(win)] == ["Someday"]
    panel.reset()
    panel.document.setCurrentIndex(panel.document.findData("/corpus/alpha.txt"))
    panel.apply()
    assert {e.doc for e in shown(win)} == {"/corpus/alpha.txt"}
    panel.reset()
    panel.since.setText("2001")
    panel.until.setText("2004")
    panel.apply()
    assert sorted(e.timex for e in shown(win)) == ["1997-2004", "5 May 2003", "March 2001"]
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 3)  # the timeline follows
    panel.reset()
    assert win.model.event_filter() == EventFilter(rejected=None) and win.proxy.rowCount() == 6


def _accepting(fmt: str, path: Path, include_rejected: bool = False):
    def run(dialog) -> bool:
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.path.setText(str(path))
        dialog.include_rejected.setChecked(include_rejected)
        return True
    return run


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "timelinejs", "ics", "timeml"])
def test_export_data_has_the_edits_and_leaves_rejected_out(qtbot, win, monkeypatch, tmp_path, fmt):
    project = win.model.project
    from explorer.curation import edits
    win.project_ctl.push(edits.retitle(project, select(win, "5 May 2003"), "Treaty signed in Kabul"))
    win.project_ctl.push(edits.reject(project, select(win, "2010")))
    out = tmp_path / ("timeml" if fmt == "timeml" else f"events.{fmt}")
    monkeypatch.setattr(export_data_dialog, "run_dialog", _accepting(fmt, out))
    key(qtbot, win, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    if fmt == "timeml":
        files = sorted(out.glob("*.tml"))
        assert [f.name for f in files] == ["alpha.tml", "beta.tml"]
        alpha = files[0].read_text(encoding="utf-8")
        assert "5 May 2003" in alpha and ">2010<" not in alpha  # rejected expression untagged
        return
    text = out.read_text(encoding="utf-8")
    if fmt == "csv":
        titles = [row["title"] for row in csv.DictReader(text.splitlines())]
    elif fmt == "json":
        titles = [e["title"] for e in json.loads(text)]
    elif fmt == "jsonl":
        titles = [json.loads(line)["title"] for line in text.splitlines()]
    elif fmt == "timelinejs":
        titles = [e["text"]["headline"] for e in json.loads(text)["events"]]
    else:
        titles = [line[len("SUMMARY:"):] for line in text.splitlines() if line.startswith("SUMMARY:")]
    assert "Treaty signed in Kabul" in titles
    assert not any("members met again" in t for t in titles)
    monkeypatch.setattr(export_data_dialog, "run_dialog", _accepting(fmt, out, include_rejected=True))
    win.project_ctl.export_data()
    assert "members met again" in out.read_text(encoding="utf-8")


def test_a_new_tag_is_offered_in_the_filters_tag_list_and_goes_with_its_undo(qtbot, win, answers):
    """T on the selected event, a tag typed: the Filters panel's Tag list offers it (no reload in
    between), choosing it by the keyboard shows that event; Ctrl+Z takes the tag away, and the
    list keeps it only while the filter still uses it."""
    war = select(win, "1997-2004")
    panel = win.filters
    assert panel.tag.findData("conflict") < 0
    answers.queue.append("conflict")
    win.timeline.setFocus()
    key(qtbot, win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier, widget=win.timeline)
    assert win.model.project.curation(war).tags == ("conflict",)
    qtbot.waitUntil(lambda: panel.tag.findData("conflict") >= 0)
    key(qtbot, win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    panel.tag.setFocus()
    while panel.tag.currentIndex() < panel.tag.findData("conflict"):
        qtbot.keyClick(panel.tag, Qt.Key.Key_Down)
    assert [e.id for e in shown(win)] == [war]
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert win.proxy.rowCount() == 6
    key(qtbot, win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.model.project.curation(war).tags == ()
    qtbot.waitUntil(lambda: panel.tag.findData("conflict") < 0)
