"""The main window: timeline on top, event table and source pane below, all over one model and one
selection. It owns the model, wires the views together once, and offers the plain methods the
action table binds to shortcuts."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

import numpy as np

from explorer.documents import ReadError
from explorer.gui.gc_guard import GuiGarbageCollector, keep_loaded_heap_out_of_collections
from explorer.gui.actions import create_actions, populate_menus
from explorer.gui.menu_keys import give_menus_their_keys
from explorer.gui.event_proxy import EventProxyModel
from explorer.gui.elided_label import ElidedLabel
from explorer.gui.facets import FacetDock, FilterChip
from explorer.gui.help_overlay import HelpOverlay
from explorer.gui.import_worker import READING_PREFIX, reading_line
from explorer.gui.navigation import Navigator
from explorer.gui.panes import Pane, PaneCycle
from explorer.gui.people import People
from explorer.gui.project_wiring import finish_project_menus, install_project
from explorer.gui.project_model import ProjectEventModel
from explorer.gui.focus_return import FocusReturn
from explorer.gui.search_bar import GoToDate, Search
from explorer.gui.selection import EventSelection
from explorer.gui.source_pane import SourcePane
from explorer.gui.table_view import EventTablePanel
from explorer.gui.timeline import TimelineView
from explorer.gui.timeline.menu import TimelineMenus
from explorer.gui.type_to_filter import TypeToFilter
from explorer.ingest import ExtractedDocument
from explorer.timeline.events_array import NO_DAY
from explorer.gui.guard import guard_overrides, guarded
from explorer.gui.undated_docs import UndatedDocumentsBar
from explorer.gui.last_folder import last_folder, remember_folder

log = logging.getLogger(__name__)

#: On first run (nothing saved) the window takes this much of the available screen, each way.
FIRST_RUN_FRACTION = 0.85
#: First-run layout (the user's own splitter positions are remembered): the timeline over half the
#: height, so the article reads as a page (about 15 lines at 1366x768) rather than a strip of five;
#: the table a little wider than the source text beside it (still about 65 characters a line at
#: 1600 px): at 42% it sat at its minimum width and cut every title at about 20 characters.
DEFAULT_SPLIT = (0.5, 0.5)
DEFAULT_BOTTOM_SPLIT = (0.55, 0.45)
#: The window's own minimum width: below it nothing is readable. It is set on the window (not summed
#: up from the panes' minimums), so no pane, bar or status line that grows can widen the window past
#: the size the user gave it; the table's minimum gives way to it (see _give_the_table_its_room).
MIN_WINDOW_WIDTH = 560
#: Room the window's layout takes beside the panes' own minimums (the dock's separator, margins).
LAYOUT_SLACK_PX = 24
#: What the status bar says while a filter hides the event the user had selected.
HIDDEN_SELECTION_NOTE = "the selected event is hidden by the filter"
FILE_FILTER = ("Projects and articles (*.tlproj *.txt *.md *.html *.htm *.pdf *.docx);;"
               "Timeline projects (*.tlproj);;Articles (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)")


@guard_overrides
class MainWindow(QMainWindow):
    #: The window accepted a close: the application should end (see ``app.run``).
    closed = Signal()
    #: Loading of the paths last opened has finished.
    loadFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        GuiGarbageCollector.install()  # collections only on this thread, between worker runs
        self._focus_return = FocusReturn(self)  # a closed dialog gives the keyboard back (Ctrl+Q...)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Timeline Explorer")
        self.setAcceptDrops(True)
        self.model = ProjectEventModel(self)  # the project is the source of truth
        self.proxy = EventProxyModel(self.model, self)
        self.selection = EventSelection(self.proxy, self)
        self.problems: list[ReadError] = []
        #: files read by guessing or repairing their encoding, "name: what was done"
        self.repairs: list[str] = []
        self._torn_down = False
        #: The Go to Date message shown last and the event it named as selected (see _drop_stale_went).
        self._went: tuple[str, str | None] | None = None

        self.timeline = TimelineView(self.selection)
        self.table_panel = EventTablePanel(self.selection)
        self.table = self.table_panel.table
        self.source = SourcePane(self.selection)
        # who and where: the corpus's actors, places and event groups, computed once loading ends
        self.undo_stack = QUndoStack(self)
        self.people = People(self.model, self.undo_stack, self)
        self.source.set_people(self.people)
        self.people.message.connect(self._show_message)
        self.facets = FacetDock(self.people, self.proxy, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.facets)
        self.facets.namesPendingChanged.connect(self.timeline.set_names_pending)

        bottom = self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        bottom.setObjectName("bottomSplitter")
        bottom.addWidget(self.table_panel)
        bottom.addWidget(self.source)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        # The bars (find, go to date, filter chip, documents without a date) sit above the timeline
        # inside the splitter's first pane, so one appearing or going never changes the splitter's
        # height: the sizes the user set (and the ones remembered) stay the sizes shown.
        top = self.top_pane = QWidget()
        top.setObjectName("timelinePane")
        self._top_column = QVBoxLayout(top)
        self._top_column.setContentsMargins(0, 0, 0, 0)
        self._top_column.setSpacing(0)
        self._top_column.addWidget(self.timeline, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        # keyboard: navigation commands, the find / go-to-date bars above the panes, pane cycling
        self.nav = Navigator(self.selection, self.timeline, lambda: self.source.document_path, self)
        central = QWidget(self)
        self.search = Search(self.nav, central)
        self.goto = GoToDate(self.nav, central)
        self.filter_chip = FilterChip(self.proxy, central)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.splitter, 1)
        bars = self._top_column
        for i, bar in enumerate((self.search.bar, self.goto.bar, self.filter_chip)):
            bars.insertWidget(i, bar)
        self.setCentralWidget(central)
        self.panes = PaneCycle([
            Pane("timeline", self.timeline, self.timeline, own_frame=True),
            # the undated events' strip sits under the plot: only the mouse reached it before
            Pane("undated", self.timeline.undated_row, self.timeline.undated_list),
            # Tab from the filter box goes into the rows it filtered (it went past them, to the source)
            Pane("table", self.table_panel, self.table, also=(self.table_panel.filter,)),
            Pane("source", self.source, self.source.text),
        ], self)
        self.table.setTabKeyNavigation(False)  # Tab moves between panes; arrows move between cells
        self.table.activated.connect(lambda _index: self.show_in_source())  # Enter / double click
        self.nav.message.connect(self._show_message)
        self.selection.message.connect(self._show_message)
        self.goto.went.connect(self._show_went)
        self.selection.eventChanged.connect(self._drop_stale_went)
        self.search.bar.closed.connect(self.focus_timeline)
        self.goto.bar.closed.connect(self.focus_timeline)

        install_project(self)  # File (projects, import, export data), Edit (curation), filters
        # Tab reaches the side panels too: Actors (its search box leads into it), Places, and the
        # Filters and Orphaned Edits panels while they are shown
        self.panes.add(Pane("actors", self.facets.actors.parentWidget(), self.facets.actors, also=(self.facets.search,)))
        self.panes.add(Pane("places", self.facets.places.parentWidget(), self.facets.places))
        self.panes.add(Pane("filters", self.filters, self.filters.starred))
        self.panes.add(Pane("orphans", self.orphans, self.orphans.list))
        self.undated_docs = UndatedDocumentsBar(lambda: self.model.project, self.project_ctl.push, self.undo_stack,
                                                central)
        self.undated_docs.message.connect(self._show_message)
        self.undated_docs.closed.connect(self.focus_timeline)
        bars.insertWidget(bars.indexOf(self.timeline), self.undated_docs)
        self.model.reloaded.connect(self.undated_docs.refresh)
        self.model.documentsChanged.connect(self.undated_docs.schedule_refresh)
        self.timeline_menus = TimelineMenus(self)  # View > Lanes (persisted), File > Export Image
        self.actions = create_actions(self, self, timeline=self.timeline)
        self.menus = populate_menus(self.menuBar(), self.actions)
        self.timeline_menus.install(self.menus)
        finish_project_menus(self)
        self.menu_keys = give_menus_their_keys(self.menus.values(), self)  # Alt+F, S saves: stars nothing
        self.help_overlay = HelpOverlay(self)
        # letters typed where they mean nothing else start the filter (after the shortcuts: the
        # timeline's single-letter commands keep their keys)
        # (the undated strip too: Tab from the timeline lands there, and its list's own type-ahead
        # jumped the selection to the first undated title beginning with the letters typed)
        self.type_to_filter = TypeToFilter(self.table_panel.filter, (self.timeline, self.timeline.undated_list,
                                                                     self.table, self.source.text), self)

        self.counts = ElidedLabel()  # never widens the window: cut, whole in its tool tip
        self.counts.setObjectName("statusCounts")
        # first of the permanent widgets: an import's progress bar and Cancel button stay at the
        # right edge while the counts grow beside them (they moved left under the mouse as each
        # article came: "0 documents" to "5 documents, 753 events (45 undated) · 0 shown · ...")
        self.statusBar().insertPermanentWidget(0, self.counts)

        self.model.rowsInserted.connect(self._update_counts)
        self.model.documentsChanged.connect(self._update_counts)
        self.proxy.rowsInserted.connect(self._update_counts)
        self.proxy.rowsRemoved.connect(self._update_counts)
        self.proxy.layoutChanged.connect(self._update_counts)
        self.proxy.modelReset.connect(self._update_counts)
        self.proxy.entityFilterChanged.connect(self._update_counts)
        self.people.changed.connect(self._update_counts)
        self.selection.hiddenChanged.connect(self._update_counts)

        self.timeline.setFocus()  # the keys of the timeline work from the start (shortcuts need a focus)
        self.setMinimumWidth(MIN_WINDOW_WIDTH)  # explicit: the layout's summed minimum no longer applies
        self.facets.visibilityChanged.connect(self._give_the_table_its_room)
        self.facets.topLevelChanged.connect(self._give_the_table_its_room)
        self.resize(1280, 820)
        self._restore_geometry()
        self._update_counts()

    # -- opening -----------------------------------------------------------------------------

    def open_paths(self, paths: Sequence[str | Path]) -> None:
        """Open a project file, or import articles (files, folders) into the current project."""
        self._opened = [str(p) for p in paths]
        self.project_ctl.open_paths(self._opened)

    def add_documents(self, documents: Iterable[ExtractedDocument], annotate: bool = False) -> None:
        """Add already extracted documents (each one batch), as loading does; ``annotate``: then find
        their actors, places and groups, as the end of loading does."""
        self.model.add_documents(documents)
        keep_loaded_heap_out_of_collections()  # as an opened project's (see gc_guard)
        if annotate:
            self.annotate_entities()

    def annotate_entities(self) -> None:
        """Actors, places and groups of every document shown (they need the whole corpus), found off
        the GUI thread; ``people.annotated`` tells when they are on the events."""
        if self.model.document_count():
            self.people.annotate()
        self.facets.update_headings()  # "finding…" until the result arrives

    def open_files_dialog(self) -> None:
        """Ctrl+O: a project opens; articles are imported into the current project."""
        files, _ = QFileDialog.getOpenFileNames(self, "Open Project or Articles", last_folder(), FILE_FILTER)
        if files:
            remember_folder(str(Path(files[0]).parent))
            self.open_paths(files)

    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import Folder of Articles", last_folder())
        if folder:
            remember_folder(folder)
            self.open_paths([folder])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    # -- view commands -------------------------------------------------------------------------

    def fit_all(self) -> None:
        self.timeline.fit_all()

    def zoom_in(self) -> None:
        self.nav.zoom_in()

    def zoom_out(self) -> None:
        self.nav.zoom_out()

    def focus_undated(self) -> None:
        """The undated events' strip, with the keyboard in it (arrows pick one, Enter shows its
        sentence); the first undated event is selected unless one already is."""
        timeline = self.timeline
        if not timeline.undated_row.isVisible():
            self._show_message("No undated events are shown")
            return
        current = self.selection.current_event()
        if current is None or current.begin is not None:
            timeline.select_first_undated()
        timeline.undated_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_filter(self) -> None:
        self.table_panel.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table_panel.filter.selectAll()

    # -- keyboard commands (the Go menu's navigation lives in ``self.nav``) ---------------------

    def focus_timeline(self) -> None:
        self.timeline.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def escape(self) -> None:
        """Esc: clear the search and the actor/place filter, close the overlay and the bars, focus
        the timeline."""
        self.help_overlay.close_overlay(restore_focus=False)
        self.search.clear()
        self.facets.clear_filter()
        self.goto.bar.close_bar()
        self.focus_timeline()

    def show_in_source(self) -> None:
        """Enter: the selected event's sentence in the source pane, with the focus there."""
        event = self.selection.current_event()
        if event is None:
            self._show_message("Select an event first (\u2190 \u2192, Home, End)")
            return
        self.source.show_event(event)
        self.source.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.source.text.ensureCursorVisible()

    def go_to_date(self) -> None:
        self.search.bar.close_bar()
        self.goto.open()

    # -- actors, places and sources -------------------------------------------------------------

    def focus_facets(self) -> None:
        self.facets.show()
        self.facets.focus_lists()

    def next_source(self) -> None:
        """The selected event as the next article reporting it tells it (the selection stays)."""
        if not self.source.next_source():
            self._show_message("The selected event has one source" if self.selection.current_event()
                               else "Select an event first (\u2190 \u2192, Home, End)")

    def previous_source(self) -> None:
        if not self.source.previous_source():
            self._show_message("The selected event has one source" if self.selection.current_event()
                               else "Select an event first (\u2190 \u2192, Home, End)")

    def _current_group(self):
        event = self.selection.current_event()
        return None if event is None else self.model.group_of(event.id)

    def toggle_sources(self) -> None:
        """Show the selected group's other sources as rows of their own, or fold them back."""
        group = self._current_group()
        if group is None:
            self._show_message("The selected event has one source")
            return
        self.model.set_expanded(group.id, not self.model.is_expanded(group.id))

    def ungroup_sources(self) -> None:
        """Undo the automatic grouping of the selected event's sources (undoable)."""
        group = self._current_group()
        if group is None:
            self._show_message("The selected event has one source")
            return
        if self.people.ungroup(group.id):
            self._show_message(f"Ungrouped {group.sources} sources (Ctrl+Z to undo)")

    def undo(self) -> None:
        if self.undo_stack.canUndo():
            self._show_message(f"Undo: {self.undo_stack.undoText()}")
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.undo_stack.canRedo():
            self._show_message(f"Redo: {self.undo_stack.redoText()}")
            self.undo_stack.redo()

    def find(self) -> None:
        self.goto.bar.close_bar()
        self.search.open()

    def find_next(self) -> None:
        self.search.next()

    def find_previous(self) -> None:
        self.search.previous()

    def toggle_help(self) -> None:
        self.help_overlay.toggle()

    def _show_went(self, text: str) -> None:
        """Go to Date's "Showing 1998; selected: …", remembered with the event it names."""
        event = self.selection.current_event()
        self._went = (text, event.id if event is not None else None)
        self._show_message(text)

    def _drop_stale_went(self, event) -> None:  # type: ignore[no-untyped-def]
        """Another event selected (Find, an arrow key, a click) within the message's five seconds:
        "Showing 1998; selected: Khamenei chooses…" stayed under a view of 2013 and another event."""
        went = self._went
        if went is not None and self.statusBar().currentMessage() == went[0] \
                and (event.id if event is not None else None) != went[1]:
            self.statusBar().clearMessage()
            self._went = None

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def show_message(self, text: str, timeout: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout)

    def clear_message(self) -> None:
        self.statusBar().clearMessage()

    def show_progress(self, text: str) -> None:
        """Show an import's "Reading N/M" line, unless the status bar is saying something the user
        asked for (Go to date's "No event shown in 218 BC; the next: ..."): the next progress tick
        used to overwrite it at once, so a view that jumped to another date during a load came with no
        word of why. The progress bar beside it keeps counting meanwhile."""
        bar = self.statusBar()
        current = bar.currentMessage()
        if not current or current.startswith(READING_PREFIX):
            bar.showMessage(text)

    def on_problem(self, err: ReadError) -> None:
        self._on_problem(err)

    def on_import_finished(self, summary, repairs: Sequence[str] = ()) -> None:
        """An import ended: actors and counts follow; unreadable files are named with the reason, and
        files read only by guessing or repairing their encoding are named with what was done."""
        self.repairs[:] = list(dict.fromkeys([*self.repairs, *repairs]))  # a file read again: its line once
        self._on_load_finished(cancelled=bool(getattr(summary, "cancelled", False)))
        if summary.problems:
            first = summary.problems[0]
            more = f" (and {len(summary.problems) - 1} more: hover the counts)" if len(summary.problems) > 1 else ""
            self.show_message(f"Could not read {first}{more}", 15000)
        elif repairs:
            more = f" (and {len(repairs) - 1} more: hover the counts)" if len(repairs) > 1 else ""
            self.show_message(f"Read with a repair: {repairs[0]}{more}", 15000)
        elif getattr(summary, "duplicates", None):
            copies = summary.duplicates
            more = f" (and {len(copies) - 1} more)" if len(copies) > 1 else ""
            self.show_message(f"{copies[0]}{more}", 15000)
        elif summary.cancelled:
            self.show_message(f"Import cancelled after {summary.done} of {summary.total} documents", 8000)

    def show_about(self) -> None:
        QMessageBox.about(self, "About Timeline Explorer",
                          "<b>Timeline Explorer</b><p>Finds the dated events in a folder of articles "
                          "and shows them on a linked, zoomable timeline.</p>")

    def quit_app(self) -> None:
        self.close()

    # -- status --------------------------------------------------------------------------------

    def status_text(self) -> str:
        return self.counts.text()

    def _update_counts(self, *args) -> None:
        """The status bar's counts. An event counts as one row of the table (one mark of the
        timeline): a collapsed group of sources once, its reports beside it. The exported image's
        title and caption count the same way, so the status bar no longer said 146 events where the
        image of the same view said 142."""
        docs = self.model.document_count()
        events, undated, reports = self._event_counts()
        text = f"{docs:,} document{'s' if docs != 1 else ''}, {events:,} event{'s' if events != 1 else ''}"
        if undated:
            text += f" ({undated:,} undated)"
        shown = self.proxy.rowCount()
        groups = self.model.group_count()
        if groups:
            text += f" \u00b7 {groups:,} reported by several articles ({reports:,} reports in all)"
        if self.proxy.is_user_filtering():
            text += f" \u00b7 {shown:,} shown"
        if self.model.is_curation_filtering():
            text += " \u00b7 rejected shown" if self.model.show_rejected() else " \u00b7 filtered"
        if self.selection.hidden_event() is not None:  # shown again, selected, once the filter lets it
            text += f" \u00b7 {HIDDEN_SELECTION_NOTE}"
        if self.problems:
            text += f" \u00b7 {len(self.problems)} unreadable"
        if self.repairs:
            text += f" \u00b7 {len(self.repairs)} read with repairs"
        self.counts.setText(text)
        meaning = ("An event reported by several articles counts once, as in the table and the timeline; "
                   "Ctrl+Shift+E on it lists each report.") if groups else ""
        self.counts.set_note("\n".join([*(str(p) for p in self.problems), *self.repairs, meaning]).strip())

    def _event_counts(self) -> tuple[int, int, int]:
        """(events, undated events, reports): the events the source shows, a collapsed group of
        sources counted once (its other reports are the proxy's hidden sources), and every report."""
        reports = self.model.event_count()
        undated = self.model.undated_count()
        hidden = self.model.hidden_source_array() if self.model.group_count() else None
        if hidden is None or not len(hidden):
            return reports, undated, reports
        hidden_undated = int(np.count_nonzero(self.model.time_arrays().begin[hidden] == NO_DAY))
        return reports - len(hidden), undated - hidden_undated, reports

    def _on_progress(self, done: int, total: int) -> None:
        if total and done < total:
            self.show_progress(f"{reading_line(done, total)}\u2026")

    def _on_problem(self, err: ReadError) -> None:
        # one line per file, the last reading's: a folder read again named its two unreadable files
        # twice ("4 unreadable"), as the project keeps them (explorer.gui.import_worker)
        self.problems[:] = [p for p in self.problems if p.path != err.path] + [err]
        self._update_counts()

    def _on_load_finished(self, cancelled: bool = False) -> None:
        self.statusBar().clearMessage()
        if self._dock_width:  # once, after the first load's layout (see _restore_geometry)
            QTimer.singleShot(0, guarded(self._apply_dock_width))
        self.facets.set_reading(False)
        self.timeline.set_reading(False)
        self.annotate_entities()
        if self.model.document_count() == 0:
            reason = (CANCELLED_REASON if cancelled
                      else nothing_opened_reason(getattr(self, "_opened", []), self.problems))
            self.timeline.set_empty_reason(reason)
            if not self.problems:
                self.statusBar().showMessage("No article found to read", 5000)
        self.undated_docs.refresh()
        self._update_counts()
        self.loadFinished.emit()

    # -- settings and shutdown -------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._give_the_table_its_room()

    def _give_the_table_its_room(self, *_changed) -> None:
        """The table asks for no more than the window has beside the dock's and the source pane's
        minimums. Reads only the window's width and minimums (never the table's width), so the
        table's new minimum cannot come back here."""
        docked = self.facets.isVisible() and not self.facets.isFloating()
        dock = self.facets.minimumSizeHint().width() if docked else 0
        room = (self.width() - dock - self.source.minimumSizeHint().width() - self.bottom_splitter.handleWidth()
                - LAYOUT_SLACK_PX)
        self.table.cap_minimum_width(room)

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.first_run_geometry()
        state = settings.value("window/state")
        if state is not None:  # the actors dock as wide as it was, so the splitters get the room they had
            self.restoreState(state)
        # Qt's restored dock width does not survive the first layout after loading (bars appear, lists
        # fill): each launch showed the dock narrower than the last one was saved. The width is kept
        # apart and set again once the first load has laid the window out.
        self._dock_width = _int_setting(settings.value("window/actorsWidth"))
        for splitter, key, default in ((self.splitter, "window/splitter", DEFAULT_SPLIT),
                                       (self.bottom_splitter, "window/bottomSplitter", DEFAULT_BOTTOM_SPLIT)):
            state = settings.value(key)
            if state is None or not splitter.restoreState(state):
                splitter.setSizes([round(1000 * f) for f in default])  # proportions: Qt scales them

    def _apply_dock_width(self) -> None:
        """The actors dock at its remembered width, never narrower than a short name needs nor wider
        than half the window."""
        width, self._dock_width = self._dock_width, 0
        if not width or not self.facets.isVisible() or self.facets.isFloating():
            return
        floor = self.facets.fontMetrics().horizontalAdvance("M" * 12)
        width = max(floor, min(width, self.width() // 2))
        self.resizeDocks([self.facets], [width], Qt.Orientation.Horizontal)

    def first_run_geometry(self, fraction: float = FIRST_RUN_FRACTION) -> None:
        """No saved geometry: most of the available screen (``fraction`` of each side), centred; never
        smaller than 1280x820 unless the screen is."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 820)
            return
        avail = screen.availableGeometry()
        w = min(max(round(avail.width() * fraction), 1280), avail.width())
        h = min(max(round(avail.height() * fraction), 820), avail.height())
        self.resize(w, h)
        frame = self.frameGeometry()
        frame.moveCenter(avail.center())
        self.move(frame.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            keep_open = not self._torn_down and not self.project_ctl.maybe_save()
        except Exception:  # noqa: BLE001 - an error escaping closeEvent kills PySide6: keep the work open
            log.exception("asking to save before closing failed")
            keep_open = True
        if keep_open:
            event.ignore()  # the user cancelled, or saving failed: the work stays open
            return
        self.project_ctl.remember_where_left()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())  # the dock's width: the splitters' room
        if self.facets.isVisible() and not self.facets.isFloating():
            settings.setValue("window/actorsWidth", self.facets.width())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/bottomSplitter", self.bottom_splitter.saveState())
        self.project_ctl.cancel_import(wait=True)
        event.accept()
        self.closed.emit()

    def teardown(self) -> None:
        """Release graphics and models while Qt is fully alive (see ``app.shutdown``)."""
        if self._torn_down:
            return
        self._torn_down = True
        self.people.shutdown()
        self.project_ctl.shutdown()
        self.timeline.teardown()


def _int_setting(value: object) -> int:
    """A stored number, or 0 when the settings hold none or something else."""
    try:
        return max(0, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0


#: The empty state after an import cancelled before any article was read: it had said the folder
#: "has no article that can be read", of a folder whose articles the user had only stopped reading.
CANCELLED_REASON = "<b>Import cancelled</b><br>It stopped before any article was read."


def nothing_opened_reason(paths: Sequence[str], problems: Sequence) -> str:
    """Why opening ``paths`` gave no document, in words for the empty state (HTML)."""
    from html import escape

    lines = []
    for p in paths:
        path = Path(p)
        if not path.exists():
            lines.append(f"\u201c{escape(str(path))}\u201d does not exist.")
        elif path.is_dir():
            lines.append(f"The folder \u201c{escape(str(path))}\u201d has no article that can be read.")
        else:  # a file opened alone: its own reason (a 0-byte or binary file said "No articles open")
            mine = [problem for problem in problems if str(path) in str(problem)]
            lines.append(escape(str(mine[0])) if mine else f"\u201c{escape(str(path))}\u201d could not be read.")
    lines += [escape(str(problem)) for problem in list(problems)[:5]
              if not any(str(Path(p)) in str(problem) for p in paths)]
    if not lines:
        return ""
    return "<b>Nothing could be opened</b><br>" + "<br>".join(lines)
