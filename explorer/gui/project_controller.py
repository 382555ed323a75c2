"""File ▸ New / Open / Save / Save As / recent projects, importing, paste, undo and redo: the window's
current :class:`~explorer.store.Project` and everything that replaces, fills or saves it.

The window always has a project (a new untitled one at start). Imports go through
:class:`~explorer.gui.import_worker.ImportJob` (extraction off the GUI thread, documents added on it
as they finish). Undo and redo drive the core's :class:`~explorer.curation.UndoStack`; the Edit
menu's texts follow its labels ("Undo Reject event “…”").

*Unsaved work* is what re-opening the same files could not give back: edits, or any change to a
project that has a file. An untitled project with only imported articles closes without asking.
"""

from __future__ import annotations

import logging
import os
from html import escape
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar, QPushButton

from explorer.documents import Document, ReadError
from explorer.documents.reader import printable_path
from explorer.gui.import_worker import READING_STARTED, ImportJob, ImportSummary, reading_line
from explorer.gui.plain_text import plain_tooltip
from explorer.ingest import extract_document
from explorer.store import SUFFIX, Project, ProjectFileError, ProjectSaveError, is_project_path
from explorer.store.failures import why_save_failed
from explorer.store.lock import project_lock
from explorer.store.bulk import no_cyclic_gc
from explorer.gui.gc_guard import keep_loaded_heap_out_of_collections, release_loaded_heap
from explorer.gui.guard import guard_overrides
from explorer.gui.coalesce import starter
from explorer.gui.last_folder import last_folder, remember_folder
from explorer.gui import save_prompt
from explorer.gui.view_memory import recalled_view, remember_view, return_to, view_left_in

if TYPE_CHECKING:
    from explorer.gui.main_window import MainWindow

log = logging.getLogger(__name__)

PROJECT_FILTER = f"Timeline projects (*{SUFFIX})"
IMPORT_FILTER = "Articles (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)"
MAX_RECENT = 8
_Save = save_prompt.SAVE
_Discard = save_prompt.DISCARD

#: The progress bar is updated at most this often while an import runs.
PROGRESS_INTERVAL_S = 0.1
PROGRESS_STEPS = 1000  #: the progress bar's range: a thousandth of the bytes to read a step
#: What the progress bar says it counts: beside "Reading 14/30 documents" a bare "62%" read as a
#: contradiction (the bar counts the bytes read, the line the documents); named, the two agree.
TEXT_SHARE_FORMAT = "%p% of the text"
DOCUMENT_SHARE_FORMAT = "%p% of the documents"


def is_project_file(path: str | os.PathLike[str]) -> bool:
    """A project by its content (application id) whatever its name, or by its .tlproj name."""
    return is_project_path(path)


