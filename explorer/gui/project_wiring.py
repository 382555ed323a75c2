"""Wiring the project into the main window: the controllers, the Filters dock, context menus with
the curation commands and the Recent Projects menu. (Edits never rebuild the model: they reach it
as rows removed, inserted and changed, so the selection and the timeline's view need no keeping.)

Kept out of ``main_window.py`` so the window stays a list of panes and commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction

from explorer.gui.curation_ui import CurationCommands
from explorer.gui.filters_panel import FiltersPanel
from explorer.gui.orphans import OrphansDock
from explorer.gui.project_controller import ProjectController

if TYPE_CHECKING:
    from explorer.gui.main_window import MainWindow


def install_project(window: "MainWindow") -> None:
    """Before the action table is built: the objects its project and curation actions call."""
    window.project_ctl = ProjectController(window)
    window.curation = CurationCommands(window)
    window.filters = FiltersPanel(window.model, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.filters)
    window.filters.hide()
    window.orphans = OrphansDock(window)  # edits a changed document lost: opens itself when there are new ones
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.orphans)
    window.orphans.hide()
    _context_menus(window)


def finish_project_menus(window: "MainWindow") -> None:
    """After the menus exist: File ▸ Open Recent, the Filters dock's toggle, the Edit menu's labels."""
    file_menu = window.menus.get("&File")
    if file_menu is not None:
        recent = file_menu.addMenu("Open &Recent")
        recent.setObjectName("recentMenu")
        anchor = window.actions.get("save")
        if anchor is not None:
            file_menu.insertMenu(anchor, recent)
        recent.aboutToShow.connect(lambda: window.project_ctl.fill_recent_menu(recent))
        window.recent_menu = recent
    toggle = window.actions.get("show_filters")
    if toggle is not None:
        toggle.setCheckable(True)
        window.filters.visibilityChanged.connect(toggle.setChecked)
    rejected = window.actions.get("show_rejected")
    if rejected is not None:
        rejected.setCheckable(True)
        window.filters.rejected.toggled.connect(rejected.setChecked)
    window.project_ctl.update_state()


def _context_menus(window: "MainWindow") -> None:
    table = window.table
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def on_table(pos: QPoint) -> None:
        index = table.indexAt(pos)
        if index.isValid():
            table.selectionModel().setCurrentIndex(
                index, table.selectionModel().SelectionFlag.ClearAndSelect | table.selectionModel().SelectionFlag.Rows)
        if window.selection.current_event() is not None:
            window.context_menu = window.curation.show_context_menu(table, table.viewport().mapToGlobal(pos))

    table.customContextMenuRequested.connect(on_table)

    plot = window.timeline.plot
    plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def on_timeline(pos: QPoint) -> None:
        event = window.timeline.event_at(plot.mapToScene(pos))
        if event is not None:
            window.selection.select_event(event.id)
        if window.selection.current_event() is not None:
            window.context_menu = window.curation.show_context_menu(plot, plot.mapToGlobal(pos))

    plot.customContextMenuRequested.connect(on_timeline)


__all__ = ["install_project", "finish_project_menus", "QAction"]