class ProjectController(QObject):
    #: The title, the undo labels or the modified mark changed.
    stateChanged = Signal()
    #: An import ended (also after a cancel): its summary.
    importFinished = Signal(object)

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._progress_shown = 0.0  # when the progress bar was last updated (monotonic seconds)
        self.window = window
        self.model = window.model
        self.job: ImportJob | None = None
        self._chosen_before_arranging: str | None = None  # the event chosen while an import read (by id)
        self._unwatch = None
        self._closed = False
        self._pasted = 0
        self._state_timer = QTimer(self)  # coalesce: an import notifies once per document
        self._state_timer.setSingleShot(True)
        self._state_timer.setInterval(0)
        self._state_timer.timeout.connect(self.update_state)

        bar = window.statusBar()
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(TEXT_SHARE_FORMAT)  # of the bytes to read (the status line counts the documents)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel_import)
        for w in (self.progress, self.cancel_button):
            w.hide()
            bar.addPermanentWidget(w)
        self._watch(self.project)
        self.model.projectChanged.connect(lambda: self._watch(self.project))
        window.undo_stack.indexChanged.connect(lambda _i: self._update_undo_texts())
        window.undo_stack.indexChanged.connect(starter(self._state_timer))

    @property
    def project(self) -> Project:
        return self.model.project

    def _watch(self, project: Project) -> None:
        if self._unwatch is not None:
            self._unwatch()
        self._unwatch = project.subscribe(lambda _change: self.update_state())
        project.undo_stack.subscribe(self.update_state)
        self.update_state()

    # -- state: title, modified mark, Edit menu ------------------------------------------------

    def display_name(self) -> str:
        if not self.project.path:
            return "Untitled"
        name = printable_path(os.path.basename(self.project.path))
        return f"{name} (read-only)" if self.project.read_only else name

    def has_unsaved_work(self) -> bool:
        project = self.project
        if not project.is_modified:
            return False
        # an untitled import is work once the user changed something that is still changed: a star
        # taken back with Undo asked "Save the changes?" on quitting, with nothing to save
        return project.path is not None or not project.undo_stack.is_clean or bool(project.edits())

    def update_state(self) -> None:
        self._state_timer.stop()
        if self._closed:
            return
        mark = "*" if self.has_unsaved_work() else ""
        self.window.setWindowTitle(f"{self.display_name()}{mark} \u2014 Timeline Explorer")
        self._update_undo_texts()
        self.stateChanged.emit()

    def _update_undo_texts(self) -> None:
        if self._closed:
            return
        actions = getattr(self.window, "actions", None)
        stack = self.window.undo_stack
        if isinstance(actions, dict):
            undo, redo = actions.get("undo"), actions.get("redo")
            if undo is not None:
                undo.setEnabled(stack.canUndo())
                undo.setText(f"&Undo {stack.undoText()}" if stack.canUndo() else "&Undo")
            if redo is not None:
                redo.setEnabled(stack.canRedo())
                redo.setText(f"&Redo {stack.redoText()}" if stack.canRedo() else "&Redo")

    # -- undo / redo: the window's QUndoStack drives the project's core stack ----------------------

    def push(self, command) -> None:
        """Run a core curation command through the window's undo stack (Edit ▸ Undo takes it back)."""
        self.window.undo_stack.push(CoreCommand(self.project, command))

    # -- new, open, save -----------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask about unsaved work; False when the user cancels (or saving failed)."""
        if not self.has_unsaved_work():
            return True
        answer = save_prompt.ask_to_save(  # through the module: tests answer it
            self.window, "Unsaved changes", f"Save the changes to {self.display_name()} before closing it?")
        if answer == _Save:
            return self.save()
        return answer == _Discard

    def new_project(self) -> None:
        if not self.maybe_save():
            return
        self.cancel_import(wait=True)
        self.remember_where_left()
        self._replace(Project())
        self.window.show_message("New project")

    def open_project_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, "Open Project", last_folder(), PROJECT_FILTER)
        if path:
            self.open_project(path, ask=False)

    def open_project(self, path: str | os.PathLike[str], ask: bool = True) -> bool:
        """Open a ``.tlproj``; a file that cannot be opened is reported and the current project kept."""
        if ask and not self.maybe_save():
            return False
        path = os.fspath(path)
        t0 = time.perf_counter()
        try:
            project = Project.open(path)
        except Exception as err:  # noqa: BLE001 - a damaged file is a message; the current work stays
            if not isinstance(err, ProjectFileError):
                log.warning("opening %s failed", printable_path(path), exc_info=True)
            self._forget_recent(path)
            if not self.project.documents():
                # an empty window (a file given on the command line): the timeline says why, as it
                # does for a folder with no article. A modal box at start-up promised work "still
                # open" that the user never had, and held every key (Ctrl+Q too) until dismissed
                self.window.timeline.set_empty_reason(f"<b>Cannot open project</b><br>{escape(str(err))}")
                self.window.show_message(f"Cannot open project: {err}", 15000)
                return False
            QMessageBox.warning(self.window, "Cannot open project",  # the file name shown as it is, never markup
                                plain_tooltip(f"{err}\n\nThe project you were working on is still open."))
            return False
        self.cancel_import(wait=True)
        self.remember_where_left()
        release_loaded_heap()  # the project shown until now may be collected
        with no_cyclic_gc():  # the rows of every event are made now (see no_cyclic_gc)
            self._replace(project)
        keep_loaded_heap_out_of_collections()
        left = recalled_view(path)
        if left is not None:
            return_to(self.window, left)
        self._add_recent(path)
        remember_folder(str(Path(path).parent))
        log.info("opened %s in %.2f s", printable_path(path), time.perf_counter() - t0)
        shown = printable_path(os.path.basename(path))
        if project.read_only:
            why = project.read_only_reason or "its file or folder cannot be written"
            self.window.show_message(f"Opened {shown} read-only: {why} (use Save As)")
        else:
            self.window.show_message(f"Opened {shown}")
        return True

    def save(self) -> bool:
        if self.project.path is None or self.project.read_only:
            return self.save_as()
        return self._save_to(self.project.path)

    def save_as(self) -> bool:
        start = self.project.path or os.path.join(last_folder(), "Untitled" + SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self.window, "Save Project As", start, PROJECT_FILTER)
        if not path:
            return False
        if not is_project_file(path):
            path += SUFFIX
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        if self.job is not None and self.job.is_running():
            self.window.show_message("Saving what is imported so far; the import goes on")
        t0 = time.perf_counter()
        try:
            with project_lock(path, wait=False):  # never inside a command-line run on this folder
                self.project.save(path)
        except Exception as err:  # noqa: BLE001 - from closeEvent an escaping error kills the app: say why, keep the work
            log.warning("saving %s failed", printable_path(path), exc_info=not isinstance(err, ProjectFileError))
            return self._save_failed(path, err)
        self._add_recent(path)
        remember_folder(str(Path(path).parent))
        self.remember_where_left()
        self.update_state()
        self.window.show_message(f"Saved {printable_path(os.path.basename(path))} ({time.perf_counter() - t0:.1f} s)")
        return True

    def _save_failed(self, path: str, err: BaseException) -> bool:
        """Say why the save failed, keep the window and the edits, and offer Save As; True only if the
        user then saved elsewhere."""
        reason = err.reason if isinstance(err, ProjectSaveError) else why_save_failed(err, path)
        box = QMessageBox(QMessageBox.Icon.Warning, "Cannot save project",
                          f"The project could not be saved to {printable_path(path)}:\n{reason}.\n\n"
                          "Nothing was lost: your work is still open.", parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        save_as = box.addButton("Save As\u2026", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        if box.clickedButton() is save_as:
            return self.save_as()
        return False

    def _replace(self, project: Project) -> None:
        self.window.undo_stack.clear()  # its commands belong to the project being closed
        self.window.selection.clear()
        self.window.proxy.set_filter_text("")
        self.window.problems[:] = list(project.problems)
        self.window.repairs.clear()  # they were the closed project's files
        self.model.set_project(project)
        self.window.timeline.show_first_view()
        people = getattr(self.window, "people", None)  # a project saved with its actors needs no new run
        annotate = getattr(self.window, "annotate_entities", None)  # actors and places, if shown
        if annotate is not None and not (people is not None and people.has_annotation()):
            annotate()
        self.update_state()

    def remember_where_left(self) -> None:
        """Keep what the user sees of a project that has a file, to open it there again (see
        :mod:`explorer.gui.view_memory`): before another project replaces it, at a save (Save As
        names a new file) and when the window closes."""
        if self.project.path is not None:
            remember_view(self.project.path, view_left_in(self.window), MAX_RECENT)

    # -- recent projects ---------------------------------------------------------------------------

    def recent_projects(self) -> list[str]:
        value = QSettings().value("projects/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent(self, path: str) -> None:
        path = os.path.abspath(path)
        recent = [path] + [p for p in self.recent_projects() if p != path]
        QSettings().setValue("projects/recent", recent[:MAX_RECENT])

    def _forget_recent(self, path: str) -> None:
        path = os.path.abspath(path)
        QSettings().setValue("projects/recent", [p for p in self.recent_projects() if p != path])

    def fill_recent_menu(self, menu) -> None:
        menu.clear()
        recent = self.recent_projects()
        if not recent:
            menu.addAction("(none)").setEnabled(False)
            return
        for i, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{i} {os.path.basename(path)}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_project(p))

    # -- importing ---------------------------------------------------------------------------------

    def open_paths(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        """Project files are opened; anything else is imported into the current project."""
        paths = [os.fspath(p) for p in paths]
        projects = [p for p in paths if is_project_file(p)]
        if projects:
            self.open_project(projects[0])
            paths = [p for p in paths if not is_project_file(p)]
        if paths:
            self.import_paths(paths)
        else:
            self.window.loadFinished.emit()

    def import_paths(self, paths: Sequence[str], jobs: int | None = None) -> ImportJob:
        """Add files and folders (recursively) to the project, off the GUI thread."""
        if self.job is not None and self.job.is_running():
            self.cancel_import(wait=True)
        job = ImportJob(self.project, [os.fspath(p) for p in paths], jobs, self)
        job.progress.connect(self._on_progress)
        job.reading.connect(self._on_reading)
        job.problem.connect(self.window.on_problem)
        job.finished.connect(self._on_import_finished)
        job.arranging.connect(self._before_arranging)
        job.arranged.connect(self._after_arranging)
        self.job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.window.show_message(READING_STARTED, 0)  # the progress lines replace it (READING_PREFIX)
        self.window.facets.set_reading(True)  # the actor and place lists fill in only after reading
        self.window.timeline.set_reading(True)  # the empty timeline says it is reading, not "No articles open"
        people = getattr(self.window, "people", None)
        if people is not None:
            people.warm_up()  # the annotating child starts while the documents are read
        job.start()
        return job

    def import_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.window, "Import Articles", last_folder(), IMPORT_FILTER)
        if files:
            remember_folder(str(Path(files[0]).parent))
            self.open_paths(files)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, "Import Folder of Articles", last_folder())
        if folder:
            remember_folder(folder)
            self.import_paths([folder])

    def paste_document(self) -> None:
        """Ctrl+Shift+V: the clipboard's text becomes a new document in the project."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.window.show_message("The clipboard holds no text to paste")
            return
        self.add_text_document(text)

    def add_text_document(self, text: str, title: str | None = None) -> str:
        self._pasted += 1
        first_line = next((line.strip() for line in text.splitlines() if line.strip()), "Pasted text")
        name = f"pasted-{time.strftime('%Y%m%d-%H%M%S')}-{self._pasted}.txt"
        doc = Document(f"clipboard/{name}", text, title or first_line[:80])
        record = self.project.add_extracted(extract_document(doc))
        self.window.show_message(f"Pasted a new document: {record.document.title}")
        return record.hash

    def cancel_import(self, wait: bool = False) -> None:
        """Stop the import (documents already read are kept). ``wait``: until its thread ends, or
        :data:`CANCEL_WAIT_MS` at most; a document still being extracted then (one huge file) is
        left to finish unseen (:func:`abandon_import`), so closing never hangs nor destroys a running
        thread ("QThread: Destroyed while thread is still running" aborts the process)."""
        job = self.job
        if job is None or not job.is_running():
            return
        job.cancel()
        if wait and not job.wait(CANCEL_WAIT_MS):
            log.warning("an import was still extracting a document after %d ms; leaving it behind", CANCEL_WAIT_MS)
            abandon_import(job)
            self.job = None
            if not self._closed:
                self._on_import_finished(job.summary)

    def _on_progress(self, done: int, total: int) -> None:
        # A styled progress bar repaints at once on setValue (4 ms here): ten times a second is enough.
        now = time.monotonic()
        if 0 < done < total and now - self._progress_shown < PROGRESS_INTERVAL_S:
            return
        self._progress_shown = now
        job = self.job
        self._show_fraction(job, done, total)
        if total and done < total:
            self.window.show_progress(f"{reading_line(done, total)}{_time_left(job)}")

    def _on_reading(self, path: str, fraction: float) -> None:
        """One big file shows how far through it the import is, and how long the import has left
        ("Reading 0/1 documents, book.txt 45%, about 20 s left": the estimate counts the bytes read)."""
        job = self.job
        if job is None or job.summary.cancelled:
            return
        done, total = job.summary.done, job.summary.total
        self._show_fraction(job, done, total)
        name = printable_path(os.path.basename(path))
        self.window.show_progress(f"{reading_line(done, total)}, {name} {fraction:.0%}{_time_left(job)}")

    def _show_fraction(self, job: ImportJob | None, done: int, total: int) -> None:
        """The progress bar by bytes read, as the time left is (a big file moves it while read);
        by documents when nothing was listed; its text says which (see :data:`TEXT_SHARE_FORMAT`)."""
        fraction = job.summary.read.fraction() if job is not None else 0.0
        # (at the start both are 0: the text, as it will be once the first file is in)
        self.progress.setFormat(DOCUMENT_SHARE_FORMAT if not fraction and done else TEXT_SHARE_FORMAT)
        if not fraction and total:
            fraction = done / total
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(round(fraction * PROGRESS_STEPS))

    def _before_arranging(self) -> None:
        """The import's documents are about to be put in the folder's order: the event the user chose
        while they were read is remembered, by id. The lanes usually just move (the selection stays:
        :meth:`EventTableModel.move_lanes`), but a model still following an earlier change in slices
        is shown afresh, a reset that drops the selection (``ProjectEventModel._move_lanes_to``)."""
        current = self.window.selection.current_event()
        self._chosen_before_arranging = current.id if current is not None else None

    def _after_arranging(self, moved: bool) -> None:
        """... and chosen again: the user reading an article that came early keeps it."""
        chosen, self._chosen_before_arranging = self._chosen_before_arranging, None
        if moved and chosen is not None:
            self.window.selection.select_event(chosen)

    def _on_import_finished(self, summary: ImportSummary) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.window.clear_message()
        self.window.on_import_finished(summary, self._repairs_of(summary))
        keep_loaded_heap_out_of_collections()  # the imported events, as an opened project's
        self.importFinished.emit(summary)

    def _repairs_of(self, summary: ImportSummary) -> list[str]:
        """What reading had to guess or repair in the files this import added ("3 byte(s) of invalid
        UTF-8 replaced", "read as UTF-16-LE (no byte-order mark)"), one line per file: until now only
        stderr and the document's metadata knew."""
        lines = []
        for doc_hash in [*summary.added, *summary.updated]:
            try:
                record = self.project.document(doc_hash)
            except KeyError:
                continue
            warning = record.metadata.get("warning")
            if warning:
                lines.append(f"{printable_path(record.document.name)}: {warning}")
        return lines

    # -- export ------------------------------------------------------------------------------------

    def export_data(self) -> int | None:
        """File ▸ Export Data: format, rejected or not, destination; returns how many were written."""
        from explorer.gui import export_data_dialog as ed

        focus = self.window.focusWidget()
        dialog = ed.ExportDataDialog(self.project, self.window)
        try:
            if not ed.run_dialog(dialog):
                return None
            try:
                count = dialog.export()
            except OSError as err:
                QMessageBox.warning(self.window, "Export failed", f"Could not write {dialog.path.text()}:\n{err}")
                return None
            what = "documents" if dialog.fmt() == "timeml" else "events"
            self.window.show_message(f"Exported {count} {what} to {dialog.path.text()}")
            return count
        finally:
            dialog.deleteLater()
            if focus is not None and focus.isVisible():
                focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- closing -------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        self._closed = True
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        self.cancel_import(wait=True)
        self.model.detach()


@guard_overrides
class CoreCommand(QUndoCommand):
    """A core command (:mod:`explorer.curation.commands`) on the Qt stack: the first redo runs it
    through the project's own stack; later undo/redo step that stack, so its clean mark (saved
    state) stays right."""

    def __init__(self, project: Project, command) -> None:
        super().__init__(command.label)
        self.project = project
        self.command = command
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            self.project.apply(self.command)
        elif self.project.undo_stack.can_redo:
            self.project.undo_stack.redo()

    def undo(self) -> None:
        if self.project.undo_stack.can_undo:
            self.project.undo_stack.undo()


#: How long cancelling (on quit, New, Open) waits for the document being extracted to finish.
CANCEL_WAIT_MS = 3000
_ABANDONED: list[QObject] = []


def abandon_import(job: ImportJob) -> None:
    """Keep a job whose thread still runs alive, silenced and owned by nobody, so that no window's
    teardown destroys the running thread; :func:`imports_left_running` tells ``app.run`` to end
    the process without waiting for it."""
    job.blockSignals(True)
    job.setParent(None)
    _ABANDONED.append(job)


def imports_left_running() -> bool:
    return any(not job.thread.isFinished() for job in _ABANDONED)


def _time_left(job: ImportJob | None) -> str:
    """", about 20 s left" while an import can tell (by the bytes read so far), else nothing."""
    left = job.summary.time_left() if job is not None else None
    return f", about {_duration(left)} left" if left is not None else ""


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    return f"{round(seconds / 60)} min"


def problem_text(problems: Sequence[ReadError]) -> str:
    return "\n".join(str(p) for p in problems)
